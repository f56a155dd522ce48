import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseFile } from '@signaalreis/adapters';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, row, runCliEn } from './cli-test-kit';

const oct = [
  row({ signal_id: 'A', partner_id: 'WO-LND', partner_name: 'De Linde', sector: 'rent', bsn: '' }),
  row({ signal_id: 'B', partner_id: 'EN-WKR', partner_name: 'Windkracht', sector: 'energy', bsn: '' }),
  row({ signal_id: 'C', house_number: '14', amount: '20.00' }),
];
const sep = [
  row({
    signal_id: 'H',
    partner_id: 'WA-OST',
    partner_name: 'Oostland',
    sector: 'water',
    bsn: '',
    house_number: '14',
    signal_date: '2026-09-25',
    arrear_since: '2026-08-01',
  }),
];

describe('signaalreis match', () => {
  it('matches the example month: every accepted signal in one case, counts per decision add up', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'cases.json');
    const r = await runCliEn([
      'match',
      'examples/data/signals-2026-10.csv',
      '--month',
      '2026-10',
      '--preset',
      'national-baseline',
      '--history',
      'examples/data/signals-2026-08.csv',
      'examples/data/signals-2026-09.csv',
      '--out',
      out,
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.rows).toBe(250);
    expect(summary.counts.signals).toBe(242);
    const buckets = Object.values(summary.counts.byOutcome as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(buckets).toBe(summary.counts.cases);
    const file = readCaseFile(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.ok).toBe(true);
    if (file.ok) {
      expect(file.value.cases.reduce((n, c) => n + c.signalIds.length, 0)).toBe(242);
      expect(file.value.cases.filter((c) => c.isMatch).length).toBe(summary.counts.matching.matches);
    }
  });

  it('reads a case file back as history next month: last month’s partner makes a match', async () => {
    const onlyMatches = {
      id: 'only-matches',
      extends: 'national-baseline',
      label: { nl: 'Alleen samenloop', en: 'Only matches' },
      description: 'test preset',
      sources: ['pilot-ouder-amstel-uithoorn-2019'],
      matching: { forward: 'matches-only', forwardSource: 'pilot-ouder-amstel-uithoorn-2019' },
    };
    const dir = fixtureDir({
      'oct.csv': csvText(oct),
      'sep.csv': csvText(sep),
      'only-matches.json': JSON.stringify(onlyMatches),
    });
    const sepCases = join(dir, 'sep.json');
    const first = await runCliEn(
      ['match', 'sep.csv', '--month', '2026-09', '--preset', 'national-baseline', '--out', sepCases],
      { cwd: dir },
    );
    expect(first.code).toBe(0);
    const out = join(dir, 'oct.csv.out.csv');
    const r = await runCliEn(
      [
        'match',
        'oct.csv',
        '--month',
        '2026-10',
        '--preset',
        'only-matches.json',
        '--history',
        'sep.json',
        '--out',
        out,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^case_id,rank,household_key,signal_status,intake_outcome,match/);
    const byKey = Object.fromEntries(csv.slice(1).map((l) => [l.split(',')[2], l.split(',')[5]]));
    expect(byKey).toEqual({ '7412AB 12A': 'yes', '7412AB 14': 'yes' });
  });

  it('bad input: unknown preset, malformed month, missing file, a history file that is not a case file', async () => {
    const dir = fixtureDir({
      'oct.csv': csvText(oct),
      'bad.json': '{"month":"2026-09"}',
      'broken.json': '{',
      'old.json': JSON.stringify({ format: 'signaalreis-cases/1', month: '2026-09', cases: [] }),
    });
    const base = ['match', 'oct.csv', '--month', '2026-10', '--preset'];
    const cases: [string[], RegExp][] = [
      [[...base, 'nope'], /Unknown preset "nope"/],
      [['match', 'oct.csv', '--month', '2026-13', '--preset', 'national-baseline'], /YYYY-MM/],
      [['match', 'missing.csv', '--month', '2026-10', '--preset', 'national-baseline'], /file not found/],
      [[...base, 'national-baseline', '--history', 'bad.json'], /not a signaalreis case file/],
      [[...base, 'national-baseline', '--history', 'broken.json'], /Not JSON/],
      [
        [...base, 'national-baseline', '--history', 'old.json'],
        /old\.json: format: This case file has the old format signaalreis-cases\/1; run "signaalreis match" or "signaalreis run" for that month again/,
      ],
      [['match', 'oct.csv', '--preset', 'national-baseline'], /--month/],
    ];
    for (const [args, message] of cases) {
      const r = await runCliEn(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('a month outside the working-day calendar is a user error naming the years (was exit 70)', async () => {
    const dir = fixtureDir({ 'oct.csv': csvText(oct) });
    for (const command of ['match', 'run']) {
      const r = await runCliEn([command, 'oct.csv', '--month', '2200-10', '--preset', 'national-baseline'], {
        cwd: dir,
      });
      expect(r.code, command).toBe(2);
      expect(r.stderr).toMatch(
        /signaalreis: preset national-baseline cannot (run|route) this month: month: The delivery day of 2200-10 cannot be computed: the calendar covers the years 1990–2099/,
      );
      expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
    }
  });

  it('warns on stderr about a register or debt-assistance file the preset does not use (lookup_unused)', async () => {
    const lookups = ['--register', 'examples/data/brp-2026-10.csv'];
    const month = ['examples/data/signals-2026-10.csv', '--month', '2026-10', ...lookups];
    const off = await runCliEn(['match', ...month, '--preset', 'national-baseline', '--format', 'json']);
    expect(off.code).toBe(0);
    expect(off.stderr).toBe(
      'signaalreis: warning: A population register was given, but the intake configuration switches the register check off: the register is not used\n',
    );
    expect(JSON.parse(off.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['lookup_unused']);
    // practice-4 checks debt assistance too: without its list the run warns that it is missing (issue 13)
    const shv = ['--debt-assistance', 'examples/data/shv-2026-10.csv'];
    const on = await runCliEn(['match', ...month, ...shv, '--preset', 'practice-4', '--format', 'json']);
    expect(on.code).toBe(0);
    expect(on.stderr).toBe('');
    expect(JSON.parse(on.stdout).issues).toEqual([]);
  });

  it('warns when no signal of the file is dated in the month', async () => {
    const dir = fixtureDir({ 'oct.csv': csvText(oct) });
    const r = await runCliEn(['match', 'oct.csv', '--month', '2026-11', '--preset', 'national-baseline'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no signal of oct.csv is dated in 2026-11/);
    expect(r.stdout).toMatch(/Set aside\s+3\s+signal not in this month$/m);
  });
});
