import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { monthOf, monthsBetween } from '../calendar/months';
import type { IsoDate } from '../model/iso-date';
import { retentionCutoffs } from './retention';

const date = fc
  .date({ min: new Date('1991-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
const retention = fc
  .record({
    a: fc.integer({ min: 0, max: 60 }),
    b: fc.integer({ min: 0, max: 60 }),
    c: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ a, b, c }) => ({
    matchingMonths: Math.min(a, b),
    matchingMonthsIfPickedUp: Math.max(a, b),
    casesMonthsAfterClosure: c,
    source: 'test',
  }));

describe('retentionCutoffs', () => {
  test.prop([retention, date])('keeps exactly N whole months after the delivery month', (r, on) => {
    const c = retentionCutoffs(r, on);
    expect(monthsBetween(c.keepSignalsFrom, monthOf(on))).toBe(r.matchingMonths);
    expect(c.keepPickedUpFrom <= c.keepSignalsFrom).toBe(true);
  });

  test.prop([retention, date, date])('a later purge never keeps what an earlier one removed', (r, a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const x = retentionCutoffs(r, early);
    const y = retentionCutoffs(r, late);
    expect(x.keepSignalsFrom <= y.keepSignalsFrom).toBe(true);
    expect(x.keepPickedUpFrom <= y.keepPickedUpFrom).toBe(true);
    expect(x.removeCasesClosedOnOrBefore <= y.removeCasesClosedOnOrBefore).toBe(true);
  });

  test.prop([retention, date])(
    'a case is kept N months after closure: the cut-off lies N months back',
    (r, on) => {
      const c = retentionCutoffs(r, on);
      expect(monthsBetween(monthOf(c.removeCasesClosedOnOrBefore), monthOf(on))).toBe(
        r.casesMonthsAfterClosure,
      );
      expect(c.removeCasesClosedOnOrBefore <= on).toBe(true);
    },
  );
});
