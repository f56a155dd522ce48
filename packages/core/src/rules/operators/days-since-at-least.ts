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

const BOUND = { nl: 'ten minste', en: 'at least' } as const;

/**
 * `daysSinceAtLeast`: at least n calendar days passed from the date fact to the evaluation date
 * (the same as `dateOnOrBefore { "offsetDays": -n }`). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "oldestDueDate", "operator": "daysSinceAtLeast", "value": 15 }
 * ```
 * renders as `oudste vervaldatum (2026-10-01) ligt ten minste 15 dagen vóór de peildatum 2026-10-26`.
 */
export const daysSinceAtLeastOperator = defineOperator({
  name: 'daysSinceAtLeast',
  factTypes: DATE_TYPES,
  valueSpec: () => DAY_COUNT,
  anchor: anchorDayCount,
  compile: (value, k) => {
    const { days, asOf } = value as DayCount;
    const latest = addDays(asOf, -days);
    return (s) => {
      const x = s[k];
      return typeof x === 'string' && x <= latest;
    };
  },
  reference: daysSince((days, limit) => days >= limit),
  render: (value, { lang }) => renderDayCount(value, lang, BOUND),
  overlap: { boundaries: (value) => [dayCountDate(value)] },
});
