import { describe, expect, it } from 'vitest';
import type { FactDeclaration } from './table-types';
import { both, resolved, tableOf } from './test-support/tables';
import type { LeafTrace } from './trace-types';

// Every operator on hand-picked values, through both evaluators: the rule outcome and the leaf's
// own result must be the expected one. MISSING leaves the fact out of the fact set.
const MISSING = Symbol('missing');

const num: FactDeclaration = { name: 'n', type: 'number', description: 'a number' };
const money: FactDeclaration = { name: 'm', type: 'money', description: 'cents' };
const list: FactDeclaration = { name: 'tags', type: 'string[]', description: 'a list' };
const date: FactDeclaration = { name: 'd', type: 'date', description: 'a date' };
const str: FactDeclaration = { name: 's', type: 'string', description: 'a string' };
const enm: FactDeclaration = { name: 'e', type: 'enum', values: ['x', 'y'], description: 'an enum' };
const bool: FactDeclaration = { name: 'b', type: 'boolean', description: 'a flag' };

type Case = [FactDeclaration, string, unknown, unknown, boolean, string?];
const range = (minInclusive: boolean, maxInclusive: boolean) => ({
  min: 2,
  max: 4,
  minInclusive,
  maxInclusive,
});

const CASES: Case[] = [
  [num, 'equal', 2, 2, true],
  [num, 'equal', 2, 3, false],
  [num, 'equal', 2, MISSING, false],
  [num, 'notEqual', 2, 3, true],
  [num, 'notEqual', 2, 2, false],
  [num, 'notEqual', 2, MISSING, true],
  [num, 'lessThan', 2, 1, true],
  [num, 'lessThan', 2, 2, false],
  [num, 'lessThan', 2, MISSING, false],
  [num, 'lessThanInclusive', 2, 2, true],
  [num, 'lessThanInclusive', 2, 3, false],
  [num, 'greaterThan', 2, 3, true],
  [num, 'greaterThan', 2, 2, false],
  [num, 'greaterThanInclusive', 2, 2, true],
  [num, 'greaterThanInclusive', 2, 1.5, false],
  [num, 'greaterThanInclusive', 2, MISSING, false],
  [num, 'in', [1, 2], 2, true],
  [num, 'in', [1, 2], 3, false],
  [num, 'in', [1, 2], MISSING, false],
  [num, 'notIn', [1, 2], 3, true],
  [num, 'notIn', [1, 2], 2, false],
  [num, 'notIn', [1, 2], MISSING, true],
  [num, 'between', range(true, false), 2, true],
  [num, 'between', range(true, false), 3.5, true],
  [num, 'between', range(true, false), 4, false],
  [num, 'between', range(false, true), 2, false],
  [num, 'between', range(false, true), 4, true],
  [num, 'between', range(true, true), 1, false],
  [num, 'between', range(true, true), MISSING, false],
  [money, 'greaterThan', 57500, 57501, true],
  [money, 'greaterThan', 57500, 57500, false],
  [list, 'contains', 'rent', ['energy', 'rent'], true],
  [list, 'contains', 'rent', [], false],
  [list, 'contains', 'rent', MISSING, false],
  [list, 'doesNotContain', 'rent', ['energy'], true],
  [list, 'doesNotContain', 'rent', ['rent'], false],
  [list, 'doesNotContain', 'rent', MISSING, false],
  [list, 'includesAny', ['a', 'b'], ['b', 'c'], true],
  [list, 'includesAny', ['a', 'b'], ['c'], false],
  [list, 'includesAny', [], ['a'], false],
  [list, 'includesAny', ['a'], MISSING, false],
  [list, 'includesAll', ['a', 'b'], ['c', 'b', 'a'], true],
  [list, 'includesAll', ['a', 'b'], ['a'], false],
  [list, 'includesAll', [], [], true],
  [list, 'includesAll', [], MISSING, false],
  [list, 'countAtLeast', 2, ['a', 'a'], true],
  [list, 'countAtLeast', 2, ['a'], false],
  [list, 'countAtLeast', 0, MISSING, false],
  [list, 'countAtLeast', { count: 2, of: ['rent', 'energy'] }, ['rent', 'water', 'energy'], true],
  [list, 'countAtLeast', { count: 2, of: ['rent', 'energy'] }, ['rent', 'water'], false],
  [list, 'countAtLeast', { count: 2, of: ['rent', 'energy'] }, ['rent', 'rent'], true],
  [date, 'dateBefore', '2026-01-10', '2026-01-09', true],
  [date, 'dateBefore', '2026-01-10', '2026-01-10', false],
  [date, 'dateBefore', '2026-01-10', MISSING, false],
  [date, 'dateOnOrBefore', '2026-01-10', '2026-01-10', true],
  [date, 'dateOnOrBefore', '2026-01-10', '2026-01-11', false],
  [date, 'dateAfter', '2026-01-10', '2026-01-11', true],
  [date, 'dateAfter', '2026-01-10', '2026-01-10', false],
  [date, 'dateOnOrAfter', '2026-01-10', '2026-01-10', true],
  [date, 'dateOnOrAfter', '2026-01-10', '2025-12-31', false],
  [date, 'dateOnOrBefore', { offsetDays: -15 }, '2026-10-11', true],
  [date, 'dateOnOrBefore', { offsetDays: -15 }, '2026-10-12', false],
  [date, 'dateAfter', { date: '2024-02-28', offsetDays: 1 }, '2024-02-29', false],
  [date, 'dateAfter', { date: '2024-02-28', offsetDays: 1 }, '2024-03-01', true],
  [date, 'dateBefore', { date: '2022-12-08', offsetDays: 100 }, '2023-03-17', true],
  [date, 'dateBefore', { date: '2022-12-08', offsetDays: 100 }, '2023-03-18', false],
  [date, 'daysSinceAtLeast', 15, '2026-10-11', true],
  [date, 'daysSinceAtLeast', 15, '2026-10-12', false],
  [date, 'daysSinceAtLeast', 0, MISSING, false],
  [date, 'daysSinceAtMost', 100, '2026-07-18', true],
  [date, 'daysSinceAtMost', 100, '2026-07-17', false],
  [date, 'daysSinceAtMost', 100, '2026-11-01', true],
  [date, 'daysSinceAtLeast', 1, '2026-03-28', true, '2026-03-29'],
  [date, 'daysSinceAtLeast', 2, '2026-03-28', false, '2026-03-29'],
  [date, 'daysSinceAtLeast', 366, '2024-03-01', true, '2025-03-02'],
  [date, 'equal', '2026-01-10', '2026-01-10', true],
  [str, 'equal', 'a', 'a', true],
  [str, 'in', ['a', 'b'], 'c', false],
  [enm, 'equal', 'x', 'x', true],
  [enm, 'notEqual', 'x', 'y', true],
  [bool, 'equal', true, true, true],
  [bool, 'equal', true, false, false],
  [bool, 'equal', true, MISSING, false],
  [bool, 'notEqual', true, MISSING, true],
];

