import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import { DEFAULT_RETENTION, RetentionSchema, retentionCutoffs } from './retention';

describe('retention', () => {
  it('keeps a month of signals for whole months after its delivery month', () => {
    // October's signals with 6 months: kept through April, gone from the first of May
    expect(retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-04-30')).keepSignalsFrom).toBe('2026-10');
    expect(retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-05-01')).keepSignalsFrom).toBe('2026-11');
    expect(retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-05-01')).keepPickedUpFrom).toBe('2026-05');
  });

  it('keeps a case until the same day N months after closure, clamped to the end of a short month', () => {
    expect(retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2028-05-23')).removeCasesClosedOnOrBefore).toBe(
      '2026-11-23',
    );
    const r = { ...DEFAULT_RETENTION, casesMonthsAfterClosure: 1 };
    expect(retentionCutoffs(r, asIsoDate('2028-03-31')).removeCasesClosedOnOrBefore).toBe('2028-02-29');
    expect(retentionCutoffs(r, asIsoDate('2027-03-31')).removeCasesClosedOnOrBefore).toBe('2027-02-28');
    expect(retentionCutoffs({ ...r, casesMonthsAfterClosure: 0 }, asIsoDate('2027-03-31'))).toMatchObject({
      removeCasesClosedOnOrBefore: '2027-03-31',
    });
  });

  it('throws for a date that is not one (a programming error)', () => {
    expect(() => retentionCutoffs(DEFAULT_RETENTION, '2027-02-30' as never)).toThrow(RangeError);
  });

  it('refuses picked-up signals kept shorter than the others, negative or fractional months, no source', () => {
    const bad = [
      { ...DEFAULT_RETENTION, matchingMonthsIfPickedUp: 3 },
      { ...DEFAULT_RETENTION, matchingMonths: -1 },
      { ...DEFAULT_RETENTION, casesMonthsAfterClosure: 1.5 },
      { ...DEFAULT_RETENTION, casesMonthsAfterClosure: 241 },
      { ...DEFAULT_RETENTION, source: '' },
      { ...DEFAULT_RETENTION, extra: 1 },
    ];
    for (const r of bad) expect(RetentionSchema.safeParse(r).success, JSON.stringify(r)).toBe(false);
    const picked = RetentionSchema.safeParse(bad[0]);
    expect(picked.success ? [] : picked.error.issues.map((i) => i.path)).toEqual([
      ['matchingMonthsIfPickedUp'],
    ]);
    expect(RetentionSchema.safeParse(DEFAULT_RETENTION).success).toBe(true);
  });
});
