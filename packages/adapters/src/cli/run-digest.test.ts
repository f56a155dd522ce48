// The regression guard of issue 14: `signaalreis run` (and the DDAS export of its case file) on the
// example month of `npm run demo` and on a seeded national month of 10,000 signals with two months
// of history must give byte-identical outputs to those of the commit the expected digests were
// taken from. Decisions (worklists, capacity, summary, JSON output, DDAS delivery) and the case file
// are compared separately: the case file's format may change on purpose, the decisions may not.
// After an intended and reviewed change: SIGNAALREIS_UPDATE_DIGESTS=1 (everything) or
// SIGNAALREIS_UPDATE_DIGESTS=case-file (only cases.json) — docs/performance.md, "The regression guard".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bigMonthsCsv } from '../../../../examples/generate/big-month';
import { fixtureDir, runCli } from './cli-test-kit';
import {
  digestDifferences,
  EXAMPLE_DATA,
  exampleCaseFileHistory,
  exampleSignals,
  folderDigests,
  normalise,
  type OutputDigests,
  runMonthArgs,
  sha256,
} from './output-digest.test-support';

const EXPECTED_FILE = fileURLToPath(new URL('./run-digest.expected.json', import.meta.url));
const UPDATE = process.env.SIGNAALREIS_UPDATE_DIGESTS;
const DATA = EXAMPLE_DATA;
const EXPORT = ['--from', '2026-10-01', '--to', '2026-10-31', '--municipality', '0363'];
const WHO = ['--supplier', 'SIGNAALREIS', '--organisation', 'Gemeente Voorbeeldstad'];
const AT = ['--delivered-at', '2026-11-02T09:00:00Z'];

/** What one guarded month gives: the digests of its outputs, and of its input files when generated. */
type Guarded = OutputDigests & { inputs?: Record<string, string> };

/**
 * Runs the month into `<dir>/out` and exports its case file; the digests of everything. `withJson`:
 * also the output of `--format json` (one more run: left out for the 10k month, whose worklists
 * already show every picked-up case's decision and whose DDAS delivery every case's status).
 */
async function digestsOf(dir: string, runArgs: string[], withJson: boolean): Promise<OutputDigests> {
  const out = join(dir, 'out');
  // the clone's own path appears in the manifest's command: a digest must not depend on where the repository lies
  const replace = [
    [dir, '<dir>'],
    [DATA, '<examples>/'],
  ] as const;
  const run = await runCli([...runArgs, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const json = withJson
    ? await runCli([...runArgs, '--out', join(dir, 'out-json'), '--format', 'json'])
    : undefined;
  expect(json?.code ?? 0, json?.stderr).toBe(0);
  const ddasFile = join(dir, 'ddas.json');
  const ddas = await runCli([
    'export',
    'ddas',
    join(out, 'cases.json'),
    ...EXPORT,
    ...WHO,
    ...AT,
    '--out',
    ddasFile,
  ]);
  expect(ddas.code, ddas.stderr).toBe(0);
  return folderDigests(out, replace, {
    'run: summary (stdout; folder names normalised)': normalise(run.stdout, replace),
    'run: warnings (stderr)': normalise(run.stderr, replace),
    ...(json ? { 'run --format json: stdout': json.stdout } : {}),
    'export ddas: ddas.json': readFileSync(ddasFile, 'utf8'),
    'export ddas: summary (stdout; folder names normalised)': normalise(ddas.stdout, replace),
  });
}

/** Compares with the committed digests, or rewrites them under SIGNAALREIS_UPDATE_DIGESTS. */
function compare(name: string, actual: Guarded): void {
  const all: Record<string, Guarded> = existsSync(EXPECTED_FILE)
    ? JSON.parse(readFileSync(EXPECTED_FILE, 'utf8'))
    : {};
  let expected = all[name];
  if (UPDATE === '1' || (UPDATE === 'case-file' && expected)) {
    // case-file: accept the new case file, still hold the decisions to the digests
    all[name] = UPDATE === '1' || !expected ? actual : { ...expected, caseFile: actual.caseFile };
    writeFileSync(EXPECTED_FILE, `${JSON.stringify(all, null, 2)}\n`);
    if (UPDATE === '1') return;
    expected = all[name];
  }
  expect(expected, `no expected digests for ${name}: see docs/performance.md`).toBeDefined();
  if (!expected) return;
  const inputs = digestDifferences(expected.inputs ?? {}, actual.inputs ?? {});
  expect(inputs, `${name}: the generated input changed (the generator, not the run)`).toEqual([]);
  // soft: a deliberate change of the case file's format must not hide the decisions' verdict
  expect.soft(digestDifferences(expected.caseFile, actual.caseFile), `${name}: the case file`).toEqual([]);
  expect(digestDifferences(expected.decisions, actual.decisions), `${name}: the decisions`).toEqual([]);
}

const example = exampleSignals;
const month = runMonthArgs;

describe('signaalreis run: outputs byte-identical to the expected digests (issue 14)', () => {
  it('the example month of npm run demo (type-medium, two months of history as CSV)', async () => {
    const args = month('2026-10', example('2026-10'), 'type-medium');
    const history = ['--history', example('2026-08'), example('2026-09')];
    const digests = await digestsOf(fixtureDir({}), [...args, ...history], true);
    expect(Object.keys(digests.decisions).filter((n) => n.startsWith('worklist-')).length).toBeGreaterThan(3);
    compare('example month 2026-10', digests);
  });

  it('the example month with its history as the case files of the runs of August and September', async () => {
    const dir = fixtureDir({});
    const history = await exampleCaseFileHistory(dir);
    const args = month('2026-10', example('2026-10'), 'type-medium');
    const digests = await digestsOf(dir, [...args, '--history', ...history], true);
    compare('example month 2026-10, history from case files', digests);
  });

  it('a seeded national month of 10,000 signals (type-large, two months of history of the same size)', async () => {
    const files: Record<string, string> = {};
    for (const m of bigMonthsCsv(10_000, ['2026-08', '2026-09', '2026-10']))
      files[`signals-${m.month}.csv`] = m.csv;
    const dir = fixtureDir(files);
    const inputs = Object.fromEntries(Object.entries(files).map(([n, csv]) => [n, sha256(csv)]));
    const path = (m: string) => join(dir, `signals-${m}.csv`);
    const args = month('2026-10', path('2026-10'), 'type-large');
    const digests = await digestsOf(dir, [...args, '--history', path('2026-08'), path('2026-09')], false);
    compare('seeded 10k month 2026-10', { inputs, ...digests });
  }, 180_000);
});
