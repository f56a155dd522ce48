import { asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './index';

describe('isWorkingDay', () => {
  it('is false on Saturday and Sunday, true on an ordinary weekday', () => {
    expect(isWorkingDay(asIsoDate('2026-10-24'))).toBe(false); // Saturday
    expect(isWorkingDay(asIsoDate('2026-10-25'))).toBe(false); // Sunday
    expect(isWorkingDay(asIsoDate('2026-10-26'))).toBe(true); // Monday
    expect(isWorkingDay(asIsoDate('2026-10-23'))).toBe(true); // Friday
  });

  it('is false on every statutory holiday that falls on a weekday', () => {
    for (const d of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14']) {
      expect(isWorkingDay(asIsoDate(d))).toBe(false);
    }
    for (const d of ['2026-05-25', '2026-12-25', '2025-12-26'])
      expect(isWorkingDay(asIsoDate(d))).toBe(false);
  });
});

describe('nextWorkingDay and workingDayOnOrAfter', () => {
  it('skips the Easter weekend 2026 (Good Friday to Easter Monday)', () => {
    expect(nextWorkingDay(asIsoDate('2026-04-02'))).toBe('2026-04-07');
    expect(workingDayOnOrAfter(asIsoDate('2026-04-03'))).toBe('2026-04-07');
  });

  it('skips Christmas and New Year 2021–2022 (Sat 25 Dec, Sun 26 Dec, Sat 1 Jan)', () => {
    expect(nextWorkingDay(asIsoDate('2021-12-24'))).toBe('2021-12-27');
    expect(nextWorkingDay(asIsoDate('2021-12-31'))).toBe('2022-01-03');
  });

  it('nextWorkingDay is strictly after, workingDayOnOrAfter keeps a working day', () => {
    expect(nextWorkingDay(asIsoDate('2026-10-26'))).toBe('2026-10-27');
    expect(workingDayOnOrAfter(asIsoDate('2026-10-26'))).toBe('2026-10-26');
    expect(workingDayOnOrAfter(asIsoDate('2026-10-24'))).toBe('2026-10-26');
  });
});

describe('addWorkingDays', () => {
  it('counts forward over weekends and holidays', () => {
    expect(addWorkingDays(asIsoDate('2026-10-23'), 1)).toBe('2026-10-26');
    expect(addWorkingDays(asIsoDate('2026-10-23'), 5)).toBe('2026-10-30');
    expect(addWorkingDays(asIsoDate('2026-10-24'), 1)).toBe('2026-10-26'); // from a Saturday
    expect(addWorkingDays(asIsoDate('2026-05-13'), 1)).toBe('2026-05-15'); // over Ascension Day
    expect(addWorkingDays(asIsoDate('2026-12-24'), 3)).toBe('2026-12-30');
    expect(addWorkingDays(asIsoDate('2026-12-31'), 1)).toBe('2027-01-04'); // 1 Jan Friday, weekend
  });

  it('returns the date unchanged for n = 0, even on a weekend', () => {
    expect(addWorkingDays(asIsoDate('2026-10-24'), 0)).toBe('2026-10-24');
    expect(addWorkingDays(asIsoDate('2026-10-26'), 0)).toBe('2026-10-26');
  });

  it('counts back for negative n', () => {
    expect(addWorkingDays(asIsoDate('2026-10-26'), -1)).toBe('2026-10-23');
    expect(addWorkingDays(asIsoDate('2026-10-25'), -1)).toBe('2026-10-23'); // from a Sunday
    expect(addWorkingDays(asIsoDate('2026-04-07'), -1)).toBe('2026-04-02'); // over Easter
    expect(addWorkingDays(asIsoDate('2026-04-07'), -3)).toBe('2026-03-31');
  });

  it('throws a RangeError for a non-integer n (a programming error)', () => {
    expect(() => addWorkingDays(asIsoDate('2026-10-26'), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(asIsoDate('2026-10-26'), Number.NaN)).toThrow(/integer/);
    expect(() => addWorkingDays(asIsoDate('2026-10-26'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('throws a RangeError when it leaves the supported years', () => {
    expect(() => addWorkingDays(asIsoDate('2100-12-31'), 1)).toThrow(/supported range/);
    expect(() => addWorkingDays(asIsoDate('1990-01-02'), -1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the half-open interval (from, to]', () => {
    expect(workingDaysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-26'))).toBe(0);
    expect(workingDaysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-27'))).toBe(1); // the 27th counts, the 26th not
    expect(workingDaysBetween(asIsoDate('2026-10-23'), asIsoDate('2026-10-26'))).toBe(1);
    expect(workingDaysBetween(asIsoDate('2026-10-24'), asIsoDate('2026-10-25'))).toBe(0);
    expect(workingDaysBetween(asIsoDate('2026-10-01'), asIsoDate('2026-10-31'))).toBe(21); // Oct 2026: 22 weekdays, minus the 1st
  });

  it('is antisymmetric and never -0', () => {
    expect(workingDaysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-23'))).toBe(-1);
    expect(workingDaysBetween(asIsoDate('2026-10-25'), asIsoDate('2026-10-24'))).toBe(0);
    expect(Object.is(workingDaysBetween(asIsoDate('2026-10-25'), asIsoDate('2026-10-24')), 0)).toBe(true);
  });

  it('counts a whole year: 2026 has 261 weekdays and 8 holidays on weekdays', () => {
    // 2026: 52 weeks + Thursday 1 Jan → 261 weekdays; 27 Apr Mon, 5 May Tue and the Easter/Pentecost
    // days, New Year (Thu), Christmas (Fri) fall on weekdays (8); Boxing Day is a Saturday.
    expect(workingDaysBetween(asIsoDate('2025-12-31'), asIsoDate('2026-12-31'))).toBe(261 - 8);
  });
});

describe('bad input', () => {
  it('throws a RangeError with a clear message for malformed or impossible dates', () => {
    expect(() => isWorkingDay('2023-02-30' as IsoDate)).toThrow(RangeError);
    expect(() => isWorkingDay('2023-02-30' as IsoDate)).toThrow(
      /Invalid date "2023-02-30".*YYYY-MM-DD.*IsoDateSchema/,
    );
    expect(() => nextWorkingDay('2023-2-3' as IsoDate)).toThrow(RangeError);
    expect(() => workingDayOnOrAfter('' as IsoDate)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-26T10:00' as IsoDate, 1)).toThrow(RangeError);
    expect(() => workingDaysBetween(asIsoDate('2026-10-26'), '26-10-2026' as IsoDate)).toThrow(
      /Invalid to "26-10-2026"/,
    );
  });
});
