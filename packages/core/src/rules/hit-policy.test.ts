import { describe, expect, it } from 'vitest';
import { compileTable } from './compile';
import type { FactDeclaration } from './table-types';
import { both, outcomesOf, resolved, tableOf } from './test-support/tables';

const n: FactDeclaration = { name: 'n', type: 'number', description: 'a number' };
const atLeast = (value: number) => ({ fact: 'n', operator: 'greaterThanInclusive', value });

describe('hit policies (both evaluators, and decide)', () => {
  // R1 ≥ 1 (priority 0), R2 ≥ 2 (priority 5), R3 ≥ 3 (priority 5), R4 ≥ 0 (priority -1)
  const conditions = [atLeast(1), atLeast(2), atLeast(3), atLeast(0)];
  const priorities = [0, 5, 5, -1];

  it.each([
    ['first', 5, ['R2']],
    ['first', 1, ['R1']],
    ['first', 0, ['R4']],
    ['first', -1, []],
    ['collect', 5, ['R2', 'R3', 'R1', 'R4']],
    ['collect', 1, ['R1', 'R4']],
    ['collect', -1, []],
  ] as const)('%s on n = %d → %j', async (hitPolicy, value, expected) => {
    const table = resolved(tableOf([n], conditions, { hitPolicy, priorities }));
    const { compiled, reference } = await both(table, { n: value });
    expect(outcomesOf(compiled)).toEqual(expected);
    expect(outcomesOf(reference)).toEqual(expected);
    expect(compiled.ok && compiled.value.selected).toEqual(expected);
    const fast = compileTable(table).decide({ n: value });
    expect(fast.ok && fast.value).toEqual(expected);
  });

  it('lists every rule in the trace in policy order, with matched and selected', async () => {
    const table = resolved(tableOf([n], conditions, { hitPolicy: 'first', priorities }));
    const { compiled } = await both(table, { n: 2 });
    if (!compiled.ok) throw new Error('ok expected');
    expect(compiled.value.rules.map((r) => [r.id, r.matched, r.selected])).toEqual([
      ['R2', true, true],
      ['R3', false, false],
      ['R1', true, false],
      ['R4', true, false],
    ]);
  });

  it('unique: one match is fine, two matches are an issue naming both rules', async () => {
    const table = resolved(
      tableOf([n], [atLeast(1), atLeast(2)], { hitPolicy: 'unique' }),
      '2026-10-26',
      false,
    );
    const one = await both(table, { n: 1 });
    expect(outcomesOf(one.compiled)).toEqual(['R1']);
    expect(outcomesOf(one.reference)).toEqual(['R1']);
    const two = await both(table, { n: 2 });
    for (const d of [two.compiled, two.reference, compileTable(table).decide({ n: 2 })]) {
      expect(d.ok).toBe(false);
      if (d.ok) continue;
      expect(d.issues).toEqual([expect.objectContaining({ code: 'unique_violation', path: ['rules', 1] })]);
      expect(d.issues[0]?.message.en).toContain('"R1" and "R2"');
    }
  });
});
