// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Issue 9: presets as untrusted input — deep nesting, huge strings, long extends chains, and the
// text form with line and column.
import { describe, expect, it } from 'vitest';
import {
  loadMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  type PresetRegistry,
} from '../index';
import { child } from './child.test-support';

function deepWhen(levels: number): unknown {
  let when: unknown = { fact: 'hasEviction', operator: 'equal', value: true };
  for (let i = 0; i < levels; i++) when = { all: [when] };
  return when;
}
const rule = (when: unknown) => ({
  id: 'deep',
  label: { nl: 'Diep', en: 'Deep' },
  source: 'test',
  when,
  then: { bucket: 'visit', priority: 1, steps: [] },
});
const issuesOf = (r: { ok: boolean; issues?: unknown[] }) => (r.ok ? [] : (r.issues ?? []));

describe('presets as untrusted input', () => {
  it('refuses conditions nested 900 levels deep as an issue (was a stack overflow)', () => {
    const r = loadMunicipalityPreset(
      child({ routing: { table: { rules: [rule(deepWhen(900))] } } }),
      MUNICIPALITY_PRESETS,
    );
    expect(issuesOf(r)).toEqual([expect.objectContaining({ code: 'json_too_deep' })]);
    const ok = loadMunicipalityPreset(
      child({ routing: { table: { rules: [rule(deepWhen(20))] } } }),
      MUNICIPALITY_PRESETS,
    );
    expect(issuesOf(ok)).toEqual([]);
  });

  it('refuses a 10 MB id, label or source with a short message', () => {
    const huge = 'a'.repeat(10_000_000);
    for (const over of [
      { id: huge },
      { label: { nl: huge, en: 'My town' } },
      { label: { nl: 'Mijn gemeente', en: huge } },
      { extends: huge },
      { sources: [huge] },
    ]) {
      const r = loadMunicipalityPreset(child(over), MUNICIPALITY_PRESETS);
      const issues = issuesOf(r) as { message: { nl: string; en: string } }[];
      expect(issues.length, JSON.stringify(over).slice(0, 40)).toBeGreaterThan(0);
      for (const i of issues) {
        expect(i.message.nl.length).toBeLessThan(300);
        expect(i.message.en.length).toBeLessThan(300);
      }
    }
    expect(issuesOf(loadMunicipalityPreset(child({ id: 'a'.repeat(65) }), MUNICIPALITY_PRESETS))).toEqual([
      expect.objectContaining({
        path: ['id'],
        message: {
          nl: expect.stringMatching(/64 tekens/),
          en: expect.stringMatching(/at most 64 characters/),
        },
      }),
    ]);
    const unknown = municipalityPreset(huge);
    expect(unknown.ok || unknown.issues[0]?.message.en.length).toBeLessThan(500);
    expect(unknown.ok || unknown.issues[0]?.message.nl.length).toBeLessThan(500);
  });

  it('refuses an extends chain longer than 16 presets, and a broken parent, without following it', () => {
    const registry: Record<string, unknown> = { ...MUNICIPALITY_PRESETS };
    for (let i = 0; i < 30; i++)
      registry[`p${i}`] = { id: `p${i}`, extends: i === 0 ? 'type-small' : `p${i - 1}` };
    const r = loadMunicipalityPreset({ id: 'top', extends: 'p29' }, registry);
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({
        path: ['extends'],
        message: { nl: expect.stringMatching(/meer dan 16/), en: expect.stringMatching(/more than 16/) },
      }),
    ]);
    const deepParent: PresetRegistry = {
      ...MUNICIPALITY_PRESETS,
      parent: { id: 'parent', deep: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) },
    };
    expect(issuesOf(loadMunicipalityPreset({ id: 'top', extends: 'parent' }, deepParent))).toEqual([
      expect.objectContaining({
        code: 'json_too_deep',
        preset: 'parent',
        message: { nl: expect.stringMatching(/^in parent: /), en: expect.stringMatching(/^in parent: /) },
      }),
    ]);
  });

  it('an unknown extends among 100 presets names at most 3 near ids, never the whole list (issue 13)', () => {
    const registry: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) registry[`p${i}`] = { id: `p${i}` };
    const [issue] = issuesOf(loadMunicipalityPreset({ id: 'top', extends: 'nope' }, registry)) as {
      message: { nl: string; en: string };
    }[];
    expect(issue?.message.en).not.toMatch(/p1/);
    expect(issue?.message.en.length).toBeLessThan(200);
    const [near] = issuesOf(loadMunicipalityPreset({ id: 'top', extends: 'p1x' }, registry)) as {
      message: { nl: string; en: string };
    }[];
    expect(near?.message.nl).toBe('Onbekende preset "p1x" — bedoelt u p1 of p10 of p11?');
  });
});

describe('loadMunicipalityPresetText', () => {
  it('gives line and column for a problem in the text', () => {
    const r = loadMunicipalityPresetText('{\n  "id": "my-town",\n  "label": ,\n}');
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ code: 'json_syntax', line: 3, column: 12, path: ['label'] }),
    ]);
    const big = loadMunicipalityPresetText(JSON.stringify(child({ description: 'x'.repeat(3_000_000) })));
    expect(issuesOf(big)).toEqual([expect.objectContaining({ code: 'json_too_large', line: 1, column: 1 })]);
  });

  it('loads a preset file as loadMunicipalityPreset loads its value', () => {
    const text = JSON.stringify(child(), null, 2);
    const r = loadMunicipalityPresetText(text);
    expect(r).toEqual(loadMunicipalityPreset(JSON.parse(text), MUNICIPALITY_PRESETS));
    expect(r.ok).toBe(true);
  });
});
