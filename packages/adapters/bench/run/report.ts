// The Markdown table of `pnpm bench:run`, in the rows of issue 14's table, and the machine line
// that belongs next to it (figures from a busy machine mean little without the load).
import { execSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { HISTORY_WORKERS_ENV } from '../../src/cli/history-pool';
import { LETTERS_THREADS_ENV } from '../../src/cli/letters-threads';
import { WORKLIST_THREAD_ENV } from '../../src/cli/worklist-thread';
import { ratiosText } from './against';
import type { Measured } from './child';
import type { CoresResult } from './cores';
import type { DdasStepResult } from './ddas-step';
import type { LookupsStepResult } from './lookups-step';
import type { PlatformResult, Totals } from './platform';

/** The figures of one month size (medians over the repeats). */
export interface SizeResult {
  signals: number;
  households: number;
  runWallMs: number;
  runCpuMs: number;
  runPeakRss: number;
  floorWallMs: number;
  floorCpuMs: number;
  floorPeakRss: number;
  casesJsonBytes: number;
  /** Set when the run did not finish: 'timeout' or 'exit <code>'. */
  failure?: string;
  /** The same month run by another build, alternated with these runs (`--against`). */
  against?: AgainstResult;
}

/** Another build's runs of a month, alternated with this build's (`--against`). */
export interface AgainstResult {
  label: string;
  /** Pairs run (fewer than the repeats when the other build failed). */
  pairs: number;
  /** The other build's medians. */
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  /** This build's time ÷ the other's, per pair. */
  wallRatios: number[];
  cpuRatios: number[];
  /** The other build's output digests (its first run), as the digest lines print them. */
  digests: string;
  /** Whether they are this build's. */
  same: boolean;
  failure?: string;
}

/** The figures of the year mode. */
export interface YearResult {
  months: number;
  completed: number;
  signals: number;
  totalWallMs: number;
  totalCpuMs: number;
  maxPeakRss: number;
  historyMonths: number;
  /** What the history of each month is: 'case files' (of the earlier runs) or 'signal CSV files'. */
  historyAs: string;
  /** The month that did not finish and why. */
  failure?: string;
  /** The commands were not run (`--year-ways batch`): the figures above are empty. */
  noCommands?: true;
  /** The year as one `signaalreis batch` of a plan of its months (`--year-ways …,batch`). */
  batch?: {
    wallMs: number;
    cpuMs: number;
    peakRss: number;
    /** Months whose run went well. */
    completed: number;
    /** Months whose folder holds the same decisions as the command's (when both ran). */
    sameAsCommands?: number;
    failure?: string;
  };
  /** `signaalreis export ddas` of the commands' twelve case files as one delivery (`--year --ddas`). */
  ddas?: { wallMs: number; cpuMs: number; peakRss: number; bytes: number; failure?: string };
}

/** The figures of `signaalreis letters` on a month's output, and its floor. */
export interface LettersResult {
  signals: number;
  /** Files the letters wrote (the floor writes as many, of the same sizes). */
  files: number;
  wallMs: number;
  cpuMs: number;
  peakRss?: number;
  floorWallMs?: number;
  floorCpuMs?: number;
  /** Set when letters did not finish. */
  failure?: string;
}

/** The figures of `signaalreis report` of a month and its history months' case files, and its floor. */
export interface ReportStepResult {
  /** Signals of the report's month. */
  signals: number;
  /** Months reported (the month and its history). */
  months: number;
  /** Bytes of the case files read. */
  caseFileBytes: number;
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  floorWallMs?: number;
  floorCpuMs?: number;
  /** The first 16 hex digits of report.json's SHA-256 (the same before and after a change of the reading). */
  reportJson?: string;
  /** Set when the report did not finish. */
  failure?: string;
}

/** Milliseconds as seconds for the table. */
export const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** Bytes as MB for the table. */
export const mb = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;
/** A count for the table (`100k`). */
export const k = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en'));

/** The rows of another build's runs of a month (`--against`), after this build's rows of it. */
function againstRows(m: string, a: AgainstResult): [string, string][] {
  const other = `${m}, the other build (${a.label})`;
  const rows: [string, string][] = [];
  if (a.pairs > 0)
    rows.push(
      [`${other}: \`signaalreis run\`, wall (CPU)`, `${s(a.wallMs)} (${s(a.cpuMs)})`],
      [`${other}: peak RSS`, mb(a.peakRss)],
      [
        `${m}: this build ÷ the other, wall (CPU), median of ${a.pairs} alternated pair(s) (range)`,
        `${ratiosText(a.wallRatios)} (${ratiosText(a.cpuRatios)})`,
      ],
    );
  if (a.failure) rows.push([`${other}: \`signaalreis run\``, `did not finish: ${a.failure}`]);
  if (a.digests !== '')
    rows.push([
      `${m}: decisions and \`cases.json\` the same bytes as the other build's`,
      a.same ? 'yes' : `**no**: the other's ${a.digests}`,
    ]);
  return rows;
}

/** The table: one row per figure, one column of values headed `label`. */
export function table(
  sizes: readonly SizeResult[],
  year: YearResult | undefined,
  label: string,
  letters?: LettersResult,
  platform?: PlatformResult,
  cores?: CoresResult,
  report?: ReportStepResult,
  ddas?: DdasStepResult,
  lookups?: LookupsStepResult,
  more: readonly [string, string][] = [],
): string {
  const rows: [string, string][] = [];
  if (cores)
    rows.push([
      'machine: allocation-heavy JavaScript in two processes side by side, each / alone, wall; work done by two against one',
      `${s(cores.sideBySideMs)} / ${s(cores.aloneMs)}; ${cores.throughput.toFixed(2)}×`,
    ]);
  for (const r of sizes) {
    const m = `${k(r.signals)} month`;
    if (r.failure) {
      const at = `${s(r.runWallMs)}, peak RSS ${mb(r.runPeakRss)}`;
      rows.push([`${m}: \`signaalreis run\``, `did not finish: ${r.failure} (${at})`]);
      continue;
    }
    rows.push(
      [`${m}: \`signaalreis run\`, wall (CPU)`, `${s(r.runWallMs)} (${s(r.runCpuMs)})`],
      [`${m}: peak RSS`, mb(r.runPeakRss)],
      [
        `${m}: floor (read the same CSV files alone), wall / peak RSS`,
        `${s(r.floorWallMs)} / ${mb(r.floorPeakRss)}`,
      ],
      [
        `${m}: ratio run / floor, wall (CPU)`,
        `${(r.runWallMs / r.floorWallMs).toFixed(1)} (${(r.runCpuMs / r.floorCpuMs).toFixed(1)})`,
      ],
      [`${m}: cores used (CPU ÷ wall)`, (r.runCpuMs / r.runWallMs).toFixed(2)],
      [
        `${m}: \`cases.json\` written`,
        `${mb(r.casesJsonBytes)} (${(r.casesJsonBytes / r.signals / 1000).toFixed(2)} KB per signal)`,
      ],
      [
        `${m}: time per signal, wall (CPU)`,
        `${((r.runWallMs * 1000) / r.signals).toFixed(0)} µs (${((r.runCpuMs * 1000) / r.signals).toFixed(0)} µs)`,
      ],
    );
    if (r.against) rows.push(...againstRows(m, r.against));
  }
  const done = sizes.filter((r) => !r.failure).sort((a, b) => a.signals - b.signals);
  const [small] = done;
  const large = done[done.length - 1];
  if (small && large && large !== small) {
    const per = (r: SizeResult, ms: number) => ms / r.signals;
    const wall = per(large, large.runWallMs) / per(small, small.runWallMs);
    const cpu = per(large, large.runCpuMs) / per(small, small.runCpuMs);
    rows.push([
      `scaling: time per signal ${k(large.signals)} ÷ ${k(small.signals)}, wall (CPU)`,
      `${wall.toFixed(2)}× (${cpu.toFixed(2)}×)`,
    ]);
  }
  if (year) {
    const what = `year: ${year.months} months, ${year.signals.toLocaleString('en')} signals, history: the ${year.historyAs} of up to ${year.historyMonths} earlier months`;
    const status = year.completed === year.months ? 'completes' : `did not finish: ${year.failure}`;
    if (!year.noCommands) {
      rows.push([
        `${what}: total wall (CPU) / max peak RSS`,
        `${s(year.totalWallMs)} (${s(year.totalCpuMs)}) / ${mb(year.maxPeakRss)}`,
      ]);
      rows.push([`${what}: months completed`, `${year.completed}/${year.months} (${status})`]);
    }
    const b = year.batch;
    if (b) {
      const as = `year as one \`signaalreis batch\` of its ${year.months} months (\`historyMonths\`: ${year.historyMonths})`;
      rows.push(
        [`${as}: wall (CPU) / peak RSS`, `${s(b.wallMs)} (${s(b.cpuMs)}) / ${mb(b.peakRss)}`],
        [`${as}: cores used (CPU ÷ wall)`, (b.cpuMs / b.wallMs).toFixed(2)],
        [`${as}: months completed`, `${b.completed}/${year.months}${b.failure ? ` (${b.failure})` : ''}`],
      );
      if (b.sameAsCommands !== undefined)
        rows.push([`${as}: months with the commands' decisions`, `${b.sameAsCommands}/${year.months}`]);
    }
    const d = year.ddas;
    if (d) {
      const as = `year: \`signaalreis export ddas\` of its ${year.months} case files (one delivery)`;
      rows.push([
        `${as}: wall (CPU) / peak RSS / delivered`,
        d.failure
          ? `did not finish: ${d.failure} (${s(d.wallMs)})`
          : `${s(d.wallMs)} (${s(d.cpuMs)}) / ${mb(d.peakRss)} / ${mb(d.bytes)}`,
      ]);
    }
  }
  if (letters) rows.push(...lettersRows(letters));
  if (report) rows.push(...reportRows(report));
  if (ddas) rows.push(...ddasRows(ddas));
  if (lookups) rows.push(...lookupsRows(lookups));
  if (platform) rows.push(...platformRows(platform));
  rows.push(...more);
  return [`| step | ${label} |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
}

/** The rows of the letters step. */
function lettersRows(l: LettersResult): [string, string][] {
  const m = `${k(l.signals)} month: \`signaalreis letters\``;
  if (l.failure) return [[m, `did not finish: ${l.failure} (${s(l.wallMs)})`]];
  const floorWall = l.floorWallMs ?? 0;
  return [
    [`${m}, wall (CPU) / peak RSS`, `${s(l.wallMs)} (${s(l.cpuMs)}) / ${mb(l.peakRss ?? 0)}`],
    [
      `${m}: floor (write ${l.files.toLocaleString('en')} files of the same sizes alone), wall (CPU)`,
      `${s(floorWall)} (${s(l.floorCpuMs ?? 0)})`,
    ],
    [`${m}: ratio letters / floor, wall`, floorWall > 0 ? (l.wallMs / floorWall).toFixed(1) : '–'],
  ];
}

/** The rows of the report step. */
function reportRows(r: ReportStepResult): [string, string][] {
  const m = `${k(r.signals)} month: \`signaalreis report\` of its ${r.months} months' case files (${mb(r.caseFileBytes)})`;
  if (r.failure) return [[m, `did not finish: ${r.failure} (${s(r.wallMs)})`]];
  const floorWall = r.floorWallMs ?? 0;
  return [
    [`${m}, wall (CPU) / peak RSS`, `${s(r.wallMs)} (${s(r.cpuMs)}) / ${mb(r.peakRss)}`],
    [
      `${m}: floor (the same files read by JSON.parse alone), wall (CPU)`,
      `${s(floorWall)} (${s(r.floorCpuMs ?? 0)})`,
    ],
    [`${m}: ratio report / floor, wall`, floorWall > 0 ? (r.wallMs / floorWall).toFixed(1) : '–'],
  ];
}

/** The rows of the DDAS step: the export, the import and its floor. */
function ddasRows(d: DdasStepResult): [string, string][] {
  const m = `${k(d.signals)} month and its ${d.months - 1} history months through DDAS`;
  const t = (x: Measured) => `${s(x.wallMs)} (${s(x.cpuMs)}) / ${mb(x.peakRssBytes)}`;
  if (!d.export.done)
    return [[`${m}: \`export ddas\``, `did not finish: ${d.export.failure} (${s(d.export.wallMs)})`]];
  const rows: [string, string][] = [
    [`${m}: \`export ddas\` (${mb(d.deliveryBytes)} delivered), wall (CPU) / peak RSS`, t(d.export)],
  ];
  const i = d.import;
  if (!i?.done)
    return [...rows, [`${m}: \`import ddas\``, `did not finish: ${i?.failure} (${s(i?.wallMs ?? 0)})`]];
  const floor = d.floor?.wallMs ?? 0;
  return [
    ...rows,
    [`${m}: \`import ddas\`, wall (CPU) / peak RSS`, t(i)],
    [
      `${m}: floor (the delivery read by JSON.parse alone), wall (CPU)`,
      `${s(floor)} (${s(d.floor?.cpuMs ?? 0)})`,
    ],
    [`${m}: ratio import / floor, wall`, floor > 0 ? (i.wallMs / floor).toFixed(1) : '–'],
    ...splitRows(m, d.split),
  ];
}

/** The row of the split delivery's import (a levering per municipality). */
function splitRows(m: string, split: DdasStepResult['split']): [string, string][] {
  if (!split) return [];
  const what = `${m}: \`import ddas\` of it in ${split.municipalities} municipalities (${mb(split.bytes)})`;
  const i = split.import;
  if (!i.done) return [[what, `did not finish: ${i.failure} (${s(i.wallMs)})`]];
  return [[`${what}, wall (CPU) / peak RSS`, `${s(i.wallMs)} (${s(i.cpuMs)}) / ${mb(i.peakRssBytes)}`]];
}

/** The rows of the lookups step: the match with the two lookups, and without. */
function lookupsRows(l: LookupsStepResult): [string, string][] {
  const m = `${k(l.signals)} month: \`signaalreis match\` (practice-2) with a register of ${l.registerRows.toLocaleString('en')} rows and ${l.debtRows.toLocaleString('en')} debt-assistance entries`;
  const t = (x: Measured) => `${s(x.wallMs)} (${s(x.cpuMs)}) / ${mb(x.peakRssBytes)}`;
  if (!l.withLookups.done)
    return [[m, `did not finish: ${l.withLookups.failure} (${s(l.withLookups.wallMs)})`]];
  return [
    [`${m}, wall (CPU) / peak RSS`, t(l.withLookups)],
    [`${m}: floor (the same match without the lookups), wall (CPU) / peak RSS`, t(l.floor)],
    [`${m}: ratio with / without, wall`, (l.withLookups.wallMs / l.floor.wallMs).toFixed(1)],
  ];
}

/** The rows of the platform mode (of the ways measured). */
function platformRows(p: PlatformResult): [string, string][] {
  const m = `platform: ${k(p.signals)} month in ${p.municipalities} municipalities`;
  const t = (x: Totals) =>
    `${s(x.wallMs)} (${s(x.cpuMs)}) / ${mb(x.maxPeakRss)}${x.failed > 0 ? ` — ${x.failed} failed` : ''}`;
  const one = p.ways.includes('one');
  const rows: [string, string][] = [];
  if (one)
    rows.push([
      `${m}: \`signaalreis run\` per municipality, one after another, wall (CPU) / max peak RSS`,
      t(p.oneByOne),
    ]);
  if (p.ways.includes('two')) rows.push([`${m}: the same, two at a time`, t(p.twoAtATime)]);
  rows.push(
    [`${m}: \`signaalreis batch\` of one plan, wall (CPU) / peak RSS`, t(p.batch)],
    [`${m}: floor (read every CSV file alone), wall (CPU)`, `${s(p.floor.wallMs)} (${s(p.floor.cpuMs)})`],
    [
      `${m}: ratio batch / floor, wall (CPU)${one ? '; one by one / batch, wall' : ''}`,
      `${(p.batch.wallMs / p.floor.wallMs).toFixed(1)} (${(p.batch.cpuMs / p.floor.cpuMs).toFixed(1)})${one ? `; ${(p.oneByOne.wallMs / p.batch.wallMs).toFixed(1)}×` : ''}`,
    ],
  );
  if (one)
    rows.push([
      `${m}: batch folders equal to the one-by-one folders`,
      `${p.sameFolders}/${p.municipalities}`,
    ]);
  const st = p.stored;
  if (st)
    rows.push([
      `${m}: \`signaalreis batch --store\` into a new ${st.kind === 'pglite' ? 'store folder (PGlite)' : 'PostgreSQL database'}, ${st.threads} thread(s), wall (CPU) / peak RSS; months stored`,
      `${t(st)}; ${st.months}/${p.municipalities}`,
    ]);
  return rows;
}

/** Machine, Node, commit and load, for the line above the table. */
export function machine(): string {
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return 'unknown';
    }
  })();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  return `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, commit ${commit}, load average ${load}`;
}

/**
 * The thread settings every run of the benchmark inherits from its environment (unset: `auto`).
 * Which way `auto` goes depends on the machine and the moment — the history-keys thread was chosen
 * more often once the command started sooner (docs/performance.md, "Twenty-seventh round") — so the
 * figures of two builds compare only under the same setting: set both variables to compare like
 * with like.
 */
export function threadSettings(env: NodeJS.ProcessEnv = process.env): string {
  return [HISTORY_WORKERS_ENV, WORKLIST_THREAD_ENV, LETTERS_THREADS_ENV]
    .map((k) => `${k}=${env[k] || 'auto'}`)
    .join(', ');
}
