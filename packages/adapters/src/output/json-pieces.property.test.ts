// jsonPieces joined is JSON.stringify(value, null, indent), for any value, indent and depth —
// including what JSON.stringify leaves out or turns into null, and values with toJSON.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { jsonPieces } from './json-pieces';

// JSON values with, here and there, what JSON.stringify treats on its own
const odd = fc.constantFrom(
  undefined,
  () => 1,
  Symbol('s'),
  new Date(Date.UTC(2026, 9, 26)),
  { toJSON: () => ({ made: [1, 2] }) },
  { toJSON: () => undefined },
  Object.create(null) as object,
  Object.assign(new Array(3), { 2: 3 }), // holes
  'line\nbreak \u2028',
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    odd,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
  ),
}));

describe('jsonPieces', () => {
  test.prop([value, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 6 })], { numRuns: 2000 })(
    'joined, the pieces are JSON.stringify(value, null, indent)',
    (v, indent, depth) => {
      const text = JSON.stringify(v, null, indent);
      const pieces = [...jsonPieces(v, indent, depth)];
      if (text === undefined) expect(pieces).toEqual([]);
      else expect(pieces.join('')).toBe(text);
    },
  );

  test.prop([fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 2, maxLength: 20 })])(
    'the members below the opened levels are pieces of their own',
    (items) => {
      const pieces = [...jsonPieces({ a: { list: items } }, 2, 3)];
      // the two objects opened with their keys, each item a piece after its separator, three closers
      expect(pieces.length).toBe(2 + 2 * items.length + 3);
    },
  );

  test.prop([
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 20 }),
    value,
    fc.integer({ min: 0, max: 6 }),
  ])(
    'onMember is called once after each member given as its own piece (a delivery: each signal and case), the pieces the same',
    (items, v, depth) => {
      const events: string[] = [];
      for (const _ of jsonPieces({ n: 1, lists: { items } }, 2, 3, () => events.push('member')))
        events.push('piece');
      // `n` and each item: a member below the opened levels, each call right after its piece
      const calls = events.flatMap((e, i) => (e === 'member' ? [events[i - 1]] : []));
      expect(calls).toEqual(Array(1 + items.length).fill('piece'));
      // with a callback the pieces are those without one
      const pieces: string[] = [];
      for (const piece of jsonPieces(v, 2, depth, () => {})) pieces.push(piece);
      expect(pieces).toEqual([...jsonPieces(v, 2, depth)]);
    },
  );
});
