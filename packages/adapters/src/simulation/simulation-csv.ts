// simulation.csv (issue 16): the tidy rows of a simulation, one per scenario × month × measure,
// through the project's CSV writer (csv-stringify, every text cell neutralised against formulas).
import type { SimulationResult } from '@signaalreis/core';
import { csvTable } from '../output/csv-writer';

/**
 * The columns of simulation.csv, in order (English ids, as the JSON's keys in snake case).
 *
 * @example
 * ```ts
 * import { SIMULATION_CSV_COLUMNS } from '@signaalreis/adapters/simulation';
 * SIMULATION_CSV_COLUMNS[0]; // 'scenario'
 * ```
 */
export const SIMULATION_CSV_COLUMNS = [
  'scenario',
  'month',
  'measure',
  'mean',
  'p05',
  'p95',
  'delta_mean',
  'delta_p05',
  'delta_p95',
  'replications',
] as const;

/**
 * simulation.csv of a result: a header, then one line per row of `result.rows` in their order;
 * numbers with a decimal point, an empty cell where the JSON has `null` (the base's difference).
 *
 * @example
 * ```ts
 * import { simulationCsv } from '@signaalreis/adapters/simulation';
 * import type { SimulationResult } from '@signaalreis/core';
 * declare const result: SimulationResult;
 * simulationCsv(result).split('\n')[0]; // 'scenario,month,measure,mean,p05,p95,delta_mean,delta_p05,delta_p95,replications'
 * ```
 */
export function simulationCsv(result: SimulationResult): string {
  return csvTable(
    result.rows.map((r) => ({
      scenario: r.scenario,
      month: r.month,
      measure: r.measure,
      mean: r.mean,
      p05: r.p05,
      p95: r.p95,
      delta_mean: r.deltaMean ?? '',
      delta_p05: r.deltaP05 ?? '',
      delta_p95: r.deltaP95 ?? '',
      replications: r.replications,
    })),
    { columns: [...SIMULATION_CSV_COLUMNS] },
  );
}
