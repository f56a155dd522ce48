// Fuzzing the preset loader (issue 9): for arbitrary JSON and arbitrary text nothing throws and
// every problem has a location; a valid preset stays valid whatever its formatting.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  presetDescription,
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

describe('a preset’s description', () => {
  const text = fc.string({ minLength: 1, maxLength: 300 });
  const mine = (description: unknown) => ({
    id: 'my-town',
    extends: 'type-small',
    label: { nl: 'Mijn gemeente', en: 'My town' },
    description,
  });

  test.prop([fc.oneof(text, fc.record({ nl: text, en: text }))])(
    'loads as written, one text or { nl, en }, and is shown in each language as written',
    (description) => {
      const r = loadMunicipalityPreset(mine(description), MUNICIPALITY_PRESETS);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.preset.description).toEqual(description);
      const shown = presetDescription(r.value.preset.description);
      expect(shown).toEqual(
        typeof description === 'string' ? { nl: description, en: description } : description,
      );
    },
  );

  const spoilt = fc.oneof(
    fc.record({ nl: fc.constant(''), en: text }),
    fc.record({ nl: text, en: text, extra: text }).map(({ extra, ...d }) => ({ ...d, fr: extra })),
    fc.record({ nl: text, en: fc.oneof(fc.integer(), fc.constant(null), fc.constant([])) }),
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(''), fc.constant([])),
  );
  test.prop([spoilt])('refuses any other form, at the description, in both languages', (description) => {
    const r = loadMunicipalityPreset(mine(description), MUNICIPALITY_PRESETS);
    located(r);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.every((i) => i.path[0] === 'description')).toBe(true);
  });
});
