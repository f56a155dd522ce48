// The month-end rule of the VLP plan: a pay day or due day is a day number 1–31; in a month that
// is shorter, it falls on the month's last day (31 → 30 in a 30-day month; 29, 30 and 31 → 28 or 29
// in February). Plain epoch-day arithmetic, no luxon: a plan of many months runs it often.
import { epochDay, isoFromEpochDay } from '../calendar/epoch-day';
import type { IsoDate, IsoMonth } from '../model/iso-date';

/**
 * The number of days in a month `YYYY-MM` (28–31), by the Gregorian calendar.
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { asIsoMonth, daysInMonth } from '@signaalreis/core';
 * daysInMonth(asIsoMonth('2028-02')); // 29 (a leap year)
 * daysInMonth(asIsoMonth('2100-02')); // 28 (a century that is no leap year)
 * ```
 */
export function daysInMonth(month: IsoMonth): number {
  const first = epochDay(`${month}-01`);
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const next =
    m === 12
      ? `${String(y + 1).padStart(4, '0')}-01-01`
      : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
  return epochDay(next) - first;
}

/**
 * The date of day `day` (1–31) of `month` by the VLP month-end rule: a day after the month's last
 * day falls on the last day (day 31 of a 30-day month is the 30th; days 29–31 of February are the
 * 28th, or the 29th in a leap year). A day is never moved into the next month, so a payment of a
 * month stays in that month and the order of two days is kept (an earlier day number never gives a
 * later date). Throws a `RangeError` for a day outside 1–31 (callers validate with the schema).
 *
 * Source: project default (vaste-lasten-pakket-2019 gives no dates; banks execute a standing order
 * for the 31st on the last day of a shorter month).
 *
 * @example
 * ```ts
 * import { asIsoMonth, vlpDayInMonth } from '@signaalreis/core';
 * vlpDayInMonth(asIsoMonth('2026-11'), 31); // '2026-11-30'
 * vlpDayInMonth(asIsoMonth('2027-02'), 30); // '2027-02-28'
 * vlpDayInMonth(asIsoMonth('2028-02'), 30); // '2028-02-29'
 * ```
 */
export function vlpDayInMonth(month: IsoMonth, day: number): IsoDate {
  if (!Number.isInteger(day) || day < 1 || day > 31)
    throw new RangeError(`vlpDayInMonth: day ${day} is not a day number 1–31`);
  return isoFromEpochDay(epochDay(`${month}-01`) + Math.min(day, daysInMonth(month)) - 1);
}

/** The month before `month` (`YYYY-MM`), without luxon. */
export function previousMonth(month: IsoMonth): IsoMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return (
    m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${month.slice(0, 5)}${String(m - 1).padStart(2, '0')}`
  ) as IsoMonth;
}

/** The month `n` months after `month` (`YYYY-MM`), without luxon. */
export function monthPlus(month: IsoMonth, n: number): IsoMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}` as IsoMonth;
}

/** Calendar days from `from` to `to` (`to − from`). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}
