// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Changing, adding or removing one rule by id (`routing.table.rulePatches`, issue 13): a copy of
// type-small no longer repeats ~200 lines of rules to change one.
import { describe, expect, it } from 'vitest';
import {
  applyRulePatches,
  diffPresets,
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  type PresetIssue,
} from '../index';

const small = municipalityPreset('type-small');
if (!small.ok) throw new Error('type-small does not load');
const parent = small.value.preset;
const ids = parent.routing.table.rules.map((r) => r.id);
const load = (rulePatches: unknown) =>
  loadMunicipalityPreset(
    { id: 'my-town', extends: 'type-small', routing: { table: { rulePatches } } },
    MUNICIPALITY_PRESETS,
  );
const letterRule = {
  label: { nl: 'Alle anderen: een brief', en: 'Everyone else: a letter' },
  source: 'project default',
  priority: 6,
  when: parent.routing.table.rules.find((x) => x.id === 'email')?.when,
  then: {
    bucket: 'letter',
    label: { nl: 'Brief', en: 'Letter' },
    priority: 6,
    steps: [{ channel: 'letter', team: 'municipality', attempts: 1 }],
  },
};

describe('rulePatches', () => {
  it('changes one rule by id, merging only what is given', () => {
    const r = load({
      email: { label: { nl: 'Onder {phoneFrom}: een e-mail', en: 'Below {phoneFrom}: an e-mail' } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const email = r.value.preset.routing.table.rules.find((x) => x.id === 'email');
    const before = parent.routing.table.rules.find((x) => x.id === 'email');
    expect(email).toEqual({
      ...before,
      label: { nl: 'Onder {phoneFrom}: een e-mail', en: 'Below {phoneFrom}: an e-mail' },
    });
    expect(diffPresets(parent, r.value.preset).map((c) => c.en)).toEqual([
      'id: "type-small" → "my-town"',
      'extends: "national-baseline" → "type-small"',
      'Rule email changed: label',
    ]);
  });

  it('adds a rule after another and removes one; the order is as written', () => {
    const r = load({ recidive: null, letter: { add: letterRule, after: 'email' } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.preset.routing.table.rules.map((x) => x.id)).toEqual([
      ...ids.filter((id) => id !== 'recidive'),
      'letter',
    ]);
    const moved = load({ email: { before: 'visit' } });
    expect(moved.ok && moved.value.preset.routing.table.rules.map((x) => x.id).indexOf('email')).toBe(
      ids.indexOf('visit'),
    );
  });

  it('unknown ids, an existing id added, both after and before: issues with did-you-mean', () => {
    const r = load({
      emial: { priority: 2 },
      visit: { add: letterRule },
      phone: { after: 'visti' },
      youth: { after: 'visit', before: 'email' },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.'), i.message.en])).toEqual([
      ['unknown_rule', 'routing.table.rulePatches.emial', 'Unknown rule "emial" — did you mean email?'],
      ['rule_exists', 'routing.table.rulePatches.visit.add', expect.stringMatching(/already exists/)],
      ['unknown_rule', 'routing.table.rulePatches.phone.after', 'Unknown rule "visti" — did you mean visit?'],
      ['rule_patch_position', 'routing.table.rulePatches.youth.before', 'Give "after" or "before", not both'],
    ]);
  });

  it('a new rule that is incomplete is reported at its id; bad patch values are issues', () => {
    const r = load({ letter: { add: { label: { nl: 'Brief', en: 'Letter' } } } });
    expect(r.ok ? [] : r.issues.map((i) => (i as PresetIssue).at)).toContain(
      'routing.table.rules[letter].then',
    );
    expect(applyRulePatches([], 'x').ok).toBe(false);
    expect(applyRulePatches([{ id: 'a' }], { a: 5 })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type' }],
    });
    expect(applyRulePatches([{ id: 'a' }], { a: { id: 'b' } })).toMatchObject({
      ok: false,
      issues: [{ code: 'rule_patch_id' }],
    });
    const noParent = loadMunicipalityPreset(
      { id: 'x', routing: { table: { rulePatches: {} } } },
      MUNICIPALITY_PRESETS,
    );
    expect(noParent).toMatchObject({ ok: false, issues: [{ code: 'rule_patches_without_extends' }] });
  });
});
