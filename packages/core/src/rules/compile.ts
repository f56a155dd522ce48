import type { Result } from '../model/issue';
import { compilePredicate, compileTracer, type Predicate, type Tracer } from './compile-condition';
import { readSlot } from './fact-path';
import { buildDecision, selectRules } from './hit-policy';
import type { ResolvedCondition, ResolvedFactCondition, ResolvedTable } from './resolved-types';
import type { Decision, RuleTrace } from './trace-types';

/**
 * A fact set: fact name → value (numbers, integer cents, ISO date strings, strings, booleans,
 * string lists, or objects for `object` facts). A missing key is a missing fact. Validate
 * untrusted input with {@link validateFacts} first: the evaluators agree on validated facts.
 *
 * @example
 * ```ts
 * import type { Facts } from '@signaalreis/core';
 * const facts: Facts = { amount: 60000, sectors: ['rent', 'energy'], oldestDueDate: '2026-08-01' };
 * ```
 */
export type Facts = Readonly<Record<string, unknown>>;

/**
 * A rule table compiled at one evaluation date into plain synchronous closures (no `eval`, no
 * `new Function`). `evaluate` returns outcomes with the full trace; `decide` returns the same
 * outcomes without building a trace, for simulations.
 */
export interface CompiledTable<TOutcome> {
  /** The resolved table this was compiled from. */
  readonly table: ResolvedTable<TOutcome>;
  /** Outcomes and trace; a `unique` table with two matches yields a `unique_violation` issue. */
  evaluate(facts: Facts): Result<Decision<TOutcome>>;
  /** The same outcomes as `evaluate`, without a trace (stops at the first match under `first`). */
  decide(facts: Facts): Result<TOutcome[]>;
}

/**
 * What `evaluate` selects, without its trace: the selected outcomes, the selected rules' ids (both
 * in hit-policy order) and for each selected id the source of the first rule in table order with that id.
 * Internal to core (routing asks for it; not exported by the package).
 */
export interface Selection<TOutcome> {
  outcomes: TOutcome[];
  selected: string[];
  /** Per selected id, `evaluate`'s `rules.find((r) => r.id === id)?.source`. */
  sources: (string | undefined)[];
}

type Select = (facts: Facts) => Result<Selection<unknown>>;

/** The selecting function of each table {@link compileTable} made (a table made elsewhere has none). */
const selectors = new WeakMap<object, Select>();

/**
 * {@link Selection} of `compiled` for `facts`: for a table {@link compileTable} made, its rules'
 * predicates without a trace (the first rule that matches under `first`); for any other
 * `CompiledTable` (a vendor's own), read from `evaluate`. Either way equal to what `evaluate` gives,
 * the `unique_violation` issue included.
 */
export function selectOf<T>(compiled: CompiledTable<T>, facts: Facts): Result<Selection<T>> {
  const select = selectors.get(compiled);
  if (select) return select(facts) as Result<Selection<T>>;
  const evaluated = compiled.evaluate(facts);
  if (!evaluated.ok) return evaluated;
  const { outcomes, selected, rules } = evaluated.value;
  const sources = selected.map((id) => rules.find((r) => r.id === id)?.source);
  return { ok: true, value: { outcomes, selected, sources } };
}

interface Slot {
  fact: string;
  segments: string[];
}

/** The leaf conditions of `condition`, in table order, appended to `out`. */
export function collectLeaves(condition: ResolvedCondition, out: ResolvedFactCondition[]): void {
  if ('all' in condition) for (const c of condition.all) collectLeaves(c, out);
  else if ('any' in condition) for (const c of condition.any) collectLeaves(c, out);
  else if ('not' in condition) collectLeaves(condition.not, out);
  else out.push(condition);
}

/**
 * The key of the (fact, path) a leaf reads — a resolved condition or its trace: `fact\u0000path`.
 * One slot per key (`tableSlots`); also how a template names the numbers it leaves open
 * (decision-key.ts, render-template.ts).
 */
export const slotKey = (leaf: { fact: string; path?: string | undefined }): string =>
  `${leaf.fact}\u0000${leaf.path ?? ''}`;

/** Assigns one slot per distinct (fact, path) read by the table. */
export function tableSlots(table: ResolvedTable<unknown>): {
  slots: Slot[];
  slotOf: (l: ResolvedFactCondition) => number;
} {
  const slots: Slot[] = [];
  const byKey = new Map<string, number>();
  for (const rule of table.rules) {
    const leaves: ResolvedFactCondition[] = [];
    collectLeaves(rule.when, leaves);
    for (const leaf of leaves) {
      if (byKey.has(slotKey(leaf))) continue;
      byKey.set(slotKey(leaf), slots.length);
      slots.push({ fact: leaf.fact, segments: leaf.segments });
    }
  }
  return { slots, slotOf: (l) => byKey.get(slotKey(l)) ?? -1 };
}

