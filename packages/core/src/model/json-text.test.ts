import { describe, expect, it } from 'vitest';
import { checkJsonValue, JSON_LIMITS, parseJsonText, positionAt } from './index';

const firstIssue = (text: string, limits = {}) => {
  const r = parseJsonText(text, limits);
  const [issue] = r.ok ? [] : r.issues;
  if (issue === undefined) throw new Error(`expected a problem in ${text.slice(0, 40)}`);
  return issue;
};

describe('parseJsonText', () => {
  it('reads what JSON.parse reads, and skips a byte-order mark', () => {
    expect(parseJsonText('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, 'xé\n'] },
    });
    expect(parseJsonText('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
    expect(parseJsonText(' 7 ')).toEqual({ ok: true, value: 7 });
  });

  it('gives line and column of a syntax error, not an offset', () => {
    const text = '{\n  "id": "my-town",\n  "label": ,\n}';
    expect(firstIssue(text)).toEqual({
      code: 'json_syntax',
      path: ['label'],
      line: 3,
      column: 12,
      offset: 32,
      message: {
        nl: 'Geen JSON: verwacht een waarde, gevonden ","',
        en: 'Not JSON: expected a value, found ","',
      },
    });
    expect(firstIssue('{"a": 1,}')).toMatchObject({ line: 1, column: 9, path: [] });
    expect(firstIssue('[1, 2,]')).toMatchObject({ line: 1, column: 7, path: [2] });
    expect(firstIssue('{"a": 1\r\n "b": 2}')).toMatchObject({ line: 2, column: 2 });
    expect(firstIssue('')).toMatchObject({
      message: {
        nl: 'Geen JSON: verwacht een waarde, gevonden het einde van de tekst',
        en: 'Not JSON: expected a value, found the end of the text',
      },
    });
    expect(firstIssue('[1] x')).toMatchObject({ column: 5 });
    expect(firstIssue('"a\nb"')).toMatchObject({ line: 1, column: 3 });
    expect(firstIssue('"\\x"').message.en).toContain('escape');
    expect(firstIssue('01').column).toBe(2);
    expect(firstIssue('[1.]').message.en).toContain('after the decimal point');
    expect(firstIssue("{'a': 1}").message.en).toBe(`Not JSON: expected a key in double quotes, found "'"`);
  });

  it('refuses deep nesting at the bracket that goes too deep, without recursion', () => {
    const deep = '['.repeat(1_000_000);
    expect(firstIssue(deep)).toMatchObject({ code: 'json_too_deep', line: 1, column: 65 });
    expect(firstIssue(deep).path).toHaveLength(64);
    expect(parseJsonText(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(firstIssue('{"a": {"b": [1]}}', { maxDepth: 2 })).toMatchObject({ path: ['a', 'b'], column: 13 });
  });

  it('refuses numbers that would not be read as written', () => {
    expect(firstIssue('{"n": 1e400}')).toMatchObject({
      code: 'json_number_out_of_range',
      path: ['n'],
      column: 7,
      message: {
        nl: 'Het getal 1e400 valt buiten het bereik: het zou gelezen worden als Infinity, niet zoals geschreven',
        en: 'The number 1e400 is out of range: it would be read as Infinity, not as written',
      },
    });
    expect(firstIssue('[-1E+999]').message.en).toContain('-Infinity');
    expect(firstIssue(`[${'9'.repeat(400)}]`).message.en).toMatch(/9{40}… \(400 characters\)/);
  });

  it('refuses a key given twice and the key __proto__', () => {
    expect(firstIssue('{"a": 1, "b": {"c": 2, "c": 3}}')).toMatchObject({
      code: 'json_duplicate_key',
      path: ['b', 'c'],
      column: 24,
    });
    expect(firstIssue('{"\\u0061": 1, "a": 2}').code).toBe('json_duplicate_key');
    expect(firstIssue('[{"__proto__": {"x": 1}}]')).toMatchObject({
      code: 'forbidden_key',
      path: [0, '__proto__'],
    });
    expect(parseJsonText('[{"a": 1}, {"a": 2}]').ok).toBe(true);
  });

  it('refuses too long a text and too many values', () => {
    expect(firstIssue('[1, 2, 3]', { maxLength: 5 })).toMatchObject({
      code: 'json_too_large',
      line: 1,
      column: 1,
    });
    expect(firstIssue('[1, 2, 3]', { maxValues: 3 })).toMatchObject({ code: 'json_too_large', column: 8 });
  });

  it('never echoes more than an excerpt of what it found', () => {
    const issue = firstIssue(`{"${'k'.repeat(1000)}": 1, "${'k'.repeat(1000)}": 2}`);
    expect(issue?.message.en.length).toBeLessThan(200);
    expect(issue?.message.nl.length).toBeLessThan(200);
    expect(firstIssue('\u001b[2J').message.en).toBe('Not JSON: expected a value, found "\\u001b"');
  });
});

describe('positionAt', () => {
  it('counts lines ending in \\n, \\r\\n and \\r', () => {
    expect(positionAt('a\nb\r\nc\rd', 8)).toEqual({ line: 4, column: 2 });
    expect(positionAt('abc', 99)).toEqual({ line: 1, column: 4 });
  });
});

describe('checkJsonValue', () => {
  it('finds what parseJsonText refuses, in a value built in code', () => {
    const value = { a: [1, Number.NaN], b: { c: Number.NEGATIVE_INFINITY } };
    expect(checkJsonValue(value).map((i) => [i.code, i.path])).toEqual([
      ['json_number_out_of_range', ['a', 1]],
      ['json_number_out_of_range', ['b', 'c']],
    ]);
    const withProto = JSON.parse('{"x": {"__proto__": {"polluted": true}}}');
    expect(checkJsonValue(withProto)).toEqual([
      expect.objectContaining({ code: 'forbidden_key', path: ['x', '__proto__'] }),
    ]);
    expect(checkJsonValue({ date: new Date(0), big: 10n, nothing: undefined })).toEqual([]);
  });

  it('stops at the depth limit, which also ends a cycle', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkJsonValue(deep)).toEqual([expect.objectContaining({ code: 'json_too_deep' })]);
    expect(checkJsonValue(deep)[0]?.path).toHaveLength(JSON_LIMITS.maxDepth);
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(checkJsonValue(loop).map((i) => i.code)).toEqual(['json_too_deep']);
  });

  it('counts shared values each time, so a diamond of references cannot explode', () => {
    let shared: unknown = [1];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(checkJsonValue(shared).map((i) => i.code)).toEqual(['json_too_large']);
  });
});

describe('checkJsonValue on a sparse array', () => {
  it('walks the holes of an array from code (a TypeError before; found by the criteria fuzz property)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    expect(checkJsonValue({ rules: [, []] })).toEqual([]);
  });
});
