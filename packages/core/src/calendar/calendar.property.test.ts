// Properties of the calendar, in one file: importing @fast-check/vitest costs about 1.7 s per test
// file (it builds every chain of test modifiers), so one file keeps the folder fast.
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, asIsoMonth, type IsoDate } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  arrearAgeDays,
  daysBetween,
  deliveryDay,
  isSameOrConsecutiveMonth,
  isWorkingDay,
  monthsBetween,
  nextWorkingDay,
  nonWorkingDays,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './index';

// Dates are generated, stepped and compared with plain UTC `Date` arithmetic on the strings,
// independent of the code under test. The range keeps a margin inside the supported years
// 1990–2100 for counts of up to 300 working days.
const DAY_MS = 86_400_000;
const isoDate = fc
  .date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => asIsoDate(d.toISOString().slice(0, 10)));
const isoMonth = fc
  .record({ year: fc.integer({ min: 1991, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => asIsoMonth(`${year}-${String(month).padStart(2, '0')}`));
const utcDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const utcWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
const plusDays = (iso: string, n: number) =>
  asIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10));
/** The days strictly between two dates, in order. */
const daysStrictlyBetween = (from: string, to: string) => {
  const out: IsoDate[] = [];
  for (let d = plusDays(from, 1); d < to; d = plusDays(d, 1)) out.push(d);
  return out;
};
const monthNumber = (isoDateOrMonth: string) =>
  Number(isoDateOrMonth.slice(0, 4)) * 12 + Number(isoDateOrMonth.slice(5, 7));

describe('working days', () => {
  test.prop([isoDate])('isWorkingDay is false on Saturday and Sunday', (d) => {
    const weekday = utcWeekday(d);
    if (weekday === 0 || weekday === 6) expect(isWorkingDay(d)).toBe(false);
  });

  test.prop([isoDate])('a weekday is a working day exactly when it is no statutory holiday', (d) => {
    const weekday = utcWeekday(d);
    fc.pre(weekday !== 0 && weekday !== 6);
    const holiday = nonWorkingDays(Number(d.slice(0, 4))).some((h) => h.date === d);
    expect(isWorkingDay(d)).toBe(!holiday);
  });

  test.prop([isoDate, fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0)])(
    'addWorkingDays always lands on a working day',
    (d, n) => {
      expect(isWorkingDay(addWorkingDays(d, n))).toBe(true);
    },
  );

  test.prop([isoDate])(
    'addWorkingDays(d, 1) is the next working day, with no working day in between',
    (d) => {
      const next = addWorkingDays(d, 1);
      expect(next).toBe(nextWorkingDay(d));
      expect(next > d).toBe(true);
      expect(daysStrictlyBetween(d, next).filter(isWorkingDay)).toEqual([]);
    },
  );

  test.prop([isoDate])(
    'addWorkingDays(d, -1) is the last working day before d, with none in between',
    (d) => {
      const previous = addWorkingDays(d, -1);
      expect(previous < d).toBe(true);
      expect(isWorkingDay(previous)).toBe(true);
      expect(daysStrictlyBetween(previous, d).filter(isWorkingDay)).toEqual([]);
    },
  );

  test.prop([isoDate])('workingDayOnOrAfter is d on a working day, else the next working day', (d) => {
    expect(workingDayOnOrAfter(d)).toBe(isWorkingDay(d) ? d : nextWorkingDay(d));
  });

  test.prop([isoDate, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 })])(
    'addWorkingDays is additive: (d + a) + b == d + (a + b), forwards and backwards',
    (d, a, b) => {
      expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
      expect(addWorkingDays(addWorkingDays(d, -a), -b)).toBe(addWorkingDays(d, -(a + b)));
    },
  );

  test.prop([isoDate, fc.integer({ min: 0, max: 300 })])(
    'workingDaysBetween(d, addWorkingDays(d, n)) == n for n >= 0',
    (d, n) => {
      expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
    },
  );

  test.prop([isoDate, fc.integer({ min: -300, max: -1 })])(
    'workingDaysBetween inverts addWorkingDays for n < 0 from a working day',
    (d, n) => {
      const start = workingDayOnOrAfter(d);
      expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    },
  );

  test.prop([isoDate, fc.integer({ min: -60, max: 60 })])(
    'workingDaysBetween counts the working days of (from, to] and is antisymmetric',
    (d, k) => {
      const to = plusDays(d, k);
      const [lo, hi] = k >= 0 ? [d, to] : [to, d];
      const count = [...daysStrictlyBetween(lo, hi), ...(lo === hi ? [] : [hi])].filter(isWorkingDay).length;
      expect(workingDaysBetween(lo, hi)).toBe(count);
      expect(workingDaysBetween(d, to)).toBe(k >= 0 ? count : 0 - count); // 0 - 0 is +0
      expect(workingDaysBetween(to, d) + workingDaysBetween(d, to)).toBe(0);
    },
  );
});

describe('days, months and delivery', () => {
  test.prop([isoDate, isoDate])('daysBetween is the difference in calendar days', (a, b) => {
    expect(daysBetween(a, b)).toBe(utcDays(b) - utcDays(a));
    expect(arrearAgeDays(a, b)).toBe(utcDays(b) - utcDays(a));
  });

  test.prop([isoDate, fc.integer({ min: -5000, max: 5000 })])(
    'addDays and daysBetween are inverse',
    (d, n) => {
      const moved = addDays(d, n);
      expect(daysBetween(d, moved)).toBe(n);
      expect(addDays(moved, -n)).toBe(d);
    },
  );

  test.prop([isoDate, isoDate])('addDays(a, daysBetween(a, b)) == b', (a, b) => {
    expect(addDays(a, daysBetween(a, b))).toBe(b);
  });

  test.prop([isoMonth, fc.integer({ min: 1, max: 28 })])(
    'deliveryDay is a working day on or after the chosen day, with no working day before it',
    (month, day) => {
      const first = asIsoDate(`${month}-${String(day).padStart(2, '0')}`);
      const delivered = deliveryDay(month, day);
      expect(isWorkingDay(delivered)).toBe(true);
      expect(delivered >= first).toBe(true);
      for (let d = first; d < delivered; d = plusDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
    },
  );

  test.prop([isoMonth])('the default delivery day is the 25th or the first working day after', (month) => {
    const delivered = deliveryDay(month);
    expect(delivered).toBe(deliveryDay(month, 25));
    expect(delivered >= `${month}-25`).toBe(true);
    expect(daysBetween(asIsoDate(`${month}-25`), delivered)).toBeLessThanOrEqual(4); // at most Christmas + weekend
  });

  test.prop([isoDate, isoDate])(
    'isSameOrConsecutiveMonth is symmetric and means a month gap of at most 1',
    (a, b) => {
      expect(isSameOrConsecutiveMonth(a, b)).toBe(isSameOrConsecutiveMonth(b, a));
      expect(isSameOrConsecutiveMonth(a, b)).toBe(Math.abs(monthNumber(a) - monthNumber(b)) <= 1);
    },
  );

  test.prop([isoMonth, fc.integer({ min: -1200, max: 1200 })])(
    'addMonths and monthsBetween are inverse',
    (m, n) => {
      const moved = addMonths(m, n);
      expect(monthsBetween(m, moved)).toBe(n);
      expect(monthNumber(moved) - monthNumber(m)).toBe(n);
      expect(addMonths(moved, -n)).toBe(m);
    },
  );
});
