import { asIsoDate, asIsoMonth, type IsoDate, type IsoMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { addMonths, isSameOrConsecutiveMonth, monthOf, monthsBetween } from './index';

describe('months', () => {
  it('monthOf takes the month of a date', () => {
    expect(monthOf(asIsoDate('2026-10-26'))).toBe('2026-10');
    expect(() => monthOf('2026-02-30' as IsoDate)).toThrow(RangeError);
  });

  it('addMonths crosses year boundaries both ways', () => {
    expect(addMonths(asIsoMonth('2026-11'), 2)).toBe('2027-01');
    expect(addMonths(asIsoMonth('2026-01'), -1)).toBe('2025-12');
    expect(addMonths(asIsoMonth('2026-10'), -22)).toBe('2024-12');
    expect(addMonths(asIsoMonth('2026-10'), 0)).toBe('2026-10');
  });

  it('monthsBetween is b − a', () => {
    expect(monthsBetween(asIsoMonth('2025-12'), asIsoMonth('2026-01'))).toBe(1);
    expect(monthsBetween(asIsoMonth('2026-10'), asIsoMonth('2026-07'))).toBe(-3);
    expect(monthsBetween(asIsoMonth('2020-01'), asIsoMonth('2026-10'))).toBe(81);
  });

  it('rejects malformed months and non-integer counts with a RangeError', () => {
    expect(() => addMonths('2026-13' as IsoMonth, 1)).toThrow(/Invalid month "2026-13".*YYYY-MM/);
    expect(() => addMonths('2026-1' as IsoMonth, 1)).toThrow(RangeError);
    expect(() => addMonths(asIsoMonth('2026-10'), 1.5)).toThrow(RangeError);
    expect(() => monthsBetween(asIsoMonth('2026-10'), '2026-00' as IsoMonth)).toThrow(/Invalid month b/);
    expect(() => addMonths(asIsoMonth('9999-12'), 1)).toThrow(/out of range/);
  });
});

describe('isSameOrConsecutiveMonth', () => {
  it('accepts the same month and the months just before and after', () => {
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-10-01'), asIsoDate('2026-10-31'))).toBe(true);
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-10-31'), asIsoDate('2026-11-01'))).toBe(true);
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-11-30'), asIsoDate('2026-10-01'))).toBe(true);
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-12-31'), asIsoDate('2027-01-01'))).toBe(true);
  });

  it('rejects a gap of a month or more, and the same month in another year', () => {
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-08-31'), asIsoDate('2026-10-01'))).toBe(false);
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-10-15'), asIsoDate('2025-10-15'))).toBe(false);
    expect(isSameOrConsecutiveMonth(asIsoDate('2026-12-01'), asIsoDate('2026-01-31'))).toBe(false);
  });

  it('throws for malformed dates', () => {
    expect(() => isSameOrConsecutiveMonth(asIsoDate('2026-10-01'), '2026-10' as IsoDate)).toThrow(
      /Invalid date b/,
    );
  });
});
