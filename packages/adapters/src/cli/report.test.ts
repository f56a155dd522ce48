// `signaalreis report` end to end in-process: two months run into case files, the report of
// October from them (three files, Dutch by default), and every refusal one line with exit code 2.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshFolder } from '../store/test-support/backends';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const dir = fixtureDir({});
const cases = (month: string) => join(dir, month, 'cases.json');

beforeAll(async () => {
  for (const month of ['2026-09', '2026-10']) {
    const r = await runCli([
      'run',
      `examples/data/signals-${month}.csv`,
      '--month',
      month,
      '--preset',
      'type-medium',
      '--municipality',
      '0363',
      '--out',
      join(dir, month),
    ]);
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);

describe('signaalreis report from case files', () => {
  it('writes report.html, report.xlsx and report.json, and says so in Dutch', async () => {
    const out = join(dir, 'report');
    const r = await runCli([
      'report',
      cases('2026-09'),
      cases('2026-10'),
      '--month',
      '2026-10',
      '--months',
      '3',
      '--out',
      out,
      '--at',
      '2026-11-02',
    ]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['report.html', 'report.xlsx', 'report.json', 'manifest.json'])
      expect(existsSync(join(out, f)), f).toBe(true);
    const october = JSON.parse(readFileSync(cases('2026-10'), 'utf8')) as { cases: { signals: unknown[] }[] };
    const figures = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    // the figures are October's cases; the trend has three months, August without cases
    expect(figures).toMatchObject({
      format: 'signaalreis-report/1',
      month: '2026-10',
      municipality: '0363',
      preset: 'type-medium',
    });
    expect(figures.totals.cases).toBe(october.cases.length);
    expect(figures.totals.signals).toBe(october.cases.reduce((n, c) => n + c.signals.length, 0));
    expect(figures.trend.map((t: { month: string; present: boolean }) => [t.month, t.present])).toEqual([
      ['2026-08', false],
      ['2026-09', true],
      ['2026-10', true],
    ]);
    // the capacity is the preset's, which the case file names
    expect(figures.capacity.known).toBe(true);
    expect(r.stdout).toMatch(
      /^Maandrapport 2026-10: \d+ signalen, \d+ zaken, trend over 3 maand\(en\); uit 2 zaakbestand\(en\)\./,
    );
    expect(r.stdout).toContain(`Geschreven in ${out}: report.html, report.xlsx, report.json`);
    expect(r.stderr).toBe(
      'signaalreis: let op: Geen zaken van maand 2026-08: de trend laat die maand leeg\n',
    );
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html lang="nl">');
  }, 60_000);

  it('writes English with --lang en, and skips a file outside the months of the report', async () => {
    const out = join(dir, 'report-en');
    const r = await runCliEn([
      'report',
      cases('2026-09'),
      cases('2026-10'),
      '--month',
      '2026-10',
      '--months',
      '1',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `note: ${cases('2026-09')} skipped: month 2026-09 is outside the months of the report`,
    );
    expect(r.stdout).toMatch(/^Monthly report 2026-10: /);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html lang="en">');
  }, 60_000);
});

describe('signaalreis report from the store', () => {
  it('reads the months of the trend of one municipality from the store', async () => {
    const store = await freshFolder();
    const run = await runCli([
      ...['run', 'examples/data/signals-2026-10.csv', '--month', '2026-10', '--preset', 'type-medium'],
      ...['--municipality', '0363', '--store', store, '--out', join(dir, 'stored-2026-10')],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const out = join(dir, 'report-store');
    const r = await runCli([
      'report',
      '--store',
      store,
      '--municipality',
      '0363',
      '--month',
      '2026-10',
      '--months',
      '1',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const stored = JSON.parse(readFileSync(join(dir, 'stored-2026-10', 'cases.json'), 'utf8')) as {
      cases: unknown[];
    };
    const figures = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(figures).toMatchObject({ month: '2026-10', municipality: '0363', preset: 'type-medium' });
    expect(figures.totals.cases).toBe(stored.cases.length);
    expect(r.stdout).toContain('uit 1 maand(en) uit de opslag.');
  }, 120_000);
});

describe('signaalreis report: refusals, one line each, exit 2', () => {
  const refused = async (args: string[], lang: 'nl' | 'en' = 'nl') => {
    const saved = process.env.SIGNAALREIS_STORE;
    delete process.env.SIGNAALREIS_STORE;
    try {
      const r = lang === 'en' ? await runCliEn(['report', ...args]) : await runCli(['report', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    } finally {
      if (saved !== undefined) process.env.SIGNAALREIS_STORE = saved;
    }
  };

  it('without --month', async () => {
    expect(await refused([cases('2026-10')])).toBe("signaalreis: de optie '--month <month>' is verplicht\n");
  });

  it('for a month without cases', async () => {
    expect(await refused([cases('2026-10'), '--month', '2026-12'])).toBe(
      'signaalreis: Er zijn geen zaken van maand 2026-12: draai die maand eerst (signaalreis run), of kies een maand met zaken\n',
    );
  });

  it('for a case file that cannot be read, or is no case file', async () => {
    const bad = fixtureDir({ 'broken.json': '{"format": ', 'other.json': '{"hello": 1}' });
    expect(await refused([join(bad, 'broken.json'), '--month', '2026-10'])).toMatch(
      /^signaalreis: .*broken\.json:1:\d+: /,
    );
    expect(await refused([join(bad, 'missing.json'), '--month', '2026-10'])).toMatch(
      /^signaalreis: .*missing\.json/,
    );
    const other = await refused([join(bad, 'other.json'), '--month', '2026-10']);
    expect(other).toContain('other.json');
    expect(other.trim().split('\n').at(-1)).toMatch(/^signaalreis: /);
  });

  it('for the same month twice, naming the file', async () => {
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, readFileSync(cases('2026-10')));
    expect(await refused([cases('2026-10'), copy, '--month', '2026-10'])).toBe(
      `signaalreis: ${copy}: month: Maand 2026-10 komt twee keer voor (eerst als nummer 1); geef elke maand één keer\n`,
    );
  });

  it('for case files of two municipalities', async () => {
    const other = JSON.parse(readFileSync(cases('2026-09'), 'utf8'));
    const file = join(dir, 'other-town.json');
    writeFileSync(file, JSON.stringify({ ...other, municipality: '0518' }));
    expect(await refused([cases('2026-10'), file, '--month', '2026-10'], 'en')).toBe(
      'signaalreis: the case files are of municipality 0363 and 0518: a report is about one municipality; choose one with --municipality\n',
    );
  });

  it('without case files or a store; with both; from a store without --municipality; with a bad --months', async () => {
    expect(await refused(['--month', '2026-10'], 'en')).toBe(
      'signaalreis: no cases: give case files (cases.json of run or feedback) or --store with --municipality\n',
    );
    const store = join(dir, 'no-store');
    expect(await refused([cases('2026-10'), '--store', store, '--month', '2026-10'], 'en')).toBe(
      'signaalreis: give case files or --store, not both\n',
    );
    expect(await refused(['--store', store, '--month', '2026-10'], 'en')).toMatch(
      /needs --municipality <code>/,
    );
    expect(existsSync(store)).toBe(false);
    for (const months of ['0', '37', 'six'])
      expect(await refused([cases('2026-10'), '--month', '2026-10', '--months', months])).toMatch(
        /^signaalreis: .*Verwacht een heel getal van 1 tot en met 36\.\n$/,
      );
  });
});
