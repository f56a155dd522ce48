// `signaalreis export ddas` and `signaalreis report` of a large period show their phases on a bar
// when stderr is a terminal (issue 14: a national quarter's delivery takes 10–13 s and its report
// ~8 s on a 2-core machine, most of it reading the case files): the files read and their cases made
// into DDAS records (in MiB of the files), then the writing, or the report's files read, figures, page and workbook — in
// Dutch, or English with --lang en —, cleared before the summary; nothing for a small period,
// nothing on a pipe, and the same files with and without the bar.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigMonthCsv } from '../../../../examples/generate/big-month';
import {
  barCounts,
  ESC,
  exportDdasArgs,
  fakeTerminal,
  fixtureDir,
  runCli,
  runExampleMonth,
} from './cli-test-kit';
import { PROGRESS_MIN_BYTES } from './progress';

const dir = fixtureDir({});
const SIGNALS = join(dir, 'signals-2026-10.csv');
const CASES = join(dir, 'run', 'cases.json');
const exportDdas = (cases: string, out: string, ...more: string[]) => exportDdasArgs([cases], out, ...more);
const report = (cases: string, out: string) => [
  'report',
  cases,
  '--month',
  '2026-10',
  '--at',
  '2026-11-02',
  '--out',
  out,
];

beforeAll(async () => {
  writeFileSync(SIGNALS, bigMonthCsv(11_000)); // a case file above the 5 MB from which the bar shows
  const r = await runCli([
    'run',
    SIGNALS,
    '--month',
    '2026-10',
    '--preset',
    'type-medium',
    '--out',
    join(dir, 'run'),
  ]);
  expect(r.code, r.stderr).toBe(0);
  expect(statSync(CASES).size).toBeGreaterThanOrEqual(PROGRESS_MIN_BYTES);
}, 120_000);

