// `signaalreis batch <plan.json>`: a platform's month — one `signaalreis run` per municipality,
// over a pool of worker threads (tinypool), each folder as the command `run` writes it (issue 14:
// a platform serves ~200 municipalities from one installation; a run of a municipality's month is
// mostly the start of the command line, paid here once per thread instead of once per run). A plan
// of several months runs each municipality's months in order, each with the earlier ones as history.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Lang } from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { builtFile } from '../files/built-file';
import { batchJson, batchText } from './batch-output';
import { type BatchPlan, type BatchRun, checkBatchPlan } from './batch-plan';
import { closeKeptStores, keptStore } from './batch-stores';
import type { BatchOutcome, BatchTask } from './batch-task';
import { closeThreadKeptHistory } from './history-kept';
import { CliExit, type CliIo, EXIT_CODES } from './io';
import { readJsonArg, refuseFile } from './json-input';
import { cliLang, localize } from './lang';
import { BATCH_MESSAGES } from './messages/batch';
import { COMMON_MESSAGES } from './messages/common';
import { CLI_STORE_MESSAGES } from './messages/store';
import { terminalBar } from './progress';
import { addStoreOption, storeError } from './store-option';

/** The built worker of the pool (`dist/cli/batch-worker.js`). */
export const batchWorkerFile = (): string => builtFile('cli/batch-worker.js');

/** The most threads `--threads` takes (project default, as `simulate --workers`). */
const MAX_THREADS = 64;

interface BatchOptions {
  threads?: number;
  format: 'text' | 'json';
  store?: string;
  replace: boolean;
}

/**
 * The exit code of a batch: that of its most serious run — the exit codes of `signaalreis` grow
 * with how serious they are (0 ok, 1 rows rejected under `--strict`, 2 a user error, 70 a bug).
 */
export function batchExitCode(codes: readonly number[]): number {
  return Math.max(EXIT_CODES.ok, ...codes);
}

const threadsParser = (lang: Lang) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_THREADS)
    throw new InvalidArgumentError(BATCH_MESSAGES.badThreads[lang]);
  return n;
};

/** A bar of runs done on a terminal; nothing otherwise. */
function runsProgress(io: CliIo, total: number): { done(): void; stop(): void } {
  if (!io.stderr.isTTY) return { done() {}, stop() {} };
  const bar = terminalBar(io, BATCH_MESSAGES.progress[cliLang(io)], total);
  return { done: () => bar.increment(), stop: () => bar.stop() };
}

/** Runs each task in this thread, one at a time, in the order asked. */
async function inThisThread(): Promise<Runner> {
  const { runBatchTask } = await import('./batch-task');
  let tail: Promise<unknown> = Promise.resolve();
  const run = (task: BatchTask): Promise<BatchOutcome> => {
    const next = tail.then(() => runBatchTask(task));
    tail = next;
    return next;
  };
  return { run, end: async () => {} };
}

/** Runs a task somewhere (this thread, a pool), never rejecting; `end` when no more will come. */
export interface Runner {
  run(task: BatchTask): Promise<BatchOutcome>;
  end(): Promise<void>;
}

/**
 * A pool of `threads` worker threads running `filename`; a task whose thread fails or dies fails
 * its run only (exit code 70, the reason on its stderr), and the pool goes on with the others.
 */
async function poolOf(threads: number, lang: Lang, filename: string, teardown?: string): Promise<Runner> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    ...(teardown ? { teardown } : {}),
  });
  const run = async (task: BatchTask): Promise<BatchOutcome> => {
    const start = performance.now();
    try {
      return (await pool.run(task)) as BatchOutcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const text = BATCH_MESSAGES.threadDied(message)[lang];
      const ms = Math.round(performance.now() - start);
      return { code: EXIT_CODES.internalError, stdout: '', stderr: `signaalreis: ${text}\n`, ms };
    }
  };
  return { run, end: () => pool.destroy() };
}

