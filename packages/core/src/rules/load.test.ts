// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
import { asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { loadRuleTable, resolveTable } from '../index';
import { contactByAmountExample, energyCriteriaExample } from './examples';

// One test per kind of bad table: each must be rejected with an issue at the right JSON path.

const base = () => ({
  id: 't',
  label: { nl: 'Test', en: 'Test' },
  hitPolicy: 'first',
  facts: [
    { name: 'amount', type: 'money', description: 'cents' },
    { name: 'dueDate', type: 'date', description: 'oldest due date' },
    { name: 'sector', type: 'enum', values: ['rent', 'energy'], description: 'sector' },
    {
      name: 'household',
      type: 'object',
      description: 'household',
      fields: [{ name: 'partners', type: 'number', description: 'partners' }],
    },
  ],
  parameters: { floor: [{ from: '2021-01-01', value: 10000, source: 'signaalreis-2023' }] } as Record<
    string,
    unknown[]
  >,
  rules: [
    {
      id: 'R1',
      label: { nl: 'Regel', en: 'Rule' },
      source: 'project default (test)',
      when: { all: [{ fact: 'amount', operator: 'greaterThan', value: { param: 'floor' } }] } as Record<
        string,
        unknown
      >,
      then: 'x',
    },
  ],
});
const withCondition = (condition: unknown) => {
  const t = base();
  (t.rules[0] as { when: unknown }).when = {
    all: [{ fact: 'amount', operator: 'greaterThan', value: 0 }, condition],
  };
  return t;
};
const issuesOf = (input: unknown) => {
  const r = loadRuleTable(input);
  return r.ok ? [] : r.issues.map(({ code, path }) => ({ code, path }));
};
const AT = ['rules', 0, 'when', 'all', 1];

describe('loadRuleTable accepts', () => {
  it('the base table and the documented examples', () => {
    expect(issuesOf(base())).toEqual([]);
    expect(issuesOf(energyCriteriaExample)).toEqual([]);
    expect(issuesOf(contactByAmountExample)).toEqual([]);
  });
});

describe('loadRuleTable rejects, with a path', () => {
  it('an unknown fact', () => {
    expect(issuesOf(withCondition({ fact: 'amout', operator: 'equal', value: 1 }))).toEqual([
      { code: 'unknown_fact', path: [...AT, 'fact'] },
    ]);
  });
  it('an unknown operator', () => {
    expect(issuesOf(withCondition({ fact: 'amount', operator: 'atLeast', value: 1 }))).toEqual([
      { code: 'unknown_operator', path: [...AT, 'operator'] },
    ]);
  });
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'an operator named like a property every object has (%s)',
    (operator) => {
      expect(issuesOf(withCondition({ fact: 'amount', operator, value: 1 }))).toEqual([
        { code: 'unknown_operator', path: [...AT, 'operator'] },
      ]);
    },
  );
  it('a decorated json-rules-engine operator, which the compiled evaluator does not implement', () => {
    expect(issuesOf(withCondition({ fact: 'amount', operator: 'not:equal', value: 1 }))[0]?.code).toBe(
      'unknown_operator',
    );
  });
  it('an unknown parameter', () => {
    expect(
      issuesOf(withCondition({ fact: 'amount', operator: 'lessThan', value: { param: 'cap' } })),
    ).toEqual([{ code: 'unknown_parameter', path: [...AT, 'value', 'param'] }]);
  });
  it('comparing a date with a number', () => {
    const r = loadRuleTable(withCondition({ fact: 'dueDate', operator: 'equal', value: 30 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'value_type_mismatch', path: [...AT, 'value'] }),
    ]);
    expect(r.issues[0]?.message.en).toMatch(/date.*number 30/);
  });
  it('a date operator on a number, and a number operator on a date', () => {
    expect(issuesOf(withCondition({ fact: 'amount', operator: 'dateBefore', value: '2026-01-01' }))).toEqual([
      { code: 'operator_type_mismatch', path: [...AT, 'operator'] },
    ]);
    expect(issuesOf(withCondition({ fact: 'dueDate', operator: 'lessThan', value: 30 }))).toEqual([
      { code: 'operator_type_mismatch', path: [...AT, 'operator'] },
    ]);
  });
  it('a parameter whose dated value has the wrong type, at the dated value', () => {
    const t = base();
    t.parameters.floor = [...(t.parameters.floor ?? []), { from: '2024-01-01', value: '€ 100', source: 'x' }];
    expect(issuesOf(t)).toEqual([{ code: 'value_type_mismatch', path: ['parameters', 'floor', 1, 'value'] }]);
  });
  it('a money value that is not whole cents, and an enum value that is not declared', () => {
    expect(issuesOf(withCondition({ fact: 'amount', operator: 'lessThan', value: 99.5 }))).toEqual([
      { code: 'value_type_mismatch', path: [...AT, 'value'] },
    ]);
    expect(issuesOf(withCondition({ fact: 'sector', operator: 'in', value: ['rent', 'water'] }))).toEqual([
      { code: 'value_type_mismatch', path: [...AT, 'value', 1] },
    ]);
  });
  it('a malformed range and date expression', () => {
    expect(
      issuesOf(
        withCondition({ fact: 'amount', operator: 'between', value: { min: 0, max: 5, inclusive: true } }),
      ),
    ).toEqual([
      { code: 'unknown_key', path: [...AT, 'value', 'inclusive'] },
      { code: 'missing_key', path: [...AT, 'value', 'minInclusive'] },
      { code: 'missing_key', path: [...AT, 'value', 'maxInclusive'] },
    ]);
    expect(
      issuesOf(withCondition({ fact: 'dueDate', operator: 'dateBefore', value: { offsetDays: 'soon' } })),
    ).toEqual([{ code: 'value_type_mismatch', path: [...AT, 'value', 'offsetDays'] }]);
  });
  it('unsupported and unknown paths', () => {
    expect(
      issuesOf(withCondition({ fact: 'household', path: '$..partners', operator: 'equal', value: 1 })),
    ).toEqual([{ code: 'unsupported_path', path: [...AT, 'path'] }]);
    expect(
      issuesOf(withCondition({ fact: 'household', path: '$.adults', operator: 'equal', value: 1 })),
    ).toEqual([{ code: 'unknown_path', path: [...AT, 'path'] }]);
  });
  it('an empty group and a leaf at the root of "when"', () => {
    expect(issuesOf(withCondition({ any: [] }))).toEqual([{ code: 'empty_group', path: [...AT, 'any'] }]);
    const t = base();
    t.rules[0] = {
      ...(t.rules[0] as (typeof t.rules)[0]),
      when: { fact: 'amount', operator: 'equal', value: 1 },
    };
    expect(issuesOf(t)).toEqual([{ code: 'invalid_condition', path: ['rules', 0, 'when'] }]);
  });
  it('a condition missing its value, reported on the closest form', () => {
    expect(issuesOf(withCondition({ fact: 'amount', operator: 'equal' }))).toEqual([
      { code: 'invalid_type', path: [...AT, 'value'] },
    ]);
  });
  it('keys such as __proto__, constructor and prototype anywhere', () => {
    const json =
      '{"id":"t","label":{"nl":"x","en":"x"},"hitPolicy":"first","facts":[],"parameters":{"__proto__":[]},"rules":[]}';
    expect(issuesOf(JSON.parse(json))).toEqual([
      { code: 'forbidden_key', path: ['parameters', '__proto__'] },
    ]);
    const t = base();
    (t.rules[0] as { then: unknown }).then = JSON.parse('{"constructor":{"prototype":1}}');
    expect(issuesOf(t)).toEqual([{ code: 'forbidden_key', path: ['rules', 0, 'then', 'constructor'] }]);
  });
  it('fact and parameter names that shadow Object.prototype', () => {
    const t = base();
    t.facts.push({ name: 'toString', type: 'money', description: 'x' });
    Object.assign(t.parameters, { valueOf: [{ from: '2021-01-01', value: 1, source: 'x' }] });
    expect(issuesOf(t)).toEqual([
      { code: 'reserved_name', path: ['facts', 4, 'name'] },
      { code: 'reserved_name', path: ['parameters', 'valueOf'] },
    ]);
  });
  it('duplicate facts, rule ids and parameter dates; a typo in a key', () => {
    const t = base();
    t.facts.push({ name: 'amount', type: 'money', description: 'again' });
    t.rules.push({ ...(t.rules[0] as (typeof t.rules)[0]) });
    t.parameters.floor?.push({ from: '2021-01-01', value: 1, source: 'x' });
    expect(issuesOf(t)).toEqual([
      { code: 'duplicate_fact', path: ['facts', 4, 'name'] },
      { code: 'duplicate_from', path: ['parameters', 'floor', 1, 'from'] },
      { code: 'duplicate_rule_id', path: ['rules', 1, 'id'] },
    ]);
    expect(issuesOf({ ...base(), hitpolicy: 'first' })).toEqual([
      { code: 'unknown_key', path: ['hitpolicy'] },
    ]);
  });
  it('an enum without values and an object without fields', () => {
    const t = base();
    t.facts.push(
      { name: 'kind', type: 'enum', description: 'x' },
      { name: 'o', type: 'object', description: 'x' },
    );
    expect(issuesOf(t)).toEqual([
      { code: 'missing_values', path: ['facts', 4, 'values'] },
      { code: 'missing_fields', path: ['facts', 5, 'fields'] },
    ]);
  });
  it('a unique table whose rules overlap, with a counterexample', () => {
    const t = structuredClone(contactByAmountExample);
    (t.rules[2] as { when: unknown }).when = {
      all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: 50000 }],
    };
    const r = loadRuleTable(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'unique_overlap', path: ['rules', 2] });
    expect(r.issues[0]?.message.en).toContain('"phone" and "visit"');
    expect(r.issues[0]?.message.en).toContain('{"amount":50000}');
  });
});

describe('resolveTable', () => {
  it('rejects a parameter without a value on the evaluation date', () => {
    const loaded = loadRuleTable(base());
    if (!loaded.ok) throw new Error('base table must load');
    const r = resolveTable(loaded.value, asIsoDate('2020-12-31'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'parameter_not_in_effect', path: ['parameters', 'floor'] }),
    ]);
    expect(r.issues[0]?.message.en).toContain('2021-01-01');
  });
  it('rejects an invalid date and an unchecked table built in code', () => {
    const loaded = loadRuleTable(base());
    if (!loaded.ok) throw new Error('base table must load');
    expect(resolveTable(loaded.value, '2026-02-30' as IsoDate).ok).toBe(false);
    const broken = { ...loaded.value, facts: [] };
    const r = resolveTable(broken, asIsoDate('2026-10-26'));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['unknown_fact']);
  });
});
