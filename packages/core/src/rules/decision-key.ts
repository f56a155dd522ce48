// What an explanation of a decision (renderDecision) is made of: the rules the hit policy selects
// and the values their conditions read. Two fact sets that read the same give the same decision
// text, so a month's worklists can render each distinct text once (issue 14). Internal to core (not
// exported from the package).
import { type CompiledTable, collectLeaves, type Facts, tableSlots } from './compile';
import { compilePredicate, type Predicate } from './compile-condition';
import { readSlot } from './fact-path';
import { selectRules } from './hit-policy';
import type { ResolvedFactCondition } from './resolved-types';

/**
 * What the decision text of a fact set reads: the selected rules (table indexes, hit-policy order)
 * and, rule after rule, the value of every fact (or path) its condition reads; `hash` a number of
 * both, for a lookup (equal reads, equal hash; see {@link sameReads}).
 */
export interface DecisionReads {
  selected: readonly number[];
  values: readonly unknown[];
  hash: number;
}

/** A value as a number for {@link DecisionReads.hash} (equal values, equal numbers); undefined for an object. */
function valueHash(value: unknown): number | undefined {
  switch (typeof value) {
    case 'undefined':
      return 1;
    case 'boolean':
      return value ? 2 : 3;
    case 'number':
      return (value | 0) ^ Math.trunc((value % 1) * 1e9);
    case 'string':
      return value.length * 31 + (value.charCodeAt(0) | 0) * 7 + (value.charCodeAt(value.length - 1) | 0);
  }
  if (value === null) return 4;
  if (!Array.isArray(value)) return undefined;
  let h = value.length + 5;
  for (const item of value) {
    const k = valueHash(item);
    if (k === undefined) return undefined;
    h = (Math.imul(h, 31) + k) | 0;
  }
  return h;
}

/** Two read values are the same: primitives by `===`, arrays item by item. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

/** Same rules selected, same values read: the same decision text (on the same compiled table). */
export function sameReads(a: DecisionReads, b: DecisionReads): boolean {
  if (a.hash !== b.hash || a.selected.length !== b.selected.length || a.values.length !== b.values.length)
    return false;
  for (let i = 0; i < a.selected.length; i++) if (a.selected[i] !== b.selected[i]) return false;
  for (let i = 0; i < a.values.length; i++) if (!sameValue(a.values[i], b.values[i])) return false;
  return true;
}

type Reader = (facts: Facts) => DecisionReads | undefined;

function readerOf(compiled: CompiledTable<unknown>): Reader {
  const { table } = compiled;
  const { slots, slotOf } = tableSlots(table);
  const predicates: Predicate[] = table.rules.map((r) => compilePredicate(r.when, slotOf));
  const reads: number[][] = table.rules.map((r) => {
    const leaves: ResolvedFactCondition[] = [];
    collectLeaves(r.when, leaves);
    return [...new Set(leaves.map(slotOf))];
  });
  return (facts) => {
    const s = slots.map((slot) =>
      slot.segments.length > 0 ? readSlot(facts, slot.fact, slot.segments) : facts[slot.fact],
    );
    const selection = selectRules(
      table,
      predicates.map((p) => p(s)),
    );
    if (!selection.ok) return undefined;
    const values: unknown[] = [];
    let hash = selection.value.length;
    for (const index of selection.value) {
      hash = (Math.imul(hash, 31) + index) | 0;
      for (const slot of reads[index] as number[]) {
        const value = s[slot];
        const h = valueHash(value);
        if (h === undefined) return undefined;
        hash = (Math.imul(hash, 31) + h) | 0;
        values.push(value);
      }
    }
    return { selected: selection.value, values, hash };
  };
}

const READERS = new WeakMap<CompiledTable<unknown>, Reader>();

/**
 * What the decision text of `facts` on `compiled` reads (with the same outcome labels and
 * language): the selected rules (hit policy applied) and the value of every fact (or path) their
 * conditions read. A rule's line of text reads nothing else — its outcome, label, source,
 * parameters and the table's date are the compiled table's — so {@link sameReads} means the same
 * text. `undefined` when the facts cannot be compared so (an object value, a `unique` table with
 * two matches).
 */
export function decisionReads(compiled: CompiledTable<unknown>, facts: Facts): DecisionReads | undefined {
  let reader = READERS.get(compiled);
  if (!reader) {
    reader = readerOf(compiled);
    READERS.set(compiled, reader);
  }
  return reader(facts);
}
