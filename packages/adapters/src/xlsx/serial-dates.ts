// Excel's serial dates, both ways, without time zones: a serial number is a day count on Excel's
// calendar (a wall-clock date, no zone), so it becomes a calendar date by whole-day arithmetic in UTC
// and never by a local-time conversion (which would shift dates across a DST change or a zone).
// Source of the calendar: ECMA-376 part 1, §18.17.4 (date systems, the 1900 leap-year bug).
import { asIsoDate, type IsoDate, isIsoDate } from '@signaalreis/core';

const DAY_MS = 86_400_000;
/** Serial 61 of the 1900 system is 1900-03-01: day 0 of the count after the bug is 1899-12-30. */
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
/** Serials 1–59 (1900-01-01 … 1900-02-28) count from 1899-12-31. */
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);
/** The 1904 system's serial 0 (1904-01-01) is serial 1462 of the 1900 system. */
const OFFSET_1904 = 1462;
/** Serial of 9999-12-31, the last day Excel can show (1900 system). */
export const MAX_EXCEL_SERIAL = 2_958_465;
/** Serial 60 of the 1900 system is 1900-02-29, a day that did not exist (Lotus 1-2-3's leap-year bug). */
export const LEAP_BUG_SERIAL = 60;

/**
 * The calendar date of an Excel serial date: the whole days of `serial` (a time of day is dropped),
 * in the 1900 date system (Windows Excel) or, with `date1904`, the 1904 system (old Mac workbooks).
 * Returns `null` for what is no date: not finite, before 1900-01-01 (serial < 1; serial 0 is Excel's
 * "1900-01-00"), after 9999-12-31, and serial 60 — 1900-02-29, which Excel shows but which did not
 * exist. No time zone is involved: the serial is a wall-clock date.
 *
 * @example
 * ```ts
 * import { excelSerialToIsoDate } from '@signaalreis/adapters/xlsx';
 * excelSerialToIsoDate(46321); // '2026-10-26'
 * excelSerialToIsoDate(46321.75); // '2026-10-26' (18:00 that day: the time is dropped)
 * excelSerialToIsoDate(59); // '1900-02-28'
 * excelSerialToIsoDate(60); // null (1900-02-29 does not exist)
 * excelSerialToIsoDate(44859, true); // '2026-10-26' (1904 system)
 * ```
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === LEAP_BUG_SERIAL) return null;
  const ms = day < LEAP_BUG_SERIAL ? EPOCH_BEFORE_BUG + day * DAY_MS : EPOCH_AFTER_BUG + day * DAY_MS;
  return asIsoDate(new Date(ms).toISOString().slice(0, 10));
}

/**
 * The Excel serial number (1900 date system) of a calendar date: what a date cell stores. Inverse of
 * {@link excelSerialToIsoDate} for every date from 1900-01-01 to 9999-12-31.
 *
 * @example
 * ```ts
 * import { isoDateToExcelSerial } from '@signaalreis/adapters/xlsx';
 * import { asIsoDate } from '@signaalreis/core';
 * isoDateToExcelSerial(asIsoDate('2026-10-26')); // 46321
 * isoDateToExcelSerial(asIsoDate('1900-03-01')); // 61 (serial 60 is the non-existent 29 February 1900)
 * ```
 */
export function isoDateToExcelSerial(date: IsoDate): number {
  if (!isIsoDate(date) || date < '1900-01-01') throw new RangeError(`No Excel serial for ${String(date)}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  return date < '1900-03-01' ? (ms - EPOCH_BEFORE_BUG) / DAY_MS : (ms - EPOCH_AFTER_BUG) / DAY_MS;
}

/**
 * The serial number behind a `Date` that exceljs made from a date cell. exceljs turns serial `v`
 * into the instant `(v - 25569 [+ 1462 in the 1904 system]) × 86,400,000` ms after 1970-01-01 UTC,
 * so the whole days of the serial are read back from the UTC day count (never from local time).
 */
export function serialOfExcelJsDate(date: Date, date1904: boolean): number {
  return Math.floor(date.getTime() / DAY_MS) + 25569 - (date1904 ? OFFSET_1904 : 0);
}
