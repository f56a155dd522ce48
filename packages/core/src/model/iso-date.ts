// The schemas are marked `@__PURE__` so that a bundler drops them (and zod) when an app imports
// only `isIsoDate` (scripts/bundle-size.test.ts).
import * as z from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as an ISO `YYYY-MM-DD` string (a project convention). Dates in data are always
 * strings of this form; they are interpreted in the zone `Europe/Amsterdam`.
 *
 * @example
 * ```ts
 * import type { IsoDate } from '@signaalreis/core';
 * const d: IsoDate = '2026-10-26';
 * ```
 */
export type IsoDate = string;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is not).
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@signaalreis/core';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('29-02-2024'); // false
 * ```
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * zod schema of an {@link IsoDate}: a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from '@signaalreis/core';
 * IsoDateSchema.parse('2026-10-26'); // '2026-10-26'
 * IsoDateSchema.safeParse('2026-13-01').success; // false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isIsoDate, { message: 'Expected a real date written YYYY-MM-DD' });

/**
 * A calendar month as `YYYY-MM`, e.g. the month a delivery or a matching period belongs to.
 *
 * @example
 * ```ts
 * import type { IsoMonth } from '@signaalreis/core';
 * const m: IsoMonth = '2026-10';
 * ```
 */
export type IsoMonth = string;

/**
 * zod schema of an {@link IsoMonth} (`YYYY-MM`, month 01–12).
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
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Expected a month written YYYY-MM' });
