// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
// Test-only helpers (not exported from the package): build small tables and evaluate them with
// both evaluators.
import { asIsoDate } from '../../model/iso-date';
import type { Result } from '../../model/issue';
import { compileTable, type Facts } from '../compile';
import { loadRuleTable } from '../load';
import { createReferenceEvaluator } from '../reference';
import { resolveTable } from '../resolve';
import type { ResolvedTable } from '../resolved-types';
import type { Condition, FactDeclaration, HitPolicy, RuleTable } from '../table-types';
import type { Decision } from '../trace-types';

/** A table with the given facts and one rule per condition (ids R1, R2, …, outcome = id). */
export function tableOf(
  facts: FactDeclaration[],
  conditions: Condition[],
  options: {
    hitPolicy?: HitPolicy;
    parameters?: RuleTable<string>['parameters'];
    priorities?: number[];
  } = {},
): RuleTable<string> {
  return {
    id: 'test',
    label: { nl: 'Testtabel', en: 'Test table' },
    hitPolicy: options.hitPolicy ?? 'collect',
    facts,
    parameters: options.parameters ?? {},
    rules: conditions.map((c, i) => ({
      id: `R${i + 1}`,
      label: { nl: `Rule ${i + 1}`, en: `Rule ${i + 1}` },
      source: 'project default (test)',
      ...(options.priorities?.[i] === undefined ? {} : { priority: options.priorities[i] }),
      when: 'all' in c || 'any' in c || 'not' in c ? c : { all: [c] },
      then: `R${i + 1}`,
    })),
  } as RuleTable<string>;
}

/** Loads (validates) and resolves a table, failing loudly when it has issues. */
export function resolved<T>(
  table: RuleTable<T>,
  date = '2026-10-26',
  checkUniqueOverlap = true,
): ResolvedTable<T> {
  const loaded = loadRuleTable<T>(table, { checkUniqueOverlap });
  if (!loaded.ok) throw new Error(`test table has issues: ${JSON.stringify(loaded.issues)}`);
  const r = resolveTable(loaded.value, asIsoDate(date));
  if (!r.ok) throw new Error(`test table does not resolve: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Evaluates with both evaluators; returns both decisions. */
export async function both<T>(
  table: ResolvedTable<T>,
  facts: Facts,
): Promise<{ compiled: Result<Decision<T>>; reference: Result<Decision<T>> }> {
  return {
    compiled: compileTable(table).evaluate(facts),
    reference: await createReferenceEvaluator(table).evaluate(facts),
  };
}

/** The outcomes of a decision, or the issue codes when it failed. */
export function outcomesOf<T>(d: Result<Decision<T>>): T[] | string[] {
  return d.ok ? d.value.outcomes : d.issues.map((i) => i.code);
}
