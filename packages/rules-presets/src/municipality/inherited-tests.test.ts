// A copy inherits its parent's embedded tests (issue 13): a test that the copy's own changes make
// come out differently "no longer applies" — it is not a failure of the copy — while a test that
// fails for the parent too stays a failure.
import { describe, expect, it } from 'vitest';
import { loadMunicipalityPreset, MUNICIPALITY_PRESETS, type PresetRegistry, runPresetTests } from '../index';

const myTown = {
  id: 'my-town',
  extends: 'type-small',
  label: { nl: 'Mijn gemeente', en: 'My town' },
  routing: {
    table: {
      parameters: { visitAbove: [{ from: '2026-04-01', value: 60000, source: 'council decision 2026-03' }] },
    },
  },
};
const load = (json: unknown, registry: PresetRegistry = MUNICIPALITY_PRESETS) => {
  const r = loadMunicipalityPreset(json, registry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('inherited embedded tests', () => {
  it('a test broken by the copy’s own visitAbove no longer applies, naming the change; the rest pass', async () => {
    const loaded = load(myTown);
    expect(loaded.testsFrom).toBe('type-small');
    const results = await runPresetTests(loaded);
    expect(results.map((r) => [r.passed, r.inheritedFrom, r.noLongerApplies !== undefined])).toEqual([
      [false, 'type-small', true],
      [true, 'type-small', false],
      [true, 'type-small', false],
      [true, 'type-small', false],
    ]);
    expect(results[0]?.noLongerApplies?.nl).toBe(
      'overgenomen test van type-small, geldt niet meer: uw wijzigingen geven een andere uitkomst (Parameter visitAbove: € 500,00 (2021-01-01) → € 600,00 (2026-04-01))',
    );
  });

  it('a copy that changes only its name passes every inherited test; its own tests are not inherited', async () => {
    const same = await runPresetTests(load({ ...myTown, routing: undefined }));
    expect(same.every((r) => r.passed && r.inheritedFrom === 'type-small')).toBe(true);
    const own = load({
      ...myTown,
      tests: [{ name: 'empty', month: '2026-10', signals: [], expect: { cases: [] } }],
    });
    expect(own.testsFrom).toBe('my-town');
    expect(await runPresetTests(own)).toEqual([{ name: 'empty', passed: true, failures: [] }]);
  });

  it('an inherited test that fails for its own preset too is a failure, not "no longer applies"', async () => {
    const broken = {
      id: 'my-base',
      extends: 'type-small',
      label: { nl: 'Basis', en: 'Base' },
      tests: [
        {
          name: 'expects a case that never comes',
          month: '2026-10',
          signals: [],
          expect: { cases: [{ householdKey: '1234AB 1', status: 'Opgepakt' }] },
        },
      ],
    };
    const registry = { ...MUNICIPALITY_PRESETS, 'my-base': broken };
    const [r] = await runPresetTests(load({ ...myTown, extends: 'my-base' }, registry), registry);
    expect(r).toMatchObject({ passed: false, inheritedFrom: 'my-base' });
    expect(r?.noLongerApplies).toBeUndefined();
  });
});