/**
 * Compiles a resolved table. Compile once per evaluation date and reuse the result: compiling is
 * linear in the table's size; evaluating allocates the slot values, the outcome list and (for
 * `evaluate`) the trace. Outcomes are the table's own `then` objects: treat them as read-only.
 *
 * @example
 * ```ts
 * import { asIsoDate, compileTable, resolveTable } from '@signaalreis/core';
 * const table = {
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Floor' }, hitPolicy: 'first' as const,
 *   facts: [{ name: 'amount', type: 'money' as const, description: 'Arrear in cents' }],
 *   parameters: { floor: [{ from: asIsoDate('2021-01-01'), value: 10000, source: 'signaalreis-2023' }] },
 *   rules: [{ id: 'R1', label: { nl: 'Boven de grens', en: 'Above floor' }, source: 'signaalreis-2023',
 *     then: 'pick-up',
 *     when: { all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: { param: 'floor' } }] } }],
 * };
 * const resolved = resolveTable(table, asIsoDate('2026-10-26'));
 * if (resolved.ok) compileTable(resolved.value).decide({ amount: 12000 }); // { ok: true, value: ['pick-up'] }
 * ```
 */
export function compileTable<T>(table: ResolvedTable<T>): CompiledTable<T> {
  const { slots, slotOf } = tableSlots(table);
  const facts = slots.map((s) => s.fact);
  const paths = slots.map((s) => (s.segments.length ? s.segments : null));
  const n = slots.length;
  const read = (input: Facts): unknown[] => {
    const values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const path = paths[i];
      const fact = facts[i] as string;
      values[i] = path ? readSlot(input, fact, path) : input[fact];
    }
    return values;
  };
  const ordered = table.order.map((i) => table.rules[i] as (typeof table.rules)[number]);
  const tests: Predicate[] = ordered.map((r) => compilePredicate(r.when, slotOf));
  const outcomes = ordered.map((r) => r.then);
  const tracers: Tracer[] = ordered.map((r) => compileTracer(r.when, slotOf));
  const indexes = ordered.map((r) => r.index);
  const count = ordered.length;

  const decideFirst = (input: Facts): Result<T[]> => {
    const s = read(input);
    for (let i = 0; i < count; i++)
      if ((tests[i] as Predicate)(s)) return { ok: true, value: [outcomes[i] as T] };
    return { ok: true, value: [] };
  };
  const decideCollect = (input: Facts): Result<T[]> => {
    const s = read(input);
    const value: T[] = [];
    for (let i = 0; i < count; i++) if ((tests[i] as Predicate)(s)) value.push(outcomes[i] as T);
    return { ok: true, value };
  };
  const decideUnique = (input: Facts): Result<T[]> => {
    const s = read(input);
    let hit = -1;
    for (let i = 0; i < count; i++) {
      if (!(tests[i] as Predicate)(s)) continue;
      if (hit >= 0) {
        const matched = ordered.map(() => false);
        for (let j = 0; j < count; j++) matched[indexes[j] as number] = (tests[j] as Predicate)(s);
        const selection = selectRules(table, matched);
        if (!selection.ok) return selection;
      }
      hit = i;
    }
    return { ok: true, value: hit < 0 ? [] : [outcomes[hit] as T] };
  };

  // evaluate's source lookup: the first rule in table order (its traces' order) with an id
  const sourceById = new Map<string, string>();
  for (const r of ordered) if (!sourceById.has(r.id)) sourceById.set(r.id, r.source);
  const select = (input: Facts): Result<Selection<T>> => {
    const s = read(input);
    const hits: number[] = [];
    for (let i = 0; i < count; i++) {
      if (!(tests[i] as Predicate)(s)) continue;
      hits.push(i);
      if (table.hitPolicy === 'first') break;
    }
    if (table.hitPolicy === 'unique' && hits.length > 1) {
      const matched = ordered.map(() => false);
      for (let j = 0; j < count; j++) matched[indexes[j] as number] = (tests[j] as Predicate)(s);
      const selection = selectRules(table, matched);
      if (!selection.ok) return selection;
    }
    const rules = hits.map((i) => ordered[i] as (typeof ordered)[number]);
    const selected = rules.map((r) => r.id);
    return {
      ok: true,
      value: {
        outcomes: rules.map((r) => r.then),
        selected,
        sources: selected.map((id) => sourceById.get(id)),
      },
    };
  };

  const compiled: CompiledTable<T> = {
    table,
    decide:
      table.hitPolicy === 'first'
        ? decideFirst
        : table.hitPolicy === 'collect'
          ? decideCollect
          : decideUnique,
    evaluate(input: Facts): Result<Decision<T>> {
      const s = read(input);
      const traces: RuleTrace[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const rule = ordered[i] as (typeof ordered)[number];
        const condition = (tracers[i] as Tracer)(s);
        const trace = { id: rule.id, label: rule.label } as RuleTrace;
        trace.source = rule.source;
        trace.priority = rule.priority;
        trace.index = rule.index;
        trace.matched = condition.result;
        trace.selected = false;
        trace.condition = condition;
        traces[i] = trace;
      }
      return buildDecision(table, traces);
    },
  };
  selectors.set(compiled, select as Select);
  return compiled;
}
