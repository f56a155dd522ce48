import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, HEADER, row, runCliEn } from './cli-test-kit';
import type { ValidationReport } from './validation-report';

const NO_STACK = /\n\s+at /;

const good = [
  row(),
  row({
    signal_id: 'EN-WKR-202610-0001',
    partner_id: 'EN-WKR',
    partner_name: 'Windkracht Energie',
    sector: 'energy',
    amount: '1527.96',
    bsn: '',
    postcode: '7412AB',
    house_number: '12-a',
  }),
  row({
    signal_id: 'WO-LND-202610-0001',
    partner_id: 'WO-LND',
    partner_name: 'Woonstichting De Linde',
    sector: 'rent',
    kind: 'eviction',
    signal_date: '2026-10-14',
    arrear_since: '2026-06-01',
    amount: '2450.00',
    bsn: '',
    postcode: '7420 XY',
    house_number: '3',
    neighbourhood: 'Noord, Vogelbuurt',
  }),
  row({
    signal_id: 'EN-PLS-202610-0001',
    partner_id: 'EN-PLS',
    partner_name: 'Polderstroom',
    sector: 'energy',
    legal_form: 'bv',
    initials: '',
    prefix: '',
    surname: 'Bakkerij De Korenschoof B.V.',
    birth_date: '',
    bsn: '',
    postcode: '7431 KN',
    house_number: '34',
  }),
];
const bad = [
  row({ signal_id: 'ZV-ZLD-202610-0002', bsn: '111222334', postcode: '7413 CD', house_number: '8' }),
  row({ signal_id: 'ZV-ZLD-202610-0003', amount: '0.00', postcode: '7414 EF', house_number: '9' }),
];

const dir = fixtureDir({
  'good.csv': csvText(good),
  'mixed.csv': csvText([...good, ...bad]),
  'no-amount.csv': csvText(
    good,
    HEADER.filter((h) => h !== 'amount'),
  ),
  'extra-column.csv': csvText(
    good.map((r) => ({ ...r, remark: 'x' })),
    [...HEADER, 'remark'],
  ),
  'book.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
});
const file = (name: string) => join(dir, name);
const json = (stdout: string) => JSON.parse(stdout) as ValidationReport;

describe('signaalreis validate --format json', () => {
  it('prints one JSON object whose counts add up', async () => {
    const { code, stdout, stderr } = await runCliEn(['validate', file('mixed.csv'), '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = json(stdout);
    expect(r.rows).toBe(6);
    expect(r.accepted).toBe(4);
    expect(r.rejected).toHaveLength(2);
    expect(r.rows).toBe(r.accepted + r.rejected.length);
    expect(r.rejected.map((x) => x.row)).toEqual([5, 6]);
    expect(Object.values(r.rejectedByCode).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    expect(r.bySector).toMatchObject({ health: 1, energy: 2, rent: 1 });
    expect(r.byKind).toMatchObject({ early: 3, eviction: 1 });
    expect(r.households).toBe(3);
    expect(r.multiPartnerHouseholds).toBe(1);
    expect(r.totalAmountCents).toBe(31_240 + 152_796 + 245_000 + 31_240);
    expect(r.flags.some((f) => f.row === 4)).toBe(true);
    expect(r.encoding).toBe('utf-8');
    expect(r.delimiter).toBe(',');
  });

  it('reports unknown columns as warnings, not errors', async () => {
    const r = json((await runCliEn(['validate', file('extra-column.csv'), '--format', 'json'])).stdout);
    expect(r.warnings.map((w) => w.code)).toContain('unknown_column');
    expect(r.accepted).toBe(4);
  });
});

describe('signaalreis validate (text)', () => {
  it('mentions every section', async () => {
    const { code, stdout } = await runCliEn(['validate', file('mixed.csv')]);
    expect(code).toBe(0);
    for (const section of [
      'Rows',
      'Rejected rows per reason',
      'Flags on accepted rows',
      'Warnings',
      'Signals per sector',
      'Signals per kind',
      'Signals per partner',
      'Households',
      'Total amount',
    ])
      expect(stdout).toContain(section);
    expect(stdout).toMatch(/read\s+6/);
    expect(stdout).toMatch(/rejected\s+2/);
    expect(stdout).toContain('Windkracht Energie');
    expect(stdout).toContain('€ 4.602,76');
  });
});

describe('exit codes', () => {
  it('--strict exits 1 when a row is rejected, and still prints the report', async () => {
    const { code, stdout, stderr } = await runCliEn(['validate', file('mixed.csv'), '--strict']);
    expect(code).toBe(1);
    expect(stdout).toContain('Rows');
    expect(stderr).toBe('signaalreis: 2 of 6 rows rejected (--strict)\n');
  });

  it('--strict exits 0 when every row is accepted', async () => {
    expect((await runCliEn(['validate', file('good.csv'), '--strict'])).code).toBe(0);
  });

  it('a missing file exits 2 with one line and no stack trace', async () => {
    const { code, stdout, stderr } = await runCliEn(['validate', file('nope.csv')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^signaalreis: file not found: .*nope\.csv\n$/);
    expect(stderr).not.toMatch(NO_STACK);
  });

  it('a missing required column exits 2 and names the column', async () => {
    const { code, stderr } = await runCliEn(['validate', file('no-amount.csv')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^signaalreis: .*amount/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(NO_STACK);
  });

  it('a damaged workbook or a directory: exit 2 with one line', async () => {
    const xlsx = await runCliEn(['validate', file('book.xlsx')]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toMatch(/^signaalreis: .*workbook is damaged/);
    expect(xlsx.stderr.trim().split('\n')).toHaveLength(1);
    const folder = await runCliEn(['validate', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/directory/);
  });

  it('an unknown option exits 2 with one line', async () => {
    const { code, stderr } = await runCliEn(['validate', file('good.csv'), '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^signaalreis: unknown option '--frobnicate'/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an invalid --today, --format or --encoding exits 2', async () => {
    for (const args of [
      ['--today', '2026-13-01'],
      ['--today', '26-10-2026'],
      ['--format', 'xml'],
      ['--encoding', 'latin-9'],
    ]) {
      const { code, stderr } = await runCliEn(['validate', file('good.csv'), ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^signaalreis: /);
      expect(stderr).not.toMatch(NO_STACK);
    }
  });

  it('a missing file argument or command exits 2; --help exits 0', async () => {
    expect((await runCliEn(['validate'])).code).toBe(2);
    expect((await runCliEn(['frobnicate'])).code).toBe(2);
    const help = await runCliEn(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--strict');
  });

  it('an unexpected exception exits 70 and asks to report it', async () => {
    let stderr = '';
    const { main } = await import('./program');
    const code = await main(['node', 'signaalreis', 'validate', file('good.csv')], {
      stdout: {
        write: () => {
          throw new Error('disk on fire');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      lang: 'en',
    });
    expect(code).toBe(70);
    expect(stderr).toContain('disk on fire');
    expect(stderr).toContain('please report');
    expect(stderr).not.toMatch(NO_STACK);
  });
});

describe('--today', () => {
  it('moves "the future": signals after it are rejected', async () => {
    const before = json(
      (await runCliEn(['validate', file('good.csv'), '--format', 'json', '--today', '2026-10-20'])).stdout,
    );
    const after = json(
      (await runCliEn(['validate', file('good.csv'), '--format', 'json', '--today', '2026-11-02'])).stdout,
    );
    expect(after.rejected).toHaveLength(0);
    expect(before.rejected.length).toBeGreaterThan(0);
  });
});
