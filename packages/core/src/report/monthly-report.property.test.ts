import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { asIsoDate, asIsoMonth } from '../model/iso-date';
import { kase, month, sig, value } from './fixtures.test-support';
import type { ReportCase } from './monthly-input';
import { monthlyReport } from './monthly-report';
import { NEIGHBOURHOOD_MEASURES, type NeighbourhoodMeasure } from './monthly-types';

const arbCase = fc
  .record({
    postcode: fc.constantFrom('7411AB', '7412CD', '7420XY'),
    number: fc.integer({ min: 1, max: 40 }),
    neighbourhood: fc.constantFrom(undefined, 'Zuid', 'Noord', 'Centrum'),
    partners: fc.subarray(['ZV-A', 'EN-B', 'WO-C'], { minLength: 1 }),
    consecutive: fc.boolean(),
    recidive: fc.boolean(),
    pickedUp: fc.boolean(),
  })
  .map(
    (c): ReportCase =>
      kase(
        `${c.postcode} ${c.number}`,
        c.partners.map((p) => sig(p, { neighbourhood: c.neighbourhood })),
        {
          consecutiveCreditors: c.consecutive ? c.partners : [],
          recidiveMonths: c.recidive ? ['2026-09'] : [],
          signalStatus: c.pickedUp ? 'Opgepakt' : 'Niet opgepakt: andere reden',
        },
      ),
  );

const TOTAL: Record<NeighbourhoodMeasure, keyof ReturnType<typeof figures>['totals']> = {
  signals: 'signals',
  households: 'households',
  matches: 'matches',
  consecutiveCreditors: 'consecutiveCreditors',
  recidive: 'recidive',
  pickedUp: 'pickedUp',
};
const figures = (cases: ReportCase[]) =>
  value(
    monthlyReport({
      month: asIsoMonth('2026-10'),
      months: 1,
      cases: [month('2026-10', cases)],
      on: asIsoDate('2026-11-30'),
    }),
  );

test.prop([fc.array(arbCase, { minLength: 1, maxLength: 60 })], { numRuns: 150 })(
  'publishes no per-neighbourhood count from 1 to 4, and the published and suppressed counts are consistent with the totals',
  (cases) => {
    // a household has one case a month: keep the first case per household key
    const unique = [...new Map(cases.map((c) => [c.householdKey, c])).values()];
    const r = figures(unique);
    let suppressed = 0;
    for (const m of NEIGHBOURHOOD_MEASURES) {
      let published = 0;
      let below = 0;
      let hidden = 0;
      for (const row of r.neighbourhoods.rows) {
        const cell = row.counts[m];
        if (typeof cell === 'number') {
          expect(cell === 0 || cell >= 5).toBe(true);
          published += cell;
        } else if ('below' in cell) below += 1;
        else hidden += 1;
      }
      suppressed += below + hidden;
      const total = r.totals[TOTAL[m]];
      expect(published).toBeLessThanOrEqual(total);
      if (hidden === 0) expect(total).toBeLessThanOrEqual(published + 4 * below);
      if (below + hidden === 0) expect(published).toBe(total);
    }
    const s = r.neighbourhoods.suppression;
    expect(s.primary + s.secondary).toBe(suppressed);
  },
);
