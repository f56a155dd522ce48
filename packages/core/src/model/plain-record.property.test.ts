// withSection is the spread it replaces (issue 14, twenty-third round): for any object — any keys,
// integer-like keys, an own `__proto__` key from JSON, symbols, the section's own key anywhere —
// the same own keys in the same order, the same values, a plain prototype.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { plainRecords, withSection } from './plain-record';

const make = plainRecords(8);
const key = fc.oneof(
  fc.constantFrom('caseId', 'match', 'intake', 'route', '__proto__', '0', '12', 'constructor'),
  fc.string({ maxLength: 6 }),
);
const symbol = Symbol('own');
const source = fc
  .tuple(fc.array(fc.tuple(key, fc.jsonValue()), { maxLength: 10 }), fc.boolean())
  .map(([entries, withSymbol]) => {
    // through JSON: an own `__proto__` key as a parsed file would have it
    const o = JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string | symbol, unknown>;
    if (withSymbol) o[symbol] = 'kept';
    return o;
  });

test.prop([source, key, fc.jsonValue()])('withSection(make, o, k, v) is { ...o, [k]: v }', (o, k, v) => {
  const made = withSection(make, o, k, v) as Record<string | symbol, unknown>;
  const spread: Record<string | symbol, unknown> = { ...o, [k]: v };
  expect(Reflect.ownKeys(made)).toEqual(Reflect.ownKeys(spread));
  for (const own of Reflect.ownKeys(spread)) expect(made[own]).toBe(spread[own]);
  expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
});
