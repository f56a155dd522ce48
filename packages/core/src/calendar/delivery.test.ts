import { asIsoMonth, type IsoMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIVERY_DAY_OF_MONTH, deliveryDay } from './index';

// Worked out by hand from the weekday of each 25th and the holidays; the reason is noted where the
// 25th is not a working day.
const DELIVERY: Record<string, string> = {
  '2024-01': '2024-01-25',
  '2024-02': '2024-02-26', // 25th Sunday
  '2024-03': '2024-03-25',
  '2024-04': '2024-04-25',
  '2024-05': '2024-05-27', // 25th Saturday
  '2024-06': '2024-06-25',
  '2024-07': '2024-07-25',
  '2024-08': '2024-08-26', // 25th Sunday
  '2024-09': '2024-09-25',
  '2024-10': '2024-10-25',
  '2024-11': '2024-11-25',
  '2024-12': '2024-12-27', // Christmas Wednesday, Boxing Day Thursday
  '2025-01': '2025-01-27', // 25th Saturday
  '2025-02': '2025-02-25',
  '2025-03': '2025-03-25',
  '2025-04': '2025-04-25', // Friday; King's Day is Saturday 26th
  '2025-05': '2025-05-26', // 25th Sunday
  '2025-06': '2025-06-25',
  '2025-07': '2025-07-25',
  '2025-08': '2025-08-25',
  '2025-09': '2025-09-25',
  '2025-10': '2025-10-27', // 25th Saturday
  '2025-11': '2025-11-25',
  '2025-12': '2025-12-29', // Christmas Thursday, Boxing Day Friday, weekend
  '2026-01': '2026-01-26', // 25th Sunday
  '2026-02': '2026-02-25',
  '2026-03': '2026-03-25',
  '2026-04': '2026-04-28', // 25th Saturday, Sunday, King's Day Monday 27th
  '2026-05': '2026-05-26', // 25th is Whit Monday
  '2026-06': '2026-06-25',
  '2026-07': '2026-07-27', // 25th Saturday
  '2026-08': '2026-08-25',
  '2026-09': '2026-09-25',
  '2026-10': '2026-10-26', // 25th Sunday
  '2026-11': '2026-11-25',
  '2026-12': '2026-12-28', // Christmas Friday, Boxing Day Saturday, Sunday
};

describe('deliveryDay', () => {
  it('is 25 by default (pilot-ouder-amstel-uithoorn-2019)', () => {
    expect(DEFAULT_DELIVERY_DAY_OF_MONTH).toBe(25);
  });

  for (const [month, expected] of Object.entries(DELIVERY)) {
    it(`delivers ${month} on ${expected}`, () => {
      expect(deliveryDay(asIsoMonth(month))).toBe(expected);
    });
  }

  it('delivers December 2022 on the 27th (Sunday the 25th, Boxing Day Monday)', () => {
    expect(deliveryDay(asIsoMonth('2022-12'))).toBe('2022-12-27');
  });

  it('takes another day of the month', () => {
    expect(deliveryDay(asIsoMonth('2026-10'), 1)).toBe('2026-10-01');
    expect(deliveryDay(asIsoMonth('2026-05'), 5)).toBe('2026-05-06'); // Liberation Day, a Tuesday
    expect(deliveryDay(asIsoMonth('2026-02'), 28)).toBe('2026-03-02'); // Saturday: into March
  });

  it('throws a RangeError for a malformed month or an impossible day', () => {
    expect(() => deliveryDay('2026-13' as IsoMonth)).toThrow(/Invalid month "2026-13"/);
    expect(() => deliveryDay('2026-1' as IsoMonth)).toThrow(RangeError);
    expect(() => deliveryDay('2026-10-25' as IsoMonth)).toThrow(RangeError);
    expect(() => deliveryDay(asIsoMonth('2026-10'), 29)).toThrow(/1–28/);
    expect(() => deliveryDay(asIsoMonth('2026-10'), 0)).toThrow(RangeError);
    expect(() => deliveryDay(asIsoMonth('2026-10'), 2.5)).toThrow(RangeError);
  });
});
