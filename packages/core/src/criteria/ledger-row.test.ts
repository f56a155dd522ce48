import { asCents, asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { ledgerRow } from './fixtures.test-support';
import { validateLedgerRow } from './ledger-row';

const codes = (r: ReturnType<typeof validateLedgerRow>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('validateLedgerRow', () => {
  it('accepts a consistent row', () => {
    expect(validateLedgerRow(ledgerRow(), asIsoDate('2026-10-20'))).toEqual({ ok: true, value: ledgerRow() });
  });

  it('rejects unknown keys, wrong types, fractional and negative cents', () => {
    expect(codes(validateLedgerRow({ ...ledgerRow(), amountOpen: 5 }))).toEqual(['unknown_key@amountOpen']);
    expect(codes(validateLedgerRow({ ...ledgerRow(), amountOpenCents: '123.50' }))).toEqual([
      'invalid_type@amountOpenCents',
    ]);
    expect(validateLedgerRow({ ...ledgerRow(), amountOpenCents: 12.5 }).ok).toBe(false);
    expect(validateLedgerRow({ ...ledgerRow(), amountOpenCents: -1 }).ok).toBe(false);
    expect(codes(validateLedgerRow({ ...ledgerRow(), sector: 'gas' }))).toEqual(['invalid_value@sector']);
    expect(codes(validateLedgerRow({ ...ledgerRow(), paymentArrangement: 'kept' }))).toEqual([
      'invalid_value@paymentArrangement',
    ]);
    expect(codes(validateLedgerRow({ ...ledgerRow(), oldestDueDate: '2026-02-30' }))).toEqual([
      'custom@oldestDueDate',
    ]);
    expect(codes(validateLedgerRow({ ...ledgerRow(), currentCustomer: 'yes' }))).toEqual([
      'invalid_type@currentCustomer',
    ]);
    expect(validateLedgerRow(null).ok).toBe(false);
    expect(validateLedgerRow([]).ok).toBe(false);
  });

  it('reports missing required fields by path', () => {
    const { legalForm: _omit, ...rest } = ledgerRow();
    expect(codes(validateLedgerRow(rest))).toEqual(['invalid_value@legalForm']);
  });

  it('reports contradictory fields with codes and paths', () => {
    const cases: [Parameters<typeof ledgerRow>[0], string[]][] = [
      [{ newestDueDate: asIsoDate('2026-08-01') }, ['newest_before_oldest@newestDueDate']],
      [{ unpaidTerms: 0 }, ['amount_without_terms@unpaidTerms']],
      [{ amountOpenCents: asCents(0) }, ['terms_without_amount@amountOpenCents']],
      [{ unpaidTerms: 1 }, ['one_term_two_dates@newestDueDate']],
      [{ premiumCents: asCents(100) }, ['health_field_outside_health@premiumCents']],
      [{ sector: 'health', ownRiskCents: asCents(100) }, ['premium_required@premiumCents']],
      [
        { sector: 'health', premiumCents: asCents(10000), ownRiskCents: asCents(3000) },
        ['parts_exceed_amount@premiumCents'],
      ],
      [
        { paymentArrangement: 'running-kept', atBailiff: true },
        ['arrangement_kept_at_bailiff@paymentArrangement'],
      ],
      [{ contractEndDate: asIsoDate('2026-10-19') }, ['contract_ended_current_customer@contractEndDate']],
      [
        { contractEndDate: asIsoDate('2026-11-19'), currentCustomer: false },
        ['former_customer_future_end@currentCustomer'],
      ],
      [{ newestDueDate: asIsoDate('2026-10-28') }, ['due_date_in_future@newestDueDate']],
      [{ oldestDueDate: asIsoDate('1850-01-01') }, ['date_out_of_range@oldestDueDate']],
    ];
    for (const [over, expected] of cases)
      expect(codes(validateLedgerRow(ledgerRow(over), asIsoDate('2026-10-20')))).toEqual(expected);
  });

  it('accepts the boundaries of the contradictions', () => {
    const ok = (over: Parameters<typeof ledgerRow>[0]) =>
      validateLedgerRow(ledgerRow(over), asIsoDate('2026-10-20')).ok;
    expect(ok({ sector: 'health', premiumCents: asCents(10000), ownRiskCents: asCents(2350) })).toBe(true); // parts = amount
    expect(ok({ contractEndDate: asIsoDate('2026-10-20') })).toBe(true); // ends today: still a customer today
    expect(ok({ contractEndDate: asIsoDate('2026-10-20'), currentCustomer: false })).toBe(true);
    expect(ok({ newestDueDate: asIsoDate('2026-10-20') })).toBe(true); // due today
    expect(ok({ unpaidTerms: 1, newestDueDate: asIsoDate('2026-08-28') })).toBe(true);
    expect(ok({ unpaidTerms: 0, amountOpenCents: asCents(0) })).toBe(true); // nothing open
  });

  it('skips the date-relative checks without an evaluation date', () => {
    expect(validateLedgerRow(ledgerRow({ contractEndDate: asIsoDate('2020-01-01') })).ok).toBe(true);
  });
});
