// `signaalreis letters` on a large month shows its phases on a bar when stderr is a terminal (issue
// 14: a national month's letters take ~25 s): the cases, the PDFs, the files written and put on
// disk — in Dutch, or English with --lang en —, cleared before the summary; nothing when the month
// is small. (Nothing when stderr is not a terminal: progress.test.ts; the same letters and files
// with and without a bar: letters/progress.test.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigMonthCsv } from '../../../../examples/generate/big-month';
import { barCounts, ESC, fakeTerminal, fixtureDir, runCli, runExampleMonth } from './cli-test-kit';
import { LETTERS_PROGRESS_MIN_CASES } from './letters';

const dir = fixtureDir({});
const SIGNALS = join(dir, 'signals-2026-10.csv');
const RUN = join(dir, 'run');
const PRESET = 'examples/presets/voorbeeldstad.json';
const letters = (run: string, signals: string, out: string, ...more: string[]) => [
  'letters',
  run,
  '--month',
  '2026-10',
  '--signals',
  signals,
  '--preset',
  PRESET,
  '--at',
  '2026-11-02',
  '--out',
  out,
  ...more,
];

beforeAll(async () => {
  writeFileSync(SIGNALS, bigMonthCsv(2400)); // ~2,260 households: a month above the bar's threshold
  const r = await runCli(['run', SIGNALS, '--month', '2026-10', '--preset', 'type-medium', '--out', RUN]);
  expect(r.code, r.stderr).toBe(0);
  const cases = JSON.parse(readFileSync(join(RUN, 'cases.json'), 'utf8')).cases.length;
  expect(cases).toBeGreaterThanOrEqual(LETTERS_PROGRESS_MIN_CASES);
}, 60_000);

describe('signaalreis letters on a large month (issue 14)', () => {
  it('shows the cases, the PDFs, the files written and put on disk, each to its end, then the summary on stdout alone', async () => {
    const t = fakeTerminal();
    const r = await runCli(letters(RUN, SIGNALS, join(dir, 'letters')), t.io);
    expect(r.code, r.stderr).toBe(0);
    // (the signal file is under the 5 MB from which its reading gets a bar of its own)
    const bars = barCounts(t.written);
    expect(bars.map(([phase]) => phase)).toEqual([
      'zaken',
      "PDF's (drukbestand, dan per zaak)",
      'bestanden schrijven',
      'bestanden op schijf',
    ]);
    for (const [phase, count] of bars) {
      const [done, total] = count.split('/');
      expect(Number(total), phase).toBeGreaterThan(0);
      expect(done, phase).toBe(total);
    }
    // cleared: the cursor given back and the line wiped after the last phase
    expect(t.written.join('').endsWith(`${ESC}[2K`)).toBe(true);
    expect(r.stdout).toMatch(/^Brieven, kaarten, e-mails en sms/);
    expect(r.stdout).not.toContain('[');
  }, 60_000);

  it('in English with --lang en (a dry run: the cases only)', async () => {
    const t = fakeTerminal();
    const r = await runCli(letters(RUN, SIGNALS, join(dir, 'dry'), '--lang', 'en', '--dry-run'), t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(barCounts(t.written).map(([phase]) => phase)).toEqual(['cases']);
  }, 60_000);

  it('shows no bar for a small month, even on a terminal', async () => {
    const small = fixtureDir({});
    const example = 'examples/data/signals-2026-10.csv';
    await runExampleMonth('2026-10', join(small, 'run'));
    const t = fakeTerminal();
    const r = await runCli(letters(join(small, 'run'), example, join(small, 'letters')), t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(t.written.join('')).not.toContain(' [');
  }, 60_000);
});