/**
 * Runs the tasks with `runner`, each as soon as the task it comes `after` (the same municipality's
 * month before) went well — a task without one at once; when that one failed or was skipped, the
 * task is skipped (exit code 2, `skipped`, the reason on its stderr) and never runs. Outcomes in the
 * order of the tasks; `done` after each; `runner.end()` at the end.
 *
 * @example
 * ```ts
 * import { type Runner, runChained } from './batch';
 * const runner: Runner = {
 *   run: async (task) => ({ code: task.args[0] === 'aug' ? 2 : 0, stdout: '', stderr: '', ms: 1 }),
 *   end: async () => {},
 * };
 * const tasks = ['aug', 'sep', 'other'].map((a) => ({ args: [a], cwd: '.', lang: 'nl' as const }));
 * const out = await runChained(tasks, [undefined, 0, undefined], runner, 'nl', () => {});
 * out.map((o) => [o.code, o.skipped ?? false]); // [[2, false], [2, true], [0, false]]: September never ran
 * ```
 */
export async function runChained(
  tasks: readonly BatchTask[],
  after: readonly (number | undefined)[],
  runner: Runner,
  lang: Lang,
  done: () => void,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array(tasks.length);
  const then = new Map<number, number[]>();
  after.forEach((a, i) => {
    if (a === undefined) return;
    const next = then.get(a);
    if (next) next.push(i);
    else then.set(a, [i]);
  });
  const skip = (i: number, because: number) => {
    const text = BATCH_MESSAGES.skipped(tasks[because]?.month ?? '')[lang];
    outcomes[i] = {
      code: EXIT_CODES.userError,
      stdout: '',
      stderr: `signaalreis: ${text}\n`,
      ms: 0,
      skipped: true,
    };
    done();
    for (const j of then.get(i) ?? []) skip(j, because);
  };
  const go = async (i: number): Promise<void> => {
    const outcome = await runner.run(tasks[i] as BatchTask);
    outcomes[i] = outcome;
    done();
    const next = then.get(i) ?? [];
    if (outcome.code === EXIT_CODES.ok) await Promise.all(next.map(go));
    else for (const j of next) skip(j, i);
  };
  try {
    await Promise.all(after.flatMap((a, i) => (a === undefined ? [go(i)] : [])));
  } finally {
    await runner.end();
  }
  return outcomes;
}

/**
 * Runs the tasks over a pool of `threads` worker threads running `filename` (default
 * {@link batchWorkerFile}); a task whose thread fails or dies fails its run only (exit code 70, the
 * reason on its stderr), and the pool goes on with the others. A task whose `after` names another
 * task runs once that one went well, and is skipped when it did not. Outcomes in the order of the tasks.
 *
 * @example
 * ```ts
 * import { runInThreads } from './batch';
 * declare const tasks: import('./batch-task').BatchTask[];
 * const outcomes = await runInThreads(tasks, 2, 'nl', () => {});
 * outcomes.map((o) => o.code); // e.g. [0, 2, 0]: the second run's file was missing
 * ```
 */
export async function runInThreads(
  tasks: BatchTask[],
  threads: number,
  lang: Lang,
  done: () => void,
  filename: string = batchWorkerFile(),
  teardown?: string,
  after: readonly (number | undefined)[] = tasks.map(() => undefined),
): Promise<BatchOutcome[]> {
  return runChained(tasks, after, await poolOf(threads, lang, filename, teardown), lang, done);
}

/** Reads and checks the plan; any problem refuses it whole (nothing runs). */
function readPlan(io: CliIo, file: string): BatchPlan {
  const lang = cliLang(io);
  const checked = checkBatchPlan(readJsonArg(io, file, 'batchPlan'));
  if (!checked.ok) refuseFile(io, file, checked.issues, BATCH_MESSAGES.planWhat[lang]);
  return checked.value;
}

/** The store of a batch: what each run is given as `--store`, and how it is shown. */
interface BatchStore {
  /** A folder as an absolute path (the runs work in the plan's folder), or the server's URL. */
  arg: string;
  /** A folder: PGlite, one process and one thread at a time. */
  folder: boolean;
  /** Where it is, for the summary (a URL with its password masked). */
  location: string;
}

/**
 * Opens the store `--store` names in this thread before any run (refusals are user errors, nothing
 * runs; a new store gets its schema here, once, not by two threads at a time) and keeps it open for
 * the runs of this thread; the pool's threads open their own.
 */
async function openBatchStore(io: CliIo, target: string): Promise<BatchStore> {
  const { parseStoreTarget } = await import('../store/target');
  const parsed = parseStoreTarget(target, io.cwd);
  if (!parsed.ok) throw storeError(io, parsed.issues);
  const t = parsed.value;
  const arg = t.kind === 'folder' ? t.path : t.url;
  await keptStore(io, arg, true);
  return { arg, folder: t.kind === 'folder', location: t.shown };
}

