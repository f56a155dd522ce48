import { describe, expect, it } from 'vitest';
import { compileTable } from './compile';
import { MASKED, sameTemplateReads, type TemplateReads, templateReads } from './decision-key';
import { fillTemplate, markedDecision, textTemplate } from './render-template';
import { resolved, tableOf } from './test-support/tables';
import type { Decision, LeafTrace } from './trace-types';

const leaf = (over: Partial<LeafTrace>): LeafTrace => ({
  kind: 'fact',
  fact: 'total',
  factType: 'money',
  factValue: 61_000,
  operator: 'greaterThan',
  value: 50_000,
  result: true,
  ...over,
});

const decisionOf = (...leaves: LeafTrace[]): Decision<string> =>
  ({
    rules: [
      { id: 'R1', selected: true, matched: true, condition: { kind: 'all', result: true, children: leaves } },
    ],
    outcomes: ['visit'],
    asOf: '2026-10-26',
  }) as unknown as Decision<string>;

describe('text templates', () => {
  it('fill each opening with its number, formatted as its leaves show it', () => {
    const template = {
      parts: ['totaal (', ') en aantal (', ')'],
      slots: [0, 1],
      types: ['money', 'number'] as const,
    };
    expect(fillTemplate(template, [234_347, 2.5], 'nl')).toBe('totaal (€ 2.343,47) en aantal (2,5)');
    expect(fillTemplate(template, [234_347, 2.5], 'en')).toBe('totaal (€2,343.47) en aantal (2.5)');
  });

  it('are refused for a text with a marker of a place that is not one of the numbers', () => {
    expect(textTemplate('a \u00000\u0000 b', ['money'], 1)).toEqual({
      parts: ['a ', ' b'],
      slots: [0],
      types: ['money'],
    });
    expect(textTemplate('a \u00003\u0000 b', ['money'], 1)).toBeUndefined(); // a label with such characters
    expect(textTemplate('no numbers', [], 0)).toEqual({ parts: ['no numbers'], slots: [], types: [] });
  });

  it('mark the leaves that saw a number, keeping their type for the expected value', () => {
    const marked = markedDecision(
      decisionOf(leaf({}), leaf({ fact: 'count', factType: 'number', factValue: 2 })),
      ['total\u0000'],
    );
    const condition = marked?.decision.rules[0]?.condition as { children: LeafTrace[] } | undefined;
    const children = condition?.children ?? [];
    expect(children[0]).toMatchObject({ factValue: '\u00000\u0000', factType: 'money' });
    expect(children[1]).toMatchObject({ factValue: 2 }); // not a number left open
    expect(marked?.types).toEqual(['money']);
  });

  it('are not made when one number is shown as two types', () => {
    const d = decisionOf(leaf({}), leaf({ factType: 'number' }));
    expect(markedDecision(d, ['total\u0000'])).toBeUndefined();
  });

  it('are the same for two fact sets only when their conditions on the numbers came out the same', () => {
    const reads = (bits: number[]): TemplateReads => ({
      selected: [1],
      values: [true, MASKED],
      bits,
      hash: 7, // the same number: only the bits tell them apart
      numbers: [{ key: 'total\u0000', value: 1 }],
    });
    expect(sameTemplateReads(reads([1]), reads([1]))).toBe(true);
    expect(sameTemplateReads(reads([1]), reads([0]))).toBe(false);
    expect(sameTemplateReads(reads([1]), { ...reads([1]), values: [false, MASKED] })).toBe(false);
  });

  it('leave a number in the key as itself when a rule reads it with more leaves than the key has bits', () => {
    const facts = [{ name: 'total', type: 'money' as const, description: 'totaal' }];
    const leaves = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ fact: 'total', operator: 'greaterThan' as const, value: i }));
    const wide = compileTable(resolved(tableOf(facts, [{ all: leaves(31) }]), '2026-10-26'));
    const narrow = compileTable(resolved(tableOf(facts, [{ all: leaves(30) }]), '2026-10-26'));
    expect(templateReads(wide, { total: 5_000 })).toMatchObject({ values: [5_000], numbers: [] });
    expect(templateReads(narrow, { total: 5_000 })).toMatchObject({
      values: [MASKED],
      bits: [2 ** 30 - 1],
      numbers: [{ key: 'total\u0000', value: 5_000 }],
    });
  });
});
