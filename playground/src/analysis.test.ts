import { test } from '@fast-check/vitest';
import { MUNICIPALITY_PRESETS } from '@signaalreis/rules-presets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analysis';
import { presetSchemaCheck } from './schema-check';

const check = presetSchemaCheck();
const small = `${JSON.stringify(MUNICIPALITY_PRESETS['type-small'], null, 2)}\n`;
const marked = (text: string, p: { from: number; to: number }) => text.slice(p.from, p.to);

describe('analyse', () => {
  it('loads a bundled preset as the editor shows it, without problems', () => {
    const a = analyse(small, check);
    expect(a.problems).toEqual([]);
    expect(a.loaded.ok && a.loaded.value.lineage).toEqual(['type-small', 'national-baseline']);
  });

  it("places the loader's Dutch issue for a misspelled key on that key, with its line", () => {
    const text = small.replace('"municipalityType"', '"municipalityTyp"');
    const [p, ...rest] = analyse(text, check).problems;
    expect(rest).toEqual([]); // the schema says the same: not shown twice
    expect(p).toMatchObject({
      source: 'signaalreis',
      code: 'unknown_key',
      pointer: '/municipalityTyp',
      line: 5,
    });
    expect(p?.message.nl).toBe('Onbekend veld "municipalityTyp"');
    expect(p && marked(text, p)).toBe('"municipalityTyp"');
  });

  it('places a JSON syntax error at its line and column, and runs no schema check', () => {
    const text = '{\n  "id": "my-town",\n  "extends": "type-small",\n}';
    const problems = analyse(text, check).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'json_syntax', line: 4, column: 1 });
    expect(problems[0]?.message.nl).toMatch(/^Geen JSON: /);
  });

  it('adds JSON Schema errors the loader does not reach (it stops at an unknown parent), in Dutch', () => {
    const text = '{"id":"my-town","extends":"type-smal","municipalityType":"tiny"}';
    const problems = analyse(text, check).problems;
    expect(problems.map((p) => [p.source, p.code, marked(text, p)])).toEqual([
      ['signaalreis', 'unknown_preset', '"type-smal"'],
      ['schema', 'enum-error', '"tiny"'],
    ]);
    expect(problems[1]?.message.nl).toBe(
      'Onbekende waarde "tiny"; kies uit: "small", "medium", "large", "regional"',
    );
  });

  it('marks a problem in a copy at the value or the entry it gives', () => {
    const copy = (routing: unknown) =>
      JSON.stringify({ id: 'my-town', extends: 'type-small', routing }, null, 2);
    const fraction = copy({ capacity: [{ channel: 'phone', perMonth: 1.5, source: 'x' }] });
    const [p] = analyse(fraction, check).problems;
    expect(p && marked(fraction, p)).toBe('1.5');
    expect(p?.message.nl).toBe('Verwacht een geheel getal, maar dit getal heeft decimalen');
    const loop = copy({ fallbacks: [{ missing: 'phone', channel: 'phone', to: 'phone', source: 'x' }] });
    const problems = analyse(loop, check).problems;
    expect(problems.map((q) => q.code)).toEqual(['fallback_loop', 'fallback_needs_missing_data']);
    expect(problems[0] && marked(loop, problems[0])).toMatch(/^\{\s+"missing": "phone",[\s\S]*\}$/);
    expect(problems[1] && marked(loop, problems[1])).toBe('"phone"');
  });

  it.each([
    ['', 'json_syntax'],
    ['[]', 'invalid_type'],
    ['"a preset"', 'invalid_type'],
    ['{}', 'invalid_type'],
    ['{"id": "my-town", "extends": "my-town"}', 'circular_extends'],
    ['{"id": "my-town", "__proto__": {}}', 'forbidden_key'],
    [`${'['.repeat(200)}${']'.repeat(200)}`, 'json_too_deep'],
  ])('reports malformed input %j as %s, never throwing', (text, code) => {
    const a = analyse(text, check);
    expect(a.loaded.ok).toBe(false);
    expect(a.problems.map((p) => p.code)).toContain(code);
    for (const p of a.problems) expect(p.message.nl).not.toBe(p.message.en);
  });

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) =>
        JSON.stringify({
          id: 'x',
          extends: 'type-small',
          ...(typeof v === 'object' && v && !Array.isArray(v) ? v : { v }),
        }),
      ),
    ),
  ])('never throws; every problem lies inside the text, with its line and column', (text) => {
    for (const p of analyse(text, check).problems) {
      expect(0 <= p.from && p.from <= p.to && p.to <= text.length).toBe(true);
      expect(text.slice(0, p.from).split('\n').length).toBe(p.line);
      expect(p.message.nl.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });
});
