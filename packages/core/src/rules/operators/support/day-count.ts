import { addDays } from '../../../calendar/epoch-day';
import type { IsoDate } from '../../../model/iso-date';
import type { Lang } from '../../lang';
import type { ValueSpec } from '../../value-spec';
import type { ReferenceOperator } from '../definition';

// The value of daysSinceAtLeast / daysSinceAtMost: a whole number of days ≥ 0, anchored at
// resolution to `{ days, asOf }` (days from the fact's date to the evaluation date).

/** An anchored day count. */
export interface DayCount {
  days: number;
  asOf: string;
}

/** The value spec: an integer ≥ 0. */
export const DAY_COUNT: ValueSpec = { kind: 'integer', min: 0 };

/**
 * Anchors a day count at the evaluation date.
 *
 * @example
 * ```ts
 * import { asIsoDate } from '@signaalreis/core';
 * import { anchorDayCount } from './day-count';
 * anchorDayCount(15, asIsoDate('2026-10-26')); // { days: 15, asOf: '2026-10-26' }
 * ```
 */
export const anchorDayCount = (value: unknown, asOf: IsoDate): DayCount => ({ days: value as number, asOf });

/**
 * The fact date exactly `days` days before the evaluation date: the boundary of both operators.
 *
 * @example
 * ```ts
 * import { dayCountDate } from './day-count';
 * dayCountDate({ days: 15, asOf: '2026-10-26' }); // '2026-10-11'
 * ```
 */
export function dayCountDate(value: unknown): string {
  const { days, asOf } = value as DayCount;
  return addDays(asOf, -days);
}

/**
 * The reference form: `test` receives the whole days from the fact's date to the evaluation
 * date (negative for a future date) and the count. An invalid or missing date fails.
 *
 * @example
 * ```ts
 * import { referenceCalendar } from '../../reference-calendar';
 * import { daysSince } from './day-count';
 * const daysSinceAtLeast = daysSince((days, limit) => days >= limit);
 * daysSinceAtLeast('2026-10-11', { days: 15, asOf: '2026-10-26' }, referenceCalendar); // true
 * daysSinceAtLeast(undefined, { days: 15, asOf: '2026-10-26' }, referenceCalendar); // false: a missing date fails
 * ```
 */
export function daysSince(test: (days: number, limit: number) => boolean): ReferenceOperator {
  return (factValue, value, calendar) => {
    const { days, asOf } = value as DayCount;
    const fact = calendar.day(factValue);
    const now = calendar.day(asOf);
    return fact !== undefined && now !== undefined && test(calendar.daysFromTo(fact, now), days);
  };
}

/**
 * The rendering of both operators.
 *
 * @example
 * ```ts
 * import { renderDayCount } from './day-count';
 * renderDayCount({ days: 15, asOf: '2026-10-26' }, 'en', { nl: 'ten minste', en: 'at least' });
 * // 'is at least 15 days before the evaluation date 2026-10-26'
 * ```
 */
export function renderDayCount(value: unknown, lang: Lang, bound: Readonly<Record<Lang, string>>): string {
  const v = value as DayCount;
  return lang === 'nl'
    ? `ligt ${bound.nl} ${v.days} dagen vóór de peildatum ${v.asOf}`
    : `is ${bound.en} ${v.days} days before the evaluation date ${v.asOf}`;
}
