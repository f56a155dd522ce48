import { addDays } from '../../calendar/epoch-day';
import { defineOperator } from './definition';
import {
  anchorDayCount,
  DAY_COUNT,
  type DayCount,
  dayCountDate,
  daysSince,
  renderDayCount,
} from './support/day-count';
import { DATE_TYPES } from './support/fact-types';

const BOUND = { nl: 'hoogstens', en: 'at most' } as const;

/**
 * `daysSinceAtMost`: at most n calendar days passed from the date fact to the evaluation date;
 * a date after the evaluation date counts negative, so it passes. A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "daysSinceAtMost", "value": 100 }
 * ```
 * renders as `oudste vervaldatum (2022-07-10) ligt hoogstens 100 dagen vóór de peildatum 2022-12-07`.
 */
export const daysSinceAtMostOperator = defineOperator({
  name: 'daysSinceAtMost',
  factTypes: DATE_TYPES,
  valueSpec: () => DAY_COUNT,
  anchor: anchorDayCount,
  compile: (value, k) => {
    const { days, asOf } = value as DayCount;
    const earliest = addDays(asOf, -days);
    return (s) => {
      const x = s[k];
      return typeof x === 'string' && x >= earliest;
    };
  },
  reference: daysSince((days, limit) => days <= limit),
  render: (value, { lang }) => renderDayCount(value, lang, BOUND),
  overlap: { boundaries: (value) => [dayCountDate(value)] },
});
