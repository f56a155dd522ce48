// Properties of the simulation's aggregation (issue 16): the order of the units does not matter,
// the interval is ordered and within the range, the base has no difference, an identical scenario
// differs by exactly 0, and a difference is paired per replication.
import { fc, test } from '@fast-check/vitest';
import { aggregateSimulation, asIsoMonth, type SimulationUnitResult } from '@signaalreis/core';
import { expect } from 'vitest';

const MONTHS = [asIsoMonth('2027-01'), asIsoMonth('2027-02')];

/** Units of `replications` replications × 2 municipalities for one scenario, random counts. */
const scenarioArb = (scenario: string, replications: number) =>
  fc
    .array(
      fc.array(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 2 }), {
        minLength: 2,
        maxLength: 2,
      }),
      { minLength: replications, maxLength: replications },
    )
    .map((byRep) =>
      byRep.flatMap((byMunicipality, replication) =>
        byMunicipality.map(
          (counts, k): SimulationUnitResult => ({
            scenario,
            replication,
            municipality: `GM000${k}`,
            months: MONTHS.map((month, i) => ({ month, measures: { reached: counts[i] ?? 0, signals: 3 } })),
          }),
        ),
      ),
    );

const caseArb = fc
  .integer({ min: 1, max: 30 })
  .chain((n) => fc.tuple(fc.constant(n), scenarioArb('base', n), scenarioArb('reform', n)));

test.prop([caseArb, fc.integer()])('the order of the units does not matter', ([n, base, reform], seed) => {
  const units = [...base, ...reform];
  const shuffled = fc.sample(fc.shuffledSubarray(units, { minLength: units.length }), {
    seed,
    numRuns: 1,
  })[0];
  const o = { scenarios: ['base', 'reform'], months: MONTHS, replications: n };
  expect(aggregateSimulation(shuffled ?? [], o)).toEqual(aggregateSimulation(units, o));
});

test.prop([caseArb])(
  'p05 ≤ mean-range ≤ p95 within min and max; under 20 replications the interval holds the mean',
  ([n, base, reform]) => {
    const rows = aggregateSimulation([...base, ...reform], {
      scenarios: ['base', 'reform'],
      months: MONTHS,
      replications: n,
    });
    for (const r of rows) {
      expect(r.p05).toBeLessThanOrEqual(r.p95);
      if (n < 20) expect(r.p05 <= r.mean + 1e-9 && r.mean <= r.p95 + 1e-9).toBe(true);
      if (r.deltaP05 !== null && r.deltaP95 !== null) expect(r.deltaP05).toBeLessThanOrEqual(r.deltaP95);
    }
  },
);

test.prop([caseArb])(
  'the base has no difference; an identical scenario differs by exactly 0',
  ([n, base]) => {
    const same = base.map((u) => ({ ...u, scenario: 'same' }));
    const rows = aggregateSimulation([...base, ...same], {
      scenarios: ['base', 'same'],
      months: MONTHS,
      replications: n,
    });
    for (const r of rows) {
      if (r.scenario === 'base') expect([r.deltaMean, r.deltaP05, r.deltaP95]).toEqual([null, null, null]);
      else expect([r.deltaMean, r.deltaP05, r.deltaP95]).toEqual([0, 0, 0]);
    }
  },
);

test.prop([caseArb])(
  'totals are the sums over months and municipalities; the mean difference is the difference of means',
  ([n, base, reform]) => {
    const rows = aggregateSimulation([...base, ...reform], {
      scenarios: ['base', 'reform'],
      months: MONTHS,
      replications: n,
    });
    const total = (s: string) =>
      rows.find((r) => r.scenario === s && r.month === 'total' && r.measure === 'reached');
    const sum = (units: SimulationUnitResult[]) =>
      units.flatMap((u) => u.months).reduce((a, m) => a + (m.measures.reached ?? 0), 0) / n;
    expect(total('base')?.mean).toBeCloseTo(sum(base), 3);
    expect(total('reform')?.deltaMean).toBeCloseTo(sum(reform) - sum(base), 3);
    expect(rows.find((r) => r.month === 'total' && r.measure === 'signals')?.mean).toBe(
      3 * 2 * MONTHS.length,
    );
  },
);
