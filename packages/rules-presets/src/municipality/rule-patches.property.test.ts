// Property of rulePatches: patching a parent's rules and diffing the result against the parent
// reports exactly the patched rule ids (removed, changed, added), nothing else about rules.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { diffPresets, loadMunicipalityPreset, MUNICIPALITY_PRESETS, municipalityPreset } from '../index';

const small = municipalityPreset('type-small');
if (!small.ok) throw new Error('type-small does not load');
const parent = small.value.preset;
const rules = parent.routing.table.rules;

const patchFor = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1, max: 9 }).map((priority) => ({ priority })),
  // no braces: `{name}` in a label is a parameter placeholder, and an unknown one is an error
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((nl) => !/[{}]/.test(nl))
    .map((nl) => ({ label: { nl, en: 'changed' } })),
);

test.prop([
  fc.dictionary(fc.constantFrom(...rules.map((r) => r.id)), patchFor, { maxKeys: rules.length - 1 }),
  fc.uniqueArray(fc.nat({ max: 99 }), { maxLength: 3 }),
  fc.nat(),
])('diff(parent, parent + patches) names exactly the patched rules', (changes, added, anchor) => {
  const rulePatches: Record<string, unknown> = { ...changes };
  for (const n of added) {
    const template = rules[(anchor + n) % rules.length];
    if (!template) throw new Error('fixture');
    const { id: _id, ...rest } = template;
    const kept = rules.map((r) => r.id).filter((id) => changes[id] !== null);
    rulePatches[`new-${n}`] = {
      add: { ...rest, label: { nl: `nieuw ${n}`, en: `new ${n}` } },
      after: kept[anchor % kept.length],
    };
  }
  const child = loadMunicipalityPreset(
    { id: 'my-town', extends: 'type-small', routing: { table: { rulePatches } } },
    MUNICIPALITY_PRESETS,
  );
  if (!child.ok) throw new Error(JSON.stringify(child.issues.slice(0, 2)));
  const changed = (id: string) => {
    const p = changes[id];
    const before = rules.find((x) => x.id === id);
    return p === null || JSON.stringify({ ...before, ...p }) !== JSON.stringify(before);
  };
  const expected = [...Object.keys(changes).filter(changed), ...added.map((n) => `new-${n}`)].sort();
  const ruleChanges = diffPresets(parent, child.value.preset)
    .filter((c) => c.path.startsWith('routing.table.rules['))
    .map((c) => c.path.slice('routing.table.rules['.length, -1))
    .sort();
  expect(ruleChanges).toEqual(expected);
});
