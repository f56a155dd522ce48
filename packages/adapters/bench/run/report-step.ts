// `pnpm bench:run --report`: `signaalreis report` of a national month with its two months of
// history — the three months run first (not measured; the earliest without history, each later one
// with the signal files before it), then the report of their three case files measured, against the
// floor of reading the same case files with the native JSON.parse alone (report-floor.mjs). What the
// report reads, checks and counts at national scale (docs/performance.md, "Twenty-ninth round").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../src/cli/output-digest.test-support';
import { measure, measuredText, whyNot } from './child';
import type { GeneratedSet } from './data';
import type { ReportStepResult } from './report';

const FLOOR = fileURLToPath(new URL('./report-floor.mjs', import.meta.url));

/** What the report step needs of the benchmark's run. */
export interface ReportStepContext {
  cli: string;
  /** The repository: where the command runs. */
  cwd: string;
  work: string;
  timeoutMs: number;
  /** `--timeout` as given, for the message of a run killed at it. */
  timeoutS: string;
  runArgs: (month: string, file: string, history: readonly string[], out: string) => string[];
  /** A folder where the set's last month already ran with the same arguments (the measured month's first run): not run again. */
  ran?: string;
}

/** The first day of the month after `month` (YYYY-MM): the report's `--at`, so its figures do not depend on today. */
export const dayAfterMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

/**
 * The case files of the set's months, each month run first (not measured): the earliest without
 * history, each later one with the signal files before it; the last month's from `c.ran` when it
 * ran there already. Shared by the report and DDAS steps.
 */
export async function caseFilesOfSet(
  set: GeneratedSet,
  c: ReportStepContext,
  log: (line: string) => void,
  why: string,
): Promise<string[]> {
  const current = set.files.at(-1);
  if (!current || set.files.length < 2) throw new Error(`the ${why} step needs a month with history`);
  const caseFiles: string[] = [];
  for (const [i, f] of set.files.entries()) {
    if (f === current && c.ran && existsSync(join(c.ran, 'cases.json'))) {
      caseFiles.push(join(c.ran, 'cases.json'));
      continue;
    }
    const out = join(c.work, `report-input-${f.month}`);
    if (existsSync(join(out, 'cases.json'))) {
      caseFiles.push(join(out, 'cases.json')); // run for the other step of this benchmark
      continue;
    }
    const history = set.files.slice(0, i).map((h) => h.path);
    log(`${why}: run ${f.month} (${f.signals} signals) for its case file …`);
    const run = await measure(c.cli, c.runArgs(f.month, f.path, history, out), c);
    if (!run.done) throw new Error(`${why} step: run ${f.month}: ${whyNot(run, c.timeoutS)}`);
    caseFiles.push(join(out, 'cases.json'));
  }
  return caseFiles;
}

/** Runs the set's months, then measures the report of their case files and its floor. */
export async function reportStep(
  set: GeneratedSet,
  c: ReportStepContext,
  log: (line: string) => void,
): Promise<ReportStepResult> {
  const caseFiles = await caseFilesOfSet(set, c, log, 'report');
  const current = set.files.at(-1) as GeneratedSet['files'][number];
  const out = join(c.work, `report-${current.month}`);
  const args = ['report', ...caseFiles, '--month', current.month, '--at', dayAfterMonth(current.month)];
  log('report: the report of the three case files …');
  const report = await measure(c.cli, [...args, '--out', out], c);
  log(`report: ${report.done ? measuredText(report) : `did not finish (${whyNot(report, c.timeoutS)})`}`);
  const result: ReportStepResult = {
    signals: current.signals,
    months: set.files.length,
    caseFileBytes: caseFiles.reduce((n, f) => n + readFileSync(f).length, 0),
    wallMs: report.wallMs,
    cpuMs: report.cpuMs,
    peakRss: report.peakRssBytes,
  };
  if (!report.done) return { ...result, failure: whyNot(report, c.timeoutS) };
  const floor = await measure(FLOOR, caseFiles, c);
  if (!floor.done) throw new Error(`report floor: ${floor.stderr}`);
  log(`report: floor: ${measuredText(floor)}`);
  return {
    ...result,
    floorWallMs: floor.wallMs,
    floorCpuMs: floor.cpuMs,
    reportJson: sha256(readFileSync(join(out, 'report.json'), 'utf8')).slice(0, 16),
  };
}
