// The "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3), read from a table.
//
// holiday-table.ts is generated at build time from date-holidays (country NL) by
// scripts/generate-holiday-table.ts, which picks each statutory day by its date-holidays rule and
// checks it by date or weekday; holiday-table.test.ts regenerates it and fails when it is stale.
// So the runtime carries a short table instead of date-holidays and its time-zone and astronomy
// data, and computes nothing at module load. A year outside the table is a RangeError, never a guess.
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { HOLIDAY_TABLE, HOLIDAY_TABLE_FROM } from './holiday-table';

/**
 * The years for which the calendar knows the statutory holidays, inclusive. It applies the list
 * of the Algemene termijnenwet art. 3 as it stands today (5 May every year) to every year of the
 * range; for 1990–2013 the monarch's birthday is Koninginnedag (30 April, or 29 April when the 30th
 * is a Sunday), from 2014 Koningsdag (27 April, or 26 April when the 27th is a Sunday). Working-day
 * functions throw a `RangeError` when they need a year outside this range.
 *
 * Source: Algemene termijnenwet art. 3; project default (the range).
 *
 * @example
 * ```ts
 * import { HOLIDAY_YEARS } from '@signaalreis/core';
 * HOLIDAY_YEARS.from; // 1990
 * HOLIDAY_YEARS.to; // 2100
 * ```
 */
export const HOLIDAY_YEARS: {
  /** The first supported year. */
  readonly from: number;
  /** The last supported year. */
  readonly to: number;
} = Object.freeze({
  from: HOLIDAY_TABLE_FROM,
  to: HOLIDAY_TABLE_FROM + HOLIDAY_TABLE.length - 1,
});

/**
 * A statutory holiday ("algemeen erkende feestdag") of the Algemene termijnenwet art. 3.
 */
export interface StatutoryHoliday {
  /** The day, `YYYY-MM-DD`. */
  date: IsoDate;
  /** English name, e.g. `Whit Monday`. */
  name: string;
  /** Dutch name, e.g. `Tweede Pinksterdag`. */
  nameNl: string;
}

interface Names {
  readonly name: string;
  readonly nameNl: string;
  /** Other names before 2014 (Koninginnedag). */
  readonly before2014?: { readonly name: string; readonly nameNl: string };
}

// The columns of HOLIDAY_TABLE, in the order of the statute; sorting by date is stable, so two
// holidays on one day (Ascension Day on 5 May, as in 2005 and 2016) keep this order.
const COLUMNS: readonly Names[] = [
  { name: "New Year's Day", nameNl: 'Nieuwjaarsdag' },
  { name: 'Good Friday', nameNl: 'Goede Vrijdag' },
  { name: 'Easter Monday', nameNl: 'Tweede Paasdag' },
  { name: 'Ascension Day', nameNl: 'Hemelvaartsdag' },
  { name: 'Whit Monday', nameNl: 'Tweede Pinksterdag' },
  { name: "King's Day", nameNl: 'Koningsdag', before2014: { name: "Queen's Day", nameNl: 'Koninginnedag' } },
  { name: 'Liberation Day', nameNl: 'Bevrijdingsdag' },
  { name: 'Christmas Day', nameNl: 'Eerste Kerstdag' },
  { name: 'Boxing Day', nameNl: 'Tweede Kerstdag' },
];

const byYear = new Map<number, readonly StatutoryHoliday[]>();
const datesByYear = new Map<number, ReadonlySet<IsoDate>>();

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.from || year > HOLIDAY_YEARS.to) {
    throw new RangeError(
      `Year ${String(year)} is outside the supported range ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to} of the working-day calendar`,
    );
  }
}

function compute(year: number): readonly StatutoryHoliday[] {
  const days = (HOLIDAY_TABLE[year - HOLIDAY_TABLE_FROM] ?? '').split(' ');
  const found = COLUMNS.map((column, i) => {
    const mmdd = days[i] ?? '';
    const date = `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;
    // The generator checked every day; this only guards against a hand-edited table.
    if (days.length !== COLUMNS.length || mmdd.length !== 4 || !isIsoDate(date)) {
      throw new Error(`holiday-table.ts has a malformed row for ${year}; regenerate it (generate:holidays)`);
    }
    const names = year < 2014 && column.before2014 ? column.before2014 : column;
    return Object.freeze({ date, name: names.name, nameNl: names.nameNl });
  });
  return Object.freeze(found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
}

function cached(year: number): readonly StatutoryHoliday[] {
  assertYear(year);
  let list = byYear.get(year);
  if (list === undefined) {
    list = compute(year);
    byYear.set(year, list);
  }
  return list;
}

/**
 * The statutory holidays of a year under the Algemene termijnenwet art. 3, sorted by date:
 * New Year's Day, Good Friday, Easter Monday, Ascension Day, Whit Monday, King's Day (Queen's Day
 * before 2014), 5 May (every year, not only each fifth year), Christmas Day and Boxing Day. Weekends
 * are not listed (they are non-working by art. 1); Easter Sunday and Whit Sunday are Sundays anyway.
 * A holiday that falls on a Saturday or Sunday is still listed. When two holidays share a date (Ascension Day on
 * 5 May, e.g. 2016) both are listed, in the order of the statute.
 *
 * Throws a `RangeError` for a year outside {@link HOLIDAY_YEARS}. The result is computed once per
 * year and cached; the returned array is a fresh copy.
 *
 * Source: Algemene termijnenwet art. 3 (dates from date-holidays, country NL, via the generated
 * table holiday-table.ts).
 *
 * @example
 * ```ts
 * import { nonWorkingDays } from '@signaalreis/core';
 * nonWorkingDays(2025).find((h) => h.name === "King's Day")?.date; // '2025-04-26' (the 27th is a Sunday)
 * nonWorkingDays(2026).map((h) => h.date).slice(0, 3); // ['2026-01-01', '2026-04-03', '2026-04-06']
 * ```
 */
export function nonWorkingDays(year: number): StatutoryHoliday[] {
  return cached(year).map((h) => ({ ...h }));
}

/** Internal: the dates of {@link nonWorkingDays} as a set, for fast look-up. */
export function holidayDates(year: number): ReadonlySet<IsoDate> {
  let dates = datesByYear.get(year);
  if (dates === undefined) {
    dates = new Set(cached(year).map((h) => h.date));
    datesByYear.set(year, dates);
  }
  return dates;
}
