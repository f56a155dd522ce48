// The units of work of a simulation (issue 16): scenario × replication × municipality, each
// independent; run here or in a worker thread, always to the same result.
import type { Result, SimulationUnitResult } from '@signaalreis/core';
import { runSimulationUnit, type Scenario } from '@signaalreis/rules-presets';
import { loadScenarios, SIGNAL_SOURCES, type SimulationSpec } from './spec';

/**
 * One unit of work: indexes into the spec's scenarios (base first), replications and
 * municipalities.
 *
 * @example
 * ```ts
 * import type { UnitTask } from '@signaalreis/adapters/simulation';
 * const first: UnitTask = { scenario: 0, replication: 0, municipality: 0 };
 * ```
 */
export interface UnitTask {
  scenario: number;
  replication: number;
  municipality: number;
}

/**
 * Every unit of a spec in the fixed order results are merged in: scenario, then replication, then
 * municipality.
 *
 * @example
 * ```ts
 * import { unitTasks } from '@signaalreis/adapters/simulation';
 * unitTasks(2, 3, 1).length; // 6
 * ```
 */
export function unitTasks(scenarios: number, replications: number, municipalities: number): UnitTask[] {
  const out: UnitTask[] = [];
  for (let s = 0; s < scenarios; s++)
    for (let r = 0; r < replications; r++)
      for (let m = 0; m < municipalities; m++) out.push({ scenario: s, replication: r, municipality: m });
  return out;
}

let cached: { key: string; scenarios: Result<Scenario[]> } | undefined;

/** The scenarios of a spec, loaded once per thread (a worker runs many units of one spec). */
function scenariosOf(spec: SimulationSpec): Result<Scenario[]> {
  const key = JSON.stringify([spec.base, spec.baseText, spec.reforms]);
  if (cached?.key !== key) cached = { key, scenarios: loadScenarios(spec) };
  return cached.scenarios;
}

/**
 * Runs one unit of a spec: loads the scenarios (once per thread), makes the unit's signal source
 * and runs the scenario through the engine month by month (`runSimulationUnit`). The result
 * depends only on the spec and the task, never on the thread or the order of units.
 *
 * @example
 * ```ts
 * import { runUnitTask, type SimulationSpec } from '@signaalreis/adapters/simulation';
 * declare const spec: SimulationSpec;
 * const r = await runUnitTask(spec, { scenario: 1, replication: 0, municipality: 0 });
 * r.ok && r.value.months.length; // spec.months
 * ```
 */
export async function runUnitTask(
  spec: SimulationSpec,
  task: UnitTask,
): Promise<Result<SimulationUnitResult>> {
  const scenarios = scenariosOf(spec);
  if (!scenarios.ok) return scenarios;
  const scenario = scenarios.value[task.scenario];
  const municipality = spec.municipalities[task.municipality];
  const source = SIGNAL_SOURCES[spec.signalSource];
  // the tasks come from unitTasks over the same spec, checked by runSimulation: a bug otherwise
  if (scenario === undefined || municipality === undefined || source === undefined)
    throw new Error(`no unit ${JSON.stringify(task)} in the spec`);
  return runSimulationUnit(
    scenario,
    { seed: spec.seed, replication: task.replication, municipality, start: spec.start },
    { months: spec.months, source: source.factory },
  );
}
