import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonLines } from './json-lines';

describe('jsonLines', () => {
  it('gives the line each value starts on, by path; undefined for a path the text does not hold', () => {
    const lineOf = jsonLines(
      '{\n  "id": "x",\n  "teams": [\n    { "id": "a" },\n    {\n      "id": "b"\n    }\n  ]\n}',
    );
    expect(
      [[], ['id'], ['teams'], ['teams', 0], ['teams', 0, 'id'], ['teams', 1], ['teams', 1, 'id']].map(lineOf),
    ).toEqual([1, 2, 3, 4, 4, 5, 6]);
    expect(lineOf(['teams', 2])).toBeUndefined();
    expect(lineOf(['label'])).toBeUndefined();
  });

  it('knows no line of a text that is not JSON (parseJsonText names that problem), skips a byte-order mark', () => {
    expect(jsonLines('{"a": [1,')(['a'])).toBeUndefined();
    expect(jsonLines('\uFEFF{\n"a": 1}')(['a'])).toBe(2);
  });

  // `__proto__` is refused by the scanner (as parseJsonText refuses it)
  const json = fc.jsonValue({ maxDepth: 4 }).filter((v) => !JSON.stringify(v).includes('"__proto__"'));
  test.prop([json])(
    'in an indented text, the root is on line 1 and a member on the line that holds its key',
    (value) => {
      const text = JSON.stringify(value, null, 1) ?? 'null';
      const lineOf = jsonLines(text);
      expect(lineOf([])).toBe(1);
      // the last top-level member starts on the line of its key: one of the text's lines
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const last = keys.at(-1);
        if (last !== undefined) {
          const line = lineOf([last]) ?? 0;
          expect(text.split('\n')[line - 1]).toContain(JSON.stringify(last));
        }
      }
    },
  );
});
