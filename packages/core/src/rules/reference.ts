import type { Engine } from 'json-rules-engine';
import type { Result } from '../model/issue';
import type { Facts } from './compile';
import { buildDecision } from './hit-policy';
import { CUSTOM_OPERATOR_DEFINITIONS } from './operators';
import { referenceCalendar } from './reference-calendar';
import type { ResolvedCondition, ResolvedTable } from './resolved-types';
import type { ConditionTrace, Decision, RuleTrace } from './trace-types';

/**
 * Evaluates a resolved table on json-rules-engine, the reference semantics. Slow and
 * asynchronous; use it to check the compiled evaluator, or where a second opinion is wanted.
 */
export interface ReferenceEvaluator<TOutcome> {
  /** The resolved table. */
  readonly table: ResolvedTable<TOutcome>;
  /** Outcomes and trace, built from json-rules-engine's own per-condition results. */
  evaluate(facts: Facts): Promise<Result<Decision<TOutcome>>>;
}

/** The condition without signaalreis' metadata, in json-rules-engine's format. */
function toEngineCondition(condition: ResolvedCondition): Record<string, unknown> {
  if ('all' in condition) return { all: condition.all.map(toEngineCondition) };
  if ('any' in condition) return { any: condition.any.map(toEngineCondition) };
  if ('not' in condition) return { not: toEngineCondition(condition.not) };
  const { fact, path, operator, value } = condition;
  return path === undefined ? { fact, operator, value } : { fact, path, operator, value };
}

// json-rules-engine's result objects: each evaluated condition carries `result`; leaves also
// `factResult` (the fact value, undefined when missing) and `valueResult`. The root's result is
// the rule result. Every condition is evaluated because no condition or fact has a priority.
interface EngineNode {
  all?: EngineNode[];
  any?: EngineNode[];
  not?: EngineNode;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

function traceFrom(resolved: ResolvedCondition, node: EngineNode, rootResult?: boolean): ConditionTrace {
  const result = rootResult ?? node.result;
  if (typeof result !== 'boolean') throw new Error('json-rules-engine left a condition unevaluated');
  if ('all' in resolved || 'any' in resolved) {
    const kind = 'all' in resolved ? 'all' : 'any';
    const resolvedChildren = 'all' in resolved ? resolved.all : resolved.any;
    const nodes = (kind === 'all' ? node.all : node.any) ?? [];
    const children = resolvedChildren.map((c, i) => traceFrom(c, nodes[i] ?? {}));
    return { kind, result, children };
  }
  if ('not' in resolved) return { kind: 'not', result, child: traceFrom(resolved.not, node.not ?? {}) };
  const { declaration } = resolved;
  return {
    kind: 'fact',
    fact: resolved.fact,
    ...(resolved.path === undefined ? {} : { path: resolved.path }),
    factType: declaration.type,
    ...(declaration.label === undefined ? {} : { label: declaration.label }),
    ...(node.factResult === undefined ? {} : { factValue: node.factResult }),
    operator: resolved.operator,
    value: node.valueResult,
    ...(resolved.params.length ? { params: resolved.params } : {}),
    result,
  };
}

// json-rules-engine (with jsonpath-plus and eventemitter2) is loaded on the first evaluation, not
// at module load: only the reference semantics needs it, so a month run never pays for it in
// start-up time, and a bundler can leave it in a separate chunk.
let engineModule: Promise<typeof import('json-rules-engine')> | undefined;

/** A json-rules-engine Engine for a resolved table: custom operators, one rule per table rule (named by index). */
export async function buildEngine(table: ResolvedTable<unknown>): Promise<Engine> {
  engineModule ??= import('json-rules-engine');
  const { Engine } = await engineModule;
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of CUSTOM_OPERATOR_DEFINITIONS) {
    const callback = op.reference;
    engine.addOperator(op.name, (factValue, value) => callback(factValue, value, referenceCalendar));
  }
  for (const rule of table.rules) {
    engine.addRule({
      name: String(rule.index),
      priority: 1,
      conditions: toEngineCondition(rule.when) as never,
      event: { type: rule.id },
    });
  }
  return engine;
}

/**
 * Builds a json-rules-engine `Engine` for a resolved table (custom operators registered,
 * `allowUndefinedFacts: true`, one rule per table rule) on the first evaluation, and evaluates
 * fact sets on it; json-rules-engine itself is loaded only then. The hit
 * policy is applied afterwards from the rule results, by priority and table order.
 *
 * @example
 * ```ts
 * import { asIsoDate, createReferenceEvaluator, resolveTable } from '@signaalreis/core';
 * const table = {
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Floor' }, hitPolicy: 'first' as const,
 *   facts: [{ name: 'amount', type: 'money' as const, description: 'Arrear in cents' }], parameters: {},
 *   rules: [{ id: 'R1', label: { nl: 'Boven € 100', en: 'Above €100' }, source: 'signaalreis-2023',
 *     then: 'pick-up', when: { all: [{ fact: 'amount', operator: 'greaterThan', value: 10000 }] } }],
 * };
 * const resolved = resolveTable(table, asIsoDate('2026-10-26'));
 * if (resolved.ok) {
 *   const d = await createReferenceEvaluator(resolved.value).evaluate({ amount: 12000 });
 *   if (d.ok) d.value.outcomes; // ['pick-up']
 * }
 * ```
 */
export function createReferenceEvaluator<T>(table: ResolvedTable<T>): ReferenceEvaluator<T> {
  let engine: Promise<Engine> | undefined;
  return {
    table,
    async evaluate(facts: Facts): Promise<Result<Decision<T>>> {
      engine ??= buildEngine(table);
      const run = await (await engine).run({ ...facts });
      const byIndex = new Map<number, { result: boolean; conditions: EngineNode }>();
      for (const r of [...run.results, ...run.failureResults]) {
        byIndex.set(Number(r.name), r as unknown as { result: boolean; conditions: EngineNode });
      }
      const traces: RuleTrace[] = table.order.map((index) => {
        const rule = table.rules[index];
        const result = byIndex.get(index);
        if (!rule || !result) throw new Error(`json-rules-engine returned no result for rule ${index}`);
        const condition = traceFrom(rule.when, result.conditions, result.result);
        return {
          id: rule.id,
          label: rule.label,
          source: rule.source,
          priority: rule.priority,
          index: rule.index,
          matched: result.result,
          selected: false,
          condition,
        };
      });
      return buildDecision(table, traces);
    },
  };
}