describe('operators (both evaluators)', () => {
  it.each(CASES)('%o %s %j on %o → %s', async (fact, operator, value, factValue, expected, asOf) => {
    const table = resolved(tableOf([fact], [{ fact: fact.name, operator, value }]), asOf ?? '2026-10-26');
    const facts = factValue === MISSING ? {} : { [fact.name]: factValue };
    const { compiled, reference } = await both(table, facts);
    for (const decision of [compiled, reference]) {
      if (!decision.ok) throw new Error('unexpected issues');
      expect(decision.value.outcomes).toEqual(expected ? ['R1'] : []);
      const root = decision.value.rules[0]?.condition;
      const leaf = root?.kind === 'all' ? (root.children[0] as LeafTrace) : undefined;
      expect(leaf?.result).toBe(expected);
      expect(leaf?.factValue).toEqual(factValue === MISSING ? undefined : factValue);
    }
  });
});

describe('paths into object facts (both evaluators)', () => {
  const household: FactDeclaration = {
    name: 'household',
    type: 'object',
    description: 'household',
    fields: [{ name: 'partners', type: 'number', description: 'partners' }],
  };
  const table = resolved(
    tableOf(
      [household],
      [{ fact: 'household', path: '$.partners', operator: 'greaterThanInclusive', value: 2 }],
    ),
  );
  it.each([
    [{ household: { partners: 2 } }, ['R1']],
    [{ household: { partners: 1 } }, []],
    [{ household: {} }, []],
    [{}, []],
  ])('%j → %j', async (facts, expected) => {
    const { compiled, reference } = await both(table, facts);
    expect(compiled.ok && compiled.value.outcomes).toEqual(expected);
    expect(reference.ok && reference.value.outcomes).toEqual(expected);
  });
});
