// End-to-end benchmark of `signaalreis run` (issue 14): seeded national months (examples/generate/
// big-month.ts) run through the real, built command line as a child process — CSV → validate →
// match → intake → route → allocate → write — against the floor of reading the same CSV files alone.
// Prints a Markdown table on stdout (progress on stderr), with each run's cores used (CPU ÷ wall) and
// what a second core adds on this machine (cores.ts). What and how: docs/performance.md.
//
// pnpm bench:run [--sizes 10000,100000] [--repeat 3] [--year] [--letters] [--profile] [--keep] [--label today]
//                [--against ../other-checkout]
//   --year             also 12 months in sequence (~1,000,000 signals), each with the case files of
//                      the earlier months as history (--year-signals, --year-history N months,
//                      --year-history-as csv: their signal CSV files instead; --year-ways
//                      commands,batch: also as one `signaalreis batch` of the twelve months)
//   --report           also `signaalreis report` of the largest month's case file with those of its
//                      two history months (each month run first), against the floor of reading the
//                      three case files with JSON.parse alone (report-floor.mjs)
//   --ddas             also `signaalreis export ddas` of the same three case files (the largest
//                      month and its two history months, each run first) and `signaalreis import ddas`
//                      of that delivery, against the floor of reading the delivery with JSON.parse
//                      alone (ddas-floor.mjs); then the same delivery split into 200 municipalities
//                      (a levering each, ddas-split.ts) imported; with --year, also `signaalreis
//                      export ddas` of the year's twelve case files as one delivery
//   --lookups          also `signaalreis match` of the largest month with a population-register and
//                      a debt-assistance extract made from its rows (preset practice-2, both checks
//                      on), against the same match without them
//   --letters          also `signaalreis letters` on the largest month's output (a PDF, card or
//                      e-mail per contacted case), against the floor of writing as many files of the
//                      same sizes alone (letters-floor.mjs)
//   --platform         also a platform's month: the --platform-signals month (default 100000) split
//                      by postcode into --municipalities (default 200) months with their own files,
//                      run by `signaalreis run` one by one, two at a time, and by `signaalreis batch`
//                      (--platform-ways one,two,batch: which of them); --platform-store pglite|<postgres://
//                      admin URL>: also the batch with --store, into a new store folder or database
//   --store pglite|<postgres:// admin URL>
//                      also the largest month run into the case store (`run --store --municipality`),
//                      its two history months stored first by the same command into a new store folder
//                      or database, against the same run without a store (--repeat runs; with
//                      --against, the other build's alternated on the same stored history)
//   --timeout <s>      kill a run after this many seconds: "did not finish" (default 180)
//   --against <dir>    also run each month by the built checkout at <dir>, alternated with this build's
//                      runs (A B, B A …: --repeat pairs), and print its medians, the pairs' ratios and
//                      whether its decisions are the same bytes (--against-label: how to name it)
//   --profile          run the largest month once more under --cpu-prof and summarise the self time
//   --keep             keep the output folders (case files, profiles); generated input is always kept
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SEED } from '../../../../examples/generate/rng';
import { folderDigests, normalise, sha256 } from '../../src/cli/output-digest.test-support';
import { firstInRound, otherBuild, pairedRatios } from './against';
import { type Measured, measure, measuredText, median, whyNot } from './child';
import { secondCore } from './cores';
import { generatedSet, MONTH_SET, YEAR_MONTHS } from './data';
import { ddasStep } from './ddas-step';
import { lookupsStep } from './lookups-step';
import { type PlatformWay, platform, storeOption } from './platform';
import { profileOnce } from './profile-run';
import { type LettersResult, machine, type SizeResult, table, threadSettings } from './report';
import { reportStep } from './report-step';
import { storeRows, storeStep } from './store-step';
import { type YearWay, year } from './year';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = join(ROOT, 'packages/adapters/dist/cli.js');
const FLOOR = fileURLToPath(new URL('./floor.mjs', import.meta.url));
const LETTERS_FLOOR = fileURLToPath(new URL('./letters-floor.mjs', import.meta.url));
const PRESET = 'type-large';

