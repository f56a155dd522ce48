// Capacity of the report's month, read back from the cases: each case's final plan uses one place
// per channel and team (as allocation counts it), and its allocation record says what overflowed
// and what fit nowhere. The capacities themselves come from the routing configuration.
import { pairKey } from '../routing/place-step';
import { usageRows } from '../routing/usage';
import type { ReportCapacity, ReportCase } from './monthly-input';
import type { MonthlyReport } from './monthly-types';

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Use of each capacity: a row per capacity given, then per channel and team used without one
 * (as `capacity.csv` of the run has them). Without capacities (`undefined`), every row has
 * `perMonth` and `available` `null`.
 */
export function capacityFigures(
  cases: readonly ReportCase[],
  capacity: readonly ReportCapacity[] | undefined,
): MonthlyReport['capacity'] {
  const ledger = {
    used: new Map<string, number>(),
    overflowedIn: new Map<string, number>(),
    overflowedOut: new Map<string, number>(),
    unplaced: new Map<string, number>(),
  };
  let casesOverflowed = 0;
  let casesUnplaced = 0;
  let overflowKnown = true;
  for (const c of cases) {
    // allocation places a (channel, team) pair once per case; a second step there is merged
    for (const k of new Set((c.plan ?? []).map((s) => pairKey(s.channel, s.team)))) bump(ledger.used, k);
    const a = c.allocation;
    if (a === undefined) {
      // a case file of a run before the report: its plan is there, what allocation did is not
      if ((c.plan?.length ?? 0) > 0) overflowKnown = false;
      continue;
    }
    for (const o of a.overflowed) {
      bump(ledger.overflowedOut, pairKey(o.from.channel, o.from.team));
      bump(ledger.overflowedIn, pairKey(o.to.channel, o.to.team));
    }
    for (const u of a.unplaced) bump(ledger.unplaced, pairKey(u.channel, u.team));
    if (a.overflowed.length > 0) casesOverflowed += 1;
    if (a.outcome === 'unplaced' || a.outcome === 'partial') casesUnplaced += 1;
  }
  const rows = usageRows({ capacity: capacity ?? [] }, ledger).map((u) => ({
    channel: u.channel,
    ...(u.team ? { team: u.team } : {}),
    perMonth: u.perMonth ?? null,
    used: u.used,
    available: u.available,
    overflowedIn: u.overflowedIn,
    overflowedOut: u.overflowedOut,
    unplaced: u.unplaced,
  }));
  return { rows, known: capacity !== undefined, overflowKnown, casesOverflowed, casesUnplaced };
}
