// The shared lists hold the same values as the lists they replace (docs/performance.md,
// "Twenty-fourth round"), for any values seen, in or outside the vocabulary.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { internedLists, subsetLists } from './shared-lists';

const VOCABULARY = ['rent', 'energy', 'water', 'health', 'municipal-tax', 'other'] as const;
const value = fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom('gas', '', 'Rent'), fc.string());

// the lists routing's facts made before: the vocabulary's values that were seen, in its order
const ordered = (all: readonly string[], seen: readonly string[]) => all.filter((v) => seen.includes(v));

test.prop([fc.array(value, { maxLength: 12 })])(
  'subsetLists: the ordered list of what was seen, or undefined',
  (seen) => {
    const inOrder = subsetLists(VOCABULARY);
    const sortedOrder = subsetLists([...VOCABULARY].sort());
    const known = seen.every((v) => (VOCABULARY as readonly string[]).includes(v));
    if (!known) {
      expect(inOrder(seen)).toBeUndefined();
      expect(sortedOrder(seen)).toBeUndefined();
      return;
    }
    expect(inOrder(seen)).toEqual(ordered(VOCABULARY, seen));
    // a case's totals: the distinct values sorted (as `sorted` of case-facts sorts them)
    expect(sortedOrder(seen)).toEqual([...new Set(seen)].sort());
    expect(inOrder([...seen].reverse())).toBe(inOrder(seen));
  },
);

test.prop([
  fc.array(fc.array(fc.oneof(fc.constantFrom('R1', 'R2', 'a\nb', 'a', 'b'), fc.string()), { maxLength: 4 }), {
    maxLength: 40,
  }),
])('internedLists: every list comes back with the same texts in the same order', (lists) => {
  const of = internedLists();
  for (const list of lists) expect(of(list)).toEqual(list);
  for (const list of lists) expect(of(list)).toEqual(list);
});