const { values: o } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    repeat: { type: 'string', default: '1' },
    year: { type: 'boolean', default: false },
    letters: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    ddas: { type: 'boolean', default: false },
    lookups: { type: 'boolean', default: false },
    platform: { type: 'boolean', default: false },
    'platform-signals': { type: 'string', default: '100000' },
    'platform-ways': { type: 'string', default: 'one,two,batch' },
    'platform-store': { type: 'string' },
    store: { type: 'string' },
    municipalities: { type: 'string', default: '200' },
    'year-signals': { type: 'string', default: '1000000' },
    'year-history': { type: 'string', default: '6' },
    'year-history-as': { type: 'string', default: 'cases' },
    'year-ways': { type: 'string', default: 'commands' },
    timeout: { type: 'string', default: '180' },
    seed: { type: 'string', default: String(SEED) },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    label: { type: 'string', default: 'this run' },
    against: { type: 'string' },
    'against-label': { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`bench:run ${line}\n`);

/** `--platform-ways`: some of one, two, batch. */
function platformWays(value: string): PlatformWay[] {
  const ways = value.split(',').map((w) => w.trim());
  for (const w of ways)
    if (!['one', 'two', 'batch'].includes(w)) throw new Error(`--platform-ways: ${w}? (one, two, batch)`);
  return ways as PlatformWay[];
}
/** `--year-ways`: commands and/or batch. */
function yearWays(value: string): YearWay[] {
  const ways = value.split(',').map((w) => w.trim());
  for (const w of ways)
    if (!['commands', 'batch'].includes(w)) throw new Error(`--year-ways: ${w}? (commands, batch)`);
  return ways as YearWay[];
}
const sizes = o.sizes
  .split(',')
  .filter((x) => x.trim() !== '')
  .map(Number);
