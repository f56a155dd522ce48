// Calendar months (`YYYY-MM`): the unit of monthly delivery and of matching windows.
import type { IsoDate, IsoMonth } from '../model/iso-date';
import { assertInteger, assertIsoDate, fromMonthIndex, monthIndex } from './iso';

/**
 * The month a date belongs to. Throws a `RangeError` for a malformed date (callers validate with
 * `IsoDateSchema`).
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { asIsoDate, monthOf } from '@signaalreis/core';
 * monthOf(asIsoDate('2026-10-26')); // '2026-10'
 * ```
 */
export function monthOf(date: IsoDate): IsoMonth {
  assertIsoDate(date);
  return date.slice(0, 7) as IsoMonth;
}

/**
 * The month `n` months after `month` (before it for negative `n`). Throws a `RangeError` when `n`
 * is not an integer or `month` is malformed (callers validate with `IsoMonthSchema`).
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { addMonths, asIsoMonth } from '@signaalreis/core';
 * addMonths(asIsoMonth('2026-11'), 2); // '2027-01'
 * addMonths(asIsoMonth('2026-01'), -1); // '2025-12'
 * ```
 */
export function addMonths(month: IsoMonth, n: number): IsoMonth {
  assertInteger(n, 'number of months');
  return fromMonthIndex(monthIndex(month) + n);
}

/**
 * The number of months from `a` to `b` (`b − a`): 0 for the same month, negative when `b` is
 * earlier. `addMonths(a, monthsBetween(a, b)) === b`.
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { asIsoMonth, monthsBetween } from '@signaalreis/core';
 * monthsBetween(asIsoMonth('2025-12'), asIsoMonth('2026-01')); // 1
 * monthsBetween(asIsoMonth('2026-10'), asIsoMonth('2026-07')); // -3
 * ```
 */
export function monthsBetween(a: IsoMonth, b: IsoMonth): number {
  const from = monthIndex(a, 'month a');
  const to = monthIndex(b, 'month b');
  return to - from;
}

/**
 * Whether two dates lie in the same calendar month or in consecutive months (in either order), the
 * time condition for a match: "at least 2 signals of arrears in the same month or a consecutive
 * month". Symmetric: the order of `a` and `b` does not matter. Throws a `RangeError` for malformed
 * dates.
 *
 * Source: pilot-ouder-amstel-uithoorn-2019.
 *
 * @example
 * ```ts
 * import { asIsoDate, isSameOrConsecutiveMonth } from '@signaalreis/core';
 * isSameOrConsecutiveMonth(asIsoDate('2026-10-01'), asIsoDate('2026-10-31')); // true
 * isSameOrConsecutiveMonth(asIsoDate('2026-12-31'), asIsoDate('2027-01-01')); // true
 * isSameOrConsecutiveMonth(asIsoDate('2026-08-31'), asIsoDate('2026-10-01')); // false
 * ```
 */
export function isSameOrConsecutiveMonth(a: IsoDate, b: IsoDate): boolean {
  assertIsoDate(a, 'date a');
  assertIsoDate(b, 'date b');
  return Math.abs(monthsBetween(monthOf(a), monthOf(b))) <= 1;
}
