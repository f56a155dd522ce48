// Running a whole simulation (issue 16): check the spec, load the scenarios, run every unit —
// in this thread or over a tinypool of worker threads — and merge in a fixed order.
import { existsSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import {
  aggregateSimulation,
  fail,
  type Issue,
  inhabitantsOf,
  issue,
  type Result,
  SIMULATION_FORMAT,
  type SimulationResult,
  type SimulationUnitResult,
} from '@signaalreis/core';
import type { Scenario } from '@signaalreis/rules-presets';
import Tinypool from 'tinypool';
import { builtFile } from '../files/built-file';
import { SIMULATION_RUN_MESSAGES as M } from './messages';
import { horizon, loadScenarios, SIGNAL_SOURCES, type SimulationSpec } from './spec';
import { runUnitTasks, type UnitTask, unitTasks, workPieces } from './units';

/**
 * How {@link runSimulation} runs: the number of worker threads (1: in this thread), a callback
 * after each unit (e.g. a count of units done) and one after each simulated month of a unit (e.g.
 * a progress bar: `total` is units × months).
 *
 * @example
 * ```ts
 * import type { RunOptions } from '@signaalreis/adapters/simulation';
 * const o: RunOptions = { workers: 2, onProgress: (done, total) => console.error(`${done}/${total} months`) };
 * ```
 */
export interface RunOptions {
  workers?: number;
  /** Units done, of `total`; the units of one replication and municipality finish together. */
  onUnit?: (done: number, total: number) => void;
  /** Months of units done, of `total` (units × months). */
  onProgress?: (done: number, total: number) => void;
}

function specIssues(spec: SimulationSpec, workers: number): Issue[] {
  const issues: Issue[] = [];
  const whole = (n: number, max: number) => Number.isSafeInteger(n) && n >= 1 && n <= max;
  if (!whole(spec.months, 120)) issues.push(issue('bad_months', ['months'], M.badMonths));
  if (!whole(spec.replications, 100_000))
    issues.push(issue('bad_replications', ['replications'], M.badReplications));
  if (!whole(workers, 64)) issues.push(issue('bad_workers', ['workers'], M.badWorkers));
  if (spec.seed.length < 1 || spec.seed.length > 200) issues.push(issue('bad_seed', ['seed'], M.badSeed));
  if (spec.municipalities.length === 0)
    issues.push(issue('no_municipalities', ['municipalities'], M.noMunicipalities));
  spec.municipalities.forEach((m, i) => {
    if (inhabitantsOf(m) === undefined)
      issues.push(issue('bad_municipality', ['municipalities', i], M.noMunicipalities));
  });
  if (SIGNAL_SOURCES[spec.signalSource] === undefined)
    issues.push(
      issue(
        'unknown_source',
        ['signalSource'],
        M.unknownSource(spec.signalSource, Object.keys(SIGNAL_SOURCES).join(', ')),
      ),
    );
  return issues;
}

/**
 * The built worker file of the pool: `dist/simulation/worker.js` of this package, found by going up
 * from this module to the package's folder (the same from the sources, the tests and the build).
 *
 * @example
 * ```ts
 * import { existsSync } from 'node:fs';
 * import { workerFile } from '@signaalreis/adapters/simulation';
 * existsSync(workerFile()); // false before `pnpm build`: then only `workers: 1` runs
 * ```
 */
export function workerFile(): string {
  return builtFile('simulation/worker.js');
}

async function runAll(
  spec: SimulationSpec,
  tasks: readonly UnitTask[],
  workers: number,
  options: RunOptions,
): Promise<Result<SimulationUnitResult>[]> {
  let units = 0;
  let months = 0;
  const monthsDone = (n: number) => {
    if (n <= 0) return;
    months += n;
    options.onProgress?.(months, tasks.length * spec.months);
  };
  const unitsDone = (n: number) => {
    for (let i = 0; i < n; i++) options.onUnit?.(++units, tasks.length);
  };
  const results = new Map<UnitTask, Result<SimulationUnitResult>>();
  /** Runs a piece, counting its months as they are told, and the rest when it is done. */
  const runPiece = async (
    piece: readonly UnitTask[],
    run: (onMonth: (n: number) => void) => Promise<Result<SimulationUnitResult>[]>,
  ) => {
    let told = 0;
    const got = await run((n) => {
      told += n;
      monthsDone(n);
    });
    // months of scenarios that stopped early, or whose message had not come yet
    monthsDone(piece.length * spec.months - told);
    for (const [i, t] of piece.entries()) results.set(t, got[i] as Result<SimulationUnitResult>);
    unitsDone(piece.length);
  };
  const pieces = workPieces(tasks, workers);
  if (workers === 1) {
    for (const piece of pieces) await runPiece(piece, (onMonth) => runUnitTasks(spec, piece, onMonth));
  } else {
    const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers });
    try {
      await Promise.all(
        pieces.map(async (piece) => {
          const channel = new MessageChannel();
          try {
            await runPiece(piece, (onMonth) => {
              channel.port1.on('message', onMonth);
              const task = { spec, tasks: piece, progress: channel.port2 };
              return pool.run(task, { transferList: [channel.port2] });
            });
          } finally {
            channel.port1.close();
          }
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  return tasks.map((t) => results.get(t) as Result<SimulationUnitResult>);
}

/**
 * Runs a simulation: checks the spec (months 1–120, replications 1–100,000, workers 1–64, a seed of
 * 1–200 characters, municipalities with a type or inhabitants, a known signal source), loads the
 * base and the reforms, runs every unit (scenario × replication × municipality) — with `workers`
 * above 1 over a tinypool of worker threads running the built `dist/simulation/worker.js` — and
 * merges the units in their fixed order into the rows (`aggregateSimulation`). The same spec gives
 * byte-identical JSON for any number of workers. Problems are issues; none is thrown.
 *
 * @example
 * ```ts
 * import { runSimulation, type SimulationSpec } from '@signaalreis/adapters/simulation';
 * declare const spec: SimulationSpec;
 * const r = await runSimulation(spec, { workers: 2 });
 * r.ok && r.value.rows.filter((x) => x.month === 'total' && x.measure === 'help_accepted');
 * ```
 */
export async function runSimulation(
  spec: SimulationSpec,
  options: RunOptions = {},
): Promise<Result<SimulationResult>> {
  const workers = options.workers ?? 1;
  const bad = specIssues(spec, workers);
  if (bad.length > 0) return fail(bad);
  const scenarios = loadScenarios(spec);
  if (!scenarios.ok) return scenarios;
  if (workers > 1 && !existsSync(workerFile()))
    return fail(issue('worker_not_built', ['workers'], M.workerNotBuilt(workerFile())));
  const tasks = unitTasks(scenarios.value.length, spec.replications, spec.municipalities.length);
  const results = await runAll(spec, tasks, workers, options);
  const units: SimulationUnitResult[] = [];
  for (const r of results) {
    if (!r.ok) return r;
    units.push(r.value);
  }
  const months = horizon(spec);
  const ids = scenarios.value.map((s) => s.id);
  const base = scenarios.value[0] as Scenario; // loadScenarios puts the base first
  return {
    ok: true,
    value: {
      format: SIMULATION_FORMAT,
      seed: spec.seed,
      months,
      replications: spec.replications,
      municipalities: spec.municipalities,
      scenarios: scenarios.value.map((s) => ({
        id: s.id,
        label: s.label,
        source: s.source,
        lineage: s.preset.lineage,
        criteria: s.criteriaIds,
      })),
      rows: aggregateSimulation(units, { scenarios: ids, months, replications: spec.replications }),
      parameters: {
        signalSource: {
          id: spec.signalSource,
          description: SIGNAL_SOURCES[spec.signalSource]?.description ?? '',
        },
        interval: M.interval.en,
        outcome: base.outcome,
        businessCase: base.businessCase,
        // reforms that patch the outcome model or the prices: their own parameters
        byScenario: Object.fromEntries(
          scenarios.value
            .filter((s) => s.outcome !== base.outcome || s.businessCase !== base.businessCase)
            .map((s) => [s.id, { outcome: s.outcome, businessCase: s.businessCase }]),
        ),
      },
    },
  };
}
