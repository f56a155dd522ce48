// Dates and months as branded ISO strings. The schemas are marked `@__PURE__` so that a bundler
// drops them (and zod) when an app imports only `isIsoDate` (scripts/bundle-size.test.ts).
import * as z from 'zod';
import { brandFunctions } from './brand';
import type { Result } from './issue';
import { zodMessage } from './zod-message';

const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits `s[from..to)`, or -1 when one of them is not 0–9. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// A real date written YYYY-MM-DD (the form /^(\d{4})-(\d{2})-(\d{2})$/), read without a regular
// expression or an allocation: a month of signals checks a few hundred thousand dates.
function realDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}
const realMonth = (value: unknown): boolean => typeof value === 'string' && ISO_MONTH.test(value);

/**
 * zod schema of an {@link IsoDate}: a real calendar date written `YYYY-MM-DD`; its output is branded.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from '@signaalreis/core';
 * IsoDateSchema.parse('2026-10-26'); // '2026-10-26' (an IsoDate)
 * IsoDateSchema.safeParse('2026-13-01').success; // false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(realDate, {
    message: /* @__PURE__ */ zodMessage({
      nl: 'Verwacht een bestaande datum, geschreven als JJJJ-MM-DD',
      en: 'Expected a real date written YYYY-MM-DD',
    }),
  })
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  .brand<'IsoDate'>();

/**
 * A calendar date as an ISO `YYYY-MM-DD` string, interpreted in the zone `Europe/Amsterdam`. It is
 * a branded string: only {@link parseIsoDate}, {@link IsoDateSchema} (or {@link asIsoDate} for
 * literals) make one, so an unchecked string does not compile where a date is expected.
 *
 * @example
 * ```ts
 * import { asIsoDate, type IsoDate } from '@signaalreis/core';
 * const d: IsoDate = asIsoDate('2026-10-26');
 * // const e: IsoDate = '2026-10-26'; // does not compile: a plain string is not a checked date
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * zod schema of an {@link IsoMonth} (`YYYY-MM`, month 01–12); its output is branded.
 *
 * @example
 * ```ts
 * import { IsoMonthSchema } from '@signaalreis/core';
 * IsoMonthSchema.safeParse('2026-10').success; // true
 * IsoMonthSchema.safeParse('2026-13').success; // false
 * ```
 */
export const IsoMonthSchema = /* @__PURE__ */ z
  .string()
  .regex(ISO_MONTH, {
    message: /* @__PURE__ */ zodMessage({
      nl: 'Verwacht een maand, geschreven als JJJJ-MM',
      en: 'Expected a month written YYYY-MM',
    }),
  })
  .brand<'IsoMonth'>();

/**
 * A calendar month as `YYYY-MM` (a branded string), e.g. the month a delivery or a matching period
 * belongs to.
 */
export type IsoMonth = z.infer<typeof IsoMonthSchema>;

const dates = /* @__PURE__ */ brandFunctions<IsoDate>(realDate, 'invalid_date', (v) => ({
  nl: `${v} is geen bestaande datum JJJJ-MM-DD`,
  en: `${v} is not a real date YYYY-MM-DD`,
}));
const months = /* @__PURE__ */ brandFunctions<IsoMonth>(realMonth, 'invalid_month', (v) => ({
  nl: `${v} is geen maand JJJJ-MM`,
  en: `${v} is not a month YYYY-MM`,
}));

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is not); a type guard.
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@signaalreis/core';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('29-02-2024'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return realDate(value);
}

/**
 * Checks outside input as an {@link IsoDate}; issue code `invalid_date`.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from '@signaalreis/core';
 * parseIsoDate('2026-10-26').ok; // true
 * parseIsoDate('not-a-date').ok; // false
 * ```
 */
export function parseIsoDate(value: unknown): Result<IsoDate> {
  return dates.parse(value);
}

/**
 * An {@link IsoDate} from a literal in code or a test; throws a TypeError when it is not a real
 * date (a programming error). Use {@link parseIsoDate} for outside input.
 *
 * @example
 * ```ts
 * import { asIsoDate } from '@signaalreis/core';
 * asIsoDate('2026-10-26'); // '2026-10-26'
 * // asIsoDate('2026-02-30') throws: not a real date
 * ```
 */
export function asIsoDate(value: string): IsoDate {
  return dates.as(value);
}

/**
 * Whether a value is a month written `YYYY-MM`; a type guard.
 *
 * @example
 * ```ts
 * import { isIsoMonth } from '@signaalreis/core';
 * isIsoMonth('2026-10'); // true
 * isIsoMonth('2026-13'); // false
 * ```
 */
export function isIsoMonth(value: unknown): value is IsoMonth {
  return realMonth(value);
}

/**
 * Checks outside input as an {@link IsoMonth}; issue code `invalid_month`.
 *
 * @example
 * ```ts
 * import { parseIsoMonth } from '@signaalreis/core';
 * parseIsoMonth('2026-13').ok; // false
 * ```
 */
export function parseIsoMonth(value: unknown): Result<IsoMonth> {
  return months.parse(value);
}

/**
 * An {@link IsoMonth} from a literal; throws a TypeError when it is not a month (a programming error).
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * asIsoMonth('2026-10'); // '2026-10'
 * ```
 */
export function asIsoMonth(value: string): IsoMonth {
  return months.as(value);
}
