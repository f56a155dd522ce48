import { asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { addDays, arrearAgeDays, daysBetween } from './index';

describe('addDays and daysBetween', () => {
  it('count calendar days over the daylight-saving switches in Europe/Amsterdam', () => {
    // Summer time starts Sunday 29 March 2026, ends Sunday 25 October 2026.
    expect(addDays(asIsoDate('2026-03-28'), 1)).toBe('2026-03-29');
    expect(addDays(asIsoDate('2026-03-29'), 1)).toBe('2026-03-30');
    expect(addDays(asIsoDate('2026-10-25'), 1)).toBe('2026-10-26');
    expect(daysBetween(asIsoDate('2026-03-28'), asIsoDate('2026-03-30'))).toBe(2);
    expect(daysBetween(asIsoDate('2026-10-24'), asIsoDate('2026-10-26'))).toBe(2);
    expect(daysBetween(asIsoDate('2026-03-01'), asIsoDate('2026-11-01'))).toBe(245);
  });

  it('handle leap years and year ends', () => {
    expect(addDays(asIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(asIsoDate('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(asIsoDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(daysBetween(asIsoDate('2024-01-01'), asIsoDate('2025-01-01'))).toBe(366);
    expect(daysBetween(asIsoDate('2025-01-01'), asIsoDate('2026-01-01'))).toBe(365);
    expect(addDays(asIsoDate('2026-10-26'), -300)).toBe('2025-12-30');
  });

  it('are signed: to − from', () => {
    expect(daysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-24'))).toBe(-2);
    expect(Object.is(daysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-26')), 0)).toBe(true);
    expect(addDays(asIsoDate('2026-10-26'), 0)).toBe('2026-10-26');
  });

  it('throw a RangeError for bad input', () => {
    expect(() => addDays('2023-02-30' as IsoDate, 1)).toThrow(/Invalid date "2023-02-30"/);
    expect(() => addDays('2023-2-3' as IsoDate, 1)).toThrow(RangeError);
    expect(() => addDays(asIsoDate('2026-10-26'), 0.5)).toThrow(/Invalid number of days 0.5/);
    expect(() => daysBetween(asIsoDate('2026-10-26'), '2026-10-32' as IsoDate)).toThrow(/Invalid to/);
    expect(() => addDays(asIsoDate('9999-12-31'), 1)).toThrow(/out of range/);
  });
});

describe('arrearAgeDays', () => {
  it('is 0 on the day the arrear began and counts calendar days after', () => {
    expect(arrearAgeDays(asIsoDate('2026-10-26'), asIsoDate('2026-10-26'))).toBe(0);
    expect(arrearAgeDays(asIsoDate('2026-10-26'), asIsoDate('2026-10-27'))).toBe(1);
    expect(arrearAgeDays(asIsoDate('2026-07-18'), asIsoDate('2026-10-26'))).toBe(100); // 13 + 31 + 30 + 26
    expect(arrearAgeDays(asIsoDate('2026-09-26'), asIsoDate('2026-10-26'))).toBe(30);
  });

  it('is negative when the arrear begins after the date', () => {
    expect(arrearAgeDays(asIsoDate('2026-10-27'), asIsoDate('2026-10-26'))).toBe(-1);
  });

  it('throws a RangeError for malformed dates', () => {
    expect(() => arrearAgeDays('2026-13-01' as IsoDate, asIsoDate('2026-10-26'))).toThrow(RangeError);
  });
});