describe('signaalreis export ddas of a large period (issue 14)', () => {
  it('shows the files read and made into DDAS records (MiB), then the writing, each to its end, then the summary alone', async () => {
    const t = fakeTerminal();
    const r = await runCli(exportDdas(CASES, join(dir, 'bar.json')), t.io);
    expect(r.code, r.stderr).toBe(0);
    const bars = barCounts(t.written);
    expect(bars.map(([phase]) => phase)).toEqual([
      'zaakbestanden lezen en naar DDAS (MiB)',
      'levering schrijven (signalen en zaken)',
    ]);
    const mib = Math.ceil(statSync(CASES).size / 2 ** 20);
    expect(bars[0]?.[1]).toBe(`${mib}/${mib}`);
    const records = r.stdout.match(/(\d+) signalen, (\d+) zaken/);
    const total = Number(records?.[1]) + Number(records?.[2]);
    expect(bars[1]?.[1]).toBe(`${total}/${total}`);
    // cleared: the line wiped after the last phase, the summary on stdout with no bar in it
    expect(t.written.join('').endsWith(`${ESC}[2K`)).toBe(true);
    expect(r.stdout).toMatch(/^DDAS v1\.2-levering 2026-10-01 – 2026-10-31/);
    expect(r.stdout).not.toContain('[');
    // the same delivery as without a terminal
    const plain = await runCli(exportDdas(CASES, join(dir, 'plain.json')));
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toBe('');
    expect(readFileSync(join(dir, 'bar.json')).equals(readFileSync(join(dir, 'plain.json')))).toBe(true);
  }, 120_000);

  it('in English with --lang en', async () => {
    const t = fakeTerminal();
    const r = await runCli(exportDdas(CASES, join(dir, 'en.json'), '--lang', 'en'), t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(barCounts(t.written).map(([phase]) => phase)).toEqual([
      'reading case files, cases to DDAS (MiB)',
      'writing the delivery (signals and cases)',
    ]);
  }, 120_000);

  it('clears the bar when the delivery is refused: the problem on a line of its own, nothing written', async () => {
    const t = fakeTerminal();
    // the same month twice: found when every file was read and made into records
    const r = await runCli(exportDdasArgs([CASES, CASES], join(dir, 'refused.json')), t.io);
    expect(r.code).toBe(2);
    const text = t.written.join('');
    expect(text).toContain('zaakbestanden lezen en naar DDAS');
    const last = text.lastIndexOf(`${ESC}[2K`);
    expect(last).toBeGreaterThan(text.lastIndexOf('zaakbestanden lezen'));
    expect(text.slice(last)).toMatch(/signaalreis: .*cases\.json: month: .*2026-10/);
    expect(() => statSync(join(dir, 'refused.json'))).toThrow();
    // nothing set aside is left beside it
    expect(readdirSync(dir).filter((f) => f.startsWith('.signaalreis-spool'))).toEqual([]);
  }, 120_000);

  it('refuses a bad supplier code before any file is read: no bar, nothing written', async () => {
    const t = fakeTerminal();
    const args = exportDdas(CASES, join(dir, 'refused-supplier.json'));
    args[args.indexOf('SIGNAALREIS')] = 'BAD\u0007CODE';
    const r = await runCli(args, t.io);
    expect(r.code).toBe(2);
    const text = t.written.join('');
    expect(text).not.toContain('zaakbestanden');
    expect(text).toMatch(/signaalreis: supplierCode: /);
    expect(() => statSync(join(dir, 'refused-supplier.json'))).toThrow();
  }, 120_000);

  it('shows no bar for a small period, even on a terminal (export ddas and report)', async () => {
    const small = fixtureDir({});
    await runExampleMonth('2026-10', join(small, 'run'));
    const t = fakeTerminal();
    const r = await runCli(exportDdas(join(small, 'run', 'cases.json'), join(small, 'd.json')), t.io);
    expect(r.code, r.stderr).toBe(0);
    const made = await runCli(report(join(small, 'run', 'cases.json'), join(small, 'report')), t.io);
    expect(made.code, made.stderr).toBe(0);
    expect(t.written.join('')).not.toContain(' [');
  }, 60_000);
});

describe('signaalreis report of a large period (issue 14)', () => {
  it('shows the files read and the report made, each to its end, then the summary alone; the same files as without', async () => {
    const t = fakeTerminal();
    const r = await runCli(report(CASES, join(dir, 'report-bar')), t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(barCounts(t.written)).toEqual([
      ['zaakbestanden lezen', '1/1'],
      ['rapport maken (cijfers, pagina met grafieken, Excel)', '3/3'],
    ]);
    expect(t.written.join('').endsWith(`${ESC}[2K`)).toBe(true);
    expect(r.stdout).not.toContain('[');
    const plain = await runCli(report(CASES, join(dir, 'report-plain')));
    expect(plain.code, plain.stderr).toBe(0);
    for (const name of ['report.json', 'report.html'])
      expect(readFileSync(join(dir, 'report-bar', name), 'utf8')).toBe(
        readFileSync(join(dir, 'report-plain', name), 'utf8'),
      );
  }, 120_000);

  it('in English with --lang en', async () => {
    const t = fakeTerminal();
    const r = await runCli([...report(CASES, join(dir, 'report-en')), '--lang', 'en'], t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(barCounts(t.written).map(([phase]) => phase)).toEqual([
      'reading case files',
      'making the report (figures, page with charts, Excel)',
    ]);
  }, 120_000);

  it('puts the note that a preset is not bundled (no capacities) on a line of its own, between the phases', async () => {
    const own = join(dir, 'own-preset.json');
    writeFileSync(
      own,
      readFileSync(CASES, 'utf8').replace('"preset": "type-medium"', '"preset": "eigen-preset"'),
    );
    const t = fakeTerminal();
    const r = await runCli(report(own, join(dir, 'report-own')), t.io);
    expect(r.code, r.stderr).toBe(0);
    const text = t.written.join('');
    const note = text.indexOf('signaalreis: let op');
    expect(note).toBeGreaterThan(0);
    expect(text.slice(0, note).endsWith(`${ESC}[2K`)).toBe(true);
    expect(barCounts(t.written).map(([phase]) => phase)).toEqual([
      'zaakbestanden lezen',
      'rapport maken (cijfers, pagina met grafieken, Excel)',
    ]);
  }, 120_000);

  it('puts the note of a file skipped on a line of its own, after the bar, and then refuses', async () => {
    const t = fakeTerminal();
    // a month outside the trend of the report's month: read, skipped, then nothing to report
    const r = await runCli(
      [...report(CASES, join(dir, 'report-refused')).slice(0, 2), '--month', '2027-06', '--at', '2027-07-01'],
      t.io,
    );
    expect(r.code).toBe(2);
    const text = t.written.join('');
    expect(text).toContain('zaakbestanden lezen');
    // the note that the file is skipped comes after the bar was cleared, not on its line
    const note = text.indexOf('signaalreis: let op');
    expect(note).toBeGreaterThan(0);
    expect(text.slice(0, note).endsWith(`${ESC}[2K`)).toBe(true);
  }, 120_000);
});

describe('signaalreis feedback of a large month (issue 14)', () => {
  const feedback = (out: string, ...more: string[]) => [
    'feedback',
    CASES,
    '--at',
    '2026-11-30',
    '--out',
    out,
    ...more,
  ];

  it('shows the file read, the records, the timers, the files made and written, each to its end; the same files as without', async () => {
    const t = fakeTerminal();
    const r = await runCli(feedback(join(dir, 'feedback-bar')), t.io);
    expect(r.code, r.stderr).toBe(0);
    const cases = JSON.parse(readFileSync(CASES, 'utf8')).cases.length;
    const bars = barCounts(t.written);
    expect(bars.slice(0, 4)).toEqual([
      ['zaakbestanden lezen', '1/1'],
      ['dossiers lezen of maken (zaken)', `${cases}/${cases}`],
      ['termijnen en terugmeldingen (dossiers)', `${cases}/${cases}`],
      ['terugmeldbestanden en zaakbestand maken', '1/1'],
    ]);
    expect(bars.slice(4).map(([phase]) => phase)).toEqual(['bestanden schrijven', 'bestanden op schijf']);
    for (const [, count] of bars.slice(4)) expect(count).toMatch(/^(\d+)\/\1$/);
    expect(t.written.join('').endsWith(`${ESC}[2K`)).toBe(true);
    expect(r.stdout).not.toContain('[');
    const plain = await runCli(feedback(join(dir, 'feedback-plain')));
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout.replaceAll('feedback-plain', 'feedback-bar')).toBe(r.stdout);
    for (const name of ['cases.json', 'actions-due.csv', 'history.json'])
      expect(
        readFileSync(join(dir, 'feedback-bar', name)).equals(readFileSync(join(dir, 'feedback-plain', name))),
      ).toBe(true);
  }, 120_000);

  it("puts the output folder's note (files not its own in it) on a line of its own, after the bar", async () => {
    const out = join(dir, 'feedback-shared');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notities.txt'), 'van iemand anders\n');
    const t = fakeTerminal();
    const r = await runCli(feedback(out), t.io);
    expect(r.code, r.stderr).toBe(0);
    const text = t.written.join('');
    const note = text.indexOf('signaalreis: let op');
    expect(note).toBeGreaterThan(text.indexOf('termijnen en terugmeldingen'));
    expect(text.slice(0, note).endsWith(`${ESC}[2K`)).toBe(true);
  }, 120_000);

  it('in English with --lang en; nothing for a small month', async () => {
    const t = fakeTerminal();
    const r = await runCli(feedback(join(dir, 'feedback-en'), '--lang', 'en'), t.io);
    expect(r.code, r.stderr).toBe(0);
    expect(barCounts(t.written).map(([phase]) => phase)).toEqual([
      'reading case files',
      'reading or making records (cases)',
      'timers and feedback (records)',
      'making the feedback files and case file',
      'writing files',
      'files to disk',
    ]);
    const small = fixtureDir({});
    await runExampleMonth('2026-10', join(small, 'run'));
    const quiet = fakeTerminal();
    const args = [
      'feedback',
      join(small, 'run', 'cases.json'),
      '--at',
      '2026-11-30',
      '--out',
      join(small, 'fb'),
    ];
    const made = await runCli(args, quiet.io);
    expect(made.code, made.stderr).toBe(0);
    expect(quiet.written.join('')).not.toContain(' [');
  }, 120_000);
});
