// The "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3), taken from date-holidays.
//
// date-holidays (country NL) is the source of the movable dates (Easter and the days that hang on
// it, King's Day). Its `type` cannot be used to select them: it marks Good Friday and 5 May as
// `school` and lists days the statute does not know (Easter Sunday, Whit Sunday, 4 May, Prinsjesdag,
// 31 December …) beside them. So each statutory day is picked by its date-holidays *rule* and then
// checked by date or weekday; a mismatch (e.g. after a date-holidays upgrade) throws instead of
// silently miscounting working days.
import Holidays from 'date-holidays';
import type { DateTime } from 'luxon';
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { toDateTime } from './iso';

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
  from: 1990,
  to: 2100,
});

/**
 * A statutory holiday ("algemeen erkende feestdag") of the Algemene termijnenwet art. 3.
 *
 * @example
 * ```ts
 * import type { StatutoryHoliday } from '@signaalreis/core';
 * const h: StatutoryHoliday = { date: '2026-04-03', name: 'Good Friday', nameNl: 'Goede Vrijdag' };
 * ```
 */
export interface StatutoryHoliday {
  /** The day, `YYYY-MM-DD`. */
  date: IsoDate;
  /** English name, e.g. `Whit Monday`. */
  name: string;
  /** Dutch name, e.g. `Tweede Pinksterdag`. */
  nameNl: string;
}

interface Pick {
  readonly name: string;
  readonly nameNl: string;
  /** Selects the date-holidays entry by its rule. */
  readonly rule: (rule: string) => boolean;
  /** Sanity check on the selected day (weekday 1 = Monday … 7 = Sunday). */
  readonly check: (day: DateTime) => boolean;
  /** Other names before 2014 (Koninginnedag). */
  readonly before2014?: { readonly name: string; readonly nameNl: string };
}

const fixed = (month: number, day: number) => (d: DateTime) => d.month === month && d.day === day;
const weekday = (w: number) => (d: DateTime) => d.weekday === w;

// In the order of the statute; sorting by date is stable, so two holidays on one day (Ascension
// Day on 5 May, as in 2005 and 2016) keep this order.
const PICKS: readonly Pick[] = [
  { name: "New Year's Day", nameNl: 'Nieuwjaarsdag', rule: (r) => r === '01-01', check: fixed(1, 1) },
  { name: 'Good Friday', nameNl: 'Goede Vrijdag', rule: (r) => r === 'easter -2', check: weekday(5) },
  { name: 'Easter Monday', nameNl: 'Tweede Paasdag', rule: (r) => r === 'easter 1', check: weekday(1) },
  { name: 'Ascension Day', nameNl: 'Hemelvaartsdag', rule: (r) => r === 'easter 39', check: weekday(4) },
  { name: 'Whit Monday', nameNl: 'Tweede Pinksterdag', rule: (r) => r === 'easter 50', check: weekday(1) },
  {
    name: "King's Day",
    nameNl: 'Koningsdag',
    before2014: { name: "Queen's Day", nameNl: 'Koninginnedag' },
    rule: (r) => r.startsWith('04-27') || r.startsWith('04-30'),
    check: (d) =>
      d.year >= 2014
        ? (d.month === 4 && d.day === 27 && d.weekday !== 7) ||
          (d.month === 4 && d.day === 26 && d.weekday === 6)
        : (d.month === 4 && d.day === 30 && d.weekday !== 7) ||
          (d.month === 4 && d.day === 29 && d.weekday === 6),
  },
  { name: 'Liberation Day', nameNl: 'Bevrijdingsdag', rule: (r) => r === '05-05', check: fixed(5, 5) },
  { name: 'Christmas Day', nameNl: 'Eerste Kerstdag', rule: (r) => r === '12-25', check: fixed(12, 25) },
  { name: 'Boxing Day', nameNl: 'Tweede Kerstdag', rule: (r) => r === '12-26', check: fixed(12, 26) },
];

let source: Holidays | undefined;
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
  source ??= new Holidays('NL');
  const entries = source.getHolidays(year);
  const found = PICKS.map((pick) => {
    const hits = entries.filter((e) => pick.rule(e.rule));
    const date = hits.length === 1 ? (hits[0]?.date.slice(0, 10) ?? '') : '';
    if (!isIsoDate(date) || !pick.check(toDateTime(date))) {
      throw new Error(
        `date-holidays (NL) gave no single plausible ${pick.name} in ${year}; check its rules after an upgrade`,
      );
    }
    const names = year < 2014 && pick.before2014 ? pick.before2014 : pick;
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
 * Source: Algemene termijnenwet art. 3 (dates from date-holidays, country NL).
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
