// What `signaalreis batch` prints: a table of the runs in Dutch or English, or the batch as JSON.
import type { Lang } from '@signaalreis/core';
import type { BatchPlan } from './batch-plan';
import type { BatchOutcome } from './batch-task';
import { EXIT_CODES } from './io';
import { localize } from './lang';
import { BATCH_MESSAGES } from './messages/batch';

/** The lines of a run's stderr the summary shows (project default; all of them: `--format json`). */
const MAX_LINES_PER_RUN = 10;

/** Rows of cells as aligned columns: the first `left` and the last to the left, the numbers to the right. */
function columns(rows: readonly (readonly string[])[], left: number): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const last = widths.length - 1;
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c < left ? cell.padEnd(widths[c] ?? 0) : c === last ? cell : cell.padStart(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** A batch done: the plan, each run's outcome (in the plan's order), and where the months were stored. */
export interface BatchDone {
  plan: BatchPlan;
  outcomes: BatchOutcome[];
  threads: number;
  seconds: number;
  /** The store's location, shown (a URL with its password masked). */
  store?: string;
}

/** The summary of a batch: a table of the runs (each folder as `shown`), then what they printed on stderr. */
export function batchText(
  { plan, outcomes, threads, seconds, store }: BatchDone,
  lang: Lang,
  shown: (out: string) => string,
): string {
  const t = localize(BATCH_MESSAGES, lang);
  const cell = (n: number | undefined) => (n === undefined ? '–' : String(n));
  // a plan of several months: the month after the municipality (each municipality's months in order)
  const several = plan.months.length > 1;
  const [header, ...names] = t.columns.split('|') as [string, ...string[]];
  const table = [
    several ? [header, t.monthColumn, ...names] : [header, ...names],
    ...plan.runs.map((run, i) => {
      const o = outcomes[i] as BatchOutcome;
      const r = o.summary;
      const result = o.skipped ? t.skippedOutcome : o.code === EXIT_CODES.ok ? t.ok : t.failed(o.code);
      const numbers = [r?.rows, r?.rejected, r?.cases, r?.pickedUp, r?.contacted].map(cell);
      const who = several ? [run.municipality, run.month] : [run.municipality];
      return [...who, result, ...numbers, (o.ms / 1000).toFixed(1), shown(run.out)];
    }),
  ];
  const first = plan.months[0] ?? '';
  const last = plan.months.at(-1) ?? first;
  const head = t.head(first, last, plan.months.length, plan.runs.length, threads, seconds.toFixed(1));
  const lines = [head, '', ...columns(table, several ? 3 : 2)];
  const told = plan.runs
    .map((run, i) => [run, (outcomes[i] as BatchOutcome).stderr.split('\n').filter((l) => l !== '')] as const)
    .filter(([, l]) => l.length > 0);
  if (told.length > 0) {
    lines.push('', t.problemsHead);
    for (const [run, said] of told) {
      const who = several ? `${run.municipality} ${run.month}` : run.municipality;
      for (const line of said.slice(0, MAX_LINES_PER_RUN)) lines.push(`  ${who}: ${line}`);
      if (said.length > MAX_LINES_PER_RUN)
        lines.push(`  ${who}: ${t.moreLines(said.length - MAX_LINES_PER_RUN)}`);
    }
  }
  const skipped = outcomes.filter((o) => o.skipped).length;
  const failed = outcomes.filter((o) => o.code !== EXIT_CODES.ok).length - skipped;
  // `run` tells its counts (onRun) once its folder is written and its month stored
  if (store) lines.push('', t.storedIn(store, outcomes.filter((o) => o.summary).length));
  lines.push('', t.done(outcomes.length - failed - skipped, failed, skipped));
  return `${lines.join('\n')}\n`;
}

/**
 * The batch as JSON (`--format json`): the store (when one was used), and per run its municipality,
 * folder (`out` as the plan gives it, `folder` resolved), exit code, counts and output.
 */
export function batchJson(
  { plan, outcomes, threads, seconds, store }: BatchDone,
  folder: (out: string) => string,
  exitCode: number,
) {
  return {
    ...(plan.months.length === 1 ? { month: plan.months[0] } : {}),
    months: plan.months,
    threads,
    seconds: Number(seconds.toFixed(3)),
    exitCode,
    ...(store ? { store } : {}),
    runs: plan.runs.map((run, i) => {
      const o = outcomes[i] as BatchOutcome;
      return {
        municipality: run.municipality,
        month: run.month,
        out: run.out,
        folder: folder(run.out),
        exitCode: o.code,
        ...(o.skipped ? { skipped: true } : {}),
        seconds: o.ms / 1000,
        ...(o.summary ? { summary: o.summary } : {}),
        stdout: o.stdout,
        stderr: o.stderr,
      };
    }),
  };
}
