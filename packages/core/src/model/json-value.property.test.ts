// checkJsonValue walks with a frame per container (json-value.ts): the same issues, in the same
// order, with the same paths as the walk before it (json-value.test-support.ts), for any value and
// any limits — numbers that are not finite, `__proto__` keys, sparse arrays, too many values, too deep.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkJsonValue } from './json-value';
import { checkJsonValueAsBefore } from './json-value.test-support';

const leaf = fc.oneof(
  fc.double(), // Infinity, -Infinity and NaN among them
  fc.integer(),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const key = fc.constantFrom('a', 'b', 'c', '__proto__', '0', 'constructor');
// objects made by JSON.parse where a key is __proto__, so that it is an own key as in read files
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.oneof(fc.array(tie('node'), { maxLength: 5 }), fc.sparseArray(tie('node'), { maxLength: 5 })),
  object: fc.array(fc.tuple(key, tie('node')), { maxLength: 5 }).map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
  }),
})).node;
const limits = fc.record(
  { maxDepth: fc.integer({ min: 0, max: 6 }), maxValues: fc.integer({ min: 1, max: 60 }) },
  { requiredKeys: [] },
);

describe('checkJsonValue', () => {
  test.prop([value, limits])('gives what the walk before it gave', (v, l) => {
    expect(checkJsonValue(v, l)).toEqual(checkJsonValueAsBefore(v, l));
  });

  test.prop([value])('gives what the walk before it gave under the default limits', (v) => {
    expect(checkJsonValue(v)).toEqual(checkJsonValueAsBefore(v));
  });
});
