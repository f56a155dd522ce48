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
import { type BatchPlan, checkBatchPlan } from './batch-plan';
import type { BatchOutcome, BatchTask } from './batch-task';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { readJsonArg, refuseFile } from './json-input';
import { cliLang, localize } from './lang';
import { BATCH_MESSAGES } from './messages/batch';
import { COMMON_MESSAGES } from './messages/common';
import { terminalBar } from './progress';
import { STORE_ENV } from './store-option';

/** The built worker of the pool (`dist/cli/batch-worker.js`). */
export const batchWorkerFile = (): string => builtFile('cli/batch-worker.js');

/** The lines of a run's stderr the summary shows (project default; all of them: `--format json`). */
const MAX_LINES_PER_RUN = 10;

/** The most threads `--threads` takes (project default, as `simulate --workers`). */
const MAX_THREADS = 64;

interface BatchOptions {
  threads?: number;
  format: 'text' | 'json';
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
): Promise<BatchOutcome[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads });
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

/** Rows of cells as aligned columns: the first two and the last to the left, the numbers to the right. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const last = widths.length - 1;
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c < 2 ? cell.padEnd(widths[c] ?? 0) : c === last ? cell : cell.padStart(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** The summary of a batch: a table of the runs (each folder as `shown`), then what they printed on stderr. */
function batchText(
  plan: BatchPlan,
  outcomes: BatchOutcome[],
  threads: number,
  seconds: number,
  lang: Lang,
  shown: (out: string) => string,
): string {
  const t = localize(BATCH_MESSAGES, lang);
  const cell = (n: number | undefined) => (n === undefined ? '–' : String(n));
  const table = [
    t.columns.split('|'),
    ...plan.runs.map((run, i) => {
      const o = outcomes[i] as BatchOutcome;
      const r = o.summary;
      const result = o.code === EXIT_CODES.ok ? t.ok : t.failed(o.code);
      const numbers = [r?.rows, r?.rejected, r?.cases, r?.pickedUp, r?.contacted].map(cell);
      return [run.municipality, result, ...numbers, (o.ms / 1000).toFixed(1), shown(run.out)];
    }),
  ];
  const lines = [t.head(plan.month, plan.runs.length, threads, seconds.toFixed(1)), '', ...columns(table)];
  const told = plan.runs
    .map((run, i) => [run, (outcomes[i] as BatchOutcome).stderr.split('\n').filter((l) => l !== '')] as const)
    .filter(([, l]) => l.length > 0);
  if (told.length > 0) {
    lines.push('', t.problemsHead);
    for (const [run, said] of told) {
      for (const line of said.slice(0, MAX_LINES_PER_RUN)) lines.push(`  ${run.municipality}: ${line}`);
      if (said.length > MAX_LINES_PER_RUN)
        lines.push(`  ${run.municipality}: ${t.moreLines(said.length - MAX_LINES_PER_RUN)}`);
    }
  }
  const failed = outcomes.filter((o) => o.code !== EXIT_CODES.ok).length;
  lines.push('', t.done(outcomes.length - failed, failed));
  return `${lines.join('\n')}\n`;
}

/**
 * The batch as JSON (`--format json`): per run its municipality, folder (`out` as the plan gives it,
 * `folder` resolved), exit code, counts and output.
 */
function batchJson(
  plan: BatchPlan,
  outcomes: BatchOutcome[],
  threads: number,
  seconds: number,
  folder: (out: string) => string,
  exitCode: number,
) {
  return {
    month: plan.month,
    threads,
    seconds: Number(seconds.toFixed(3)),
    exitCode,
    runs: plan.runs.map((run, i) => {
      const o = outcomes[i] as BatchOutcome;
      return {
        municipality: run.municipality,
        out: run.out,
        folder: folder(run.out),
        exitCode: o.code,
        seconds: o.ms / 1000,
        ...(o.summary ? { summary: o.summary } : {}),
        stdout: o.stdout,
        stderr: o.stderr,
      };
    }),
  };
}

/** Reads and checks the plan; any problem refuses it whole (nothing runs). */
function readPlan(io: CliIo, file: string): BatchPlan {
  const lang = cliLang(io);
  const checked = checkBatchPlan(readJsonArg(io, file, 'batchPlan'));
  if (!checked.ok) refuseFile(io, file, checked.issues, BATCH_MESSAGES.planWhat[lang]);
  return checked.value;
}

/**
 * Registers `signaalreis batch <plan.json> [--threads N] [--format text|json]`: every run of the
 * plan as `signaalreis run` with the plan's folder as working directory, over a pool of worker
 * threads; then a table of the runs. Exit code: the most serious of the runs'.
 *
 * @example
 * ```sh
 * signaalreis batch platform-2026-10.json --threads 2
 * ```
 */
export function registerBatch(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(BATCH_MESSAGES, lang);
  const c = localize(COMMON_MESSAGES, lang);
  program
    .command('batch')
    .description(t.description)
    .argument('<plan>', t.planArg)
    .addOption(new Option('--threads <n>', t.threadsHelp).argParser(threadsParser(lang)))
    .addOption(new Option('--format <format>', c.formatHelp).choices(['text', 'json']).default('text'))
    .action(async (file: string, o: BatchOptions) => {
      if (process.env[STORE_ENV]) throw new CliUserError(t.storeSet(STORE_ENV));
      const plan = readPlan(io, file);
      const cwd = dirname(resolve(io.cwd, file));
      const tasks: BatchTask[] = plan.runs.map((r) => ({
        args: r.args,
        cwd,
        lang,
        ...(io.today ? { today: io.today } : {}),
      }));
      let threads = Math.min(o.threads ?? availableParallelism(), tasks.length);
      if (threads > 1 && !existsSync(batchWorkerFile())) {
        io.stderr.write(`signaalreis: ${t.workerNotBuilt}\n`);
        threads = 1;
      }
      const progress = runsProgress(io, tasks.length);
      const start = performance.now();
      const outcomes =
        threads === 1
          ? await inThisThread(tasks, progress.done)
          : await runInThreads(tasks, threads, lang, progress.done);
      progress.stop();
      const seconds = (performance.now() - start) / 1000;
      // the plan's folders are relative to the plan; the table shows them from where the command ran
      const code = batchExitCode(outcomes.map((x) => x.code));
      const folder = (out: string) => resolve(cwd, out);
      const shown = (out: string) => relative(io.cwd, folder(out)) || '.';
      if (o.format === 'json')
        io.stdout.write(
          `${JSON.stringify(batchJson(plan, outcomes, threads, seconds, folder, code), null, 2)}\n`,
        );
      else io.stdout.write(batchText(plan, outcomes, threads, seconds, lang, shown));
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });
}