const repeat = Math.max(1, Number(o.repeat));
const timeoutMs = Number(o.timeout) * 1000;
const seed = Number(o.seed);
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes: whole numbers, got ${o.sizes}`);
const other = o.against === undefined ? undefined : otherBuild(o.against, o['against-label']);
if (o.store !== undefined) storeOption('--store', o.store);
if (o['platform-store'] !== undefined) storeOption('--platform-store', o['platform-store']);
if (o['year-history-as'] !== 'cases' && o['year-history-as'] !== 'csv')
  throw new Error(`--year-history-as: cases or csv, got ${o['year-history-as']}`);

const work = mkdtempSync(join(tmpdir(), 'signaalreis-bench-run-'));
const runArgs = (month: string, file: string, history: readonly string[], out: string) => [
  'run',
  file,
  '--month',
  month,
  '--preset',
  PRESET,
  ...(history.length > 0 ? ['--history', ...history] : []),
  '--out',
  out,
];

async function month(size: number): Promise<SizeResult> {
  const set = generatedSet(size, MONTH_SET, seed, log);
  const files = set.files.map((f) => f.path);
  const [h1, h2, current] = set.files;
  if (!h1 || !h2 || !current) throw new Error('a month set has three months');
  const runs: Measured[] = [];
  const floors: Measured[] = [];
  const others: Measured[] = [];
  let otherFailure: string | undefined;
  let otherDigest = '';
  let mine = ''; // this build's digests of its first run
  let casesJsonBytes = 0;
  const args = (out: string) => runArgs(current.month, current.path, [h1.path, h2.path], out);
  /** The other build's run of round `r` (a failure ends the pairs, not the benchmark). */
  const runOther = async (r: number) => {
    if (!other || otherFailure) return;
    const out = join(work, `month-${size}-${r + 1}-other`);
    const run = await measure(other.cli, args(out), { timeoutMs, cwd: ROOT });
    log(`${size}: other ${r + 1}: ${run.done ? measuredText(run) : `did not finish (${why(run)})`}`);
    if (!run.done) otherFailure = why(run);
    else {
      others.push(run);
      if (r === 0) otherDigest = digestLine(out, run.stdout, set.dir);
    }
    rmSync(out, { recursive: true, force: true });
  };
  for (let r = 0; r < repeat; r++) {
    const out = join(work, `month-${size}-${r + 1}`);
    if (firstInRound(r) === 'other') await runOther(r);
    log(`${size}: run ${r + 1}/${repeat} …`);
    const run = await measure(CLI, args(out), { timeoutMs, cwd: ROOT });
    log(`${size}: run ${r + 1}: ${run.done ? measuredText(run) : `did not finish (${why(run)})`}`);
    if (!run.done)
      return {
        ...empty(size, current.households),
        runWallMs: run.wallMs,
        runPeakRss: run.peakRssBytes,
        failure: why(run),
      };
    runs.push(run);
    casesJsonBytes = statSync(join(out, 'cases.json')).size;
    if (r === 0) {
      mine = digestLine(out, run.stdout, set.dir);
      digests.push(`${size}: ${mine}`);
    }
    if (firstInRound(r) === 'this') await runOther(r);
    const floor = await measure(FLOOR, files, { timeoutMs, cwd: ROOT });
    const rows = Number(floor.stdout.trim());
    const expected = set.files.reduce((n, f) => n + f.signals, 0);
    if (!floor.done || rows !== expected)
      throw new Error(`floor read ${rows} rows, expected ${expected}: ${floor.stderr}`);
    log(`${size}: floor ${r + 1}: ${measuredText(floor)}`);
    floors.push(floor);
  }
  const med = (xs: Measured[], f: (m: Measured) => number) => median(xs.map(f));
  return {
    signals: current.signals,
    households: current.households,
    runWallMs: med(runs, (m) => m.wallMs),
    runCpuMs: med(runs, (m) => m.cpuMs),
    runPeakRss: med(runs, (m) => m.peakRssBytes),
    floorWallMs: med(floors, (m) => m.wallMs),
    floorCpuMs: med(floors, (m) => m.cpuMs),
    floorPeakRss: med(floors, (m) => m.peakRssBytes),
    casesJsonBytes,
    ...(other
      ? {
          against: {
            label: other.label,
            pairs: others.length,
            ...(others.length > 0
              ? {
                  wallMs: med(others, (m) => m.wallMs),
                  cpuMs: med(others, (m) => m.cpuMs),
                  peakRss: med(others, (m) => m.peakRssBytes),
                  ...pairedRatios(runs.slice(0, others.length), others),
                }
              : { wallMs: 0, cpuMs: 0, peakRss: 0, wallRatios: [], cpuRatios: [] }),
            digests: otherDigest,
            same: otherDigest !== '' && otherDigest === mine,
            ...(otherFailure ? { failure: otherFailure } : {}),
          },
        }
      : {}),
  };
}

/** Why a run did not finish. */
const why = (m: Measured): string => whyNot(m, o.timeout);

const digests: string[] = [];

/** One digest over the decisions (worklists, capacity, summary) and one of cases.json. */
/**
 * The digests of a run's folder and summary: the output folder and the data set's folder named as
 * placeholders — the set's folder name holds a hash of the generator's source, and the manifest's
 * command names it, so that a change of the generator alone (the same files) changed the decisions'
 * digest (forty-sixth round).
 */
function digestLine(out: string, stdout: string, data: string): string {
  const replace = [
    [out, '<out>'],
    [data, '<data>'],
  ] as const;
  const d = folderDigests(out, replace, { summary: normalise(stdout, replace) });
  const decisions = sha256(JSON.stringify(d.decisions)).slice(0, 16);
  return `decisions ${decisions}, cases.json ${d.caseFile['cases.json']?.slice(0, 16)}`;
}

const empty = (signals: number, households: number): SizeResult => ({
  signals,
  households,
  runWallMs: 0,
  runCpuMs: 0,
  runPeakRss: 0,
  floorWallMs: 0,
  floorCpuMs: 0,
  floorPeakRss: 0,
  casesJsonBytes: 0,
});

/**
 * `signaalreis letters` on the first run's output of the `size` month (its municipality's contact
 * block from the example preset; the letters dated the first working day after the month), and
 * the floor: as many files of the same sizes written alone.
 */
async function letters(size: number): Promise<LettersResult> {
  const set = generatedSet(size, MONTH_SET, seed, log);
  const current = set.files.at(-1);
  const runOut = join(work, `month-${size}-1`);
  if (!current || !existsSync(join(runOut, 'cases.json')))
    throw new Error(`no run output of the ${size} month`);
  const out = join(work, `letters-${size}`);
  const args = ['letters', runOut, '--month', current.month, '--signals', current.path];
  args.push('--preset', 'examples/presets/voorbeeldstad.json', '--at', '2026-11-02', '--out', out);
  log(`${size}: letters …`);
  const run = await measure(CLI, args, { timeoutMs, cwd: ROOT });
  log(`${size}: letters: ${run.done ? measuredText(run) : `did not finish (${why(run)})`}`);
  const result: LettersResult = {
    signals: current.signals,
    files: 0,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRss: run.peakRssBytes,
  };
  if (!run.done) return { ...result, failure: why(run) };
  const floor = await measure(LETTERS_FLOOR, [out, join(work, `letters-floor-${size}`)], {
    timeoutMs,
    cwd: ROOT,
  });
  if (!floor.done) throw new Error(`letters floor: ${floor.stderr}`);
  log(`${size}: letters floor: ${measuredText(floor)}`);
  return {
    ...result,
    files: Number(floor.stdout.trim()),
    floorWallMs: floor.wallMs,
    floorCpuMs: floor.cpuMs,
  };
}

const before = machine();
log(before);
log(`threads: ${threadSettings()}`);
const results: SizeResult[] = [];
for (const size of sizes) results.push(await month(size));
const yearResult = o.year
  ? await year(
      generatedSet(Math.round(Number(o['year-signals']) / YEAR_MONTHS.length), YEAR_MONTHS, seed, log),
      {
        cli: CLI,
        root: ROOT,
        work,
        preset: PRESET,
        timeoutMs,
        window: Number(o['year-history']),
        asCsv: o['year-history-as'] === 'csv',
        ways: yearWays(o['year-ways']),
        exportDdas: o.ddas,
        runArgs,
      },
      log,
    )
  : undefined;
const largestMonth = Math.max(...sizes);
const lettersResult = o.letters && Number.isFinite(largestMonth) ? await letters(largestMonth) : undefined;
const stepContext = {
  cli: CLI,
  cwd: ROOT,
  work,
  timeoutMs,
  timeoutS: o.timeout,
  runArgs,
  ran: join(work, `month-${largestMonth}-1`),
};
const reportResult =
  o.report && Number.isFinite(largestMonth)
    ? await reportStep(generatedSet(largestMonth, MONTH_SET, seed, log), stepContext, log)
    : undefined;
const ddasResult =
  o.ddas && Number.isFinite(largestMonth)
    ? await ddasStep(generatedSet(largestMonth, MONTH_SET, seed, log), stepContext, log)
    : undefined;
const lookupsResult =
  o.lookups && Number.isFinite(largestMonth)
    ? await lookupsStep(generatedSet(largestMonth, MONTH_SET, seed, log), stepContext, log)
    : undefined;
const storeResult =
  o.store && Number.isFinite(largestMonth)
    ? await storeStep(
        generatedSet(largestMonth, MONTH_SET, seed, log),
        { ...stepContext, preset: PRESET, store: o.store, repeat, ...(other ? { other } : {}) },
        log,
      )
    : undefined;
const platformResult = o.platform
  ? await platform(
      generatedSet(Number(o['platform-signals']), MONTH_SET, seed, log),
      {
        cli: CLI,
        floor: FLOOR,
        n: Number(o.municipalities),
        work,
        timeoutMs,
        ways: platformWays(o['platform-ways']),
        ...(o['platform-store'] ? { store: o['platform-store'] } : {}),
      },
      log,
    )
  : undefined;
// what a second core adds here to the kind of work a run does (cores.ts)
const cores = await secondCore(timeoutMs);
log(
  `second core: ${cores.throughput.toFixed(2)}× one (${(cores.sideBySideMs / 1000).toFixed(2)} s side by side, ${(cores.aloneMs / 1000).toFixed(2)} s alone)`,
);
const after = machine();
process.stdout.write(
  `Preset ${PRESET}, seed ${seed}, ${repeat} repeat(s), medians. Before: ${before}. After: load average ${after.split('load average ')[1]}. Threads: ${threadSettings()}.\n\n`,
);
process.stdout.write(
  `${table(results, yearResult, o.label, lettersResult, platformResult, cores, reportResult, ddasResult, lookupsResult, storeResult ? storeRows(storeResult) : [])}\n`,
);
if (ddasResult?.delivery)
  digests.push(
    `DDAS of the ${largestMonth} month and its history: delivery ${ddasResult.delivery}, imported case files ${ddasResult.imported ?? '–'}`,
  );
if (reportResult?.reportJson)
  digests.push(`report of the ${largestMonth} month: report.json ${reportResult.reportJson}`);
if (digests.length > 0)
  process.stdout.write(
    `\nOutput digests (before and after a change of the run path the decisions must be equal):\n${digests.map((d) => `- ${d}`).join('\n')}\n`,
  );
const largest = Math.max(...sizes);
if (o.profile && Number.isFinite(largest)) {
  const set = generatedSet(largest, MONTH_SET, seed, log);
  process.stdout.write(`\n${await profileOnce(CLI, ROOT, work, set, runArgs, timeoutMs, log)}\n`);
}
if (o.keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
