// Issue 9, reading: the register, debt-assistance and ledger CSV readers follow the same rules as
// the signal CSV — a stray quote costs one line, control characters and overlong cells are
// rejected, and no message shows a BSN in full.
import {
  InMemoryDebtAssistanceRegister,
  InMemoryPopulationRegister,
  readLedgerCsv,
} from '@signaalreis/adapters';
import { describe, expect, it } from 'vitest';
import { okValue, placeOf } from '../csv/fixtures.test-support';
import { brpCsv, brpRow, shvCsv } from './fixtures.test-support';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const withLine = (text: string, index: number, edit: (line: string) => string) =>
  text
    .split('\n')
    .map((l, i) => (i === index ? edit(l) : l))
    .join('\n');

describe('population register CSV', () => {
  const five = brpCsv(Array.from({ length: 5 }, (_, i) => brpRow({ bsn: '', house_number: String(i + 1) })));

  it('a quote left open on line 3 costs that line only', () => {
    const text = withLine(five, 2, (l) => l.replace(',Jansen,', ',"Jansen,'));
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(register.size).toBe(4);
    expect(issues.map(placeOf)).toEqual([{ row: 2, line: 3, column: 'surname', code: 'unbalanced_quote' }]);
  });

  it('rejects control characters and overlong cells, naming the column, never echoing the value', () => {
    const text = brpCsv([
      brpRow({ bsn: '', surname: 'Jan\u0000sen' }),
      brpRow({ bsn: '', surname: 'L'.repeat(201) }),
      brpRow({ bsn: '', initials: '\u001b[2J' }),
      brpRow({ bsn: '' }),
    ]);
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(register.size).toBe(1);
    expect(issues.map((i) => [placeOf(i).row, placeOf(i).column, i.code])).toEqual([
      [1, 'surname', 'control_character'],
      [2, 'surname', 'too_long'],
      [3, 'initials', 'control_character'],
    ]);
    for (const i of issues)
      for (const message of [i.message.nl, i.message.en]) {
        expect(message).not.toMatch(RAW_CONTROL);
        expect(message).not.toContain('LLLL');
      }
  });

  it('a line over 10,000 characters is one rejected row', () => {
    const text = withLine(five, 1, (l) => l.replace(',Jansen,', `,${'J'.repeat(20_000)},`));
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(register.size).toBe(4);
    expect(issues.map((i) => [placeOf(i).row, i.line, i.code])).toEqual([[1, 2, 'record_too_long']]);
  });

  it('shows a bad BSN masked', () => {
    const { issues } = okValue(InMemoryPopulationRegister.fromCsv(brpCsv([brpRow({ bsn: '123456789' })])));
    expect(issues.map((i) => i.message.en)).toEqual(['BSN ****6789 fails the elfproef']);
    expect(JSON.stringify(issues)).not.toContain('123456789');
  });
});

describe('debt-assistance CSV', () => {
  it('a quote left open costs one line; BSNs are masked', () => {
    const text = withLine(
      shvCsv([
        { bsn: '111222333' },
        { bsn: '123456789' },
        { postcode: '7411AB', house_number: '12' },
        { bsn: '' },
      ]),
      1,
      (l) => `"${l}`,
    );
    const { register, issues } = okValue(InMemoryDebtAssistanceRegister.fromCsv(text));
    expect(register.size).toBe(1);
    expect(issues.map((i) => [placeOf(i).row, i.line, i.code])).toEqual([
      [1, 2, 'unbalanced_quote'],
      [2, 3, 'invalid_bsn'],
      [4, 5, 'missing_identity'],
    ]);
    expect(JSON.stringify(issues)).not.toContain('123456789');
  });
});

describe('ledger CSV', () => {
  const HEADER =
    'customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,newest_due_date,reminders_sent';
  const line = (id: string, amount = '120,50') => `${id},EN-A,energie,"${amount}",2,2026-08-01,2026-09-01,2`;

  it('every data line is one row: a stray quote, a control character and an ambiguous amount are issues of their own rows', () => {
    const text = [
      HEADER,
      line('K1'),
      line('K2').replace('EN-A', '"EN-A'),
      line('K3'),
      line('K4', '12\u00000'),
      line('K5', '0,050'),
      line('K6', '1.527'),
      line('K7'),
    ].join('\n');
    const l = okValue(readLedgerCsv(`${text}\n`));
    expect(l.issues).toEqual([]);
    expect(l.rows.map((r) => [r.row, r.line, r.customerId, r.issues.map((i) => i.code).join()])).toEqual([
      [1, 2, 'K1', ''],
      [2, 3, '', 'unbalanced_quote'],
      [3, 4, 'K3', ''],
      [4, 5, 'K4', 'control_character'],
      [5, 6, 'K5', 'invalid_amount'],
      [6, 7, 'K6', 'ambiguous_amount'],
      [7, 8, 'K7', ''],
    ]);
    expect(l.rows[3]?.issues[0]?.path).toEqual(['amountOpenCents']);
    expect(l.rows[0]?.value).toMatchObject({ amountOpenCents: 12050 });
  });
});
