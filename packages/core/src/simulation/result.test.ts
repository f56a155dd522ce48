// The simulation result's schema (issue 16): the example result passes; each way a file can be
// wrong gives an issue with its code and path, in Dutch and English.
import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../model/zod-issues';
import { SIMULATION_MEASURES, SimulationResultSchema } from './result';
import { exampleSimulationResult, quantile } from './result.test-support';

const example = exampleSimulationResult({ replications: 40, months: 3 });
const issuesOf = (value: unknown) => {
  const r = SimulationResultSchema.safeParse(value);
  return r.success ? [] : issuesFromZod(r.error);
};
const changed = (change: (r: ReturnType<typeof exampleSimulationResult>) => void) => {
  const copy = structuredClone(example);
  change(copy);
  return issuesOf(copy).map((i) => ({ code: i.code, path: i.path.join('.') }));
};

describe('SimulationResultSchema', () => {
  it('accepts the example result: every scenario × month and total × measure once', () => {
    expect(issuesOf(example)).toEqual([]);
    expect(example.rows).toHaveLength(3 * 4 * SIMULATION_MEASURES.length);
    expect(issuesOf(JSON.parse(JSON.stringify(exampleSimulationResult())))).toEqual([]);
  });

  it('makes the totals the sums of the months, per replication (the means add up)', () => {
    const sum = example.months
      .map((m) => example.rows.find((r) => r.scenario === 'base' && r.month === m && r.measure === 'signals'))
      .reduce((a, r) => a + (r?.mean ?? 0), 0);
    const total = example.rows.find(
      (r) => r.scenario === 'base' && r.month === 'total' && r.measure === 'signals',
    );
    expect(total?.mean).toBeCloseTo(sum, 2);
  });

  it('takes percentiles linearly between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2);
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBeCloseTo(4.8);
  });

  it.each([
    [
      'another format',
      (r) => Object.assign(r, { format: 'signaalreis-simulation/2' }),
      'invalid_value',
      'format',
    ],
    ['no base', (r) => r.scenarios.splice(0, 1), 'no_base', 'scenarios'],
    [
      'a scenario twice',
      (r) => r.scenarios.push(structuredClone(r.scenarios[1] as (typeof r.scenarios)[number])),
      'duplicate_scenario',
      'scenarios.3.id',
    ],
    ['months out of order', (r) => r.months.reverse(), 'months_order', 'months.1'],
    [
      'a row of an unknown scenario',
      (r) => Object.assign(r.rows[0] ?? {}, { scenario: 'x' }),
      'unknown_scenario',
      'rows.0.scenario',
    ],
    [
      'a row of an unknown month',
      (r) => Object.assign(r.rows[0] ?? {}, { month: '2030-01' }),
      'unknown_month',
      'rows.0.month',
    ],
    [
      'a row twice',
      (r) => r.rows.push(structuredClone(r.rows[5] as (typeof r.rows)[number])),
      'duplicate_row',
      `rows.${example.rows.length}`,
    ],
    [
      'p05 above p95',
      (r) => Object.assign(r.rows[0] ?? {}, { p05: 10, p95: 1 }),
      'interval_order',
      'rows.0.p05',
    ],
    [
      'a difference for the base',
      (r) => Object.assign(r.rows[0] ?? {}, { deltaMean: 1, deltaP05: 0, deltaP95: 2 }),
      'delta_for_base',
      'rows.0.deltaMean',
    ],
    [
      'half a difference',
      (r) => Object.assign(r.rows.at(-1) ?? {}, { deltaP05: null }),
      'delta_partial',
      `rows.${example.rows.length - 1}.deltaMean`,
    ],
    [
      'a bad measure id',
      (r) => Object.assign(r.rows[0] ?? {}, { measure: 'Signals!' }),
      'invalid_format',
      'rows.0.measure',
    ],
    [
      'a string for a number',
      (r) => Object.assign(r.rows[0] ?? {}, { mean: '12' }),
      'invalid_type',
      'rows.0.mean',
    ],
    ['an unknown key', (r) => Object.assign(r, { extra: 1 }), 'unknown_key', 'extra'],
    [
      'a parameter without a source',
      (r) => Object.assign(r.parameters.outcome?.acceptance ?? {}, { source: '' }),
      'too_small',
      'parameters.outcome.acceptance.source',
    ],
  ] as [string, (r: ReturnType<typeof exampleSimulationResult>) => unknown, string, string][])(
    'refuses %s with an issue and its path',
    (_, change, code, path) => {
      expect(changed((r) => void change(r))).toContainEqual({ code, path });
    },
  );

  it('says what is wrong in Dutch and English, with an excerpt of the value', () => {
    const copy = structuredClone(example);
    Object.assign(copy.rows[0] ?? {}, { scenario: `a\u0007${'b'.repeat(60)}` });
    const [first] = issuesOf(copy);
    expect(first?.message.nl).toMatch(/^Het scenario "a\\u0007b+… \(62 characters\)" staat niet in de lijst/);
    expect(first?.message.en).toMatch(/^No scenario "a\\u0007b+…/);
  });
});
