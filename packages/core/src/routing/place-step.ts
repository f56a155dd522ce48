// Placing one contact step against the month's capacity: contact-data fallbacks, then capacity,
// then overflow, repeated until the step is placed, skipped or cannot be placed.
import { CHANNELS, type Channel, type Team } from '../model/enums';
import type { CapacityConfig } from './config';
import { CHANNEL_NEEDS, type ContactData, fallbackFor, overflowFor } from './config-checks';
import type { ContactStep } from './outcome';
import { NO_CHANGES, type Pair, type SharedPieces, sharedPieces, stepAt } from './shared-steps';
import { compareTeams } from './teams';

/**
 * A change allocation made to a requested step: a contact-data `fallback` (no phone → e-mail),
 * an `overflow` (capacity full → another channel or team), or `merged` (the step's final
 * channel and team were already in the case's plan). A change that allocation makes is
 * frozen and shared by every case of the allocation run with the same change (as are its `from`,
 * `to` and `limit`).
 *
 * @example
 * ```ts
 * import type { StepChange } from '@signaalreis/core';
 * const c: StepChange = {
 *   kind: 'overflow', from: { channel: 'home-visit', team: 'municipality' }, to: { channel: 'email', team: 'municipality' },
 *   source: 'signaalreis-2023, annex, municipality 4', limit: { perMonth: 30 },
 * };
 * ```
 */
export interface StepChange {
  kind: 'fallback' | 'overflow' | 'merged';
  from: { channel: Channel; team: Team };
  to: { channel: Channel; team: Team };
  /** The source of the fallback or overflow entry. */
  source?: string;
  /** For a fallback: the contact data that were missing. */
  missing?: ContactData;
  /** For an overflow: the capacity that was full (`team` absent: all teams together). */
  limit?: { perMonth: number; team?: Team };
}

/**
 * How one requested step ended: `placed`, `skipped` (an `ifCapacityLeft` step without capacity
 * or contact data) or `unplaced`.
 */
export type PlacementOutcome = 'placed' | 'skipped' | 'unplaced';

/**
 * How one requested step of a plan ended: `placed` (with its final channel and team), `skipped`
 * (an `ifCapacityLeft` step without capacity or contact data) or `unplaced` (with the reason).
 *
 * @example
 * ```ts
 * import type { StepPlacement } from '@signaalreis/core';
 * const p: StepPlacement = {
 *   requested: { channel: 'phone', team: 'municipality', attempts: 2 }, outcome: 'placed',
 *   step: { channel: 'email', team: 'municipality', attempts: 1 },
 *   changes: [{ kind: 'fallback', from: { channel: 'phone', team: 'municipality' }, to: { channel: 'email', team: 'municipality' }, missing: 'phone', source: 'signaalreis-2023' }],
 * };
 * ```
 */
export interface StepPlacement {
  requested: ContactStep;
  outcome: PlacementOutcome;
  /**
   * The final step (placed only). A fallback or overflow keeps the attempts of the request. From
   * allocation: frozen, one object per requested step and final (channel, team), shared.
   */
  step?: ContactStep;
  /** Why the step was not placed. */
  reason?: 'capacity' | 'missing-contact-data';
  /** The changes, in order. From allocation: no change is one shared frozen empty list. */
  changes: StepChange[];
}

/** Counters per (channel, team) pair and per capacity entry. */
export interface Ledger {
  used: Map<string, number>;
  byEntry: number[];
  overflowedIn: Map<string, number>;
  overflowedOut: Map<string, number>;
  unplaced: Map<string, number>;
}

// One key string per (channel, team) pair, made once: allocation asks for a key several times per
// step of every case (a new string each time before issue 14's third round). Bounded.
const pairKeys = new Map<string, Map<string, string>>();
let pairKeyCount = 0;

/** The key of a (channel, team) pair: `channel/team`, the same string object each time. */
export function pairKey(channel: Channel, team: Team): string {
  let byTeam = pairKeys.get(channel);
  if (byTeam === undefined) {
    byTeam = new Map();
    pairKeys.set(channel, byTeam);
  }
  let key = byTeam.get(team);
  if (key === undefined) {
    if (pairKeyCount >= 4096) {
      for (const m of pairKeys.values()) m.clear();
      pairKeyCount = 0;
    }
    key = `${channel}/${team}`;
    byTeam.set(team, key);
    pairKeyCount++;
  }
  return key;
}

/**
 * Sort order of pairs: channels least intensive first, then the row for all teams, then the
 * built-in teams in vocabulary order, then declared teams by id.
 */
export const pairOrder = (
  a: { channel: Channel; team?: Team },
  b: { channel: Channel; team?: Team },
): number =>
  CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) ||
  (a.team === undefined
    ? b.team === undefined
      ? 0
      : -1
    : b.team === undefined
      ? 1
      : compareTeams(a.team, b.team));

