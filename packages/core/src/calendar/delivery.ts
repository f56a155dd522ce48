// The monthly delivery moment of signals (phase 2 of the signal journey).
import type { IsoDate, IsoMonth } from '../model/iso-date';
import { assertIsoMonth } from './iso';
import { workingDayOnOrAfter } from './working-days';

/**
 * The day of the month on which partners deliver their monthly signals: the 25th.
 *
 * Source: pilot-ouder-amstel-uithoorn-2019 (Ouder-Amstel/Uithoorn pilot: "op de 25ste dag van de maand
 * (of de eerst opvolgende werkdag)").
 *
 * @example
 * ```ts
 * import { DEFAULT_DELIVERY_DAY_OF_MONTH } from '@signaalreis/core';
 * DEFAULT_DELIVERY_DAY_OF_MONTH; // 25
 * ```
 */
export const DEFAULT_DELIVERY_DAY_OF_MONTH = 25;

/**
 * The monthly delivery day of a month: day `dayOfMonth` (default the 25th) when that is a working
 * day, otherwise the first working day after it (weekends and the holidays of the Algemene
 * termijnenwet). For days late in the month the result can fall in the next month.
 *
 * `dayOfMonth` must be an integer 1–28, so that it exists in every month; anything else, a
 * malformed `month` (validate with `IsoMonthSchema`) or a year outside {@link HOLIDAY_YEARS}
 * throws a `RangeError`.
 *
 * Source: pilot-ouder-amstel-uithoorn-2019 (the rule and the 25th); Algemene termijnenwet art. 3 (which
 * days are working days).
 *
 * @example
 * ```ts
 * import { asIsoMonth, deliveryDay } from '@signaalreis/core';
 * deliveryDay(asIsoMonth('2026-09')); // '2026-09-25' (a Friday)
 * deliveryDay(asIsoMonth('2026-10')); // '2026-10-26' (the 25th is a Sunday)
 * deliveryDay(asIsoMonth('2022-12')); // '2022-12-27' (Sunday the 25th, then Boxing Day)
 * deliveryDay(asIsoMonth('2026-10'), 1); // '2026-10-01'
 * ```
 */
export function deliveryDay(month: IsoMonth, dayOfMonth: number = DEFAULT_DELIVERY_DAY_OF_MONTH): IsoDate {
  assertIsoMonth(month);
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) {
    throw new RangeError(`Invalid day of month ${String(dayOfMonth)}: expected an integer 1–28`);
  }
  return workingDayOnOrAfter(`${month}-${String(dayOfMonth).padStart(2, '0')}` as IsoDate);
}
