// Internal helpers of the calendar: parsing and checking ISO strings. Not part of the public API.
//
// Every public function of the calendar takes dates as data (`IsoDate`, `IsoMonth`) and counts
// calendar days as integers (epoch-day.ts): dates are civil days of Europe/Amsterdam (a project
// convention), and a calendar day is a calendar day, so daylight-saving changes never shift a date.
// No luxon here: it is hundreds of times slower per date, and a month of a hundred thousand cases
// asks for dates per case (the property tests compare with luxon in Europe/Amsterdam).
//
// A malformed date at this level is a programming error: callers validate input with
// `IsoDateSchema` / `IsoMonthSchema` first (the project rule: errors in input are data;
// throw only for programming errors). So these helpers throw a `RangeError` with a readable message.
import { type IsoDate, type IsoMonth, isIsoDate } from '../model/iso-date';
import { isoFromEpochDay, epochDay as rawEpochDay } from './epoch-day';

const MIN_DAY = rawEpochDay('0000-01-01');
const MAX_DAY = rawEpochDay('9999-12-31');

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Throws a RangeError unless `value` is a real calendar date written `YYYY-MM-DD`. */
export function assertIsoDate(value: IsoDate, what = 'date'): void {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new RangeError(
      `Invalid ${what} ${JSON.stringify(value)}: expected a real calendar date written YYYY-MM-DD ` +
        '(validate input with IsoDateSchema before calling the calendar)',
    );
  }
}

/** Throws a RangeError unless `value` is a month written `YYYY-MM` (month 01–12). */
export function assertIsoMonth(value: IsoMonth, what = 'month'): void {
  if (typeof value !== 'string' || !ISO_MONTH.test(value)) {
    throw new RangeError(
      `Invalid ${what} ${JSON.stringify(value)}: expected a month written YYYY-MM ` +
        '(validate input with IsoMonthSchema before calling the calendar)',
    );
  }
}

/** Throws a RangeError unless `value` is a safe integer (a count of days, months …). */
export function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Invalid ${what} ${String(value)}: expected an integer`);
  }
}

/** Days since 1970-01-01 of a valid ISO date (integer arithmetic, see epoch-day.ts); throws on a malformed date. */
export function epochDay(date: IsoDate, what = 'date'): number {
  assertIsoDate(date, what);
  return rawEpochDay(date);
}

/** The ISO date of a day count since 1970-01-01; years 0000–9999 only. */
export function fromEpochDay(days: number): IsoDate {
  if (days < MIN_DAY || days > MAX_DAY)
    throw new RangeError('Date out of range: the calendar supports the years 0000–9999');
  return isoFromEpochDay(days);
}

/** A month as a count of months since January of year 0 (so `0000-01` is 0). */
export function monthIndex(month: IsoMonth, what = 'month'): number {
  assertIsoMonth(month, what);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The inverse of {@link monthIndex}; throws when the month leaves the years 0000–9999. */
export function fromMonthIndex(index: number): IsoMonth {
  if (index < 0 || index > 9999 * 12 + 11) {
    throw new RangeError('Month out of range: the calendar supports the years 0000–9999');
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as IsoMonth;
}
