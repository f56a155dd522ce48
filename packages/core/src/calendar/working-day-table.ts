// Internal: a per-year table of working days, so that counting working days is integer work.
//
// A day is a position (year, ordinal), where ordinal 1 is 1 January, found by plain integer
// arithmetic on the date (epoch-day.ts: no luxon, no time zone — a calendar day is a calendar day,
// so summer time never shifts one; the property test compares with luxon in Europe/Amsterdam). For
// each year the table holds, per ordinal, whether it is a working day and how many working days the
// year has up to and including it. Tables are built once per year, on first use, and cached.
import type { IsoDate } from '../model/iso-date';
import { epochDay, isoFromEpochDay } from './epoch-day';
import { holidayDates } from './holidays';

interface YearTable {
  /** Number of days in the year (365 or 366). */
  readonly days: number;
  /** `working[o]` is 1 when ordinal `o` (1-based) is a working day; index 0 is unused. */
  readonly working: Uint8Array;
  /** `upTo[o]` is the number of working days on ordinals 1..o; `upTo[0]` is 0. */
  readonly upTo: Uint16Array;
}

/** A day as a year and a 1-based day of the year. */
export interface Position {
  readonly year: number;
  readonly ordinal: number;
}

const tables = new Map<number, YearTable>();

/** The epoch day of 1 January of `year` (years 0000–9999). */
const januaryFirst = (year: number) => epochDay(`${String(year).padStart(4, '0')}-01-01`);

/** The ISO weekday of an epoch day: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

function build(year: number): YearTable {
  const holidays = holidayDates(year); // throws a RangeError outside the supported years
  const jan1 = januaryFirst(year);
  const days = januaryFirst(year + 1) - jan1;
  const working = new Uint8Array(days + 1);
  const upTo = new Uint16Array(days + 1);
  for (let o = 1; o <= days; o++) working[o] = weekdayOf(jan1 + o - 1) <= 5 ? 1 : 0;
  for (const date of holidays) working[epochDay(date) - jan1 + 1] = 0;
  for (let o = 1; o <= days; o++) upTo[o] = (upTo[o - 1] ?? 0) + (working[o] ?? 0);
  return { days, working, upTo };
}

function table(year: number): YearTable {
  let t = tables.get(year);
  if (t === undefined) {
    t = build(year);
    tables.set(year, t);
  }
  return t;
}

/** The position of a valid ISO date. */
export function positionOf(date: IsoDate): Position {
  const year = Number(date.slice(0, 4));
  return { year, ordinal: epochDay(date) - januaryFirst(year) + 1 };
}

/** The ISO date of a position. */
export function isoOf(p: Position): IsoDate {
  return isoFromEpochDay(januaryFirst(p.year) + p.ordinal - 1);
}

/** Whether a position is a working day. */
export function isWorkingAt(p: Position): boolean {
  return table(p.year).working[p.ordinal] === 1;
}

/** Working days in the half-open interval (from, to]; `from` must not be after `to`. */
export function countBetween(from: Position, to: Position): number {
  if (from.year === to.year) {
    const t = table(from.year);
    return (t.upTo[to.ordinal] ?? 0) - (t.upTo[from.ordinal] ?? 0);
  }
  const first = table(from.year);
  let count = (first.upTo[first.days] ?? 0) - (first.upTo[from.ordinal] ?? 0);
  for (let y = from.year + 1; y < to.year; y++) {
    const t = table(y);
    count += t.upTo[t.days] ?? 0;
  }
  return count + (table(to.year).upTo[to.ordinal] ?? 0);
}

/** The `count`-th working day strictly after `from` (`count` >= 1). */
export function forward(from: Position, count: number): Position {
  let { year, ordinal } = from;
  let left = count;
  for (;;) {
    const t = table(year);
    const rest = (t.upTo[t.days] ?? 0) - (t.upTo[ordinal] ?? 0);
    if (left <= rest) {
      const target = (t.upTo[ordinal] ?? 0) + left;
      let o = ordinal + 1;
      while ((t.upTo[o] ?? 0) < target) o++;
      return { year, ordinal: o };
    }
    left -= rest;
    year += 1;
    ordinal = 0;
  }
}

/** The `count`-th working day strictly before `from` (`count` >= 1). */
export function backward(from: Position, count: number): Position {
  let { year, ordinal } = from;
  let left = count;
  for (;;) {
    const t = table(year);
    const before = t.upTo[ordinal - 1] ?? 0; // working days on ordinals 1..ordinal-1
    if (left <= before) {
      // the working day o with upTo[o] === before - left + 1
      const target = before - left + 1;
      let o = ordinal - 1;
      while ((t.upTo[o - 1] ?? 0) >= target) o--;
      return { year, ordinal: o };
    }
    left -= before;
    year -= 1;
    ordinal = table(year).days + 1;
  }
}
