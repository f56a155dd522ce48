// The regression guard of issue 14 (run-digest.test.ts) with the history read in worker threads
// (history-pool.ts; forced with SIGNAALREIS_HISTORY_WORKERS=always, as these history files are below
// the size from which `run` uses the threads) and the worklists written by a worker thread
// (worklist-thread.ts; forced with SIGNAALREIS_WORKLIST_THREAD=always): the run's outputs must have
// the same digests as the expected ones of run-digest.expected.json. Needs the build
// (dist/cli/history-worker.js, dist/cli/worklist-worker.js).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bigMonthsCsv } from '../../../../examples/generate/big-month';
import { fixtureDir, runCli } from './cli-test-kit';
import { historyKeysWorkerFile } from './history-keys-thread';
import { HISTORY_WORKERS_ENV, historyWorkerFile } from './history-pool';
import {
  digestDifferences,
  EXAMPLE_DATA,
  exampleCaseFileHistory,
  exampleSignals,
  folderDigests,
  normalise,
  runMonthArgs,
} from './output-digest.test-support';
import { WORKLIST_THREAD_ENV, worklistWorkerFile } from './worklist-thread';

const EXPECTED = JSON.parse(
  readFileSync(fileURLToPath(new URL('./run-digest.expected.json', import.meta.url)), 'utf8'),
) as Record<string, { decisions: Record<string, string>; caseFile: Record<string, string> }>;
const DATA = EXAMPLE_DATA;
const example = exampleSignals;
const month = runMonthArgs;

/** Runs the month into `<dir>/out` and compares what `run` wrote and printed with the expected digests. */
async function expectDigests(name: string, dir: string, runArgs: string[]): Promise<void> {
  const out = join(dir, 'out');
  const replace = [
    [dir, '<dir>'],
    [DATA, '<examples>/'],
  ] as const;
  const run = await runCli([...runArgs, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const actual = folderDigests(out, replace, {
    'run: summary (stdout; folder names normalised)': normalise(run.stdout, replace),
    'run: warnings (stderr)': normalise(run.stderr, replace),
  });
  const expected = EXPECTED[name];
  if (!expected) throw new Error(`no expected digests for ${name}`);
  // the JSON output and the DDAS export are of later steps: run-digest.test.ts guards them
  const ofRun = Object.fromEntries(
    Object.entries(expected.decisions).filter(([k]) => !k.startsWith('export ') && !k.includes('--format')),
  );
  expect(digestDifferences(ofRun, actual.decisions), `${name}: the decisions`).toEqual([]);
  expect(digestDifferences(expected.caseFile, actual.caseFile), `${name}: the case file`).toEqual([]);
}

/** The example month of October with August and September as CSV history: the expected digests. */
async function exampleMonth(): Promise<void> {
  const args = month('2026-10', example('2026-10'), 'type-medium');
  const history = ['--history', example('2026-08'), example('2026-09')];
  await expectDigests('example month 2026-10', fixtureDir({}), [...args, ...history]);
}

/** The seeded national month of 10,000 signals with two months of CSV history: the expected digests. */
async function seededMonth(): Promise<void> {
  const files: Record<string, string> = {};
  for (const m of bigMonthsCsv(10_000, ['2026-08', '2026-09', '2026-10']))
    files[`signals-${m.month}.csv`] = m.csv;
  const dir = fixtureDir(files);
  const path = (m: string) => join(dir, `signals-${m}.csv`);
  const args = [
    ...month('2026-10', path('2026-10'), 'type-large'),
    '--history',
    path('2026-08'),
    path('2026-09'),
  ];
  await expectDigests('seeded 10k month 2026-10', dir, args);
}

describe('signaalreis run with the history read and the worklists written in worker threads: the expected digests (issue 14)', () => {
  beforeEach(() => {
    expect(existsSync(historyWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
    expect(existsSync(worklistWorkerFile()), 'pnpm build first: the worker threads run dist/').toBe(true);
    vi.stubEnv(HISTORY_WORKERS_ENV, 'always');
    vi.stubEnv(WORKLIST_THREAD_ENV, 'always');
  });
  afterEach(() => void vi.unstubAllEnvs());

  it('the example month (two months of history as CSV)', exampleMonth);

  it('the example month with its history as the case files of August and September', async () => {
    const dir = fixtureDir({});
    const history = await exampleCaseFileHistory(dir);
    const args = [...month('2026-10', example('2026-10'), 'type-medium'), '--history', ...history];
    await expectDigests('example month 2026-10, history from case files', dir, args);
  });

  it('the seeded national month of 10,000 signals (two months of history)', seededMonth, 180_000);
});

describe('signaalreis run with the history signal files read by the keying thread beside the month (SIGNAALREIS_HISTORY_WORKERS=keys): the expected digests (issue 14)', () => {
  beforeEach(() => {
    expect(existsSync(historyKeysWorkerFile()), 'pnpm build first: the thread runs dist/').toBe(true);
    vi.stubEnv(HISTORY_WORKERS_ENV, 'keys');
  });
  afterEach(() => void vi.unstubAllEnvs());

  it('the example month (two months of history as CSV)', exampleMonth);

  it('the seeded national month of 10,000 signals (two months of history)', seededMonth, 180_000);
});
