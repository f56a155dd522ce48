import { describe, expect, it } from 'vitest';
import { addMonths, isSameOrConsecutiveMonth, monthOf, monthsBetween } from './index';

describe('months', () => {
  it('monthOf takes the month of a date', () => {
    expect(monthOf('2026-10-26')).toBe('2026-10');
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
  });

  it('addMonths crosses year boundaries both ways', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -22)).toBe('2024-12');
    expect(addMonths('2026-10', 0)).toBe('2026-10');
  });

  it('monthsBetween is b − a', () => {
    expect(monthsBetween('2025-12', '2026-01')).toBe(1);
    expect(monthsBetween('2026-10', '2026-07')).toBe(-3);
    expect(monthsBetween('2020-01', '2026-10')).toBe(81);
  });

  it('rejects malformed months and non-integer counts with a RangeError', () => {
    expect(() => addMonths('2026-13', 1)).toThrow(/Invalid month "2026-13".*YYYY-MM/);
    expect(() => addMonths('2026-1', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-10', 1.5)).toThrow(RangeError);
    expect(() => monthsBetween('2026-10', '2026-00')).toThrow(/Invalid month b/);
    expect(() => addMonths('9999-12', 1)).toThrow(/out of range/);
  });
});

describe('isSameOrConsecutiveMonth', () => {
  it('accepts the same month and the months just before and after', () => {
    expect(isSameOrConsecutiveMonth('2026-10-01', '2026-10-31')).toBe(true);
    expect(isSameOrConsecutiveMonth('2026-10-31', '2026-11-01')).toBe(true);
    expect(isSameOrConsecutiveMonth('2026-11-30', '2026-10-01')).toBe(true);
    expect(isSameOrConsecutiveMonth('2026-12-31', '2027-01-01')).toBe(true);
  });

  it('rejects a gap of a month or more, and the same month in another year', () => {
    expect(isSameOrConsecutiveMonth('2026-08-31', '2026-10-01')).toBe(false);
    expect(isSameOrConsecutiveMonth('2026-10-15', '2025-10-15')).toBe(false);
    expect(isSameOrConsecutiveMonth('2026-12-01', '2026-01-31')).toBe(false);
  });

  it('throws for malformed dates', () => {
    expect(() => isSameOrConsecutiveMonth('2026-10-01', '2026-10')).toThrow(/Invalid date b/);
  });
});
