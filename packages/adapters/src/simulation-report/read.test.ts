// Reading simulation.json back (issue 16): a saved result reads back to the same value; text that
// is not JSON, JSON that is not a result, and a result whose parts do not fit give issues with a
// code and a path (and line and column in the text) — never an exception.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exampleSimulationResult } from '../../../core/src/simulation/result.test-support';
import { readSimulationResult } from './read';

const example = exampleSimulationResult({ replications: 30, months: 4 });
const text = JSON.stringify(example, null, 2);
const codes = (t: string) => {
  const r = readSimulationResult(t);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
};

describe('readSimulationResult', () => {
  it('reads a saved result back to the same value', () => {
    const r = readSimulationResult(text);
    expect(r.ok && r.value).toEqual(example);
  });

  it('gives the line and column of a problem in the text', () => {
    const r = readSimulationResult(text.replace('"seed": "16"', '"seed": "16",,'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'json_syntax', line: 3 });
    expect(codes('')[0]?.code).toMatch(/^json_/);
    expect(codes(text.replace('"seed": "16"', '"seed": "16", "seed": "17"'))[0]?.code).toBe(
      'json_duplicate_key',
    );
  });

  it('refuses JSON that is not a result, each problem with its path', () => {
    expect(codes('[]')).toEqual([{ code: 'invalid_type', path: '' }]);
    const paths = codes('{"format": "signaalreis-simulation/2"}').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'seed', 'months', 'rows', 'scenarios']));
  });

  it('refuses a result whose parts do not fit: a row of an unknown scenario, a month twice', () => {
    const bad = structuredClone(example);
    Object.assign(bad.rows[3] ?? {}, { scenario: 'gone' });
    bad.months.push(bad.months[0] as (typeof bad.months)[number]);
    expect(codes(JSON.stringify(bad))).toEqual(
      expect.arrayContaining([
        { code: 'unknown_scenario', path: 'rows.3.scenario' },
        { code: 'months_order', path: 'months.4' },
      ]),
    );
  });

  test.prop([fc.json({ maxDepth: 4 })], { numRuns: 200 })(
    'never throws: any JSON gives a result or issues',
    (json) => {
      const r = readSimulationResult(json);
      if (!r.ok)
        for (const i of r.issues) expect(i.message.nl.length * i.message.en.length).toBeGreaterThan(0);
    },
  );

  test.prop(
    [
      fc.integer({ min: 0, max: example.rows.length - 1 }),
      fc.constantFrom('mean', 'p05', 'scenario', 'month', 'measure', 'replications'),
      fc.anything(),
    ],
    { numRuns: 200 },
  )('a row with any value in one field is read or refused with that row in the path', (index, key, value) => {
    const bad = structuredClone(example);
    Object.assign(bad.rows[index] ?? {}, { [key]: value });
    const json = JSON.stringify(bad);
    if (json === undefined) return;
    const r = readSimulationResult(json);
    if (!r.ok) expect(r.issues.some((i) => i.path[0] === 'rows' && i.path[1] === index)).toBe(true);
  });
});
