import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPositions, lineColumn, locate, offsetOf, pointerOf } from './positions';

const text =
  '{\n  "id": "my-town",\n  "routing": { "capacity": [ { "channel": "phone", "perMonth": -1 } ] },\n  "a/b~c": 1\n}';

describe('jsonPositions', () => {
  it('maps keys and values by JSON pointer, with RFC 6901 escaping', () => {
    const p = jsonPositions(text);
    const slice = (from?: number, to?: number) => text.slice(from, to);
    const at = (pointer: string) => p.get(pointer) ?? expect.unreachable(pointer);
    expect(slice(at('/id').keyFrom, at('/id').keyTo)).toBe('"id"');
    expect(slice(at('/id').valueFrom, at('/id').valueTo)).toBe('"my-town"');
    expect(
      slice(at('/routing/capacity/0/perMonth').valueFrom, at('/routing/capacity/0/perMonth').valueTo),
    ).toBe('-1');
    expect(slice(at('/routing/capacity/0').valueFrom, at('/routing/capacity/0').valueTo)).toMatch(
      /^\{ "channel".*\}$/,
    );
    expect(at('/a~1b~0c')).toBeDefined();
    expect(pointerOf(['a/b~c', 0])).toBe('/a~1b~0c/0');
  });

  it('still maps what it can of text with syntax errors, and nothing of text that is not JSON', () => {
    const broken = '{\n  "id": "x",\n  "intake": { "floor": , }\n  "label": {';
    expect(jsonPositions(broken).has('/id')).toBe(true);
    expect([...jsonPositions('').keys()]).toEqual([]);
    expect([...jsonPositions('no json at all').keys()].length).toBeLessThanOrEqual(1);
  });

  test.prop([fc.json()])(
    'every value range of JSON.stringify output parses back to the value at that pointer',
    (json) => {
      const value: unknown = JSON.parse(json);
      const written = JSON.stringify(value, null, 2);
      for (const [pointer, at] of jsonPositions(written)) {
        const path = pointer
          .split('/')
          .slice(1)
          .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
        // JSON.parse keeps the last of duplicate keys, and so do the positions
        const expected = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
        expect(JSON.parse(written.slice(at.valueFrom, at.valueTo))).toEqual(expected);
      }
    },
  );
});

describe('locate', () => {
  const p = jsonPositions(text);
  it('marks the key of a key problem and the value of a value problem', () => {
    const key = locate(p, ['id'], true);
    expect(text.slice(key.from, key.to)).toBe('"id"');
    const value = locate(p, ['routing', 'capacity', 0, 'perMonth']);
    expect(text.slice(value.from, value.to)).toBe('-1');
    expect(value.exact).toBe(true);
  });

  it('falls back to the nearest enclosing key for a path that is not in the text (inherited values)', () => {
    const r = locate(p, ['routing', 'table', 'rules', 3, 'when']);
    expect(text.slice(r.from, r.to)).toBe('"routing"');
    expect(r.exact).toBe(false);
    const top = locate(p, ['matching', 'windows']);
    expect([top.from, top.to]).toEqual([0, 1]);
    expect(locate(new Map(), ['x'])).toEqual({ from: 0, to: 0, exact: false });
  });
});

describe('lines and columns', () => {
  it('turns a 1-based line and column into an offset and back, clamped to the text', () => {
    const off = offsetOf(text, 3, 3);
    expect(text.slice(off, off + 9)).toBe('"routing"');
    expect(lineColumn(text, off)).toEqual({ line: 3, column: 3 });
    expect(offsetOf(text, 99, 1)).toBe(text.length);
    expect(offsetOf('ab', 1, 50)).toBe(2);
    expect(offsetOf('ab', 1, 0)).toBe(0);
  });
});
