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

const PHRASE = { nl: 'vóór', en: 'before' } as const;

/**
 * `dateBefore`: the date fact is before (<) a date expression: an ISO date, or
 * `{ "date"?, "offsetDays"? }` (the date, default the evaluation date, plus offsetDays calendar
 * days). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "dateBefore", "value": { "offsetDays": -15 } }
 * ```
 * renders as `oudste vervaldatum (2022-07-10) vóór 2022-11-23 (peildatum 2022-12-08 − 15 dagen)`.
 */
export const dateBeforeOperator = defineOperator({
  name: 'dateBefore',
  factTypes: DATE_TYPES,
  valueSpec: () => DATE_EXPRESSION,
  anchor: anchorDateExpression,
  compile: (value, k) => {
    const d = effectiveDate(value);
    return (s) => {
      const x = s[k];
      return typeof x === 'string' && x < d;
    };
  },
  reference: compareDates((days) => days < 0),
  render: (value, { lang, asOf }) => `${PHRASE[lang]} ${renderDateExpression(value, lang, asOf)}`,
  overlap: { boundaries: dateExpressionBoundaries },
});