/**
 * A run's arguments in this batch, before the `--` that precedes its signal file: with a store, the
 * store's (the earlier months' history comes from the store); without, the case files of the
 * municipality's earlier runs in the plan as `--history`.
 */
function taskArgs(run: BatchRun, store: BatchStore | undefined, replace: boolean): string[] {
  const file = run.args.length - 2; // `run … -- <signals>` (batch-plan.ts)
  const extra = store
    ? [`--store=${store.arg}`, ...(replace ? ['--replace'] : [])]
    : run.earlier.map((f) => `--history=${f}`);
  return [...run.args.slice(0, file), ...extra, ...run.args.slice(file)];
}

/**
 * Registers `signaalreis batch <plan.json> [--threads N] [--format text|json] [--store <dir|url>]
 * [--replace]`: every run of the plan as `signaalreis run` with the plan's folder as working
 * directory, over a pool of worker threads (a municipality's months one after another, in month
 * order, each with the earlier ones' case files as history); then a table of the runs. With a store, each month is
 * stored as `run --store --municipality <code>` stores it (a folder store: the runs one after another
 * in this thread). Exit code: the most serious of the runs'.
 *
 * @example
 * ```sh
 * signaalreis batch platform-2026-10.json --threads 2
 * signaalreis batch platform-2026-10.json --store postgres://signaalreis@db.example.nl/vroeg
 * ```
 */
export function registerBatch(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(BATCH_MESSAGES, lang);
  const c = localize(COMMON_MESSAGES, lang);
  const command = program
    .command('batch')
    .description(t.description)
    .argument('<plan>', t.planArg)
    .addOption(new Option('--threads <n>', t.threadsHelp).argParser(threadsParser(lang)))
    .addOption(new Option('--format <format>', c.formatHelp).choices(['text', 'json']).default('text'));
  addStoreOption(command, t.storeHelp)
    .option('--replace', CLI_STORE_MESSAGES.replaceHelp[lang], false)
    .action(async (file: string, o: BatchOptions) => {
      const plan = readPlan(io, file);
      const cwd = dirname(resolve(io.cwd, file));
      try {
        const store = o.store ? await openBatchStore(io, o.store) : undefined;
        const tasks: BatchTask[] = plan.runs.map((r) => ({
          args: taskArgs(r, store, o.replace),
          month: r.month,
          cwd,
          lang,
          ...(io.today ? { today: io.today } : {}),
        }));
        // no more threads than municipalities: a municipality's months go one after another
        const chains = plan.runs.filter((r) => r.after === undefined).length;
        let threads = Math.min(o.threads ?? availableParallelism(), chains);
        if (threads > 1 && store?.folder) {
          io.stderr.write(`signaalreis: ${t.folderStoreOneThread}\n`);
          threads = 1;
        }
        if (threads > 1 && !existsSync(batchWorkerFile())) {
          io.stderr.write(`signaalreis: ${t.workerNotBuilt}\n`);
          threads = 1;
        }
        // the pool's threads open the server themselves; this thread's connection is not needed
        if (threads > 1) await closeKeptStores();
        const progress = runsProgress(io, tasks.length);
        const start = performance.now();
        const after = plan.runs.map((r) => r.after);
        const outcomes =
          threads === 1
            ? await runChained(tasks, after, await inThisThread(), lang, progress.done)
            : await runInThreads(
                tasks,
                threads,
                lang,
                progress.done,
                batchWorkerFile(),
                store && 'closeStores',
                after,
              );
        progress.stop();
        const seconds = (performance.now() - start) / 1000;
        // the plan's folders are relative to the plan; the table shows them from where the command ran
        const code = batchExitCode(outcomes.map((x) => x.code));
        const folder = (out: string) => resolve(cwd, out);
        const shown = (out: string) => relative(io.cwd, folder(out)) || '.';
        const run = { plan, outcomes, threads, seconds, ...(store ? { store: store.location } : {}) };
        if (o.format === 'json')
          io.stdout.write(`${JSON.stringify(batchJson(run, folder, code), null, 2)}\n`);
        else io.stdout.write(batchText(run, lang, shown));
        if (code !== EXIT_CODES.ok) throw new CliExit(code);
      } finally {
        await Promise.all([closeKeptStores(), closeThreadKeptHistory()]);
      }
    });
}
