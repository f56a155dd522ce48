// Meaning checks of the capacity part of a routing configuration, and the lookups allocation uses
// (which contact data a channel needs, which overflow and fallback entry applies).
import { CHANNELS, type Channel, TEAMS, type Team } from '../model/enums';
import { type Issue, issue } from '../model/issue';
import type { CapacityConfig } from './config';
import { ROUTING_MESSAGES as M } from './messages';

/**
 * The contact data a channel needs: a phone number, an e-mail address or a postal address.
 */
export type ContactData = 'phone' | 'email' | 'address';

/**
 * The contact data each channel needs: phone and sms a phone number, e-mail an e-mail address,
 * a home visit, a letter and a card the postal address; an appointment at a location the postal
 * address too (project default: the invitation goes by post, as the address is always known).
 *
 * @example
 * ```ts
 * import { CHANNEL_NEEDS } from '@signaalreis/core';
 * CHANNEL_NEEDS.sms; // 'phone'
 * ```
 */
export const CHANNEL_NEEDS: Readonly<Record<Channel, ContactData>> = Object.freeze({
  letter: 'address',
  card: 'address',
  email: 'email',
  sms: 'phone',
  phone: 'phone',
  appointment: 'address',
  'home-visit': 'address',
});

type Overflow = CapacityConfig['overflow'][number];
type Fallback = CapacityConfig['fallbacks'][number];

/** The overflow entry for a step: the one for its channel and team, else the one for its channel. */
export function overflowFor(
  overflow: readonly Overflow[],
  channel: Channel,
  team: Team,
): { entry: Overflow; index: number } | undefined {
  let any: { entry: Overflow; index: number } | undefined;
  for (const [index, entry] of overflow.entries()) {
    if (entry.from.channel !== channel) continue;
    if (entry.from.team === team) return { entry, index };
    if (entry.from.team === undefined && any === undefined) any = { entry, index };
  }
  return any;
}

/** The fallback entry for a channel whose contact data are missing. */
export function fallbackFor(fallbacks: readonly Fallback[], missing: ContactData, channel: Channel) {
  const index = fallbacks.findIndex((f) => f.missing === missing && f.channel === channel);
  const entry = fallbacks[index];
  return entry ? { entry, index } : undefined;
}

const key = (c: { channel: string; team?: string | undefined }) => `${c.channel}/${c.team ?? '*'}`;

function duplicates<T>(
  list: readonly T[],
  keyOf: (t: T) => string,
  code: string,
  at: 'capacity' | 'overflow' | 'fallbacks',
) {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  list.forEach((item, i) => {
    const k = keyOf(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else issues.push(issue(code, [at, i], M.duplicate(at, k, first)));
  });
  return issues;
}

/**
 * The teams whose overflow can differ: the built-in ones, every team an overflow entry names
 * (declared teams included), and one named by no entry (`*`: any other declared team).
 */
const overflowTeams = (overflow: readonly Overflow[]): Team[] => [
  ...new Set<Team>([...TEAMS, ...overflow.flatMap((o) => [o.from.team ?? [], o.to.team ?? []].flat()), '*']),
];

function overflowLoops(overflow: readonly Overflow[]): Issue[] {
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const channel of CHANNELS)
    for (const team of overflowTeams(overflow)) {
      const nodes: Channel[] = [];
      const used: number[] = [];
      let at: { channel: Channel; team: Team } = { channel, team };
      for (let hop = overflowFor(overflow, at.channel, at.team); hop; ) {
        const p = used.indexOf(hop.index);
        if (p >= 0) {
          const cycle = used.slice(p);
          const id = [...cycle].sort((a, b) => a - b).join(',');
          if (!reported.has(id)) {
            reported.add(id);
            // Start the chain at the entry that comes first in the list.
            const first = cycle.indexOf(Math.min(...cycle));
            const ring = nodes.slice(p);
            const chain = [...ring.slice(first), ...ring.slice(0, first)];
            issues.push(
              issue(
                'overflow_loop',
                ['overflow', Math.min(...cycle)],
                M.overflow_loop([...chain, chain[0] as Channel]),
              ),
            );
          }
          break;
        }
        nodes.push(at.channel);
        used.push(hop.index);
        at = { channel: hop.entry.to.channel, team: hop.entry.to.team ?? at.team };
        hop = overflowFor(overflow, at.channel, at.team);
      }
    }
  return issues;
}

function fallbackIssues(fallbacks: readonly Fallback[]): Issue[] {
  const issues: Issue[] = [];
  fallbacks.forEach((f, i) => {
    if (CHANNEL_NEEDS[f.channel] !== f.missing)
      issues.push(
        issue(
          'fallback_not_needed',
          ['fallbacks', i, 'channel'],
          M.fallback_not_needed(f.channel, f.missing, CHANNEL_NEEDS[f.channel]),
        ),
      );
    if (CHANNEL_NEEDS[f.to] === f.missing)
      issues.push(
        issue(
          'fallback_needs_missing_data',
          ['fallbacks', i, 'to'],
          M.fallback_needs_missing_data(f.channel, f.to, f.missing),
        ),
      );
  });
  // A loop: following fallbacks from a channel comes back to it (e.g. phone → email → phone).
  for (const [i, f] of fallbacks.entries()) {
    const seen = new Set<Channel>([f.channel]);
    let at: Channel = f.to;
    while (!seen.has(at)) {
      seen.add(at);
      const next = fallbacks.find((g) => g.channel === at);
      if (!next) break;
      at = next.to;
    }
    if (at === f.channel) {
      issues.push(issue('fallback_loop', ['fallbacks', i], M.fallback_loop([...seen, at])));
      break;
    }
  }
  return issues;
}

/**
 * Issues of the capacity part of a routing configuration beyond its structure: duplicate entries,
 * an overflow to itself or in a loop, and fallbacks that cannot help or loop.
 */
export function checkCapacityConfig(config: CapacityConfig): Issue[] {
  return [
    ...duplicates(config.capacity, key, 'duplicate_capacity', 'capacity'),
    ...duplicates(config.overflow, (o) => key(o.from), 'duplicate_overflow', 'overflow'),
    ...duplicates(config.fallbacks, (f) => `${f.missing}:${f.channel}`, 'duplicate_fallback', 'fallbacks'),
    ...overflowLoops(config.overflow),
    ...fallbackIssues(config.fallbacks),
  ];
}
