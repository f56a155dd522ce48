// PairSet answers as the Set of joined keys it replaces (`${a}\u0000${b}`), pairs that contain
// U+0000 and so join alike included.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { PairSet } from './pair-set';

const part = fc.string({ unit: fc.constantFrom('a', 'b', '\u0000', 'é'), maxLength: 3 });

test.prop([fc.array(fc.tuple(part, part), { maxLength: 40 })])(
  'add answers as a Set of the joined keys',
  (pairs) => {
    const fast = new PairSet();
    const joined = new Set<string>();
    for (const [a, b] of pairs) {
      const key = `${a}\u0000${b}`;
      const isNew = !joined.has(key);
      joined.add(key);
      expect(fast.add(a, b)).toBe(isNew);
    }
  },
);

test('pairs that join alike are one pair', () => {
  const s = new PairSet();
  expect(s.add('a\u0000', 'b')).toBe(true);
  expect(s.add('a', '\u0000b')).toBe(false);
  expect(s.add('a', 'b')).toBe(true);
  expect(s.add('a', 'b')).toBe(false);
});
