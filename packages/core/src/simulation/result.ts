// The output of a simulation (issue 16): what `signaalreis simulate` writes as simulation.json and
// what the HTML report reads. Plain JSON data.
import type { IsoMonth } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { SimulationRow } from './aggregate';
import type { BusinessCaseParameters } from './business-case-schema';
import type { OutcomeParameters } from './outcome-parameters';
import type { SimulatedMunicipality } from './signal-source';

/**
 * The format id of a {@link SimulationResult}; a reader checks it before it reads the rows.
 *
 * @example
 * ```ts
 * import { SIMULATION_FORMAT } from '@signaalreis/core';
 * const isSimulation = (json: { format?: unknown }) => json.format === SIMULATION_FORMAT;
 * ```
 */
export const SIMULATION_FORMAT = 'signaalreis-simulation/1';

/**
 * A scenario as the output describes it: id (`base` or the reform's), label, where it comes from
 * (the base preset's id or the reform file), its preset chain and its criteria preset per sector.
 *
 * @example
 * ```ts
 * import type { SimulationScenarioInfo } from '@signaalreis/core';
 * const title = (s: SimulationScenarioInfo) => `${s.label.nl} (${s.lineage.join(' → ')})`;
 * ```
 */
export interface SimulationScenarioInfo {
  id: string;
  label: Bilingual;
  source: string;
  lineage: string[];
  criteria: Readonly<Record<string, string>>;
}

/**
 * The result of a simulation: the run's settings, the scenarios (the first is the base), the
 * tidy rows (one per scenario × month × measure, months then `total`) and the parameters used per
 * scenario with their sources.
 *
 * @example
 * ```ts
 * import type { SimulationResult } from '@signaalreis/core';
 * const reachedTotal = (r: SimulationResult, scenario: string) =>
 *   r.rows.find((x) => x.scenario === scenario && x.month === 'total' && x.measure === 'reached');
 * ```
 */
export interface SimulationResult {
  format: typeof SIMULATION_FORMAT;
  seed: string;
  months: IsoMonth[];
  replications: number;
  municipalities: SimulatedMunicipality[];
  scenarios: SimulationScenarioInfo[];
  rows: SimulationRow[];
  parameters: {
    /** The signal source: its id and what it is. */
    signalSource: { id: string; description: string };
    /** The quantile method of the intervals. */
    interval: string;
    outcome: Readonly<Record<string, OutcomeParameters>>;
    businessCase: Readonly<Record<string, BusinessCaseParameters>>;
  };
}
