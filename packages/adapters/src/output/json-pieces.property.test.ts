// jsonPieces joined is JSON.stringify(value, null, indent), for any value, indent and depth —
// including what JSON.stringify leaves out or turns into null, and values with toJSON.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { JsonArrayTexts, jsonElementsText, jsonPieces } from './json-pieces';

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

  test('an array written beforehand below the opened levels is refused, not written as an object', () => {
    const ids = new JsonArrayTexts(false, () => ['1']);
    expect([...jsonPieces({ a: { ids } }, 2, 3)].join('')).toBe(
      '{\n  "a": {\n    "ids": [\n      1\n    ]\n  }\n}',
    );
    expect(() => [...jsonPieces({ a: [{ ids }] }, 2, 1)]).toThrow(/below the opened levels/);
  });

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

  // each array within the opened levels (where `pick` says so) written beforehand, its elements cut
  // into groups at `cuts` (a national year's months): the text is JSON.stringify's all the same
  interface Way {
    indent: number;
    depth: number;
    pick: () => boolean;
    cuts: () => number;
  }
  const beforehand = (v: unknown, level: number, way: Way): unknown => {
    if (Array.isArray(v)) {
      if (level > way.depth || !way.pick()) return [...v].map((x) => beforehand(x, level + 1, way));
      const groups: unknown[][] = [];
      for (let at = 0; at < v.length; ) {
        const n = Math.max(1, way.cuts());
        groups.push(v.slice(at, at + n));
        at += n;
      }
      return new JsonArrayTexts(v.length === 0, (inner) =>
        groups.flatMap((g, i) => [
          ...(i > 0 ? [`,\n${inner}`] : []),
          ...jsonElementsText(g, way.indent, inner),
        ]),
      );
    }
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return v;
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, beforehand(x, level + 1, way)]));
  };

  test.prop(
    [
      fc.dictionary(fc.string({ maxLength: 4 }), value, { maxKeys: 4 }),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 0, max: 6 }),
      fc.infiniteStream(fc.boolean()),
      fc.infiniteStream(fc.integer({ min: 1, max: 4 })),
    ],
    { numRuns: 1000 },
  )(
    'arrays written beforehand (JsonArrayTexts, jsonElementsText) at any level give JSON.stringify of the value, opened or not',
    (v, indent, depth, picks, sizes) => {
      const text = JSON.stringify(v, null, indent);
      const pick = picks[Symbol.iterator]();
      const size = sizes[Symbol.iterator]();
      const way = {
        indent,
        depth,
        pick: () => pick.next().value as boolean,
        cuts: () => size.next().value as number,
      };
      expect([...jsonPieces(beforehand(v, 0, way), indent, depth)].join('')).toBe(text);
    },
  );
});
