// What an explanation of a decision (renderDecision) is made of: the rules the hit policy selects
// and the values their conditions read. Two fact sets that read the same give the same decision
// text, so a month's worklists can render each distinct text once (issue 14); two that read the same
// but for the numbers, with the same outcome of every condition on those numbers, give the same text
// but for those numbers, which a template leaves open (render-template.ts; docs/performance.md,
// "Twenty-fifth round"). Internal to core (not exported from the package).
import { type CompiledTable, collectLeaves, type Facts, slotKey, tableSlots } from './compile';
import { compilePredicate, type Predicate } from './compile-condition';
import { readSlot } from './fact-path';
import { selectRules } from './hit-policy';
import { operatorOf } from './operators';
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

/**
 * A number read in a {@link TemplateReads}' `values`: the value itself is left out of the key (a
 * text made from the template names it); what its leaves made of it is in `bits`.
 */
export const MASKED: unique symbol = Symbol('a number read, left out of the key');

/**
 * What the decision text of a fact set reads, with every finite number read left out: as
 * {@link DecisionReads}, but a number's place in `values` holds {@link MASKED} and `bits` holds, per
 * such place, the result of each of the selected rule's leaves on that number (a bit each, in table
 * order). The text reads a number only through those results and through its value written where a
 * leaf shows what it saw (`renderLeaf`), so two fact sets with the same template reads have the same
 * text but for those values: `numbers` gives them, with the key of their (fact, path), once each.
 */
export interface TemplateReads {
  selected: readonly number[];
  values: readonly unknown[];
  bits: readonly number[];
  hash: number;
  /** The numbers left out: each one's `fact\u0000path` (a leaf trace's `fact` and `path`) and value. */
  numbers: readonly { key: string; value: number }[];
}

/** Same template reads: the same text with the numbers of each filled in. */
export function sameTemplateReads(a: TemplateReads, b: TemplateReads): boolean {
  if (a.hash !== b.hash || a.bits.length !== b.bits.length || !sameReads(a, b)) return false;
  for (let i = 0; i < a.bits.length; i++) if (a.bits[i] !== b.bits[i]) return false;
  return true;
}

type TemplateReader = (facts: Facts) => TemplateReads | undefined;

/** The most leaves of one rule on one (fact, path) whose results a key keeps (a bit each; project default: 30 bits of a small integer). */
const MOST_LEAVES = 30;

function templateReaderOf(compiled: CompiledTable<unknown>): TemplateReader {
  const { table } = compiled;
  const { slots, slotOf } = tableSlots(table);
  const predicates: Predicate[] = table.rules.map((r) => compilePredicate(r.when, slotOf));
  const keys: string[] = [];
  // per rule: the slots its leaves read, and per slot the tests of those leaves
  const reads: { slot: number; tests: Predicate[] | undefined }[][] = [];
  for (const r of table.rules) {
    const leaves: ResolvedFactCondition[] = [];
    collectLeaves(r.when, leaves);
    const bySlot = new Map<number, Predicate[]>();
    for (const leaf of leaves) {
      const slot = slotOf(leaf);
      keys[slot] = slotKey(leaf);
      const test = operatorOf(leaf.operator).compile(leaf.value, slot);
      const tests = bySlot.get(slot);
      if (tests) tests.push(test);
      else bySlot.set(slot, [test]);
    }
    // a number with more leaves than bits stays in the key as itself (its texts are not templated)
    reads.push(
      [...bySlot].map(([slot, tests]) => ({ slot, tests: tests.length > MOST_LEAVES ? undefined : tests })),
    );
  }
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
    const bits: number[] = [];
    const numbers: { key: string; value: number }[] = [];
    let hash = selection.value.length;
    for (const index of selection.value) {
      hash = (Math.imul(hash, 31) + index) | 0;
      for (const { slot, tests } of reads[index] as { slot: number; tests: Predicate[] | undefined }[]) {
        const value = s[slot];
        if (tests && typeof value === 'number' && Number.isFinite(value)) {
          let b = 0;
          for (let t = 0; t < tests.length; t++) if ((tests[t] as Predicate)(s)) b |= 1 << t;
          values.push(MASKED);
          bits.push(b);
          hash = (Math.imul(hash, 31) + b + 7) | 0;
          const key = keys[slot] as string;
          if (!numbers.some((n) => n.key === key)) numbers.push({ key, value });
          continue;
        }
        const h = valueHash(value);
        if (h === undefined) return undefined;
        hash = (Math.imul(hash, 31) + h) | 0;
        values.push(value);
      }
    }
    return { selected: selection.value, values, bits, hash, numbers };
  };
}

const TEMPLATE_READERS = new WeakMap<CompiledTable<unknown>, TemplateReader>();

/**
 * What the decision text of `facts` on `compiled` reads, its numbers left out (see
 * {@link TemplateReads}); `undefined` when the facts cannot be compared so (an
 * object value, a `unique` table with two matches). A number read by more than 30 leaves of one
 * rule stays in the key as itself. Without numbers, its `selected`, `values` and `hash` are the {@link DecisionReads} of
 * the fact set: the key of its text itself.
 */
export function templateReads(compiled: CompiledTable<unknown>, facts: Facts): TemplateReads | undefined {
  let reader = TEMPLATE_READERS.get(compiled);
  if (!reader) {
    reader = templateReaderOf(compiled);
    TEMPLATE_READERS.set(compiled, reader);
  }
  return reader(facts);
}
