// The moment of a lifecycle step: a date, or a local time on a date (Europe/Amsterdam). A branded
// string like IsoDate, so an unchecked string does not compile where a lifecycle time is expected;
// every IsoDate is a lifecycle time too (a day without a clock time).
import * as z from 'zod';
import { brandFunctions } from '../model/brand';
import { type IsoDate, isIsoDate } from '../model/iso-date';
import type { Result } from '../model/issue';
import { zodMessage } from '../model/zod-message';
import { MESSAGES } from './messages';

const TIME = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;

/** Years the working-day calendar covers (calendar/working-day-table.ts); project default. */
const FIRST_YEAR = 1991;
const LAST_YEAR = 2099;

function realTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const date = TIME.exec(value)?.[1];
  if (date === undefined || !isIsoDate(date)) return false;
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * zod schema of a {@link LifecycleTime}: a date `YYYY-MM-DD` or a local time in Europe/Amsterdam
 * `YYYY-MM-DDTHH:mm[:ss]`, in the years 1991–2099 (the range the working-day calendar covers).
 * Its output is a {@link LifecycleTime} (branded); a string that is not one gives the issue code
 * `invalid_time`.
 *
 * @example
 * ```ts
 * import { LifecycleTimeSchema } from '@signaalreis/core';
 * LifecycleTimeSchema.safeParse('2026-10-26T18:30').success; // true
 * LifecycleTimeSchema.safeParse('2026-10-26 18:30').success; // false: a T between date and time
 * LifecycleTimeSchema.safeParse('2150-01-01').success; // false: outside the calendar's years
 * ```
 */
export const LifecycleTimeSchema = z
  .string()
  .refine(realTime, { message: zodMessage(MESSAGES.time), params: { code: 'invalid_time' } })
  // the brand of a checked value (like zod's `.brand()`, which cannot name a union of brands)
  .transform((checked) => checked as LifecycleTime);

/**
 * A moment of the lifecycle: an {@link IsoDate} (`YYYY-MM-DD`) or a checked local time
 * `YYYY-MM-DDTHH:mm[:ss]` (Europe/Amsterdam). Timers compare on the date only; the time is kept in
 * the audit trail. Every `on` of the lifecycle functions is one, and the functions check it again
 * (years 1991–2099), so a date outside the calendar gives an issue, not an exception.
 *
 * @example
 * ```ts
 * import { asIsoDate, asLifecycleTime, type LifecycleTime } from '@signaalreis/core';
 * const morning: LifecycleTime = asLifecycleTime('2026-10-26T09:15');
 * const day: LifecycleTime = asIsoDate('2026-10-26'); // a date is a lifecycle time too
 * // const bad: LifecycleTime = '2026-10-26T09:15'; // does not compile: not checked
 * ```
 */
export type LifecycleTime = IsoDate | (string & z.$brand<'LifecycleTime'>);

const times = brandFunctions<LifecycleTime>(realTime, 'invalid_time', MESSAGES.notATime);

/**
 * Whether a value is a {@link LifecycleTime} (a date or a local time in the years 1991–2099); a type guard.
 *
 * @example
 * ```ts
 * import { isLifecycleTime } from '@signaalreis/core';
 * isLifecycleTime('2026-10-26T24:00'); // false: no hour 24
 * ```
 */
export function isLifecycleTime(value: unknown): value is LifecycleTime {
  return realTime(value);
}

/**
 * Checks outside input as a {@link LifecycleTime}; issue code `invalid_time`.
 *
 * @example
 * ```ts
 * import { parseLifecycleTime } from '@signaalreis/core';
 * parseLifecycleTime('2026-10-26T09:15').ok; // true
 * parseLifecycleTime('26-10-2026').ok; // false
 * ```
 */
export function parseLifecycleTime(value: unknown): Result<LifecycleTime> {
  return times.parse(value);
}

/**
 * A {@link LifecycleTime} from a literal in code or a test; throws a TypeError when it is not one
 * (a programming error). Use {@link parseLifecycleTime} for outside input.
 *
 * @example
 * ```ts
 * import { asLifecycleTime } from '@signaalreis/core';
 * asLifecycleTime('2026-10-30T10:15'); // '2026-10-30T10:15'
 * // asLifecycleTime('2026-10-30 10:15') throws
 * ```
 */
export function asLifecycleTime(value: string): LifecycleTime {
  return times.as(value);
}

/** The date part of a (checked) lifecycle time. */
export const dayOf = (time: LifecycleTime): IsoDate => time.slice(0, 10) as IsoDate;
