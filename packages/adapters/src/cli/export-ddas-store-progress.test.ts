// `signaalreis export ddas --store` and `feedback --store` of 10,000 cases or more show their phases
// on a terminal (issue 14). Export:
// its months come from the store, so there is no reading phase — the cases made into DDAS (each
// checked against the schema as it is made) and the writing, each to its end, then the summary alone; the same delivery as on a pipe.
// A generated month of 12,500 signals (10,824 cases) run into a store folder (PGlite) first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigMonthCsv } from '../../../../examples/generate/big-month';
import { barCounts, ESC, exportDdasArgs, fakeTerminal, fixtureDir, runCli } from './cli-test-kit';
import { EXPORT_PROGRESS_MIN_CASES } from './export-ddas';
import { FEEDBACK_PROGRESS_MIN_CASES } from './feedback';

const dir = fixtureDir({});
const STORE = join(dir, 'store');
const exportArgs = (out: string) => exportDdasArgs(['--store', STORE], out);

beforeAll(async () => {
  const signals = join(dir, 'signals-2026-10.csv');
  writeFileSync(signals, bigMonthCsv(12_500));
  const args = ['run', signals, '--month', '2026-10', '--preset', 'type-medium', '--municipality', '0363'];
  const r = await runCli([...args, '--store', STORE, '--out', join(dir, 'run')]);
  expect(r.code, r.stderr).toBe(0);
}, 180_000);

describe('signaalreis export ddas --store of a large period (issue 14)', () => {
  it('shows the cases made and the writing, each to its end; the same delivery as without', async () => {
    const t = fakeTerminal();
    const r = await runCli(exportArgs(join(dir, 'bar.json')), t.io);
    expect(r.code, r.stderr).toBe(0);
    const counts = r.stdout.match(/(\d+) signalen, (\d+) zaken/);
    const [signals, cases] = [Number(counts?.[1]), Number(counts?.[2])];
    expect(cases).toBeGreaterThanOrEqual(EXPORT_PROGRESS_MIN_CASES);
    expect(barCounts(t.written)).toEqual([
      ['zaken naar DDAS', `${cases}/${cases}`],
      ['levering schrijven (signalen en zaken)', `${signals + cases}/${signals + cases}`],
    ]);
    expect(t.written.join('').endsWith(`${ESC}[2K`)).toBe(true);
    expect(r.stdout).not.toContain('[');
    const plain = await runCli(exportArgs(join(dir, 'plain.json')));
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toBe('');
    expect(readFileSync(join(dir, 'bar.json')).equals(readFileSync(join(dir, 'plain.json')))).toBe(true);
  }, 120_000);

  // after the export: feedback stores the records after their timers
  it('feedback --store of the month: the records, the timers, the files made and written, each to its end', async () => {
    const t = fakeTerminal();
    const args = [
      'feedback',
      '--store',
      STORE,
      '--municipality',
      '0363',
      '--month',
      '2026-10',
      '--at',
      '2026-11-30',
    ];
    const r = await runCli([...args, '--out', join(dir, 'feedback')], t.io);
    expect(r.code, r.stderr).toBe(0);
    const bars = barCounts(t.written);
    expect(bars.map(([phase]) => phase)).toEqual([
      'dossiers lezen of maken (zaken)',
      'termijnen en terugmeldingen (dossiers)',
      'terugmeldbestanden en zaakbestand maken',
      'bestanden schrijven',
      'bestanden op schijf',
    ]);
    for (const [, count] of bars) expect(count).toMatch(/^(\d+)\/\1$/);
    expect(Number(bars[0]?.[1].split('/')[0])).toBeGreaterThanOrEqual(FEEDBACK_PROGRESS_MIN_CASES);
  }, 120_000);
});
