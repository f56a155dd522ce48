// One run of `signaalreis batch`: `signaalreis run` with the run's arguments, in-process, its
// output captured — in a worker thread of the batch's pool (batch-worker.ts) or in the command's
// own thread. The same code as the command `run`, so the same checks, messages and folder.
import type { IsoDate, IsoMonth, Lang } from '@signaalreis/core';
import { collectIfLarge } from './batch-heap';
import { keptStore } from './batch-stores';
import { threadKeptHistory } from './history-kept';
import type { CliIo, RunSummary } from './io';
import type { PresetCache } from './preset-cache';
import { main } from './program';

/** The presets this thread's runs have loaded (a platform's municipalities share a few). */
const presets: PresetCache = new Map();

/** What a run is given: the arguments after `signaalreis`, the folder they are relative to, the language and "today". */
export interface BatchTask {
  args: string[];
  /** The month of the run (named when a later month of its municipality is skipped because this one failed). */
  month?: IsoMonth;
  cwd: string;
  lang: Lang;
  today?: IsoDate;
}

/** What a run did: its exit code, what it printed, how long it took and, when it wrote its folder, its counts. */
export interface BatchOutcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  summary?: RunSummary;
  /** Not run: the municipality's run of an earlier month in the plan did not go well. */
  skipped?: true;
}

/**
 * Runs one task as `signaalreis run` would (exit codes of `main`: 0, 1, 2, 70), never throwing.
 *
 * @example
 * ```ts
 * import { runBatchTask } from './batch-task';
 * const r = await runBatchTask({ args: ['run', '--month=2026-10', '--preset=type-small', '--', 'nope.csv'], cwd: '.', lang: 'nl' });
 * r.code; // 2: the file does not exist (r.stderr says so, in Dutch)
 * ```
 */
export async function runBatchTask(task: BatchTask): Promise<BatchOutcome> {
  let stdout = '';
  let stderr = '';
  let summary: RunSummary | undefined;
  const start = performance.now();
  // the garbage of a large run before this one is not kept while this one allocates
  collectIfLarge();
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: task.cwd,
    lang: task.lang,
    ...(task.today ? { today: task.today } : {}),
    onRun: (s) => {
      summary = s;
    },
    // a store (`--store`) is opened once per thread and kept for its runs (batch-stores.ts)
    openStore: (target, create) => keptStore(io, target, create),
    presets,
    // a run's history of case files is read by the history thread this thread keeps (history-kept.ts)
    keptHistory: threadKeptHistory(),
  };
  const code = await main(['node', 'signaalreis', ...task.args], io);
  const ms = Math.round(performance.now() - start);
  return { code, stdout, stderr, ms, ...(summary ? { summary } : {}) };
}
