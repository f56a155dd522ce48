// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
import { describe, expect, it } from 'vitest';
import {
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  mergePreset,
  PRESET_FORMAT_VERSION,
  type PresetRegistry,
} from '../index';
import { child } from './child.test-support';

describe('mergePreset', () => {
  it('merges objects key by key and replaces arrays and values', () => {
    expect(mergePreset({ a: { b: 1, c: [1, 2] }, d: 'x' }, { a: { c: [3] }, e: true })).toEqual({
      a: { b: 1, c: [3] },
      d: 'x',
      e: true,
    });
  });
});

describe('loadMunicipalityPreset', () => {
  it('resolves an extends chain and keeps the child’s changes', () => {
    const r = loadMunicipalityPreset(
      child({
        intake: { floor: { defaultCents: 7500, source: 'council decision 2026' } },
        routing: {
          table: { parameters: { visitAbove: [{ from: '2021-01-01', value: 60000, source: 'x' }] } },
        },
      }),
      MUNICIPALITY_PRESETS,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.lineage).toEqual(['my-town', 'type-small', 'national-baseline']);
    const p = r.value.preset;
    expect(p.intake.floor).toEqual({ defaultCents: 7500, source: 'council decision 2026' });
    expect(p.intake.crisisKinds).toEqual(['eviction']); // from the baseline
    expect(p.routing.table.parameters.visitAbove?.[0]?.value).toBe(60000);
    expect(p.routing.table.parameters.phoneFrom?.[0]?.value).toBe(25000); // kept from type-small
    expect(p.routing.table.rules.map((x) => x.id)).toContain('youth'); // rules of type-small
    expect(r.value.routing.capacity.find((c) => c.channel === 'home-visit')?.perMonth).toBe(20);
    expect(p.extends).toBe('type-small');
    expect(p.description).toMatchObject({
      nl: expect.stringMatching(/gemeente 3/),
      en: expect.stringMatching(/municipality 3/),
    }); // inherited
  });

  it('rejects circular extends with the chain', () => {
    const registry: PresetRegistry = {
      ...MUNICIPALITY_PRESETS,
      a: { id: 'a', extends: 'b' },
      b: { id: 'b', extends: 'a' },
    };
    expect(loadMunicipalityPreset({ id: 'c', extends: 'a' }, registry)).toEqual({
      ok: false,
      issues: [
        {
          code: 'circular_extends',
          path: ['extends'],
          message: {
            nl: '"extends" gaat in een kring rond: c → a → b → a',
            en: 'Circular "extends": c → a → b → a',
          },
        },
      ],
    });
    expect(loadMunicipalityPreset({ id: 'a', extends: 'a' }, registry).ok).toBe(false);
  });

  it('rejects an unknown parent and reports problems of a parent at extends', () => {
    const unknown = loadMunicipalityPreset(child({ extends: 'type-huge' }), MUNICIPALITY_PRESETS);
    expect(!unknown.ok && unknown.issues[0]).toMatchObject({ code: 'unknown_preset', path: ['extends'] });
    const registry = { ...MUNICIPALITY_PRESETS, broken: { id: 'broken', extends: 'nowhere' } };
    const r = loadMunicipalityPreset({ id: 'x', extends: 'broken' }, registry);
    expect(!r.ok && r.issues[0]?.message.en).toMatch(/^in broken: Unknown preset "nowhere"/);
    expect(!r.ok && r.issues[0]?.message.nl).toMatch(/^in broken: Onbekende preset "nowhere"/);
  });

  it('reports structure problems with JSON paths into the merged preset', () => {
    const r = loadMunicipalityPreset(
      child({ routing: { capacity: [{ channel: 'home-visit', perMonth: -1, source: 'x' }] }, colour: 'red' }),
      MUNICIPALITY_PRESETS,
    );
    expect(!r.ok && r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'too_small routing.capacity.0.perMonth',
      'unknown_key colour',
    ]);
  });

  it('reports routing meaning problems under routing', () => {
    const r = loadMunicipalityPreset(
      child({
        routing: {
          overflow: [
            { from: { channel: 'home-visit' }, to: { channel: 'phone' }, source: 'x' },
            { from: { channel: 'phone' }, to: { channel: 'home-visit' }, source: 'x' },
          ],
        },
      }),
      MUNICIPALITY_PRESETS,
    );
    expect(!r.ok && r.issues).toEqual([
      {
        code: 'overflow_loop',
        path: ['routing', 'overflow', 0],
        at: 'routing.overflow.0',
        message: { nl: expect.any(String), en: 'Overflow loops: home-visit → phone → home-visit' },
      },
    ]);
  });

  it('rejects forbidden keys, a non-object and a newer format', () => {
    const polluted = JSON.parse('{"id":"p","extends":"type-small","intake":{"__proto__":{"x":1}}}');
    expect(loadMunicipalityPreset(polluted, MUNICIPALITY_PRESETS)).toMatchObject({
      ok: false,
      issues: [{ code: 'forbidden_key', path: ['intake', '__proto__'] }],
    });
    expect(loadMunicipalityPreset([], MUNICIPALITY_PRESETS).ok).toBe(false);
    expect(loadMunicipalityPreset(child({ formatVersion: '3.0' }), MUNICIPALITY_PRESETS)).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported_format_version' }],
    });
  });

  it('reads the format it writes (PRESET_FORMAT_VERSION) and refuses the next major version', () => {
    const major = Number(PRESET_FORMAT_VERSION.split('.')[0]);
    expect(
      loadMunicipalityPreset(child({ formatVersion: PRESET_FORMAT_VERSION }), MUNICIPALITY_PRESETS).ok,
    ).toBe(true);
    expect(
      loadMunicipalityPreset(child({ formatVersion: `${major + 1}.0` }), MUNICIPALITY_PRESETS),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported_format_version', path: ['formatVersion'] }],
    });
  });

  it('says what to write instead of the labelNl and bucketNl of preset format 1', () => {
    const rule = {
      id: 'all',
      label: 'Everyone: a letter',
      labelNl: 'Iedereen: een brief',
      source: 'project default',
      when: { all: [{ fact: 'signalCount', operator: 'greaterThanInclusive', value: 1 }] },
      then: {
        bucket: 'letter',
        bucketNl: 'Brief',
        priority: 1,
        steps: [{ channel: 'letter', team: 'municipality', attempts: 1 }],
      },
    };
    const r = loadMunicipalityPreset(
      {
        id: 'old',
        extends: 'type-small',
        label: 'Old town',
        labelNl: 'Oude gemeente',
        routing: { table: { rules: [rule] } },
      },
      MUNICIPALITY_PRESETS,
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['preset_format_1', 'routing.table.rules.0.labelNl'],
      ['preset_format_1', 'routing.table.rules.0.then.bucketNl'],
      ['preset_format_1', 'labelNl'], // a key the parent does not have comes last in the merged preset
    ]);
    expect(!r.ok && r.issues.at(-1)?.message).toEqual({
      nl: '"labelNl" hoort bij presetformaat 1. Schrijf de tekst nu in "label", als { "nl": "…", "en": "…" } (presetformaat 2)',
      en: '"labelNl" belongs to preset format 1: write the text in "label" as { "nl": "…", "en": "…" } (preset format 2)',
    });
  });
});
