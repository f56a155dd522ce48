import { dateComparisonOperator } from './support/date-comparison';

/**
 * `dateOnOrAfter`: the date fact is on or after (≥) a date expression: an ISO date, or
 * `{ "date"?, "offsetDays"? }` (the date, default the evaluation date, plus offsetDays calendar
 * days). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "dateOnOrAfter", "value": { "offsetDays": -15 } }
 * ```
 * renders as `oudste vervaldatum (2022-07-10) op of na 2022-11-23 (peildatum 2022-12-08 − 15 dagen)`.
 */
export const dateOnOrAfterOperator = dateComparisonOperator('dateOnOrAfter', '>=', {
  nl: 'op of na',
  en: 'on or after',
});
