// The calendar counts days as integers (epoch-day.ts, working-day-table.ts); until issue 14 it
// parsed every date with luxon in Europe/Amsterdam, which was the slow part of a month of a hundred
// thousand cases. Here a plain luxon reference — day by day in Europe/Amsterdam, weekends and the
// statutory holidays skipped — must give the same working days and the same deadlines for any
// date, the days around the switches to and from summer time and the holidays included.
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, type IsoDate } from '@signaalreis/core';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import { addWorkingDays, DEADLINES, deadline, nonWorkingDays, workingDaysBetween } from './index';

const ZONE = 'Europe/Amsterdam';
const dt = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const iso = (d: DateTime) => asIsoDate(d.toISODate() as string);
const holidays = new Map<number, Set<string>>();
const isHoliday = (d: DateTime) => {
  let set = holidays.get(d.year);
  if (!set) {
    set = new Set(nonWorkingDays(d.year).map((h) => h.date));
    holidays.set(d.year, set);
  }
  return set.has(iso(d));
};
const working = (d: DateTime) => d.weekday <= 5 && !isHoliday(d);

/** `n` working days after (before, for negative `n`) `from`, a day at a time. */
function luxonAddWorkingDays(from: IsoDate, n: number): IsoDate {
  let d = dt(from);
  for (let left = Math.abs(n); left > 0; ) {
    d = d.plus({ days: Math.sign(n) });
    if (working(d)) left--;
  }
  return iso(d);
}

/** The last day of a deadline from `from`, as the Algemene termijnenwet counts it, with luxon. */
function luxonDeadline(def: (typeof DEADLINES)[number], from: IsoDate): IsoDate {
  const end =
    def.unit === 'working-days'
      ? dt(luxonAddWorkingDays(from, def.amount))
      : dt(from).plus({ days: def.unit === 'weeks' ? def.amount * 7 : def.amount });
  let d = end;
  if (def.extendsToWorkingDay) while (!working(d)) d = d.plus({ days: 1 });
  return iso(d);
}

// Any date of the supported years, and often one near a switch of summer time or a holiday.
const anyDay = fc
  .date({ min: new Date('1991-01-01T00:00:00Z'), max: new Date('2099-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => asIsoDate(d.toISOString().slice(0, 10)));
const nearSwitch = fc
  .record({
    year: fc.integer({ min: 1991, max: 2099 }),
    month: fc.constantFrom('03', '04', '05', '10', '12'),
    day: fc.integer({ min: 20, max: 31 }),
  })
  .map(({ year, month, day }) => `${year}-${month}-${day}`)
  .filter((d) => DateTime.fromISO(d).isValid)
  .map(asIsoDate);
const date = fc.oneof(anyDay, nearSwitch);

describe('the calendar against luxon in Europe/Amsterdam', () => {
  test.prop([date, fc.integer({ min: -40, max: 40 })])('addWorkingDays', (d, n) => {
    expect(addWorkingDays(d, n)).toBe(n === 0 ? d : luxonAddWorkingDays(d, n));
  });

  test.prop([date, fc.constantFrom(...DEADLINES)])('every deadline', (d, def) => {
    expect(deadline(def.id, d)).toBe(luxonDeadline(def, d));
  });

  test.prop([date, fc.integer({ min: 0, max: 60 })])('workingDaysBetween', (d, k) => {
    const to = iso(dt(d).plus({ days: k }));
    let count = 0;
    for (let x = dt(d).plus({ days: 1 }); x <= dt(to); x = x.plus({ days: 1 })) if (working(x)) count++;
    expect(workingDaysBetween(d, to)).toBe(count);
    expect(workingDaysBetween(to, d)).toBe(count === 0 ? 0 : -count);
  });
});
