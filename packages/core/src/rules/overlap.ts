import { addDays } from '../calendar/epoch-day';
import { type Issue, issue } from '../model/issue';
import { tableSlots } from './compile';
import { compilePredicate } from './compile-condition';
import { RULE_MESSAGES as M } from './messages';
import { operatorOf } from './operators';
import type { ResolvedCondition, ResolvedFactCondition, ResolvedTable } from './resolved-types';

// Searches a `unique` table for a fact set on which two rules both match. Candidate values per
// slot come from the conditions themselves (each boundary their operators name, see `overlap` in
// operators/definition.ts, one below and one above; the declared values, a value no rule names,
// and "missing"); small products are enumerated, large ones sampled with a fixed-seed generator,
// within a budget. Finding nothing is no proof of
// disjointness; finding something is a real counterexample.

const BUDGET = 200_000;
const OTHER = '\u2205other';

function leavesOf(condition: ResolvedCondition, out: ResolvedFactCondition[] = []): ResolvedFactCondition[] {
  if ('all' in condition) for (const c of condition.all) leavesOf(c, out);
  else if ('any' in condition) for (const c of condition.any) leavesOf(c, out);
  else if ('not' in condition) leavesOf(condition.not, out);
  else out.push(condition);
  return out;
}

/** The fact values at which a leaf's result can change, as its operator names them. */
function boundariesOf(leaf: ResolvedFactCondition): readonly unknown[] {
  const { overlap } = operatorOf(leaf.operator);
  // An operator that cannot name its boundaries leaves the slot to the generic candidates.
  return 'boundaries' in overlap ? overlap.boundaries(leaf.value) : [];
}

function candidates(leaves: readonly ResolvedFactCondition[]): unknown[] {
  const out: unknown[] = [undefined];
  const first = leaves[0];
  if (!first) return out;
  const constants = leaves.flatMap(boundariesOf);
  const type = first.declaration.type;
  const declared = first.declaration.values ?? [];
  if (type === 'number' || type === 'money') {
    const numbers = [...new Set(constants.filter((c): c is number => typeof c === 'number'))].sort(
      (a, b) => a - b,
    );
    for (const c of numbers) out.push(c - 1, c, c + 1);
    // between two thresholds of a `number` fact (money stays in whole cents)
    if (type === 'number')
      for (let i = 1; i < numbers.length; i++)
        out.push(((numbers[i - 1] as number) + (numbers[i] as number)) / 2);
  } else if (type === 'date') {
    for (const c of constants) if (typeof c === 'string') out.push(addDays(c, -1), c, addDays(c, 1));
  } else if (type === 'boolean') {
    out.push(true, false);
  } else if (type === 'string[]') {
    const words = [...new Set([...constants.filter((c) => typeof c === 'string'), ...declared])] as string[];
    const counts = constants.filter((c): c is number => typeof c === 'number');
    out.push([], words, ...words.map((w) => [w]));
    // lists of n - 1, n and n + 1 elements; a word no rule names fills them when there is none
    const filler = words[0] ?? OTHER;
    for (const n of counts) for (const k of [n - 1, n, n + 1]) if (k >= 0) out.push(Array(k).fill(filler));
    if (words.length > 1) out.push(words.slice(1));
  } else {
    out.push(...constants, ...declared, OTHER);
  }
  const seen = new Set<string>();
  return out.filter((v) => {
    const key = v === undefined ? 'u' : JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A tiny deterministic generator (mulberry32) for sampling large candidate products. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function factsFrom(
  slots: { fact: string; segments: string[] }[],
  values: unknown[],
): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  slots.forEach((slot, i) => {
    if (values[i] === undefined) return;
    const keys = [slot.fact, ...slot.segments];
    let node = facts;
    for (const key of keys.slice(0, -1)) {
      const child = (node[key] ?? {}) as Record<string, unknown>;
      node[key] = child;
      node = child;
    }
    node[keys[keys.length - 1] as string] = values[i];
  });
  return facts;
}

/** A pair of rules (table indexes `a` < `b`) that both match on a fact set, as an issue. */
export interface Overlap {
  a: number;
  b: number;
  issue: Issue;
}

/** `unique_overlap` issues for pairs of rules of a resolved `unique` table that can both match. */
export function uniqueOverlaps(table: ResolvedTable<unknown>): Overlap[] {
  if (table.hitPolicy !== 'unique') return [];
  const { slots, slotOf } = tableSlots(table);
  const bySlot = slots.map(() => [] as ResolvedFactCondition[]);
  const usedSlots = table.rules.map((rule) => {
    const used = new Set<number>();
    for (const leaf of leavesOf(rule.when)) {
      bySlot[slotOf(leaf)]?.push(leaf);
      used.add(slotOf(leaf));
    }
    return used;
  });
  const values = bySlot.map(candidates);
  const tests = table.rules.map((rule) => compilePredicate(rule.when, slotOf));
  const pairs = (table.rules.length * (table.rules.length - 1)) / 2;
  const perPair = Math.max(256, Math.floor(BUDGET / Math.max(1, pairs)));
  const overlaps: Overlap[] = [];
  const next = random(0x5eed);
  for (let a = 0; a < table.rules.length; a++) {
    for (let b = a + 1; b < table.rules.length; b++) {
      const free = [...new Set([...(usedSlots[a] ?? []), ...(usedSlots[b] ?? [])])];
      const sizes = free.map((s) => values[s]?.length ?? 1);
      const product = sizes.reduce((p, n) => p * n, 1);
      const tries = Math.min(product, perPair);
      const s: unknown[] = slots.map(() => undefined);
      for (let t = 0; t < tries; t++) {
        let rest = t;
        free.forEach((slot, k) => {
          const size = sizes[k] ?? 1;
          const pick = product <= perPair ? rest % size : Math.floor(next() * size);
          rest = Math.floor(rest / size);
          s[slot] = values[slot]?.[pick];
        });
        if (!tests[a]?.(s) || !tests[b]?.(s)) continue;
        const example = JSON.stringify(factsFrom(slots, s));
        const ids = [table.rules[a]?.id ?? String(a), table.rules[b]?.id ?? String(b)] as const;
        const message = M.uniqueOverlap(ids[0], ids[1], table.asOf, example);
        overlaps.push({ a, b, issue: issue('unique_overlap', ['rules', b], message) });
        break;
      }
    }
  }
  return overlaps;
}
