// The simulation's aggregation (issue 16), by hand: paired differences, the quantile method, the
// row order, and programming errors.
import { aggregateSimulation, asIsoMonth, nearestRank, type SimulationUnitResult } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const JAN = asIsoMonth('2027-01');
const unit = (
  scenario: string,
  replication: number,
  measures: Record<string, number>,
): SimulationUnitResult => ({
  scenario,
  replication,
  municipality: 'GM0001',
  months: [{ month: JAN, measures }],
});

describe('aggregateSimulation', () => {
  it('pairs the difference per replication: a constant gain has no spread, whatever the base spread', () => {
    const units = [0, 1, 2, 3].flatMap((r) => [
      unit('base', r, { reached: 10 * r }),
      unit('visit', r, { reached: 10 * r + 4 }),
    ]);
    const rows = aggregateSimulation(units, { scenarios: ['base', 'visit'], months: [JAN], replications: 4 });
    const visit = rows.find((r) => r.scenario === 'visit' && r.month === JAN);
    expect(visit).toMatchObject({
      mean: 19,
      p05: 4,
      p95: 34,
      deltaMean: 4,
      deltaP05: 4,
      deltaP95: 4,
      replications: 4,
    });
  });

  it('orders rows by scenario, month with total last, measures in the documented order', () => {
    const units = [unit('base', 0, { zeta: 1, reached: 2, signals: 3 }), unit('r', 0, { signals: 1 })];
    const rows = aggregateSimulation(units, { scenarios: ['base', 'r'], months: [JAN], replications: 1 });
    expect(rows.map((r) => `${r.scenario} ${r.month} ${r.measure}`)).toEqual([
      'base 2027-01 signals',
      'base 2027-01 reached',
      'base 2027-01 zeta',
      'base total signals',
      'base total reached',
      'base total zeta',
      'r 2027-01 signals',
      'r 2027-01 reached',
      'r 2027-01 zeta',
      'r total signals',
      'r total reached',
      'r total zeta',
    ]);
    expect(rows.find((r) => r.scenario === 'r' && r.measure === 'zeta')?.deltaMean).toBe(-1); // missing counts as 0
  });

  it('the nearest-rank interval of 20 or more replications may leave out a skewed mean', () => {
    // 19 replications without an eviction and one with 1,000: the mean (50) lies above the 95th percentile (0)
    const units = Array.from({ length: 20 }, (_, r) => unit('base', r, { evictions: r === 19 ? 1000 : 0 }));
    const [row] = aggregateSimulation(units, { scenarios: ['base'], months: [JAN], replications: 20 });
    expect(row).toMatchObject({ mean: 50, p05: 0, p95: 0 });
    expect(nearestRank([1, 2, 3], 0.5)).toBe(2);
    expect(nearestRank([], 0.5)).toBe(0);
  });

  it('a unit outside the options is a programming error', () => {
    const o = { scenarios: ['base'], months: [JAN], replications: 1 };
    expect(() => aggregateSimulation([unit('base', 1, { a: 1 })], o)).toThrow(/replication 1/);
    expect(() => aggregateSimulation([unit('other', 0, { a: 1 })], o)).toThrow(/unknown scenario/);
    const feb = { ...unit('base', 0, {}), months: [{ month: asIsoMonth('2027-02'), measures: { a: 1 } }] };
    expect(() => aggregateSimulation([feb], o)).toThrow(/not in the horizon/);
  });
});
