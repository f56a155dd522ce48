import { dateComparisonOperator } from './support/date-comparison';

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
export const dateAfterOperator = dateComparisonOperator('dateAfter', '>', { nl: 'na', en: 'after' });
