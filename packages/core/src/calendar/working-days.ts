// Working days under the Algemene termijnenwet: every day except Saturday, Sunday and the
// statutory holidays of art. 3 (see holidays.ts). Dates outside HOLIDAY_YEARS throw a RangeError.
// The counting itself runs on the per-year tables of working-day-table.ts.
import type { IsoDate } from '../model/iso-date';
import { assertInteger, assertIsoDate } from './iso';
import { backward, countBetween, forward, isoOf, isWorkingAt, positionOf } from './working-day-table';

const at = (date: IsoDate, what = 'date') => {
  assertIsoDate(date, what);
  return positionOf(date);
};

/**
 * Whether a date is a working day: not a Saturday, not a Sunday and not a statutory holiday
 * ({@link nonWorkingDays}). Throws a `RangeError` for a malformed date or a year outside
 * {@link HOLIDAY_YEARS}; callers validate input with `IsoDateSchema` first.
 *
 * Source: Algemene termijnenwet art. 1 and 3.
 *
 * @example
 * ```ts
 * import { asIsoDate, isWorkingDay } from '@signaalreis/core';
 * isWorkingDay(asIsoDate('2026-05-05')); // false (Liberation Day, a Tuesday)
 * isWorkingDay(asIsoDate('2026-05-04')); // true (Remembrance of the Dead is no holiday)
 * isWorkingDay(asIsoDate('2026-10-25')); // false (a Sunday)
 * ```
 */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingAt(at(date));
}

/**
 * The first working day strictly after `date`.
 *
 * Source: Algemene termijnenwet art. 1 and 3.
 *
 * @example
 * ```ts
 * import { asIsoDate, nextWorkingDay } from '@signaalreis/core';
 * nextWorkingDay(asIsoDate('2026-04-02')); // '2026-04-07' (Good Friday, weekend, Easter Monday)
 * nextWorkingDay(asIsoDate('2026-10-26')); // '2026-10-27'
 * ```
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return isoOf(forward(at(date), 1));
}

/**
 * `date` itself when it is a working day, otherwise the first working day after it. This is the
 * "or the first working day after" of the delivery rule and of the Algemene termijnenwet art. 1.
 *
 * Source: Algemene termijnenwet art. 1.
 *
 * @example
 * ```ts
 * import { asIsoDate, workingDayOnOrAfter } from '@signaalreis/core';
 * workingDayOnOrAfter(asIsoDate('2026-10-26')); // '2026-10-26' (a Monday)
 * workingDayOnOrAfter(asIsoDate('2026-10-25')); // '2026-10-26' (a Sunday)
 * ```
 */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  const p = at(date);
  return isWorkingAt(p) ? date : isoOf(forward(p, 1));
}

/**
 * Counts `n` working days from `date`: the `n`-th working day strictly after `date` for `n > 0`,
 * the `|n|`-th working day strictly before it for `n < 0`. The start day itself never counts.
 *
 * `n = 0` returns `date` unchanged, even on a weekend or holiday, so that counting is additive:
 * `addWorkingDays(addWorkingDays(d, a), b) === addWorkingDays(d, a + b)` for `a = 0` too (and for
 * any `a, b >= 1`). Use {@link workingDayOnOrAfter} to move a date onto a working day.
 *
 * Throws a `RangeError` when `n` is not an integer (a programming error), for a malformed date, or
 * when the count leaves {@link HOLIDAY_YEARS}.
 *
 * Source: Algemene termijnenwet art. 1 and 3 (working days); project default (n = 0, n < 0).
 *
 * @example
 * ```ts
 * import { addWorkingDays, asIsoDate } from '@signaalreis/core';
 * addWorkingDays(asIsoDate('2026-10-23'), 1); // '2026-10-26' (Friday → Monday)
 * addWorkingDays(asIsoDate('2026-10-24'), 0); // '2026-10-24' (unchanged, although a Saturday)
 * addWorkingDays(asIsoDate('2026-10-26'), -1); // '2026-10-23'
 * addWorkingDays(asIsoDate('2026-12-24'), 3); // '2026-12-30' (over Christmas and a weekend)
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'number of working days');
  const p = at(date);
  if (n === 0) return date;
  return isoOf(n > 0 ? forward(p, n) : backward(p, -n));
}

/**
 * The number of working days in the half-open interval `(from, to]`: `from` itself does not
 * count, `to` does. When `to` is before `from` the result is negative:
 * `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`.
 *
 * It is the inverse of {@link addWorkingDays} for `n >= 0` from any date —
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` — and for `n < 0` when `d` is a working day.
 *
 * Source: Algemene termijnenwet art. 1 and 3; project default (the half-open interval).
 *
 * @example
 * ```ts
 * import { asIsoDate, workingDaysBetween } from '@signaalreis/core';
 * workingDaysBetween(asIsoDate('2026-10-23'), asIsoDate('2026-10-26')); // 1 (only Monday the 26th)
 * workingDaysBetween(asIsoDate('2026-10-24'), asIsoDate('2026-10-25')); // 0 (a Sunday)
 * workingDaysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-23')); // -1
 * ```
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = at(from, 'from');
  const end = at(to, 'to');
  if (from <= to) return countBetween(start, end);
  const back = countBetween(end, start);
  return back === 0 ? 0 : -back; // never -0
}
