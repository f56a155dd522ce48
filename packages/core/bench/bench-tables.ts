// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
// Inputs of the rules benchmark: (a) the six-rule routing table of the docs and a hand-written
// `if` chain for the same rules, (b) a generated 200-rule table, and seeded fact sets.
import type { Result } from '../src/model/issue';
import type { ContactStep } from '../src/rules/examples';
import { routingExample } from '../src/rules/examples';

/** mulberry32: a small seeded generator, so every run sees the same fact sets. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = ['rent', 'energy', 'water', 'health'];
const KINDS = ['early', 'early', 'early', 'early', 'end-of-supply', 'eviction'];

/** Fact sets shaped like the routing table's facts (about 5% with a fact left out). */
export function routingFacts(count: number, seed = 42): Record<string, unknown>[] {
  const next = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const signalCount = 1 + Math.floor(next() * next() * 4);
    const facts: Record<string, unknown> = {
      signalCount,
      sectors: Array.from({ length: signalCount }, () => pick(SECTORS)),
      kinds: Array.from({ length: signalCount }, () => pick(KINDS)),
      amount: Math.floor(next() * 150_000),
      knownAtDebtAssistance: next() < 0.05,
      oldestDueDate: `2026-${String(1 + Math.floor(next() * 9)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
      age: 18 + Math.floor(next() * 70),
    };
    if (next() < 0.05) delete facts[pick(Object.keys(facts))];
    out.push(facts);
  }
  return out;
}

const CRISIS = routingExample.rules[0]?.then as ContactStep;
const KNOWN = routingExample.rules[1]?.then as ContactStep;
const MULTI_RENT = routingExample.rules[2]?.then as ContactStep;
const MULTI = routingExample.rules[3]?.then as ContactStep;
const SINGLE_RENT = routingExample.rules[4]?.then as ContactStep;
const SINGLE = routingExample.rules[5]?.then as ContactStep;

/** The routing table written by hand as an `if` chain, with the same missing-fact semantics. */
export function handWrittenRouting(f: Record<string, unknown>): Result<ContactStep[]> {
  const { signalCount: n, sectors, kinds, amount } = f;
  if (Array.isArray(kinds) && kinds.indexOf('eviction') > -1) return { ok: true, value: [CRISIS] };
  if (f.knownAtDebtAssistance === true) return { ok: true, value: [KNOWN] };
  const rent = Array.isArray(sectors) && sectors.indexOf('rent') > -1;
  const hasSectors = Array.isArray(sectors);
  if (typeof n === 'number' && n >= 2 && rent) return { ok: true, value: [MULTI_RENT] };
  if (typeof n === 'number' && n >= 2 && !rent) return { ok: true, value: [MULTI] };
  if (n === 1 && hasSectors && rent && typeof amount === 'number' && amount > 57500) {
    return { ok: true, value: [SINGLE_RENT] };
  }
  if (n === 1) return { ok: true, value: [SINGLE] };
  return { ok: true, value: [] };
}

type Leaf = { fact: string; operator: string; value: unknown };

/** A generated table of `size` rules (hit policy collect, so every engine evaluates every rule). */
export function generatedTable(size: number, seed = 7) {
  const next = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const leaf = (): Leaf => {
    switch (int(0, 6)) {
      case 0:
        return {
          fact: 'signalCount',
          operator: pick(['greaterThanInclusive', 'equal', 'lessThan']),
          value: int(1, 4),
        };
      case 1:
        return {
          fact: 'amount',
          operator: pick(['greaterThan', 'lessThanInclusive']),
          value: int(0, 1500) * 100,
        };
      case 2: {
        const min = int(0, 1000) * 100;
        const value = {
          min,
          max: min + int(1, 500) * 100,
          minInclusive: next() < 0.5,
          maxInclusive: next() < 0.5,
        };
        return { fact: 'amount', operator: 'between', value };
      }
      case 3:
        return { fact: 'sectors', operator: pick(['contains', 'doesNotContain']), value: pick(SECTORS) };
      case 4:
        return { fact: 'kinds', operator: 'includesAny', value: [pick(KINDS), pick(KINDS)] };
      case 5:
        return {
          fact: 'oldestDueDate',
          operator: pick(['daysSinceAtLeast', 'daysSinceAtMost']),
          value: int(15, 200),
        };
      default:
        return {
          fact: 'age',
          operator: 'between',
          value: { min: 18, max: int(19, 40), minInclusive: true, maxInclusive: true },
        };
    }
  };
  const rules = Array.from({ length: size }, (_, i) => {
    const leaves = Array.from({ length: int(1, 4) }, () => (next() < 0.15 ? { not: leaf() } : leaf()));
    return {
      id: `G${i + 1}`,
      label: { nl: `Gegenereerde regel ${i + 1}`, en: `Generated rule ${i + 1}` },
      source: 'project default (benchmark)',
      when: next() < 0.7 ? { all: leaves } : { any: leaves },
      then: i + 1,
    };
  });
  return {
    id: `generated-${size}`,
    label: { nl: `Gegenereerde tabel van ${size} regels`, en: `Generated table of ${size} rules` },
    hitPolicy: 'collect',
    facts: [
      ...routingExample.facts,
      { name: 'oldestDueDate', type: 'date', description: 'Oldest due date' },
      { name: 'age', type: 'number', description: 'Age of the resident' },
    ],
    parameters: {},
    rules,
  };
}
