import { defineOperator } from './definition';
import {
  anchorDateExpression,
  compareDates,
  DATE_EXPRESSION,
  dateExpressionBoundaries,
  effectiveDate,
  renderDateExpression,
} from './support/date-expression';
import { DATE_TYPES } from './support/fact-types';

const PHRASE = { nl: 'na', en: 'after' } as const;

/**
 * `dateAfter`: the date fact is after (>) a date expression: an ISO date, or
 * `{ "date"?, "offsetDays"? }` (the date, default the evaluation date, plus offsetDays calendar
 * days). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "dateAfter", "value": { "offsetDays": -15 } }
 * ```
 * renders as `oudste vervaldatum (2022-07-10) na 2022-11-23 (peildatum 2022-12-08 − 15 dagen)`.
 */
export const dateAfterOperator = defineOperator({
  name: 'dateAfter',
  factTypes: DATE_TYPES,
  valueSpec: () => DATE_EXPRESSION,
  anchor: anchorDateExpression,
  compile: (value, k) => {
    const d = effectiveDate(value);
    return (s) => {
      const x = s[k];
      return typeof x === 'string' && x > d;
    };
  },
  reference: compareDates((days) => days > 0),
  render: (value, { lang, asOf }) => `${PHRASE[lang]} ${renderDateExpression(value, lang, asOf)}`,
  overlap: { boundaries: dateExpressionBoundaries },
});
