// The fast way through parseJsonText (native JSON.parse, its value checked) against the scanner
// alone: the same result for any text and limits — value, or the one issue with its position.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { JSON_LIMITS } from './json-limits';
import { keyEndsIn, nativeJson } from './json-native';
import { parseJsonText, scanJsonText } from './json-text';

const space = fc.constantFrom('', '', '', ' ', '\n ', '\t');
// Keys that are the same once read ("a" and "\u0061"), `__proto__` written two ways, and keys
// and strings holding what looks like the end of a key (`":`, `\":`, `\\":`, a leading colon).
const key = fc.constantFrom(
  '"a"',
  '"b"',
  '"\\u0061"',
  '"a\\\\"',
  '"a\\""',
  '"__proto__"',
  '"\\u005f_proto__"',
  '":"',
  '" :x"',
);
const leaf = fc.constantFrom(
  '"x"',
  '"\\":"',
  '"\\\\"',
  '":y"',
  '"a\\": 1"',
  '"é"',
  'true',
  'null',
  '0',
  '-3.25',
  '1e400',
  '5e-400',
  ',',
  '"',
);
const { text: jsonish } = fc.letrec<{ text: string; value: string }>((tie) => ({
  text: fc.tuple(fc.constantFrom('', '\uFEFF'), space, tie('value'), space).map((p) => p.join('')),
  value: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    leaf,
    fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 4 })
      .map((items) => `[${items.map((p) => p.join('')).join(',')}]`),
    fc
      .array(fc.tuple(key, space, space, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, s, t, v]) => `${k}${s}:${t}${v}`).join(',')}}`),
  ),
}));
const limits = fc.oneof(
  fc.constant({}),
  fc.record({ maxDepth: fc.integer({ min: 0, max: 4 }), maxValues: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ maxLength: fc.integer({ min: 0, max: 60 }) }),
);

/** Every string of a value, keys included. */
function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => [k, ...stringsOf(x)]);
  return [];
}
function keysOf(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + keysOf(x), 0);
  if (typeof v === 'object' && v !== null)
    return Object.values(v).reduce((n: number, x) => n + 1 + keysOf(x), 0);
  return 0;
}

describe('parseJsonText, the native way', () => {
  test.prop([jsonish, limits], { numRuns: 3000 })('gives what the scanner alone gives', (text, l) => {
    expect(parseJsonText(text, l)).toEqual(scanJsonText(text, l));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 80 })])('the same on any text at all', (text) => {
    expect(parseJsonText(text)).toEqual(scanJsonText(text));
  });

  test('the generator reaches the native way, and every reason to leave it', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(jsonish, (text) => {
        const r = scanJsonText(text);
        const quick = nativeJson(text.replace(/^\uFEFF/, ''), JSON_LIMITS) !== undefined;
        const k = `${quick ? 'native' : 'scanner'} ${r.ok ? 'ok' : r.issues[0]?.code}`;
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }),
      { numRuns: 3000, seed: 29 },
    );
    expect([...seen.keys()].sort()).toEqual(
      [
        'native ok',
        'scanner forbidden_key',
        'scanner json_duplicate_key',
        'scanner json_number_out_of_range',
        'scanner json_syntax',
        'scanner ok', // a string that begins with a colon: read the slow way
      ].sort(),
    );
    expect(seen.get('native ok')).toBeGreaterThan(300);
  });

  const document = fc.jsonValue({ maxDepth: 5 });
  test.prop([document, fc.constantFrom(undefined, 1, '\t')])(
    'counts exactly the keys of a document whose strings do not begin with a colon',
    (value, indent) => {
      const text = JSON.stringify(value, null, indent as string | number | undefined);
      const leadingColon = stringsOf(value).some((s) => /^ *:/.test(s));
      if (leadingColon) expect(keyEndsIn(text)).toBeGreaterThan(keysOf(value));
      else expect(keyEndsIn(text)).toBe(keysOf(value));
    },
  );

  test('a key given twice is not in the value, so the native way leaves it to the scanner', () => {
    const text = '{"a": 1, "\\u0061": 2}';
    expect(nativeJson(text, JSON_LIMITS)).toBeUndefined();
    expect(parseJsonText(text)).toMatchObject({
      ok: false,
      issues: [{ code: 'json_duplicate_key', column: 10 }],
    });
  });
});
