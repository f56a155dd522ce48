// The partner ledger CSV read into core's ledger rows (issue 10): one result shape, rows checked by
// core's LedgerRowSchema, issues with paths from the row and the line in the file.
import { readLedgerCsv } from '@signaalreis/adapters';
import { asIsoDate, evaluateLedger } from '@signaalreis/core';
import { criteriaPreset } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { fatalOf, okValue } from '../csv/fixtures.test-support';

const HEADER =
  'customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,newest_due_date,reminders_sent';
const line = (id: string, over: { amount?: string; terms?: string } = {}) =>
  `${id},EN-A,energie,"${over.amount ?? '120,50'}",${over.terms ?? '2'},2026-08-01,2026-09-01,2`;

describe('readLedgerCsv', () => {
  it('reads rows into ledger rows with checked (branded) values, and evaluateLedger takes them', () => {
    const l = okValue(readLedgerCsv(`${HEADER}\n${line('K1')}\n${line('K2', { amount: '€ 1.527,96' })}\n`));
    expect(l.issues).toEqual([]);
    expect(l.rows.map((r) => r.value)).toEqual([
      expect.objectContaining({
        customerId: 'K1',
        partnerId: 'EN-A',
        sector: 'energy',
        amountOpenCents: 12050,
      }),
      expect.objectContaining({ customerId: 'K2', amountOpenCents: 152796, oldestDueDate: '2026-08-01' }),
    ]);
    expect(l.rows[0]?.value).toMatchObject({
      currentCustomer: true,
      legalForm: 'individual',
      paymentArrangement: 'none',
    });
    const table = okValue(criteriaPreset('criteria-energy-a'));
    const e = evaluateLedger(
      table,
      l.rows.map((r) => r.value),
      asIsoDate('2026-10-20'),
    );
    expect(e.ok && e.value.counts.rows).toBe(2);
    expect(e.ok && e.value.counts.invalid).toBe(0);
  });

  it('a value the ledger row schema refuses is an issue of its row, at the field, with the line', () => {
    const l = okValue(readLedgerCsv(`${HEADER}\n${line('K1')}\n${line('K2', { terms: '20000' })}\n`));
    const bad = l.rows[1];
    expect(bad?.value).toBeUndefined();
    expect(bad?.issues).toEqual([
      expect.objectContaining({ code: 'too_big', path: ['unpaidTerms'], line: 3 }),
    ]);
    expect(bad?.issues[0]?.message.nl).not.toBe(bad?.issues[0]?.message.en);
  });

  it('a value that cannot be read is an issue at its field, in Dutch and English', () => {
    const l = okValue(readLedgerCsv(`${HEADER}\n${line('K1', { amount: 'veel' })}\n`));
    expect(l.rows[0]?.issues).toEqual([
      expect.objectContaining({ code: 'invalid_amount', path: ['amountOpenCents'], line: 2 }),
    ]);
    expect(l.rows[0]?.issues[0]?.message).toMatchObject({
      nl: expect.stringMatching(/geen bedrag/),
      en: expect.stringMatching(/not an amount/),
    });
  });

  it('fails on a missing required column or an empty file; an unknown column is a remark', () => {
    const missing = readLedgerCsv(
      `${HEADER.replace(',reminders_sent', '')}\nK1,EN-A,energie,1,1,2026-08-01,2026-09-01\n`,
    );
    expect(fatalOf(missing).map((i) => [i.code, i.path])).toEqual([
      ['missing_column', ['header', 'reminders_sent']],
    ]);
    expect(fatalOf(readLedgerCsv('')).map((i) => i.code)).toEqual(['empty_file']);
    const extra = okValue(readLedgerCsv(`${HEADER},notes\n${line('K1')},x\n`));
    expect(extra.issues.map((i) => [i.code, i.path])).toEqual([['unknown_column', ['header', 'notes']]]);
    expect(extra.rows[0]?.value).toBeDefined();
  });
});
