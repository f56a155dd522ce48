import { DateTime } from 'luxon';
import type { ReferenceCalendar, ReferenceDay } from './operators/definition';

// The reference operators' calendar: luxon in UTC (calendar days, no DST effects), independent
// of the integer day arithmetic of calendar/epoch-day.ts that the compiled forms use, so that the
// differential test compares two implementations. Only the reference evaluator loads it.

const toDay = (d: DateTime) => d as unknown as ReferenceDay;
const fromDay = (d: ReferenceDay) => d as unknown as DateTime;

/**
 * Calendar days through luxon, for the operators' reference forms.
 *
 * @example
 * ```ts
 * import { referenceCalendar } from './reference-calendar';
 * const a = referenceCalendar.day('2024-02-28');
 * const b = referenceCalendar.day('2024-03-01');
 * if (a && b) referenceCalendar.daysFromTo(a, b); // 2 (a leap year)
 * referenceCalendar.day('2026-02-30'); // undefined: not a real date
 * ```
 */
export const referenceCalendar: ReferenceCalendar = {
  day(value) {
    if (typeof value !== 'string') return undefined;
    const parsed = DateTime.fromISO(value, { zone: 'utc' });
    return parsed.isValid ? toDay(parsed) : undefined;
  },
  plusDays: (day, days) => toDay(fromDay(day).plus({ days })),
  daysFromTo: (from, to) => Math.round(fromDay(to).diff(fromDay(from), 'days').days),
};
