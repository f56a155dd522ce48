// Fuzzing the JSON text reader against the native JSON.parse: on arbitrary text it never throws,
// every problem has a position inside the text, it reads exactly what JSON.parse reads except the
// few things it refuses on purpose, and formatting never changes a valid document.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkJsonValue, type JsonTextResult, parseJsonText, positionAt } from './index';

/** Codes of what JSON.parse accepts but parseJsonText refuses on purpose. */
const ON_PURPOSE = new Set([
  'json_duplicate_key',
  'forbidden_key',
  'json_number_out_of_range',
  'json_too_deep',
]);

// Text from a JSON grammar with small mistakes mixed in (a piece of junk, a trailing comma, a
// leading zero, a raw control character), so that about half of it is valid JSON.
const space = fc.constantFrom('', '', ' ', '\n', '\r\n ', '\t');
const junk = fc.constantFrom(
  ',',
  ':',
  '"',
  '\\',
  '}',
  ']',
  'x',
  '\u0001',
  '\uFEFF',
  "'a'",
  'tru',
  '01',
  '1.',
  '-',
);
const { text: jsonish } = fc.letrec<{ text: string; value: string }>((tie) => ({
  text: fc.tuple(space, tie('value'), space).map((p) => p.join('')),
  value: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.constantFrom('"a"', '"\\u0061"', '"\\n"', '"\\x"', '"é"', '""', 'true', 'false', 'null'),
    fc.constantFrom('0', '-0', '12', '-3.25', '1e5', '2E-3', '1e400', '-1e999', '5e-400'),
    junk,
    fc
      .tuple(
        fc.array(
          fc.tuple(space, tie('value'), space).map((p) => p.join('')),
          { maxLength: 4 },
        ),
        fc.boolean(),
      )
      .map(([items, trailing]) => `[${items.join(',')}${trailing && items.length > 0 ? ',' : ''}]`),
    fc
      .array(fc.tuple(fc.constantFrom('"a"', '"b"', '"c"', '"__proto__"', 'd'), space, tie('value')), {
        maxLength: 4,
      })
      .map((entries) => `{${entries.map(([k, s, v]) => `${k}${s}:${v}`).join(',')}}`),
  ),
}));

/** A low depth limit, so that the generated text also reaches it. */
const SHALLOW = { maxDepth: 3 };

function native(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function locatedInside(text: string, r: JsonTextResult): void {
  if (r.ok) return;
  expect(r.issues).toHaveLength(1);
  for (const issue of r.issues) {
    expect(issue.offset).toBeGreaterThanOrEqual(0);
    expect(issue.offset).toBeLessThanOrEqual(text.length);
    expect(positionAt(text, issue.offset)).toEqual({ line: issue.line, column: issue.column });
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.message.en.length).toBeLessThan(300);
    expect(issue.message.nl.length).toBeLessThan(300);
  }
}

describe('parseJsonText properties', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])('never throws on any text', (text) => {
    locatedInside(text, parseJsonText(text));
  });

  test.prop([jsonish], { numRuns: 2000 })(
    'agrees with JSON.parse except where it refuses on purpose',
    (text) => {
      const ours = parseJsonText(text);
      const theirs = native(text.replace(/^\uFEFF/, ''));
      locatedInside(text, ours);
      if (ours.ok) {
        expect(theirs).toEqual({ ok: true, value: ours.value });
        expect(checkJsonValue(ours.value)).toEqual([]);
      } else if (theirs.ok) expect(ON_PURPOSE).toContain(ours.issues[0]?.code);
      else expect(ours.issues[0]?.code).not.toBe('json_too_large');
    },
  );

  const agrees = (text: string) => {
    const ours = parseJsonText(text);
    locatedInside(text, ours);
    const theirs = native(text);
    if (ours.ok) expect(theirs).toEqual({ ok: true, value: ours.value });
    else if (theirs.ok) expect(ON_PURPOSE).toContain(ours.issues[0]?.code);
  };
  const stringUnit = fc.oneof(
    fc.constantFrom('\u0000', '\u001f', ' ', '"', '\\', '/', ...'ubfnrtaeF0x', '\ud800', '\udc00'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  test.prop([fc.string({ unit: stringUnit, maxLength: 12 })], { numRuns: 1000 })(
    'reads string contents (escapes, control characters, surrogates) as JSON.parse does',
    (content) => agrees(`"${content}"`),
  );
  const numberish = fc.string({ unit: fc.constantFrom(...'0123456789-+.eE'), maxLength: 12 });
  test.prop([numberish], { numRuns: 1000 })('reads numbers as JSON.parse does', (text) => agrees(text));

  test('the generator reaches valid text, syntax errors and every refusal on purpose', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(jsonish, (text) => {
        const r = parseJsonText(text, SHALLOW);
        const key = r.ok ? 'ok' : (r.issues[0]?.code ?? '');
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }),
      { numRuns: 2000, seed: 9 },
    );
    expect([...seen.keys()].sort()).toEqual([...ON_PURPOSE, 'json_syntax', 'ok'].sort());
    expect(seen.get('ok')).toBeGreaterThan(300);
  });

  const document = fc.jsonValue({ maxDepth: 6 }).filter((v) => !JSON.stringify(v).includes('"__proto__"'));
  test.prop([document, fc.constantFrom(undefined, 0, 1, 2, '\t', '\r\n ')])(
    'a valid document stays valid, whatever its formatting',
    (value, indent) => {
      const text = JSON.stringify(value, null, indent as string | number | undefined);
      const r = parseJsonText(text);
      expect(r).toEqual({ ok: true, value: JSON.parse(text) });
      expect(checkJsonValue(value)).toEqual([]);
    },
  );

  test.prop([document, fc.nat(), fc.constantFrom('', '}', ']', ',', '"', 'x', '\u0000')])(
    'a damaged document is read as JSON.parse reads it, or refused with a position',
    (value, at, piece) => {
      const text = JSON.stringify(value, null, 1);
      const cut = at % (text.length + 1);
      const damaged = text.slice(0, cut) + piece + text.slice(cut + (piece === '' ? 1 : 0));
      const ours = parseJsonText(damaged);
      locatedInside(damaged, ours);
      const theirs = native(damaged);
      if (ours.ok) expect(theirs).toEqual({ ok: true, value: ours.value });
      else if (theirs.ok) expect(ON_PURPOSE).toContain(ours.issues[0]?.code);
    },
  );
});
