// Aggregating a simulation's units (issue 16): per scenario × month × measure over replications,
// the mean and a 90 % interval, and the paired difference to the base scenario (common random
// numbers: replication r of a reform against replication r of the base). Pure.
import type { IsoMonth } from '../model/iso-date';
import { SIMULATION_MEASURES, type SimulationRow } from './result';

/**
 * What one unit of work measured in one month: a number per measure (see
 * {@link SIMULATION_MEASURES} for the ones the runner fills in).
 *
 * @example
 * ```ts
 * import { asIsoMonth, type UnitMonth } from '@signaalreis/core';
 * const m: UnitMonth = { month: asIsoMonth('2027-01'), measures: { signals: 312, reached: 61 } };
 * ```
 */
export interface UnitMonth {
  month: IsoMonth;
  measures: Readonly<Record<string, number>>;
}

/**
 * The result of one unit of work: one scenario, one replication, one municipality, month by month.
 * Units are independent; {@link aggregateSimulation} merges them in any order to the same rows.
 *
 * @example
 * ```ts
 * import type { SimulationUnitResult } from '@signaalreis/core';
 * const key = (u: SimulationUnitResult) => `${u.scenario}/${u.replication}/${u.municipality}`;
 * ```
 */
export interface SimulationUnitResult {
  scenario: string;
  replication: number;
  /** The municipality's code. */
  municipality: string;
  months: UnitMonth[];
}

/**
 * The nearest-rank percentile of sorted values: the smallest value with at least `q` of the values
 * at or below it (`sorted[⌈q·n⌉ − 1]`). With fewer than 20 replications the 90 % interval is
 * therefore the range of the replications.
 *
 * @example
 * ```ts
 * import { nearestRank } from '@signaalreis/core';
 * nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95); // 19
 * nearestRank([3, 7], 0.05); // 3
 * ```
 */
export function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Rounded to 4 decimals, so that the output is short and the same on every machine. */
const round = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

function stats(values: readonly number[]): { mean: number; p05: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  // a sum of sorted values: the same order whatever order the replications came in
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { mean: round(mean), p05: round(nearestRank(sorted, 0.05)), p95: round(nearestRank(sorted, 0.95)) };
}

/**
 * What {@link aggregateSimulation} needs besides the units: the scenarios in output order (the
 * first is the base the differences are taken to), the months and the number of replications.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type AggregateOptions } from '@signaalreis/core';
 * const o: AggregateOptions = { scenarios: ['base', 'visit-all'], months: [asIsoMonth('2027-01')], replications: 200 };
 * ```
 */
export interface AggregateOptions {
  scenarios: readonly string[];
  months: readonly IsoMonth[];
  replications: number;
}

/**
 * Merges the units into rows: first, per scenario and replication, each measure is summed over
 * the municipalities (a national figure is the sum of its municipalities) and over the months
 * (`total`); then, per scenario × month × measure, the mean over the replications and the 90 %
 * interval ({@link nearestRank}: 5th and 95th percentile), and the **paired** difference to the
 * first scenario: per replication, this scenario's value minus the base's value in the same
 * replication (common random numbers), with its own mean and interval — `null` for the base.
 * Rows come scenario by scenario (in `scenarios` order), month by month, `total` last, measures
 * in {@link SIMULATION_MEASURES} order (others after, alphabetically). The order of the units does
 * not matter. A measure a unit lacks counts as 0. Units of other scenarios, months or
 * replications than the options name are programming errors (thrown).
 *
 * @example
 * ```ts
 * import { aggregateSimulation, asIsoMonth } from '@signaalreis/core';
 * const m = asIsoMonth('2027-01');
 * const unit = (scenario: string, replication: number, reached: number) =>
 *   ({ scenario, replication, municipality: 'GM0001', months: [{ month: m, measures: { reached } }] });
 * const rows = aggregateSimulation([unit('base', 0, 10), unit('base', 1, 20), unit('visit', 0, 13), unit('visit', 1, 22)], {
 *   scenarios: ['base', 'visit'], months: [m], replications: 2,
 * });
 * rows.find((r) => r.scenario === 'visit' && r.month === 'total')?.deltaMean; // 2.5: (3 + 2) / 2, paired
 * ```
 */
export function aggregateSimulation(
  units: readonly SimulationUnitResult[],
  options: AggregateOptions,
): SimulationRow[] {
  const { scenarios, months, replications } = options;
  const periods: (IsoMonth | 'total')[] = [...months, 'total'];
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const known = new Set<string>();
  // values[scenario][period][measure][replication]
  const values = new Map<string, Map<string, number[]>[]>();
  for (const s of scenarios)
    values.set(
      s,
      periods.map(() => new Map()),
    );
  const cell = (s: string, p: number, measure: string) => {
    const byMeasure = values.get(s)?.[p];
    if (byMeasure === undefined) throw new Error(`unknown scenario ${s}`);
    let list = byMeasure.get(measure);
    if (list === undefined) {
      list = new Array<number>(replications).fill(0);
      byMeasure.set(measure, list);
    }
    return list;
  };
  for (const u of units) {
    if (!Number.isInteger(u.replication) || u.replication < 0 || u.replication >= replications)
      throw new Error(`replication ${u.replication} outside 0–${replications - 1}`);
    for (const m of u.months) {
      const p = monthIndex.get(m.month);
      if (p === undefined) throw new Error(`month ${m.month} not in the horizon`);
      for (const [measure, v] of Object.entries(m.measures)) {
        known.add(measure);
        for (const list of [cell(u.scenario, p, measure), cell(u.scenario, months.length, measure)])
          list[u.replication] = (list[u.replication] ?? 0) + v;
      }
    }
  }
  const order = new Map<string, number>(SIMULATION_MEASURES.map((m, i) => [m, i]));
  const measures = [...known].sort(
    (a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const base = scenarios[0];
  const rows: SimulationRow[] = [];
  for (const s of scenarios)
    periods.forEach((period, p) => {
      for (const measure of measures) {
        const own = cell(s, p, measure);
        const delta =
          s === base || base === undefined
            ? null
            : stats(own.map((v, r) => v - (cell(base, p, measure)[r] ?? 0)));
        rows.push({
          scenario: s,
          month: period,
          measure,
          ...stats(own),
          deltaMean: delta?.mean ?? null,
          deltaP05: delta?.p05 ?? null,
          deltaP95: delta?.p95 ?? null,
          replications,
        });
      }
    });
  return rows;
}
