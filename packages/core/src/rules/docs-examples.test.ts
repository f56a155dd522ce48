// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  compileTable,
  createReferenceEvaluator,
  loadRuleTable,
  renderDecision,
  renderRuleTrace,
  resolveTable,
} from '../index';
import {
  contactByAmountExample,
  EXAMPLE_JSON,
  energyCriteriaExample,
  municipality5Example,
  routingExample,
} from './examples';
import type { RuleTable } from './table-types';

// docs/rules.md is checked against the code: every ```json example=<file>``` block must be that
// example table, and every ```<lang> output=<id>``` block must be what the scenario <id> below
// computes (JSON blocks compared as data, text blocks as text). After changing an example or the
// rendering, refresh the document with
//   SIGNAALREIS_WRITE_DOCS=1 pnpm vitest run packages/core/src/rules/docs-examples.test.ts
const docPath = fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url));
const exampleDir = new URL('./examples/', import.meta.url);
const BLOCK = /```(\w+) (example|output)=([\w.-]+)\n([\s\S]*?)```/g;

function compiled<T>(table: RuleTable<T>, date: string) {
  const resolved = resolveTable(table, asIsoDate(date));
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return compileTable(resolved.value);
}
function decision<T>(table: RuleTable<T>, date: string, facts: Record<string, unknown>) {
  const d = compiled(table, date).evaluate(facts);
  if (!d.ok) throw new Error(JSON.stringify(d.issues));
  return d.value;
}

const household = {
  signalCount: 2,
  sectors: ['rent', 'energy'],
  kinds: ['early', 'early'],
  amount: 83250,
  knownAtDebtAssistance: false,
};
const noRent = {
  signalCount: 3,
  sectors: ['energy', 'water', 'health'],
  kinds: ['early'],
  amount: 41000,
  knownAtDebtAssistance: false,
};

const SCENARIOS: Record<string, () => unknown> = {
  'quick-start': () => {
    const d = decision(routingExample, '2026-10-26', household);
    return `${renderDecision(d)}\n${renderDecision(d, { lang: 'en' })}`;
  },
  'energy-over-time': () =>
    ['2022-12-07', '2022-12-08']
      .map((date) =>
        renderDecision(
          decision(energyCriteriaExample, date, {
            unpaidInvoices: 2,
            amount: 12350,
            oldestDueDate: '2022-07-10',
            inDebtArrangement: false,
          }),
          { includeNotSelected: true },
        ),
      )
      .join('\n---\n'),
  unique: () => {
    const table = compiled(contactByAmountExample, '2026-10-26');
    return [24999, 25000, 50000, 50001]
      .map((amount) => {
        const d = table.decide({ amount });
        return `${amount} → ${d.ok ? d.value.flatMap((o) => o.channels).join('+') : d.issues[0]?.code}`;
      })
      .join('\n');
  },
  trace: () => decision(routingExample, '2026-10-26', household).rules.find((r) => r.id === 'multiple-rent'),
  tree: () => {
    const d = decision(routingExample, '2026-10-26', noRent);
    const rule = d.rules.find((r) => r.id === 'multiple-no-rent');
    return `${rule ? renderRuleTrace(rule, d.asOf) : ''}\n${renderDecision(d, { lang: 'en' })}`;
  },
  'load-issues': () => {
    const bad = loadRuleTable({
      id: 'bad',
      label: { nl: 'Fout', en: 'Bad' },
      hitPolicy: 'first',
      facts: [
        { name: 'amount', type: 'money', description: 'Arrears in cents' },
        { name: 'dueDate', type: 'date', description: 'Oldest due date' },
      ],
      parameters: {},
      rules: [
        {
          id: 'R1',
          label: { nl: 'Oud en hoog', en: 'Old and high' },
          source: 'project default',
          then: 'visit',
          when: {
            all: [
              { fact: 'amout', operator: 'greaterThan', value: 50000 },
              { fact: 'dueDate', operator: 'greaterThan', value: 30 },
              { fact: 'dueDate', operator: 'dateBefore', value: { param: 'cutoff' } },
            ],
          },
        },
      ],
    });
    return bad.ok ? [] : bad.issues;
  },
  m5: () =>
    renderDecision(
      decision(municipality5Example, '2026-10-26', { household: { partners: 2 }, kinds: ['early', 'early'] }),
    ),
};

const render = (lang: string, value: unknown) =>
  lang === 'json' ? JSON.stringify(value, null, 2) : String(value);

describe('docs/rules.md', () => {
  const doc = readFileSync(docPath, 'utf8');
  const blocks = [...doc.matchAll(BLOCK)].map(([, lang, kind, id, body]) => ({
    lang: lang ?? '',
    kind,
    id: id ?? '',
    body: body ?? '',
  }));

  if (process.env.SIGNAALREIS_WRITE_DOCS === '1') {
    const written = doc.replace(BLOCK, (_all, lang: string, kind: string, id: string) => {
      const body =
        kind === 'example'
          ? readFileSync(new URL(id, exampleDir), 'utf8')
          : `${render(lang, (SCENARIOS[id] ?? (() => `unknown scenario ${id}`))())}\n`;
      return `\`\`\`${lang} ${kind}=${id}\n${body}\`\`\``;
    });
    writeFileSync(docPath, written);
  }

  it('shows every example table and every scenario exactly once', () => {
    expect(
      blocks
        .filter((b) => b.kind === 'example')
        .map((b) => b.id)
        .sort(),
    ).toEqual(Object.keys(EXAMPLE_JSON).sort());
    expect(
      blocks
        .filter((b) => b.kind === 'output')
        .map((b) => b.id)
        .sort(),
    ).toEqual(Object.keys(SCENARIOS).sort());
  });

  it.each(blocks.filter((b) => b.kind === 'example'))(
    'example $id is the table in examples/',
    ({ id, body }) => {
      expect(JSON.parse(body)).toEqual(EXAMPLE_JSON[id as keyof typeof EXAMPLE_JSON]);
    },
  );

  it.each(blocks.filter((b) => b.kind === 'output'))(
    'output $id is what the code computes',
    ({ lang, id, body }) => {
      const actual = (SCENARIOS[id] as () => unknown)();
      if (lang === 'json') expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(actual)));
      else expect(body).toBe(`${render(lang, actual)}\n`);
    },
  );

  it('the quick-start decision is the same on json-rules-engine', async () => {
    const resolved = resolveTable(routingExample, asIsoDate('2026-10-26'));
    if (!resolved.ok) throw new Error('resolves');
    const reference = await createReferenceEvaluator(resolved.value).evaluate(household);
    expect(reference.ok && reference.value.selected).toEqual(['multiple-rent']);
  });
});
