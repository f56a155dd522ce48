// The year of `pnpm bench:run --year` (issue 14: a million-signal year in bounded memory): twelve
// national months in sequence, history carried — as twelve `signaalreis run` commands (each given the
// case files of up to N earlier months), and/or as one `signaalreis batch` of a plan of the twelve
// months (`historyMonths: N`), whose folders must hold the same decisions. docs/performance.md.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/cli/output-digest.test-support';
import { measure, measuredText, whyNot } from './child';
import type { GeneratedSet } from './data';
import type { YearResult } from './report';

/** How the year is run: twelve commands, or one batch. */
export type YearWay = 'commands' | 'batch';

/** What the year needs from the benchmark. */
export interface YearSetup {
  cli: string;
  root: string;
  work: string;
  preset: string;
  timeoutMs: number;
  /** The earlier months given as history (`--year-history`). */
  window: number;
  /** The earlier months' signal CSV files as history instead of their case files (commands only). */
  asCsv: boolean;
  ways: readonly YearWay[];
  /** Also `signaalreis export ddas` of the twelve case files the commands wrote, as one delivery (`--ddas`). */
  exportDdas?: boolean;
  runArgs: (month: string, file: string, history: readonly string[], out: string) => string[];
}

/** The decisions of a run's folder: the SHA-256 of every file but the manifest, the case file's without its municipality. */
function decisionsOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === 'manifest.json') continue;
    const bytes = readFileSync(join(dir, name));
    // the municipality is in the case file's head (its first lines): the batch's runs name one
    const head = bytes.subarray(0, 512).toString('latin1');
    const cut = name === 'cases.json' ? head.match(/\n {2}"municipality": "\d{4}",/) : null;
    files[name] = sha256(
      cut?.index === undefined
        ? bytes
        : Buffer.concat([bytes.subarray(0, cut.index), bytes.subarray(cut.index + cut[0].length)]),
    );
  }
  return files;
}

/** The year's figures before any month ran. */
const emptyYear = (set: GeneratedSet, o: YearSetup): YearResult => ({
  months: set.files.length,
  completed: 0,
  signals: set.files.reduce((n, f) => n + f.signals, 0),
  totalWallMs: 0,
  totalCpuMs: 0,
  maxPeakRss: 0,
  historyMonths: o.window,
  historyAs: o.asCsv ? 'signal CSV files' : 'case files',
});

/** The twelve months as twelve commands. */
async function commands(set: GeneratedSet, o: YearSetup, log: (l: string) => void): Promise<YearResult> {
  const earlier: string[] = [];
  const result = emptyYear(set, o);
  for (const f of set.files) {
    const out = join(o.work, `year-${f.month}`);
    const history = earlier.slice(-o.window);
    log(
      `year ${f.month}: ${f.signals} signals, history ${history.length} ${o.asCsv ? 'CSV' : 'case'} files …`,
    );
    const run = await measure(o.cli, o.runArgs(f.month, f.path, history, out), {
      timeoutMs: o.timeoutMs,
      cwd: o.root,
    });
    result.totalWallMs += run.wallMs;
    result.totalCpuMs += run.cpuMs;
    result.maxPeakRss = Math.max(result.maxPeakRss, run.peakRssBytes);
    const why = run.done ? undefined : whyNot(run, o.timeoutMs / 1000);
    log(`year ${f.month}: ${why === undefined ? measuredText(run) : `did not finish (${why})`}`);
    if (why !== undefined) {
      result.failure = `${f.month}: ${why}`;
      break;
    }
    result.completed++;
    earlier.push(o.asCsv ? f.path : join(out, 'cases.json'));
  }
  return result;
}

/** The twelve months as one batch plan; each month's decisions compared with the commands' when they ran. */
async function batch(
  set: GeneratedSet,
  o: YearSetup,
  log: (l: string) => void,
): Promise<NonNullable<YearResult['batch']>> {
  const dir = join(o.work, 'year-batch');
  const plan = join(o.work, 'year-batch.json');
  const runs = set.files.map((f) => ({
    municipality: '0363',
    month: f.month,
    signals: f.path,
    out: join(dir, f.month),
  }));
  writeFileSync(plan, JSON.stringify({ preset: o.preset, historyMonths: o.window, runs }));
  log(`year as one batch of ${runs.length} months (historyMonths ${o.window}) …`);
  const timeoutMs = o.timeoutMs * set.files.length;
  const run = await measure(o.cli, ['batch', plan, '--format', 'json'], { timeoutMs, cwd: o.root });
  log(
    `year as one batch: ${run.done ? measuredText(run) : `did not finish (${whyNot(run, timeoutMs / 1000)})`}`,
  );
  const report = run.stdout ? (JSON.parse(run.stdout) as { runs: { exitCode: number }[] }) : { runs: [] };
  const completed = report.runs.filter((r) => r.exitCode === 0).length;
  let sameAsCommands: number | undefined;
  if (o.ways.includes('commands') && !o.asCsv)
    sameAsCommands = set.files.filter((f) => {
      const a = decisionsOf(join(o.work, `year-${f.month}`));
      const b = decisionsOf(join(dir, f.month));
      return JSON.stringify(a) === JSON.stringify(b);
    }).length;
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRss: run.peakRssBytes,
    completed,
    ...(sameAsCommands === undefined ? {} : { sameAsCommands }),
    ...(run.done ? {} : { failure: whyNot(run, timeoutMs / 1000) }),
  };
}

/** The last day of a month (YYYY-MM). */
export const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** `signaalreis export ddas` of the twelve case files of the commands: one delivery of the year, its memory bounded by a month. */
async function exportYear(
  set: GeneratedSet,
  o: YearSetup,
  log: (l: string) => void,
): Promise<NonNullable<YearResult['ddas']>> {
  const files = set.files.map((f) => join(o.work, `year-${f.month}`, 'cases.json'));
  const out = join(o.work, 'year-ddas.json');
  const [first, last] = [set.files[0]?.month ?? '', set.files.at(-1)?.month ?? ''];
  const args = [
    'export',
    'ddas',
    ...files,
    '--municipality',
    '0363',
    '--from',
    `${first}-01`,
    '--to',
    lastDay(last),
  ];
  args.push(
    '--supplier',
    '12345678',
    '--organisation',
    'Voorbeeldstad',
    '--delivered-at',
    '2026-11-02T09:00:00Z',
  );
  log(`year: export ddas of the ${files.length} case files …`);
  const run = await measure(o.cli, [...args, '--out', out], { timeoutMs: o.timeoutMs * 2, cwd: o.root });
  log(
    `year: export ddas: ${run.done ? measuredText(run) : `did not finish (${whyNot(run, (o.timeoutMs * 2) / 1000)})`}`,
  );
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRss: run.peakRssBytes,
    bytes: run.done ? statSync(out).size : 0,
    ...(run.done ? {} : { failure: whyNot(run, (o.timeoutMs * 2) / 1000) }),
  };
}

/** The year in the ways asked: the commands' figures (zero when not run), the batch's beside them. */
export async function year(set: GeneratedSet, o: YearSetup, log: (l: string) => void): Promise<YearResult> {
  const result: YearResult = o.ways.includes('commands')
    ? await commands(set, o, log)
    : { ...emptyYear(set, o), noCommands: true };
  if (o.exportDdas && result.completed === set.files.length) result.ddas = await exportYear(set, o, log);
  if (o.ways.includes('batch')) result.batch = await batch(set, o, log);
  return result;
}
