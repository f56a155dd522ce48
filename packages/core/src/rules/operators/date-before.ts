import { dateComparisonOperator } from './support/date-comparison';

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
export const dateBeforeOperator = dateComparisonOperator('dateBefore', '<', { nl: 'vóór', en: 'before' });
