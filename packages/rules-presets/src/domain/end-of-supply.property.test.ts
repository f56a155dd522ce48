// Issue 13 (domain): the end-of-supply signal of criteria-energy-regulation-2023 fires on the day the
// source names — signaalreis-2023, annex, energy suppliers: "Eindeleveringssignaal: 20 werkdagen voor
// het einde van het contract" (afsluitregeling-2023) — not on every day of the last 20 working days.
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, isWorkingDay } from '@signaalreis/core';
import { expect } from 'vitest';
import { decide, plusDays, row } from '../criteria/fixtures.test-support';

/** Working days in (from, to], counted day by day (independent of the working-day tables). */
function countWorkingDays(from: string, to: string): number {
  let n = 0;
  for (let d = plusDays(from, 1); d <= to; d = plusDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

const input = fc.record({
  // evaluation dates from the regulation's start to 2035: weekends, Easter, King's Day, 5 May, Christmas
  on: fc.integer({ min: 0, max: 4300 }).map((n) => plusDays('2023-04-01', n)),
  endIn: fc.integer({ min: 0, max: 45 }),
});

test.prop([input], { numRuns: 300 })(
  '"Eindeleveringssignaal: 20 werkdagen voor het einde van het contract": it fires exactly when 20 working days are left',
  ({ on, endIn }) => {
    const end = plusDays(on, endIn);
    const r = decide(
      'criteria-energy-regulation-2023',
      row({ unpaidTerms: 1, remindersSent: 3, contractEndDate: asIsoDate(end) }, on),
      on,
    );
    const left = countWorkingDays(on, end);
    expect(r.kind === 'end-of-supply', `${on} → ${end}: ${left} working days`).toBe(left === 20);
  },
);

test.prop([fc.integer({ min: 0, max: 4300 }).map((n) => plusDays('2023-07-01', n))], { numRuns: 200 })(
  'for every contract end there is exactly one working day in the 60 calendar days before it on which the signal fires',
  (end) => {
    const days = Array.from({ length: 60 }, (_, i) => plusDays(end, -i - 1)).filter((d) => isWorkingDay(d));
    const firing = days.filter(
      (on) =>
        decide(
          'criteria-energy-regulation-2023',
          row({ unpaidTerms: 1, remindersSent: 3, contractEndDate: asIsoDate(end) }, on),
          on,
        ).kind === 'end-of-supply',
    );
    expect(firing).toHaveLength(1);
    expect(countWorkingDays(firing[0] as string, end)).toBe(20);
  },
);
