// Counts per neighbourhood (wijk): the neighbourhood the partners gave with the signals, else the
// four digits of the household's postcode (PC4). Small counts are suppressed before they leave.
import type { ReportCase } from './monthly-input';
import { NEIGHBOURHOOD_MEASURES, type NeighbourhoodMeasure, type NeighbourhoodRow } from './monthly-types';
import { type SuppressionSummary, suppressSmallCounts } from './suppression';

/** The name of the row for cases whose household key has no postcode (older case ids, imports). */
export const UNKNOWN_NEIGHBOURHOOD = '?';

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * The neighbourhood of a case: the one its signals name most often (trimmed, spaces collapsed;
 * ties: the first in code-unit order), else the four digits of the household key's postcode
 * (`fromPostcode`), else `?`.
 *
 * @example
 * ```ts
 * import { neighbourhoodOf, type ReportCase } from '@signaalreis/core';
 * declare const c: ReportCase; // household key '7411AB 12', no signal names a neighbourhood
 * neighbourhoodOf(c); // { name: '7411', fromPostcode: true }
 * ```
 */
export function neighbourhoodOf(c: Pick<ReportCase, 'householdKey' | 'signals'>): {
  name: string;
  fromPostcode: boolean;
} {
  const tally = new Map<string, number>();
  for (const s of c.signals) {
    const name = s.neighbourhood === undefined ? '' : tidy(s.neighbourhood);
    if (name !== '') tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, n] of tally) {
    const b = best === undefined ? -1 : (tally.get(best) ?? 0);
    if (n > b || (n === b && best !== undefined && name < best)) best = name;
  }
  if (best !== undefined) return { name: best, fromPostcode: false };
  const pc4 = /^(\d{4})[A-Z]{2}\b/.exec(c.householdKey)?.[1];
  return pc4 ? { name: pc4, fromPostcode: true } : { name: UNKNOWN_NEIGHBOURHOOD, fromPostcode: true };
}

/** What one case adds to each measure. */
function measuresOf(c: ReportCase): Omit<Record<NeighbourhoodMeasure, number>, 'households'> {
  return {
    signals: c.signals.length,
    matches: c.isMatch ? 1 : 0,
    consecutiveCreditors: c.consecutiveCreditors.length > 0 ? 1 : 0,
    recidive: c.recidiveMonths.length > 0 ? 1 : 0,
    pickedUp: c.signalStatus === 'Opgepakt' ? 1 : 0,
  };
}

/**
 * The month's counts per neighbourhood, suppressed with `suppressSmallCounts` (counts from 1 to
 * `min - 1` and, where the total would give them away, one more per column). Named neighbourhoods
 * first in code-unit order, then postcodes, then `?`. A case counts in one neighbourhood.
 *
 * @example
 * ```ts
 * import { neighbourhoodFigures, type ReportCase } from '@signaalreis/core';
 * declare const cases: ReportCase[];
 * const { rows, suppression } = neighbourhoodFigures(cases, 5);
 * rows.map((r) => r.name); // e.g. ['Centrum', 'Noord', 'Zuid', '7438']
 * suppression.primary; // how many counts show '< 5'
 * ```
 */
export function neighbourhoodFigures(
  cases: readonly ReportCase[],
  min: number,
): { rows: NeighbourhoodRow[]; suppression: SuppressionSummary } {
  const groups = new Map<string, { name: string; fromPostcode: boolean; cases: ReportCase[] }>();
  for (const c of cases) {
    const n = neighbourhoodOf(c);
    const key = `${n.fromPostcode ? '1' : '0'}${n.name}`;
    const group = groups.get(key) ?? { ...n, cases: [] };
    group.cases.push(c);
    groups.set(key, group);
  }
  const rank = (g: { name: string; fromPostcode: boolean }) =>
    g.name === UNKNOWN_NEIGHBOURHOOD ? 2 : g.fromPostcode ? 1 : 0;
  const ordered = [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const table = Object.fromEntries(NEIGHBOURHOOD_MEASURES.map((m) => [m, [] as number[]])) as Record<
    NeighbourhoodMeasure,
    number[]
  >;
  for (const g of ordered) {
    const sums = { signals: 0, matches: 0, consecutiveCreditors: 0, recidive: 0, pickedUp: 0 };
    for (const c of g.cases) {
      const m = measuresOf(c);
      for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += m[k];
    }
    for (const k of Object.keys(sums) as (keyof typeof sums)[]) table[k].push(sums[k]);
    table.households.push(new Set(g.cases.map((c) => c.householdKey)).size);
  }
  const { columns, summary } = suppressSmallCounts(table, min);
  const rows = ordered.map((g, i) => ({
    name: g.name,
    fromPostcode: g.fromPostcode,
    counts: Object.fromEntries(
      NEIGHBOURHOOD_MEASURES.map((m) => [m, columns[m][i] as NeighbourhoodRow['counts'][typeof m]]),
    ) as NeighbourhoodRow['counts'],
  }));
  return { rows, suppression: summary };
}
