// `signaalreis batch <plan.json>`: a platform's month — one `signaalreis run` per municipality,
// over a pool of worker threads (tinypool), each folder as the command `run` writes it (issue 14:
// a platform serves ~200 municipalities from one installation; a run of a municipality's month is
// mostly the start of the command line, paid here once per thread instead of once per run).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Lang } from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { builtFile } from '../files/built-file';
import { batchJson, batchText } from './batch-output';
import { type BatchPlan, checkBatchPlan } from './batch-plan';
import { closeKeptStores, keptStore } from './batch-stores';
import type { BatchOutcome, BatchTask } from './batch-task';
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

/** Runs the tasks in this thread, one after another. */
async function inThisThread(tasks: BatchTask[], done: () => void): Promise<BatchOutcome[]> {
  const { runBatchTask } = await import('./batch-task');
  const out: BatchOutcome[] = [];
  for (const task of tasks) {
    out.push(await runBatchTask(task));
    done();
  }
  return out;
}

/**
 * Runs the tasks over a pool of `threads` worker threads running `filename` (default
 * {@link batchWorkerFile}); a task whose thread fails or dies fails its run only (exit code 70, the
 * reason on its stderr), and the pool goes on with the others. Outcomes in the order of the tasks.
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
): Promise<BatchOutcome[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    ...(teardown ? { teardown } : {}),
  });
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const start = performance.now();
        try {
          return (await pool.run(task)) as BatchOutcome;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const text = BATCH_MESSAGES.threadDied(message)[lang];
          const ms = Math.round(performance.now() - start);
          return { code: EXIT_CODES.internalError, stdout: '', stderr: `signaalreis: ${text}\n`, ms };
        } finally {
          done();
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
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

/** A run's arguments with the store's (before the `--` that precedes its signal file). */
function withStoreArgs(args: readonly string[], store: BatchStore | undefined, replace: boolean): string[] {
  if (!store) return [...args];
  const file = args.length - 2; // `run … -- <signals>` (batch-plan.ts)
  const extra = [`--store=${store.arg}`, ...(replace ? ['--replace'] : [])];
  return [...args.slice(0, file), ...extra, ...args.slice(file)];
}

/**
 * Registers `signaalreis batch <plan.json> [--threads N] [--format text|json] [--store <dir|url>]
 * [--replace]`: every run of the plan as `signaalreis run` with the plan's folder as working
 * directory, over a pool of worker threads; then a table of the runs. With a store, each month is
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
          args: withStoreArgs(r.args, store, o.replace),
          cwd,
          lang,
          ...(io.today ? { today: io.today } : {}),
        }));
        let threads = Math.min(o.threads ?? availableParallelism(), tasks.length);
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
        const outcomes =
          threads === 1
            ? await inThisThread(tasks, progress.done)
            : await runInThreads(
                tasks,
                threads,
                lang,
                progress.done,
                batchWorkerFile(),
                store && 'closeStores',
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
        await closeKeptStores();
      }
    });
}
