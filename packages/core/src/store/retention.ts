// Retention: how long a store keeps a month's matching data and a closed case. No statutory period
// was found; the default follows one municipality's register (project default, docs/store.md).
import * as z from 'zod';
import { addMonths, monthOf } from '../calendar/months';
import { type IsoDate, type IsoMonth, isIsoDate } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { zodMessage } from '../model/zod-message';

/** Longest retention accepted, in months (project default: 20 years, far above any practice). */
const MAX_MONTHS = 240;
const Months = z.number().int().min(0).max(MAX_MONTHS);

/**
 * zod schema of a {@link Retention}: three whole numbers of months (0–240) and the source they
 * come from. Picked-up signals are kept at least as long as the others.
 *
 * @example
 * ```ts
 * import { RetentionSchema } from '@signaalreis/core/store';
 * RetentionSchema.safeParse({ matchingMonths: 6, matchingMonthsIfPickedUp: 3, casesMonthsAfterClosure: 18, source: 'x' }).success;
 * // false: picked-up signals may not be dropped before the others
 * ```
 */
export const RetentionSchema = z
  .object({
    /** Months a signal (matching data) is kept after its delivery month. */
    matchingMonths: Months,
    /** Months a signal the municipality picked up is kept after its delivery month. */
    matchingMonthsIfPickedUp: Months,
    /** Months a case, its lifecycle record and the feedback sent are kept after the case was closed. */
    casesMonthsAfterClosure: Months,
    /** Where the numbers come from: a key of docs/sources.md, a council decision, or "project default". */
    source: z.string().min(1).max(TEXT_LIMITS.text),
  })
  .strict()
  .refine((r) => r.matchingMonthsIfPickedUp >= r.matchingMonths, {
    path: ['matchingMonthsIfPickedUp'],
    message: zodMessage({
      nl: 'Opgepakte signalen worden minstens zo lang bewaard als de andere (matchingMonthsIfPickedUp ≥ matchingMonths)',
      en: 'Picked-up signals are kept at least as long as the others (matchingMonthsIfPickedUp ≥ matchingMonths)',
    }),
  });

/**
 * How long a case store keeps what it holds, in whole months: a municipality preset's `retention`.
 *
 * @example
 * ```ts
 * import type { Retention } from '@signaalreis/core/store';
 * const council: Retention = { matchingMonths: 3, matchingMonthsIfPickedUp: 12, casesMonthsAfterClosure: 24, source: 'council decision 2026-03' };
 * ```
 */
export type Retention = z.infer<typeof RetentionSchema>;

/**
 * The retention a store uses when a preset gives none: matching data 6 months, 12 when picked up,
 * cases 18 months after closure — what one municipality's register keeps; no statutory period
 * was found (project default; the national-baseline preset says the same).
 *
 * @example
 * ```ts
 * import { DEFAULT_RETENTION } from '@signaalreis/core/store';
 * DEFAULT_RETENTION.casesMonthsAfterClosure; // 18
 * ```
 */
export const DEFAULT_RETENTION: Retention = Object.freeze({
  matchingMonths: 6,
  matchingMonthsIfPickedUp: 12,
  casesMonthsAfterClosure: 18,
  source:
    'project default: no statutory period was found, so the figures of one municipality’s register: matching data 6 months (12 if picked up), cases 18 months after closure',
});

/**
 * What a purge on a date removes, as limits: signals of a month before `keepSignalsFrom` (picked
 * up: before `keepPickedUpFrom`), and cases closed on or before `removeCasesClosedOnOrBefore`.
 */
export interface RetentionCutoffs {
  /** The date the purge is for. */
  on: IsoDate;
  /** Signals not picked up of months before this month are removed. */
  keepSignalsFrom: IsoMonth;
  /** Picked-up signals of months before this month are removed. */
  keepPickedUpFrom: IsoMonth;
  /** Cases closed on or before this date are removed (with their record and feedback sent). */
  removeCasesClosedOnOrBefore: IsoDate;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` minus `n` whole months, the day clamped to the month's length (31 March − 1 → 28/29 Feb). */
function monthsBefore(date: IsoDate, n: number): IsoDate {
  const month = addMonths(monthOf(date), -n);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = Math.min(Number(date.slice(8, 10)), daysIn(y, m));
  return `${month}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * The limits of a purge on `on` under `retention`: a month's signals stay for `matchingMonths`
 * whole months after their delivery month (October's signals with 6 months: until the end of
 * April), picked-up signals for `matchingMonthsIfPickedUp`; a case stays until
 * `casesMonthsAfterClosure` months after the day it was closed. Every store computes its purge
 * from these, so a dry run and the real purge agree on every backend. Throws a RangeError for a
 * malformed date (a programming error: parse dates first).
 *
 * @example
 * ```ts
 * import { asIsoDate } from '@signaalreis/core';
 * import { DEFAULT_RETENTION, retentionCutoffs } from '@signaalreis/core/store';
 * retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-05-01'));
 * // { on: '2027-05-01', keepSignalsFrom: '2026-11', keepPickedUpFrom: '2026-05',
 * //   removeCasesClosedOnOrBefore: '2025-11-01' } — October 2026's unpicked signals go today
 * ```
 */
export function retentionCutoffs(retention: Retention, on: IsoDate): RetentionCutoffs {
  if (!isIsoDate(on)) throw new RangeError('retentionCutoffs: on must be a real date YYYY-MM-DD');
  const month = monthOf(on);
  return {
    on,
    keepSignalsFrom: addMonths(month, -retention.matchingMonths),
    keepPickedUpFrom: addMonths(month, -retention.matchingMonthsIfPickedUp),
    removeCasesClosedOnOrBefore: monthsBefore(on, retention.casesMonthsAfterClosure),
  };
}