/** An empty ledger for a configuration. */
export function newLedger(config: CapacityConfig): Ledger {
  return {
    used: new Map(),
    byEntry: config.capacity.map(() => 0),
    overflowedIn: new Map(),
    overflowedOut: new Map(),
    unplaced: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

// The limiting entries per pair, for one ledger (one allocation run: its configuration does not
// change while it allocates).
const limitsByLedger = new WeakMap<Ledger, Map<string, readonly number[]>>();

/**
 * The capacity entries that limit a pair: the pair's own and the channel's (all teams). Worked
 * out once per pair in an allocation run.
 */
function limits(config: CapacityConfig, ledger: Ledger, channel: Channel, team: Team): readonly number[] {
  let byPair = limitsByLedger.get(ledger);
  if (byPair === undefined) {
    byPair = new Map();
    limitsByLedger.set(ledger, byPair);
  }
  const key = pairKey(channel, team);
  let out = byPair.get(key);
  if (out === undefined) {
    const found: number[] = [];
    config.capacity.forEach((c, i) => {
      if (c.channel === channel && (c.team === undefined || c.team === team)) found.push(i);
    });
    out = found;
    byPair.set(key, out);
  }
  return out;
}

// The pairs and changes one allocation run (one ledger) shares between its cases (shared-steps.ts).
const sharedByLedger = new WeakMap<Ledger, SharedPieces>();

function sharedOf(ledger: Ledger): SharedPieces {
  let shared = sharedByLedger.get(ledger);
  if (shared === undefined) {
    shared = sharedPieces(pairKey);
    sharedByLedger.set(ledger, shared);
  }
  return shared;
}

/** A step's placement: what {@link placeStep} gives back. */
function placement(
  requested: ContactStep,
  at: Pair,
  changes: StepChange[],
  ledger: Ledger,
  outcome: PlacementOutcome,
  reason?: StepPlacement['reason'],
): StepPlacement {
  const k = pairKey(at.channel, at.team);
  if (outcome === 'unplaced') bump(ledger.unplaced, k);
  // kept per case: without the room `push` leaves; no change is the one shared empty list
  const kept = changes.length === 0 ? NO_CHANGES : changes.slice();
  // one literal per shape, every key in place when made: a key added afterwards would give each of
  // the month's placements a property store of its own (~5 MB in the 100k month)
  if (outcome === 'placed') {
    const step = stepAt(requested, at, k);
    return reason
      ? { requested, outcome, step, reason, changes: kept }
      : { requested, outcome, step, changes: kept };
  }
  return reason ? { requested, outcome, reason, changes: kept } : { requested, outcome, changes: kept };
}

/**
 * Places one requested step. `has` tells which contact data the case has; `inPlan` holds the
 * pairs already placed for the case (a step arriving at one of them is merged, without using
 * capacity). Mutates the ledger.
 */
export function placeStep(
  requested: ContactStep,
  has: Readonly<Record<ContactData, boolean>>,
  inPlan: ReadonlySet<string>,
  config: CapacityConfig,
  ledger: Ledger,
): StepPlacement {
  const changes: StepChange[] = [];
  // the pairs tried (keys are one string per pair: `includes` compares them by identity first)
  const seen: string[] = [];
  const shared = sharedOf(ledger);
  let at = shared.pair(requested.channel, requested.team);
  const end = (outcome: PlacementOutcome, reason?: StepPlacement['reason']) =>
    placement(requested, at, changes, ledger, outcome, reason);
  for (;;) {
    const k = pairKey(at.channel, at.team);
    if (seen.includes(k)) return end(requested.ifCapacityLeft ? 'skipped' : 'unplaced', 'capacity');
    seen.push(k);
    const need = CHANNEL_NEEDS[at.channel];
    if (!has[need]) {
      const fb = fallbackFor(config.fallbacks, need, at.channel);
      if (!fb) return end(requested.ifCapacityLeft ? 'skipped' : 'unplaced', 'missing-contact-data');
      const from = at;
      const to = shared.pair(fb.entry.to, at.team);
      // the pair left and the fallback entry make the change
      changes.push(
        shared.change(`${k} f${fb.index}`, () => ({
          kind: 'fallback',
          from,
          to,
          missing: need,
          source: fb.entry.source,
        })),
      );
      at = to;
      continue;
    }
    if (inPlan.has(k)) {
      const here = at;
      if (changes.length > 0)
        changes.push(shared.change(`${k} m`, () => ({ kind: 'merged', from: here, to: here })));
      return end('placed');
    }
    const entries = limits(config, ledger, at.channel, at.team);
    const full = entries.find((i) => (ledger.byEntry[i] ?? 0) >= (config.capacity[i]?.perMonth ?? 0));
    if (full === undefined) {
      for (const i of entries) ledger.byEntry[i] = (ledger.byEntry[i] ?? 0) + 1;
      bump(ledger.used, k);
      return end('placed');
    }
    if (requested.ifCapacityLeft) return end('skipped', 'capacity');
    const ov = overflowFor(config.overflow, at.channel, at.team);
    if (!ov) return end('unplaced', 'capacity');
    const entry = config.capacity[full];
    const from = at;
    const to = shared.pair(ov.entry.to.channel, ov.entry.to.team ?? at.team);
    // the pair left, the overflow entry and the full capacity entry make the change
    changes.push(
      shared.change(`${k} o${ov.index} ${full}`, () => ({
        kind: 'overflow',
        from,
        to,
        source: ov.entry.source,
        limit: Object.freeze({
          perMonth: entry?.perMonth ?? 0,
          ...(entry?.team ? { team: entry.team } : {}),
        }),
      })),
    );
    bump(ledger.overflowedOut, k);
    bump(ledger.overflowedIn, pairKey(to.channel, to.team));
    at = to;
  }
}
