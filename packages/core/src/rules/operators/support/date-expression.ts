import { addDays } from '../../../calendar/epoch-day';
import type { IsoDate } from '../../../model/iso-date';
import type { Lang } from '../../lang';
import type { ValueSpec } from '../../value-spec';
import type { ReferenceOperator } from '../definition';

// The value of the date operators (dateBefore, dateOnOrBefore, dateAfter, dateOnOrAfter): an ISO
// date, or `{ date?, offsetDays? }` — the date (default: the evaluation date) plus offsetDays
// calendar days. Resolution anchors the object form to `{ date, offsetDays }`.

/** An anchored date expression. */
interface Anchored {
  date: string;
  offsetDays: number;
}

/** The value spec: a date, or `{ "date"?, "offsetDays"? }`. */
export const DATE_EXPRESSION: ValueSpec = {
  kind: 'oneOf',
  describe: {
    nl: 'een datum (JJJJ-MM-DD) of {"date"?, "offsetDays"?}',
    en: 'a date (YYYY-MM-DD) or {"date"?, "offsetDays"?}',
  },
  options: [
    { kind: 'date' },
    {
      kind: 'object',
      fields: {
        date: { spec: { kind: 'date' }, optional: true },
        offsetDays: { spec: { kind: 'integer' }, optional: true },
      },
    },
  ],
};

/**
 * Anchors the object form at the evaluation date: a missing `date` is `asOf`, a missing
 * `offsetDays` is 0.
 *
 * @example
 * ```ts
 * import { asIsoDate } from '@signaalreis/core';
 * import { anchorDateExpression } from './date-expression';
 * anchorDateExpression({ offsetDays: -15 }, asIsoDate('2026-10-26')); // { date: '2026-10-26', offsetDays: -15 }
 * anchorDateExpression('2022-12-08', asIsoDate('2026-10-26')); // '2022-12-08': a plain date stays as it is
 * ```
 */
export function anchorDateExpression(value: unknown, asOf: IsoDate): unknown {
  if (typeof value === 'string') return value;
  const expr = value as { date?: string; offsetDays?: number };
  return { date: expr.date ?? asOf, offsetDays: expr.offsetDays ?? 0 };
}

/**
 * The date an anchored expression stands for (compiled forms and the overlap search).
 *
 * @example
 * ```ts
 * import { effectiveDate } from './date-expression';
 * effectiveDate({ date: '2024-02-28', offsetDays: 1 }); // '2024-02-29'
 * ```
 */
export function effectiveDate(value: unknown): string {
  if (typeof value === 'string') return value;
  const expr = value as Anchored;
  return expr.offsetDays === 0 ? expr.date : addDays(expr.date, expr.offsetDays);
}

/** The boundaries of a date expression for the overlap search: the date it stands for. */
export const dateExpressionBoundaries = (value: unknown): readonly unknown[] => [effectiveDate(value)];

const WORDS = {
  nl: { asOf: 'peildatum', days: 'dagen' },
  en: { asOf: 'evaluation date', days: 'days' },
} as const;

/**
 * An anchored expression for people: the date, and how it was computed when relative.
 *
 * @example
 * ```ts
 * import { renderDateExpression } from './date-expression';
 * renderDateExpression({ date: '2022-12-08', offsetDays: -15 }, 'nl', '2022-12-08');
 * // '2022-11-23 (peildatum 2022-12-08 − 15 dagen)'
 * renderDateExpression({ date: '2022-12-08', offsetDays: 0 }, 'en', '2026-10-26'); // '2022-12-08'
 * ```
 */
export function renderDateExpression(value: unknown, lang: Lang, asOf: string | undefined): string {
  if (typeof value === 'string') return value;
  const { date, offsetDays } = value as Anchored;
  if (offsetDays === 0 && date !== asOf) return date;
  const base = date === asOf ? `${WORDS[lang].asOf} ${date}` : date;
  const shift =
    offsetDays === 0 ? '' : ` ${offsetDays < 0 ? '−' : '+'} ${Math.abs(offsetDays)} ${WORDS[lang].days}`;
  return `${addDays(date, offsetDays)} (${base}${shift})`;
}

/**
 * The reference form of a date comparison: `test` receives the whole days from the expression's
 * date to the fact's date (negative: the fact is earlier). An invalid or missing date fails.
 *
 * @example
 * ```ts
 * import { referenceCalendar } from '../../reference-calendar';
 * import { compareDates } from './date-expression';
 * const dateBefore = compareDates((d) => d < 0);
 * dateBefore('2026-10-25', '2026-10-26', referenceCalendar); // true
 * dateBefore('2026-10-25', { date: '2026-10-26', offsetDays: -1 }, referenceCalendar); // false: the same day
 * ```
 */
export function compareDates(test: (daysFromTargetToFact: number) => boolean): ReferenceOperator {
  return (factValue, value, calendar) => {
    const fact = calendar.day(factValue);
    let target: ReturnType<typeof calendar.day>;
    if (typeof value === 'string') target = calendar.day(value);
    else {
      const expr = value as Anchored;
      const day = calendar.day(expr.date);
      target = day && calendar.plusDays(day, expr.offsetDays);
    }
    return fact !== undefined && target !== undefined && test(calendar.daysFromTo(target, fact));
  };
}
