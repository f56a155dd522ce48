import { dateComparisonOperator } from './support/date-comparison';

/**
 * `dateOnOrBefore`: the date fact is on or before (≤) a date expression: an ISO date, or
 * `{ "date"?, "offsetDays"? }` (the date, default the evaluation date, plus offsetDays calendar
 * days). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "dateOnOrBefore", "value": { "offsetDays": -15 } }
 * ```
 * renders as `oudste vervaldatum (2022-07-10) op of vóór 2022-11-23 (peildatum 2022-12-08 − 15 dagen)`.
 */
export const dateOnOrBeforeOperator = dateComparisonOperator('dateOnOrBefore', '<=', {
  nl: 'op of vóór',
  en: 'on or before',
});
