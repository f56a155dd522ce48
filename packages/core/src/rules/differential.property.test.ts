import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import { compileTable, selectOf } from './compile';
import { validateFacts } from './facts';
import { loadRuleTable } from './load';
import { RULE_OPERATORS } from './operators';
import { createReferenceEvaluator } from './reference';
import { resolveTable } from './resolve';
import { caseArb } from './test-support/table-arbitraries';

// Differential test: random tables (random condition trees of depth ≤ 3 over a random fact
// schema, random dated parameters, all three hit policies) × random fact sets. The compiled
// evaluator and json-rules-engine must return the same Decision: outcomes, selected rules, and
// for every rule and every condition the result, the fact value seen and the expected value.
// `decide` must return the same outcomes as `evaluate`.
//
// A case is one fact set evaluated against one table; each generated table is evaluated on
// PER_TABLE fact sets through a single engine. SIGNAALREIS_DIFF_RUNS sets the number of cases
// (default 10,000).

const CASES = Number(process.env.SIGNAALREIS_DIFF_RUNS ?? 10_000);
const PER_TABLE = 20;
const stats = {
  cases: 0,
  withOutcome: 0,
  withoutOutcome: 0,
  uniqueViolations: 0,
  leafResults: new Set<string>(),
};

test.prop([caseArb(PER_TABLE)], { numRuns: Math.ceil(CASES / PER_TABLE) })(
  'compiled evaluator ≡ json-rules-engine on random tables and facts',
  async ({ table, asOf, factSets }) => {
    const loaded = loadRuleTable(table, { checkUniqueOverlap: false });
    if (!loaded.ok) throw new Error(`generated an invalid table: ${JSON.stringify(loaded.issues)}`);
    const resolved = resolveTable(loaded.value, asIsoDate(asOf));
    if (!resolved.ok) throw new Error(`generated table does not resolve: ${JSON.stringify(resolved.issues)}`);
    const compiled = compileTable(resolved.value);
    const reference = createReferenceEvaluator(resolved.value);
    for (const facts of factSets) {
      expect(validateFacts(loaded.value, facts)).toEqual({ ok: true, value: facts });
      const expected = await reference.evaluate(facts);
      const actual = compiled.evaluate(facts);
      expect(actual).toStrictEqual(expected);
      expect(compiled.decide(facts)).toStrictEqual(
        actual.ok ? { ok: true, value: actual.value.outcomes } : actual,
      );
      // selectOf: the selection of evaluate without its trace, on the compiled path and on the
      // path of a table compileTable did not make (read from evaluate)
      const selection = selectOf(compiled, facts);
      expect(selection).toStrictEqual(selectOf({ ...compiled }, facts));
      expect(selection).toStrictEqual(
        actual.ok
          ? {
              ok: true,
              value: {
                outcomes: actual.value.outcomes,
                selected: actual.value.selected,
                sources: actual.value.selected.map(
                  (id) => actual.value.rules.find((r) => r.id === id)?.source,
                ),
              },
            }
          : actual,
      );
      stats.cases++;
      if (!actual.ok) stats.uniqueViolations++;
      else if (actual.value.outcomes.length > 0) stats.withOutcome++;
      else stats.withoutOutcome++;
      if (actual.ok) collectLeafResults(actual.value.rules.map((r) => r.condition));
    }
  },
);

function collectLeafResults(nodes: unknown[]): void {
  for (const node of nodes as {
    kind: string;
    operator?: string;
    result: boolean;
    children?: unknown[];
    child?: unknown;
  }[]) {
    if (node.kind === 'fact') stats.leafResults.add(`${node.operator}:${node.result}`);
    else collectLeafResults(node.children ?? [node.child]);
  }
}

test('the differential test ran enough cases and exercised both outcomes of every operator', () => {
  expect(stats.cases).toBeGreaterThanOrEqual(CASES);
  expect(stats.withOutcome).toBeGreaterThan(stats.cases / 10);
  expect(stats.withoutOutcome).toBeGreaterThan(stats.cases / 10);
  expect(stats.uniqueViolations).toBeGreaterThan(0);
  // Every operator in the registry: a new operator is covered without touching this test.
  const operators = RULE_OPERATORS;
  const missing = operators
    .flatMap((op) => [`${op}:true`, `${op}:false`])
    .filter((k) => !stats.leafResults.has(k));
  expect(missing).toEqual([]);
});

// fc is re-exported by @fast-check/vitest; referenced so the import stays explicit for readers.
void fc;
