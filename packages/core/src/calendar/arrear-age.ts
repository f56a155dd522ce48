// The age of an arrear in calendar days: the quantity of the 30–100 day window of matching (pilot-ouder-amstel-uithoorn-2019)
// and of the partners' criteria (signaalreis-2023).
import type { IsoDate } from '../model/iso-date';
import { daysBetween } from './days';

/**
 * The age of an arrear on a date: calendar days from the day the arrear began (`arrearSince`,
 * e.g. the due date of the oldest unpaid claim) to `onDate`. It is 0 on the day itself and 1 the
 * day after. When `arrearSince` is after `onDate` the result is negative (an arrear that has not
 * begun yet); it is not clamped, so the caller decides what that means. Throws a `RangeError` for
 * malformed dates (callers validate with `IsoDateSchema`).
 *
 * Source: pilot-ouder-amstel-uithoorn-2019 (arrears between 30 and 100 days); project default (counting).
 *
 * @example
 * ```ts
 * import { arrearAgeDays, asIsoDate } from '@signaalreis/core';
 * arrearAgeDays(asIsoDate('2026-09-25'), asIsoDate('2026-10-26')); // 31
 * arrearAgeDays(asIsoDate('2026-10-26'), asIsoDate('2026-10-26')); // 0
 * arrearAgeDays(asIsoDate('2026-10-27'), asIsoDate('2026-10-26')); // -1
 * ```
 */
export function arrearAgeDays(arrearSince: IsoDate, onDate: IsoDate): number {
  return daysBetween(arrearSince, onDate);
}
