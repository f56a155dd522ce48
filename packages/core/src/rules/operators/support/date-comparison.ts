// The four date comparisons (dateBefore, dateOnOrBefore, dateAfter, dateOnOrAfter) differ only in
// their comparison and their words; each operator file calls this with its own.
import type { Bilingual } from '../../../model/text';
import { defineOperator, type SlotTest } from '../definition';
import {
  anchorDateExpression,
  compareDates,
  DATE_EXPRESSION,
  dateExpressionBoundaries,
  effectiveDate,
  renderDateExpression,
} from './date-expression';
import { DATE_TYPES } from './fact-types';

/** How the fact compares with the date: before, on or before, after, on or after. */
export type DateComparison = '<' | '<=' | '>' | '>=';

/** The compiled test, one closure per comparison (no extra call per evaluation on the hot path). */
function compiled(op: DateComparison, d: string, k: number): SlotTest {
  switch (op) {
    case '<':
      return (s) => {
        const x = s[k];
        return typeof x === 'string' && x < d;
      };
    case '<=':
      return (s) => {
        const x = s[k];
        return typeof x === 'string' && x <= d;
      };
    case '>':
      return (s) => {
        const x = s[k];
        return typeof x === 'string' && x > d;
      };
    case '>=':
      return (s) => {
        const x = s[k];
        return typeof x === 'string' && x >= d;
      };
  }
}

const REFERENCE: Record<DateComparison, (days: number) => boolean> = {
  '<': (days) => days < 0,
  '<=': (days) => days <= 0,
  '>': (days) => days > 0,
  '>=': (days) => days >= 0,
};

/**
 * A date comparison operator: the date fact compared with a date expression (an ISO date, or
 * `{ "date"?, "offsetDays"? }`); a missing fact fails.
 *
 * @example
 * ```ts
 * import { dateComparisonOperator } from './date-comparison';
 * const dateAfter = dateComparisonOperator('dateAfter', '>', { nl: 'na', en: 'after' });
 * dateAfter.name; // 'dateAfter'
 * ```
 */
export function dateComparisonOperator<const N extends string>(
  name: N,
  op: DateComparison,
  phrase: Bilingual,
) {
  return defineOperator({
    name,
    reference: compareDates(REFERENCE[op]),
    factTypes: DATE_TYPES,
    valueSpec: () => DATE_EXPRESSION,
    anchor: anchorDateExpression,
    compile: (value, k) => compiled(op, effectiveDate(value), k),
    render: (value, { lang, asOf }) => `${phrase[lang]} ${renderDateExpression(value, lang, asOf)}`,
    overlap: { boundaries: dateExpressionBoundaries },
  });
}
