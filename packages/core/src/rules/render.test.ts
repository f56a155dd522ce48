import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { compileTable, type Decision, renderDecision, renderRuleTrace } from '../index';
import { energyCriteriaExample, municipality5Example } from './examples';
import type { FactDeclaration, RuleTable } from './table-types';
import { resolved, tableOf } from './test-support/tables';

function decide<T>(table: RuleTable<T>, facts: Record<string, unknown>, date = '2026-10-26'): Decision<T> {
  const d = compileTable(resolved(table, date)).evaluate(facts);
  if (!d.ok) throw new Error('decision expected');
  return d.value;
}

const M5 = 'bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 5';

describe('renderDecision', () => {
  it('explains each selected rule in Dutch, with value, operator, expected value, rule and source', () => {
    const d = decide(municipality5Example as RuleTable<unknown>, {
      household: { partners: 2 },
      kinds: ['early'],
    });
    expect(renderDecision(d)).toBe(
      `Huisbezoek, omdat partners (2) ≥ 2 (regel visit, ${M5})\nBrief, omdat partners (2) ≥ 1 (regel letter, ${M5})`,
    );
  });

  it('explains in English, with outcome labels from a function', () => {
    const d = decide(municipality5Example as RuleTable<unknown>, {
      household: { partners: 1 },
      kinds: ['end-of-supply'],
    });
    expect(
      renderDecision(d, {
        lang: 'en',
        outcomeLabel: (o) => (o as { channels: string[] }).channels.join('+'),
      }),
    ).toBe(
      [
        'home-visit, because signal kinds ([end-of-supply]) contains end-of-supply (rule visit, source: Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 5)',
        'letter, because partners (1) ≥ 1 (rule letter, source: Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 5)',
      ].join('\n'),
    );
  });

  const facts: FactDeclaration[] = [
    { name: 'amount', type: 'money', description: 'x', label: { nl: 'bedrag', en: 'amount' } },
    { name: 'sector', type: 'string', description: 'x' },
    {
      name: 'known',
      type: 'boolean',
      description: 'x',
      label: { nl: 'bekend bij SHV', en: 'known at debt assistance' },
    },
    { name: 'kinds', type: 'string[]', description: 'x', label: { nl: 'soorten', en: 'soorten' } },
    { name: 'n', type: 'number', description: 'x' },
  ];
  const nested = tableOf(facts, [
    {
      all: [
        { fact: 'amount', operator: 'greaterThanInclusive', value: 50000 },
        {
          any: [
            { fact: 'sector', operator: 'equal', value: 'rent' },
            { not: { fact: 'known', operator: 'equal', value: true } },
          ],
        },
        {
          not: {
            any: [
              { fact: 'kinds', operator: 'contains', value: 'eviction' },
              { fact: 'n', operator: 'lessThan', value: 1 },
            ],
          },
        },
      ],
    },
  ]);
  const input = { amount: 60000, sector: 'energy', known: false, kinds: ['early'], n: 2 };

  it('renders nested all/any/not as the statements that made the rule apply', () => {
    const d = decide(nested, input);
    expect(renderDecision(d, { outcomeLabel: () => 'Huisbezoek' })).toBe(
      'Huisbezoek, omdat bedrag (€ 600,00) ≥ € 500,00 en niet bekend bij SHV (nee) = ja en niet soorten ([early]) bevat eviction en niet n (2) < 1 (regel R1, bron: projectkeuze (test))',
    );
    expect(renderDecision(d, { lang: 'en', outcomeLabel: () => 'Home visit' })).toBe(
      'Home visit, because amount (€600.00) ≥ €500.00 and not known at debt assistance (no) = yes and not soorten ([early]) contains eviction and not n (2) < 1 (rule R1, source: project default (test))',
    );
  });

  it('renders the full tree of a rule with a mark per condition', () => {
    const rule = decide(nested, input).rules[0];
    if (!rule) throw new Error('rule expected');
    expect(renderRuleTrace(rule, asIsoDate('2026-10-26'))).toBe(
      [
        'R1 Rule 1 (bron: projectkeuze (test))',
        '✓ alle van:',
        '  ✓ bedrag (€ 600,00) ≥ € 500,00',
        '  ✓ een van:',
        '    ✗ sector (energy) = rent',
        '    ✓ niet:',
        '      ✗ bekend bij SHV (nee) = ja',
        '  ✓ niet:',
        '    ✗ een van:',
        '      ✗ soorten ([early]) bevat eviction',
        '      ✗ n (2) < 1',
      ].join('\n'),
    );
  });

  it('says why rules did not apply, names parameters with their date, and shows missing facts', () => {
    const d = decide(
      energyCriteriaExample as RuleTable<unknown>,
      { unpaidInvoices: 1, amount: 152796, oldestDueDate: '2023-01-10' },
      '2023-06-01',
    );
    expect(renderDecision(d, { includeNotSelected: true })).toBe(
      [
        'Geen regel van toepassing (Signaalcriteria energieleverancier A, peildatum 2023-06-01)',
        'Regel debt-arrangement (Geen signaal: bekende schuldregeling) niet van toepassing: niet in schuldregeling (onbekend) = ja',
        'Regel signal (Twee facturen, minstens de drempel, 15 dagen te laat) niet van toepassing: niet onbetaalde facturen (1) ≥ 2',
      ].join('\n'),
    );
    const signal = d.rules.find((r) => r.id === 'signal');
    if (!signal) throw new Error('rule expected');
    expect(renderRuleTrace(signal, d.asOf, { lang: 'en' }).split('\n').slice(3)).toEqual([
      '  ✓ amount (€1,527.96) ≥ €50.00 (parameter floor, since 2021-01-01)',
      '  ✓ oldest due date (2023-01-10) on or before 2023-05-17 (evaluation date 2023-06-01 − 15 days)',
      '  ✓ oldest due date (2023-01-10) is at most 36500 days before the evaluation date 2023-06-01 (parameter maxDaysOverdue, since 2022-12-08)',
    ]);
  });

  it('renders the same text from a trace that went through JSON', () => {
    const d = decide(nested, input);
    expect(renderDecision(JSON.parse(JSON.stringify(d)) as typeof d)).toBe(renderDecision(d));
  });
});
