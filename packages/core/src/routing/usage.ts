// The use of each capacity over the month, read from allocation's ledger.
import type { Channel, Team } from '../model/enums';
import type { CapacityConfig } from './config';
import { type Ledger, pairKey, pairOrder } from './place-step';

/**
 * Use of one capacity over the month. A row without `team` covers the channel for all teams;
 * `perMonth` is absent when nothing limits the row, and `available` is then `null`.
 * `overflowedOut` counts steps that found the row full and moved on, `overflowedIn` steps that
 * arrived by overflow, `unplaced` steps that ended here without a place.
 *
 * @example
 * ```ts
 * import type { CapacityUsage } from '@signaalreis/core';
 * const u: CapacityUsage = { channel: 'home-visit', perMonth: 20, used: 20, available: 0, overflowedIn: 0, overflowedOut: 3, unplaced: 0 };
 * ```
 */
export interface CapacityUsage {
  channel: Channel;
  team?: Team;
  perMonth?: number;
  used: number;
  available: number | null;
  overflowedIn: number;
  overflowedOut: number;
  unplaced: number;
}

/**
 * A row per capacity entry, then per (channel, team) pair used without an entry; in pair order.
 * Only the entries' channel, team and capacity are read (the monthly report passes those alone).
 */
export function usageRows(
  config: { capacity: readonly Pick<CapacityConfig['capacity'][number], 'channel' | 'team' | 'perMonth'>[] },
  ledger: Pick<Ledger, 'used' | 'overflowedIn' | 'overflowedOut' | 'unplaced'>,
): CapacityUsage[] {
  const pairs = new Map<string, { channel: Channel; team: Team }>();
  for (const m of [ledger.used, ledger.overflowedIn, ledger.overflowedOut, ledger.unplaced])
    for (const k of m.keys()) {
      const [channel, team] = k.split('/') as [Channel, Team];
      pairs.set(k, { channel, team });
    }
  const sum = (m: Map<string, number>, channel: Channel, team?: Team) =>
    [...m.entries()]
      .filter(([k]) => (team ? k === pairKey(channel, team) : k.startsWith(`${channel}/`)))
      .reduce((a, [, n]) => a + n, 0);
  const row = (channel: Channel, team: Team | undefined, perMonth: number | undefined): CapacityUsage => {
    const used = sum(ledger.used, channel, team);
    return {
      channel,
      ...(team ? { team } : {}),
      ...(perMonth === undefined ? {} : { perMonth }),
      used,
      available: perMonth === undefined ? null : perMonth - used,
      overflowedIn: sum(ledger.overflowedIn, channel, team),
      overflowedOut: sum(ledger.overflowedOut, channel, team),
      unplaced: sum(ledger.unplaced, channel, team),
    };
  };
  const rows = config.capacity.map((c) => row(c.channel, c.team, c.perMonth));
  for (const p of pairs.values())
    if (!config.capacity.some((c) => c.channel === p.channel && c.team === p.team))
      rows.push(row(p.channel, p.team, undefined));
  return rows.sort(pairOrder);
}
