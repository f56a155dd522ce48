import { describe, expect, it } from 'vitest';
import { RULE_OPERATORS, type RuleOperator } from './operators';
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

/** A hand-picked case: fact, value, fact value (or MISSING), expected result, evaluation date. */
type Case = [FactDeclaration, unknown, unknown, boolean, string?];
const range = (minInclusive: boolean, maxInclusive: boolean) => ({
  min: 2,
  max: 4,
  minInclusive,
  maxInclusive,
});

// Keyed by operator: an operator of the registry without cases does not typecheck, and the
// coverage test below fails unless its cases include a true and a false result.
const CASES: Record<RuleOperator, Case[]> = {
  equal: [
    [num, 2, 2, true],
    [num, 2, 3, false],
    [num, 2, MISSING, false],
    [date, '2026-01-10', '2026-01-10', true],
    [str, 'a', 'a', true],
    [enm, 'x', 'x', true],
    [bool, true, true, true],
    [bool, true, false, false],
    [bool, true, MISSING, false],
  ],
  notEqual: [
    [num, 2, 3, true],
    [num, 2, 2, false],
    [num, 2, MISSING, true],
    [enm, 'x', 'y', true],
    [bool, true, MISSING, true],
  ],
  lessThan: [
    [num, 2, Number.NaN, false],
    [num, 2, 1, true],
    [num, 2, 2, false],
    [num, 2, MISSING, false],
  ],
  lessThanInclusive: [
    [num, 2, 2, true],
    [num, 2, 3, false],
  ],
  greaterThan: [
    [num, 2, 3, true],
    [num, 2, 2, false],
    [money, 57500, 57501, true],
    [money, 57500, 57500, false],
  ],
  greaterThanInclusive: [
    [num, 2, Number.NaN, false],
    [num, 2, 2, true],
    [num, 2, 1.5, false],
    [num, 2, MISSING, false],
  ],
  in: [
    [num, [1, 2], 2, true],
    [num, [1, 2], 3, false],
    [num, [1, 2], MISSING, false],
    [str, ['a', 'b'], 'c', false],
  ],
  notIn: [
    [num, [1, 2], 3, true],
    [num, [1, 2], 2, false],
    [num, [1, 2], MISSING, true],
  ],
  contains: [
    [list, 'rent', ['energy', 'rent'], true],
    [list, 'rent', [], false],
    [list, 'rent', MISSING, false],
  ],
  doesNotContain: [
    [list, 'rent', ['energy'], true],
    [list, 'rent', ['rent'], false],
    [list, 'rent', MISSING, false],
  ],
  between: [
    [num, range(true, true), Number.NaN, false],
    [num, range(true, false), 2, true],
    [num, range(true, false), 3.5, true],
    [num, range(true, false), 4, false],
    [num, range(false, true), 2, false],
    [num, range(false, true), 4, true],
    [num, range(true, true), 1, false],
    [num, range(true, true), MISSING, false],
  ],
  dateBefore: [
    [date, '2026-01-10', '2026-01-09', true],
    [date, '2026-01-10', '2026-01-10', false],
    [date, '2026-01-10', MISSING, false],
    [date, { date: '2022-12-08', offsetDays: 100 }, '2023-03-17', true],
    [date, { date: '2022-12-08', offsetDays: 100 }, '2023-03-18', false],
  ],
  dateOnOrBefore: [
    [date, '2026-01-10', '2026-01-10', true],
    [date, '2026-01-10', '2026-01-11', false],
    [date, { offsetDays: -15 }, '2026-10-11', true],
    [date, { offsetDays: -15 }, '2026-10-12', false],
  ],
  dateAfter: [
    [date, '2026-01-10', '2026-01-11', true],
    [date, '2026-01-10', '2026-01-10', false],
    [date, { date: '2024-02-28', offsetDays: 1 }, '2024-02-29', false],
    [date, { date: '2024-02-28', offsetDays: 1 }, '2024-03-01', true],
  ],
  dateOnOrAfter: [
    [date, '2026-01-10', '2026-01-10', true],
    [date, '2026-01-10', '2025-12-31', false],
  ],
  daysSinceAtLeast: [
    [date, 15, '2026-10-11', true],
    [date, 15, '2026-10-12', false],
    [date, 0, MISSING, false],
    [date, 1, '2026-03-28', true, '2026-03-29'],
    [date, 2, '2026-03-28', false, '2026-03-29'],
    [date, 366, '2024-03-01', true, '2025-03-02'],
  ],
  daysSinceAtMost: [
    [date, 100, '2026-07-18', true],
    [date, 100, '2026-07-17', false],
    [date, 100, '2026-11-01', true],
  ],
  includesAny: [
    [list, ['a', 'b'], ['b', 'c'], true],
    [list, ['a', 'b'], ['c'], false],
    [list, [], ['a'], false],
    [list, ['a'], MISSING, false],
  ],
  includesAll: [
    [list, ['a', 'b'], ['c', 'b', 'a'], true],
    [list, ['a', 'b'], ['a'], false],
    [list, [], [], true],
    [list, [], MISSING, false],
  ],
  countAtLeast: [
    [list, 2, ['a', 'a'], true],
    [list, 2, ['a'], false],
    [list, 0, MISSING, false],
    [list, { count: 2, of: ['rent', 'energy'] }, ['rent', 'water', 'energy'], true],
    [list, { count: 2, of: ['rent', 'energy'] }, ['rent', 'water'], false],
    [list, { count: 2, of: ['rent', 'energy'] }, ['rent', 'rent'], true],
  ],
};

const ALL_CASES = RULE_OPERATORS.flatMap((operator) =>
  CASES[operator].map(
    ([fact, value, factValue, expected, asOf]) => [fact, operator, value, factValue, expected, asOf] as const,
  ),
);

describe('hand-picked cases', () => {
  it.each(RULE_OPERATORS.map((operator) => [operator]))(
    '%s has a case that holds and one that fails',
    (operator) => {
      const results = CASES[operator].map((c) => c[3]);
      expect(results).toContain(true);
      expect(results).toContain(false);
    },
  );
});

describe('operators (both evaluators)', () => {
  it.each(ALL_CASES)('%o %s %j on %o → %s', async (fact, operator, value, factValue, expected, asOf) => {
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
