import { operatorOf } from './operators';
import type { ResolvedCondition, ResolvedFactCondition } from './resolved-types';
import type { ConditionTrace, LeafTrace } from './trace-types';

// A resolved condition tree becomes plain closures over a "slots" array: the fact values the
// table reads, extracted once per fact set (see compile.ts). A Predicate short-circuits and is
// what `decide` runs; a Tracer evaluates every condition, as json-rules-engine does (it has one
// priority set, so it evaluates all siblings), and records each result.

/** A compiled condition: whether it holds for the slot values. */
export type Predicate = (slots: readonly unknown[]) => boolean;
/** A compiled condition that also returns its trace. */
export type Tracer = (slots: readonly unknown[]) => ConditionTrace;
/** The slot index of a leaf's (fact, path). */
export type SlotOf = (leaf: ResolvedFactCondition) => number;

const ALWAYS: Predicate = () => true;

function allOf(parts: Predicate[]): Predicate {
  const [a, b, c] = parts;
  if (parts.length === 0) return ALWAYS;
  if (parts.length === 1 && a) return a;
  if (parts.length === 2 && a && b) return (s) => a(s) && b(s);
  if (parts.length === 3 && a && b && c) return (s) => a(s) && b(s) && c(s);
  return (s) => {
    for (const p of parts) if (!p(s)) return false;
    return true;
  };
}

function anyOf(parts: Predicate[]): Predicate {
  const [a, b, c] = parts;
  // json-rules-engine: an empty `any` holds (loading rejects empty groups anyway).
  if (parts.length === 0) return ALWAYS;
  if (parts.length === 1 && a) return a;
  if (parts.length === 2 && a && b) return (s) => a(s) || b(s);
  if (parts.length === 3 && a && b && c) return (s) => a(s) || b(s) || c(s);
  return (s) => {
    for (const p of parts) if (p(s)) return true;
    return false;
  };
}

/** Compiles a condition into a short-circuiting predicate. */
export function compilePredicate(condition: ResolvedCondition, slotOf: SlotOf): Predicate {
  if ('all' in condition) return allOf(condition.all.map((c) => compilePredicate(c, slotOf)));
  if ('any' in condition) return anyOf(condition.any.map((c) => compilePredicate(c, slotOf)));
  if ('not' in condition) {
    const inner = compilePredicate(condition.not, slotOf);
    return (s) => !inner(s);
  }
  // The operator is looked up here, once per leaf: evaluation runs only the returned closure.
  return operatorOf(condition.operator).compile(condition.value, slotOf(condition));
}

function leafTracer(leaf: ResolvedFactCondition, slotOf: SlotOf): Tracer {
  const slot = slotOf(leaf);
  const test = operatorOf(leaf.operator).compile(leaf.value, slot);
  const { fact, path, operator, value } = leaf;
  const { type: factType, label } = leaf.declaration;
  const params = leaf.params.length > 0 ? leaf.params : undefined;
  // Properties are added in one fixed order per leaf (no spreads, no deletes): V8 keeps these
  // objects fast, and the JSON reads fact, value seen, operator, expected, result.
  return (s) => {
    const factValue = s[slot];
    const trace = { kind: 'fact', fact } as LeafTrace;
    if (path !== undefined) trace.path = path;
    trace.factType = factType;
    if (label !== undefined) trace.label = label;
    if (factValue !== undefined) trace.factValue = factValue;
    trace.operator = operator;
    trace.value = value;
    if (params) trace.params = params;
    trace.result = test(s);
    return trace;
  };
}

/** Compiles a condition into a tracer that evaluates (and records) every sub-condition. */
export function compileTracer(condition: ResolvedCondition, slotOf: SlotOf): Tracer {
  if ('all' in condition || 'any' in condition) {
    const kind = 'all' in condition ? 'all' : 'any';
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => compileTracer(c, slotOf));
    return (s) => {
      const children = parts.map((p) => p(s));
      const result =
        children.length === 0 ||
        (kind === 'all' ? children.every((c) => c.result) : children.some((c) => c.result));
      return { kind, result, children };
    };
  }
  if ('not' in condition) {
    const inner = compileTracer(condition.not, slotOf);
    return (s) => {
      const child = inner(s);
      return { kind: 'not', result: !child.result, child };
    };
  }
  return leafTracer(condition, slotOf);
}
