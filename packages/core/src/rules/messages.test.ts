// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
// The messages of the rule language: representative Dutch texts (what an officer who edits a table
// reads), and a property that every issue the loaders produce has a Dutch and an English text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import type { Issue } from '../model/issue';
import { EXAMPLE_JSON, routingExample } from './examples';
import { validateFacts } from './facts';
import { loadRuleTable } from './load';
import { resolveTable } from './resolve';
import { mutated } from './test-support/mutate';

const base = {
  id: 't',
  label: { nl: 'Test', en: 'Test' },
  hitPolicy: 'first',
  facts: [
    { name: 'amount', type: 'money', description: 'cents' },
    { name: 'dueDate', type: 'date', description: 'oldest due date' },
  ],
  parameters: { floor: [{ from: '2021-01-01', value: 10000, source: 'signaalreis-2023' }] },
  rules: [
    {
      id: 'R1',
      label: { nl: 'Regel', en: 'Rule' },
      source: 'project default (test)',
      when: { all: [{ fact: 'amount', operator: 'greaterThan', value: { param: 'floor' } }] },
      then: 'x',
    },
  ],
};
const withLeaf = (leaf: unknown) => ({
  ...base,
  rules: [{ ...base.rules[0], when: { all: [leaf] } }],
});
const dutch = (input: unknown): string[] => {
  const r = loadRuleTable(input);
  return r.ok ? [] : r.issues.map((i) => i.message.nl);
};

describe('Dutch messages of loadRuleTable', () => {
  it('names an unknown fact and the facts the table does know', () => {
    expect(dutch(withLeaf({ fact: 'amout', operator: 'equal', value: 1 }))).toEqual([
      'Onbekend gegeven "amout" (de tabel kent: amount, dueDate)',
    ]);
  });
  it('explains an operator on the wrong type and a value of the wrong type', () => {
    expect(dutch(withLeaf({ fact: 'dueDate', operator: 'lessThan', value: 30 }))).toEqual([
      'Gegeven "dueDate" (date): vergelijking "lessThan" werkt op gegevens van het type number, money, niet op date',
    ]);
    expect(dutch(withLeaf({ fact: 'amount', operator: 'lessThan', value: 99.5 }))).toEqual([
      'Gegeven "amount" (money): verwacht een geheel getal, maar kreeg het getal 99.5',
    ]);
    expect(
      dutch(withLeaf({ fact: 'dueDate', operator: 'dateBefore', value: { offsetDays: 'soon' } })),
    ).toEqual(['Gegeven "dueDate" (date): verwacht een geheel getal, maar kreeg de tekst "soon"']);
  });
  it('says when a table has no parameters at all', () => {
    expect(
      dutch({ ...withLeaf({ fact: 'amount', operator: 'equal', value: { param: 'cap' } }), parameters: {} }),
    ).toEqual(['Onbekende parameter "cap" (de tabel heeft geen parameters)']);
  });
  it('words structure problems (zod) and forbidden keys in Dutch', () => {
    expect(dutch({ ...base, facts: [{ name: '1st', type: 'money', description: 'x' }] })).toEqual([
      'Verwacht een naam van letters, cijfers en _, die niet met een cijfer begint',
    ]);
    expect(dutch({ ...base, label: 'Test' })[0]).toMatch(/^Verwacht een object/);
    expect(dutch({ ...base, constructor: 1 })).toEqual([
      'Veldnaam "constructor" is niet toegestaan (bescherming tegen prototype pollution)',
    ]);
    const root = {
      ...base,
      rules: [{ ...base.rules[0], when: { fact: 'amount', operator: 'equal', value: 1 } }],
    };
    expect(dutch(root)).toEqual([
      'Verwacht bovenaan "when" een {"all": [...]}, {"any": [...]} of {"not": {...}}',
    ]);
  });
  it('explains an overlap in a unique table with the rules, the date and the facts', () => {
    const t = structuredClone(EXAMPLE_JSON['contact-by-amount-m3.json']) as { rules: { when: unknown }[] };
    (t.rules[2] as { when: unknown }).when = {
      all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: 50000 }],
    };
    expect(dutch(t)).toEqual([
      'Er mag maar één regel passen (hit policy unique), maar de regels "phone" en "visit" passen allebei op 2024-01-01 bij de gegevens {"amount":50000}',
    ]);
  });
});

describe('Dutch messages of resolveTable', () => {
  it('names the parameter, the date and the first value', () => {
    const r = resolveTable(routingExample, asIsoDate('2020-06-01'));
    expect(r.ok ? [] : r.issues.map((i) => i.message.nl)).toEqual([
      'Parameter "singleRentVisitFrom" heeft geen waarde op 2020-06-01 (de eerste waarde geldt vanaf 2021-01-01)',
    ]);
  });
});

// Every issue is shown to people: both texts must be there, and the Dutch one must be Dutch (not
// the English text copied), which the words below catch for every message of this module.
const ENGLISH_ONLY = /\b(expected|unknown|is not|must|both match|declared)\b/i;
const seen = new Set<string>();
function checkTexts(issues: readonly Issue[]): void {
  for (const i of issues) {
    seen.add(i.code);
    expect(i.message.nl.trim(), i.code).not.toBe('');
    expect(i.message.en.trim(), i.code).not.toBe('');
    expect(i.message.nl, `${i.code}: ${i.message.nl}`).not.toMatch(ENGLISH_ONLY);
  }
}

describe('every issue of the rule loaders has a Dutch and an English text', () => {
  const tables = Object.values(EXAMPLE_JSON);
  test.prop([fc.constantFrom(...tables, base).chain(mutated)], { numRuns: 400 })(
    'loadRuleTable on broken tables',
    (input) => {
      const r = loadRuleTable(input);
      if (!r.ok) checkTexts(r.issues);
    },
  );
  test.prop([fc.jsonValue()])('loadRuleTable on any JSON value', (input) => {
    const r = loadRuleTable(input);
    expect(r.ok).toBe(false);
    if (!r.ok) checkTexts(r.issues);
  });
  test.prop([fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })])(
    'resolveTable at any date',
    (date) => {
      const r = resolveTable(routingExample, asIsoDate(date.toISOString().slice(0, 10)));
      if (!r.ok) checkTexts(r.issues);
    },
  );
  test.prop([
    mutated({
      signalCount: 2,
      sectors: ['rent'],
      kinds: ['early'],
      amount: 100,
      knownAtDebtAssistance: false,
    }),
  ])('validateFacts on broken fact sets', (input) => {
    const r = validateFacts(routingExample, input);
    if (!r.ok) checkTexts(r.issues);
  });
  it('met many kinds of issue (the properties above are not vacuous)', () => {
    for (const code of ['invalid_type', 'unknown_key', 'value_type_mismatch', 'parameter_not_in_effect'])
      expect([...seen], code).toContain(code);
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});
