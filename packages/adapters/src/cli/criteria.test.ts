import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLedgerCsv } from '@signaalreis/adapters';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCli, runCliEn } from './cli-test-kit';
import { ledgerCodeText } from './criteria-decisions';
import { LEDGER_CODE_TEXTS } from './messages/feedback';

const LEDGER = 'examples/data/ledger-energy-2026-10.csv';
const HEADER =
  'customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,newest_due_date,reminders_sent';

/** The ledger read, or a failed test. */
const ledgerOf = (text: string) => {
  const r = readLedgerCsv(text);
  if (!r.ok) throw new Error(`ledger not read: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.value;
};

describe('readLedgerCsv', () => {
  it('reads Dutch values: energie, "1.527,96", DD-MM-YYYY, ja/nee; defaults for empty optional columns', () => {
    const l = ledgerOf(
      `${HEADER},objects_to_sharing\nK1,EN-A,energie,"1.527,96",3,01-08-2026,01-10-2026,2,nee\n`,
    );
    expect(l.issues).toEqual([]);
    expect(l.rows[0]?.value).toMatchObject({
      customerId: 'K1',
      sector: 'energy',
      amountOpenCents: 152_796,
      oldestDueDate: '2026-08-01',
      objectsToSharing: false,
      currentCustomer: true,
      legalForm: 'individual',
      paymentArrangement: 'none',
    });
  });

  it('bad values: every row comes back, with issues naming the field; a missing column is a file problem', () => {
    const l = ledgerOf(`${HEADER},at_bailiff\nK1,EN-A,telecom,12,x,2026-02-30,2026-09-01,2,misschien\n`);
    expect(l.rows).toHaveLength(1);
    expect(l.rows[0]?.value).toBeUndefined();
    expect(l.rows[0]?.issues.map((i) => i.path[0])).toEqual([
      'sector',
      'unpaidTerms',
      'oldestDueDate',
      'atBailiff',
    ]);
    const missing = readLedgerCsv('customer_id\nK1\n');
    expect(missing.ok).toBe(false);
    expect(missing.ok ? [] : missing.issues.map((p) => p.code)).toContain('missing_column');
  });
});

describe('signaalreis criteria', () => {
  it('decides every ledger row of the example: counts add up, decisions written with reasons and sources', async () => {
    const out = join(fixtureDir({}), 'decisions.csv');
    const r = await runCliEn([
      'criteria',
      LEDGER,
      '--preset',
      'criteria-energy-a',
      '--date',
      '2026-10-20',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.delivered + s.notDelivered + s.invalid).toBe(s.rows);
    expect(s.rows).toBe(82);
    expect(s.invalidByCode).toMatchObject({ invalid_amount: 1, newest_before_oldest: 1 });
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(82);
    // a row that could not be read names the ledger's column and the line, as the partner wrote them
    // (it named the field: `amountOpenCents: "12,3456" is not an amount`; found by trying it)
    expect(rows.find((x) => x.customer_id === 'KL-0081')?.explanation).toMatch(
      /^line 82, column amount_open: "12,3456" is not an amount in euros/,
    );
    for (const d of rows.filter((x) => x.deliver === 'yes')) {
      expect(d.delivery_date).toBe('2026-10-26'); // the 25th is a Sunday
      expect(d.explanation).toMatch(
        /source: Divosa\/NVVK\/VNG, De signaalreis \(2023\), annex, energy supplier A: /,
      );
    }
  });

  it('the text summary names the rows no rule applied to in words, Dutch by default', async () => {
    const args = ['criteria', LEDGER, '--preset', 'criteria-energy-a', '--date', '2026-10-20'];
    const nl = await runCli(args);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^ {2}Geen signaal: geen regel van toepassing +\d+$/m);
    expect(nl.stdout).not.toContain('no rule applies');
    // seen: `signaal early`, `geen signaal: arrangement-kept`, `ongeldig: due_date_in_future` in Dutch
    expect(nl.stdout).toMatch(/^ {2}Signaal: vroegsignaal +37$/m);
    expect(nl.stdout).toMatch(/^ {2}Geen signaal: bekende schuldregeling \(debt-arrangement\) +\d+$/m);
    expect(nl.stdout).toMatch(
      /^ {2}Ongeldig: nieuwste vervaldatum vóór de oudste \(newest_before_oldest\) +1$/m,
    );
    expect(nl.stdout).toMatch(/^ {2}Ongeldig: geen geldig bedrag \(invalid_amount\) +1$/m);
    expect(nl.stdout).not.toMatch(/ early |: [a-z]+(-[a-z]+)+ +\d|: [a-z]+(_[a-z]+)+ +\d/);
    // the counts in one column after the longest label (a long rule id or code pushed them out before)
    const counted = nl.stdout.split('\n').filter((l) => /^ {2}\S.* \d+$/.test(l));
    expect(counted.length).toBeGreaterThan(5);
    expect(new Set(counted.map((l) => l.length)).size).toBe(1);
    const en = await runCliEn(args);
    expect(en.stdout).toMatch(/^ {2}No signal: no rule applies +\d+$/m);
    expect(en.stdout).toMatch(/^ {2}Signal: early signal +37$/m);
    expect(en.stdout).toMatch(/^ {2}No signal: known debt arrangement \(debt-arrangement\) +\d+$/m);
  });

  it('the 2023 regulation gives an end-of-supply signal for a contract ending in exactly 20 working days', async () => {
    // KL-0052's contract ends on 2026-11-17: 20 working days after 2026-10-20 (issue 13: on that day only)
    const r = await runCliEn([
      'criteria',
      LEDGER,
      '--preset',
      'criteria-energy-regulation-2023',
      '--date',
      '2026-10-20',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).byKind['end-of-supply']).toBeGreaterThan(0);
  });

  it('bad input: unknown preset, bad date, missing file, a file without the required columns', async () => {
    const dir = fixtureDir({ 'bad.csv': 'customer_id\nK1\n' });
    const cases: [string[], RegExp][] = [
      [['criteria', LEDGER, '--preset', 'nope', '--date', '2026-10-20'], /unknown criteria preset 'nope'/],
      [['criteria', LEDGER, '--preset', 'criteria-water', '--date', '2026-13-01'], /YYYY-MM-DD/],
      [['criteria', 'missing.csv', '--preset', 'criteria-water', '--date', '2026-10-20'], /not found/],
      [
        ['criteria', 'bad.csv', '--preset', 'criteria-water', '--date', '2026-10-20'],
        /Required column "partner_id" is missing/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await runCliEn(args, {
        cwd: args[1] === 'bad.csv' || args[1] === 'missing.csv' ? dir : undefined,
      });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('a UTF-16 ledger gets the UTF-16 hint, not a list of missing columns (issue 9)', async () => {
    const text = `\uFEFF${HEADER}\nK1,EN-A,energie,100,2,01-08-2026,01-10-2026,2\n`;
    const utf16 = Buffer.from(text, 'utf16le');
    const dir = fixtureDir({ 'ledger16.csv': utf16 });
    const r = await runCliEn(
      ['criteria', 'ledger16.csv', '--preset', 'criteria-water', '--date', '2026-10-20'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/UTF-16.*CSV UTF-8/);
    expect(r.stderr).not.toMatch(/missing/);
  });
});

describe('ledger issue codes in words', () => {
  it('has words for every contradiction docs/criteria.md lists; a code without words as it came', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs/criteria.md'), 'utf8');
    const table = doc.slice(
      doc.indexOf('| code | when |'),
      doc.indexOf('## Facts a criteria table can read'),
    );
    const documented = [...table.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1] as string);
    expect(documented.length).toBeGreaterThan(10);
    for (const code of documented) {
      expect(Object.hasOwn(LEDGER_CODE_TEXTS, code), code).toBe(true);
      expect(ledgerCodeText(code, 'nl'), code).toMatch(new RegExp(`^\\S.* \\(${code}\\)$`));
    }
    expect(ledgerCodeText('invalid_amount', 'nl')).toBe('geen geldig bedrag (invalid_amount)'); // a file's code
    expect(ledgerCodeText('a_newer_code', 'en')).toBe('a_newer_code');
    expect(ledgerCodeText('constructor', 'nl')).toBe('constructor');
  });
});
