// Fuzzing the preset loader (issue 9): for arbitrary JSON and arbitrary text nothing throws and
// every problem has a location; a valid preset stays valid whatever its formatting.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
} from '../index';

const BUNDLED = Object.keys(MUNICIPALITY_PRESETS);

function located(r: { ok: boolean; issues?: unknown[] }): void {
  if (r.ok) return;
  expect(r.issues?.length).toBeGreaterThan(0);
  for (const issue of r.issues as { code: unknown; path: unknown; message: unknown; line?: unknown }[]) {
    expect(typeof issue.code).toBe('string');
    expect(Array.isArray(issue.path)).toBe(true);
    const message = issue.message as { nl: unknown; en: unknown };
    expect(Object.keys(message).sort()).toEqual(['en', 'nl']);
    for (const text of [message.nl, message.en]) {
      expect(typeof text).toBe('string');
      expect((text as string).length).toBeGreaterThan(0);
      expect((text as string).length).toBeLessThan(2000);
    }
    if ('line' in issue) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
}

/** A preset-like object: an id and parent, and arbitrary JSON in some of a preset's keys. */
const presetLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('my-town', 'type-small'), fc.string()),
    extends: fc.oneof(fc.constantFrom(...BUNDLED), fc.string()),
    label: fc.oneof(fc.constant({ nl: 'Mijn gemeente', en: 'My town' }), fc.jsonValue()),
    description: fc.jsonValue({ maxDepth: 3 }),
    matching: fc.jsonValue({ maxDepth: 3 }),
    intake: fc.oneof(fc.constant({ floor: { defaultCents: 7500 } }), fc.jsonValue({ maxDepth: 3 })),
    routing: fc.oneof(
      fc.record({ capacity: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ table: fc.record({ rules: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 2 }) }) }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
    tests: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ['id'] },
);

describe('preset loader fuzzing', () => {
  test.prop([fc.jsonValue()])('never throws on arbitrary JSON; every problem has a location', (value) => {
    located(loadMunicipalityPreset(value, MUNICIPALITY_PRESETS));
  });

  test.prop([presetLike], { numRuns: 300 })(
    'never throws on preset-like JSON that extends a bundled preset',
    (value) => {
      located(loadMunicipalityPreset(value, MUNICIPALITY_PRESETS));
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('never throws on arbitrary text', (text) => {
    located(loadMunicipalityPresetText(text));
  });

  test.prop([fc.constantFrom(...BUNDLED), fc.constantFrom(undefined, 0, 1, 2, 4, '\t')], { numRuns: 60 })(
    'a bundled preset file stays valid, whatever its formatting',
    (id, indent) => {
      const text = JSON.stringify(MUNICIPALITY_PRESETS[id], null, indent);
      const r = loadMunicipalityPresetText(`\uFEFF${text.replaceAll('\n', '\r\n')}`);
      expect(r).toEqual(municipalityPreset(id));
      expect(r.ok).toBe(true);
    },
  );

  test.prop([fc.constantFrom(...BUNDLED), fc.nat(), fc.constantFrom('', '}', ',', '"', '[', '\u0000')], {
    numRuns: 200,
  })('a damaged bundled preset file is refused with line and column, or still loads', (id, at, piece) => {
    const text = JSON.stringify(MUNICIPALITY_PRESETS[id], null, 2);
    const cut = at % (text.length + 1);
    const r = loadMunicipalityPresetText(
      text.slice(0, cut) + piece + text.slice(cut + (piece === '' ? 1 : 0)),
    );
    located(r);
  });
});
