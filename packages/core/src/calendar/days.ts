// Calendar-day arithmetic on ISO dates, in Europe/Amsterdam. A day is a calendar day, not 24
// hours, so the switches to and from summer time never shift a result.
import type { IsoDate } from '../model/iso-date';
import { assertInteger, epochDay, fromEpochDay } from './iso';

/**
 * The date `n` calendar days after `date` (before it for negative `n`). Throws a `RangeError`
 * when `n` is not an integer or `date` is malformed (callers validate with `IsoDateSchema`).
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { addDays, asIsoDate } from '@signaalreis/core';
 * addDays(asIsoDate('2026-03-28'), 2); // '2026-03-30' (over the switch to summer time)
 * addDays(asIsoDate('2024-03-01'), -1); // '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'number of days');
  return fromEpochDay(epochDay(date) + n);
}

/**
 * The number of calendar days from `from` to `to` (`to − from`): 0 on the same day, negative
 * when `to` is earlier. `addDays(from, daysBetween(from, to)) === to`.
 *
 * Source: project default.
 *
 * @example
 * ```ts
 * import { asIsoDate, daysBetween } from '@signaalreis/core';
 * daysBetween(asIsoDate('2026-10-24'), asIsoDate('2026-10-26')); // 2 (over the switch to winter time)
 * daysBetween(asIsoDate('2026-10-26'), asIsoDate('2026-10-24')); // -2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const days = epochDay(to, 'to') - epochDay(from, 'from');
  return days === 0 ? 0 : days; // never -0
}
