import { runLifecycleExamples } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_PRESET_IDS, lifecyclePreset, lifecyclePresetJson } from './index';

describe.each(LIFECYCLE_PRESET_IDS)('lifecycle preset %s', (id) => {
  it('loads without issues', () => {
    const r = lifecyclePreset(id);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('passes every embedded example', () => {
    const r = lifecyclePreset(id);
    if (!r.ok) throw new Error('preset does not load');
    expect(r.value.examples?.length ?? 0).toBeGreaterThan(3);
    expect(runLifecycleExamples(r.value)).toEqual({ ok: true, value: r.value.examples?.length });
  });

  it('fails its examples when an expectation is changed (the examples can fail)', () => {
    const json = lifecyclePresetJson(id) as { examples: { expect: { status: string } }[] };
    const first = json.examples[0];
    if (!first) throw new Error('no examples');
    first.expect.status = 'not-picked-up-yet';
    const r = lifecyclePreset(id);
    if (!r.ok) throw new Error('preset does not load');
    const broken = { ...r.value, examples: json.examples as never };
    const run = runLifecycleExamples(broken);
    expect(run.ok ? [] : run.issues.map((i) => i.path)).toContainEqual(['examples', 0, 'expect', 'status']);
  });
});

describe('lifecyclePreset', () => {
  it('reports an unknown id as an issue', () => {
    const r = lifecyclePreset('amsterdam');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'unknown_preset', path: ['preset'] });
    expect(!r.ok && r.issues[0]?.message).toEqual({
      nl: 'Onbekende levensloop-preset "amsterdam". Wel bekend: ddas, pilot-ouder-amstel-uithoorn',
      en: 'Unknown lifecycle preset "amsterdam"; known: ddas, pilot-ouder-amstel-uithoorn',
    });
  });

  it('gives the pilot statuses of pilot-ouder-amstel-uithoorn-2019 with their final flags', () => {
    const r = lifecyclePreset('pilot-ouder-amstel-uithoorn');
    if (!r.ok) throw new Error('pilot does not load');
    const finals = Object.fromEntries(r.value.statuses.map((s) => [s.label.nl, s.final]));
    expect(finals).toEqual({
      'Nog niet gestart': false,
      'Geen contact, nog een poging': false,
      Lopend: false,
      Nazorg: false,
      Afgerond: true,
      'Ander lopend traject': true,
      'Definitief geen contact': true,
      'Directe uitstroom': true,
      'Wil geen hulp': true,
    });
    expect(r.value.statuses.filter((s) => s.final).every((s) => s.reopenable)).toBe(true);
  });

  it('returns a copy, so callers cannot change the bundled preset', () => {
    const a = lifecyclePresetJson('ddas') as { id: string };
    a.id = 'changed';
    const r = lifecyclePreset('ddas');
    expect(r.ok && r.value.id).toBe('ddas');
  });
});
