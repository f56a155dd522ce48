// The units of work of a simulation (issue 16): scenario × replication × municipality, each
// independent; run here or in a worker thread, always to the same result.
import type { Result, SimulationUnitResult } from '@signaalreis/core';
import { runSimulationUnits, type Scenario } from '@signaalreis/rules-presets';
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
 * depends only on the spec and the task, never on the thread or the order of units. Several units
 * of one replication and municipality run faster together: {@link runUnitTasks}.
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
  const [only] = await runUnitTasks(spec, [task]);
  return only as Result<SimulationUnitResult>;
}

/**
 * Runs units of a spec, each to the result {@link runUnitTask} gives it alone, in the order given.
 * The units of one replication and municipality run side by side (`runSimulationUnits`): their
 * scenarios share the month's synthetic arrears, made once instead of once per scenario (with the
 * default `population` source a unit's twelve months of warm-up, too) — all of them given here:
 * cut a long list with {@link workPieces} first (each scenario side by side keeps its own history,
 * ~130 MB for a national municipality). `onMonth(units)` is called after each simulated month
 * with the number of units it was a month of (for progress).
 *
 * @example
 * ```ts
 * import { runUnitTasks, type SimulationSpec, unitTasks } from '@signaalreis/adapters/simulation';
 * declare const spec: SimulationSpec; // a base and two reforms, one replication, one municipality
 * const results = await runUnitTasks(spec, unitTasks(3, 1, 1)); // one population for all three
 * results.length; // 3, in the order of the tasks
 * ```
 */
export async function runUnitTasks(
  spec: SimulationSpec,
  tasks: readonly UnitTask[],
  onMonth?: (units: number) => void,
): Promise<Result<SimulationUnitResult>[]> {
  const out: Result<SimulationUnitResult>[] = new Array(tasks.length);
  const scenarios = scenariosOf(spec);
  if (!scenarios.ok) return tasks.map(() => scenarios);
  for (const group of sameUnit(tasks)) {
    const first = tasks[group[0] as number] as UnitTask;
    const chosen = group.map((i) => scenarios.value[(tasks[i] as UnitTask).scenario]);
    const municipality = spec.municipalities[first.municipality];
    const source = SIGNAL_SOURCES[spec.signalSource];
    // the tasks come from unitTasks over the same spec, checked by runSimulation: a bug otherwise
    if (chosen.some((s) => s === undefined) || municipality === undefined || source === undefined)
      throw new Error(`no unit ${JSON.stringify(group.map((i) => tasks[i]))} in the spec`);
    const results = await runSimulationUnits(
      chosen as Scenario[],
      { seed: spec.seed, replication: first.replication, municipality, start: spec.start },
      { months: spec.months, source: source.factory, onMonth: (_d, _t, n) => onMonth?.(n) },
    );
    group.forEach((i, k) => {
      out[i] = results[k] as Result<SimulationUnitResult>;
    });
  }
  return out;
}

/** The tasks' indexes grouped by replication and municipality, in the order each first comes. */
function sameUnit(tasks: readonly UnitTask[]): number[][] {
  const groups = new Map<string, number[]>();
  tasks.forEach((t, i) => {
    const key = `${t.replication}/${t.municipality}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}

/**
 * The most scenarios of one replication and municipality {@link workPieces} puts in one piece
 * (project default): each scenario side by side keeps its own history and open cases, ~130 MB for a
 * national municipality, beside the one synthetic population they share (~200 MB) — six keep a
 * thread's live heap near 1 GB, and a group of eleven (the base and ten reforms) in two pieces
 * makes its population twice instead of eleven times.
 *
 * @example
 * ```ts
 * import { SCENARIOS_TOGETHER } from '@signaalreis/adapters/simulation';
 * SCENARIOS_TOGETHER; // 6
 * ```
 */
export const SCENARIOS_TOGETHER = 6;

/**
 * The tasks in pieces for `workers` threads: the units of one replication and municipality
 * together (they share their signals), at most `most` to a piece, and split further — into runs
 * of neighbouring scenarios, as even as they go — where there are fewer pieces than threads, so
 * that every thread has work.
 *
 * @example
 * ```ts
 * import { unitTasks, workPieces } from '@signaalreis/adapters/simulation';
 * workPieces(unitTasks(11, 1, 1), 2).map((p) => p.length); // [6, 5]: one replication, two threads
 * workPieces(unitTasks(11, 4, 1), 2).map((p) => p.length); // [6, 5, 6, 5, 6, 5, 6, 5]
 * workPieces(unitTasks(3, 4, 1), 2).map((p) => p.length); // [3, 3, 3, 3]
 * ```
 */
export function workPieces(
  tasks: readonly UnitTask[],
  workers: number,
  most: number = SCENARIOS_TOGETHER,
): UnitTask[][] {
  const groups = sameUnit(tasks).map((g) => g.map((i) => tasks[i] as UnitTask));
  const parts = groups.length >= workers ? 1 : Math.ceil(workers / groups.length);
  return groups.flatMap((g) => {
    const n = Math.min(Math.max(parts, Math.ceil(g.length / Math.max(1, most))), g.length);
    const at = (k: number) => Math.round((k * g.length) / n);
    return Array.from({ length: n }, (_, k) => g.slice(at(k), at(k + 1)));
  });
}
