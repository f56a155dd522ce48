// Every bundled municipality preset loads and passes its own embedded test cases, and the runner
// really fails a case whose expectation does not hold.
import { asCents, asIsoDate, asPartnerId, asSignalId } from '@signaalreis/core';
import {
  type LoadedMunicipalityPreset,
  listMunicipalityPresets,
  municipalityPreset,
  PresetTestSchema,
  runPresetTests,
} from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';

describe('embedded test cases of the bundled presets', () => {
  for (const { id } of listMunicipalityPresets()) {
    it(`${id}: every embedded case passes`, async () => {
      const loaded = municipalityPreset(id);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const results = await runPresetTests(loaded.value);
      expect(results.filter((r) => !r.passed)).toEqual([]);
    });

    it(`${id}: every embedded case has a label in Dutch and English for \`preset test\``, async () => {
      const loaded = municipalityPreset(id);
      if (!loaded.ok) throw new Error(`${id} does not load`);
      const results = await runPresetTests(loaded.value);
      for (const r of results) {
        expect(r.label?.en, r.name).toBe(r.name);
        expect(r.label?.nl, r.name).not.toBe(r.name);
      }
    });
  }

  it('a wrong expectation fails with what differed', async () => {
    const loaded = municipalityPreset('national-baseline');
    if (!loaded.ok) throw new Error('national-baseline does not load');
    const preset: LoadedMunicipalityPreset = {
      ...loaded.value,
      preset: {
        ...loaded.value.preset,
        tests: [
          {
            name: 'wrong on purpose',
            signals: [
              {
                signalId: asSignalId('S1'),
                partner: { id: asPartnerId('WO-A'), name: 'Wonen A', sector: 'rent' as const },
                kind: 'early' as const,
                signalDate: asIsoDate('2026-10-26'),
                arrearSince: asIsoDate('2026-08-20'),
                amountCents: asCents(30_000),
                person: { surname: 'Jansen', legalForm: 'individual' as const },
                address: { postcode: '7411AB', houseNumber: 1 },
                contact: {},
              },
            ],
            expect: {
              cases: [
                { householdKey: '7411AB 1', status: 'Inwoner is overleden' as const },
                { householdKey: '9999ZZ 1' },
              ],
            },
          },
        ],
      },
    };
    const [r] = await runPresetTests(preset);
    expect(r?.passed).toBe(false);
    expect(r?.failures.map((f) => f.en)).toEqual([
      '7411AB 1: status is Opgepakt, expected Inwoner is overleden',
      '9999ZZ 1: no case (cases: 7411AB 1)',
    ]);
    expect(r?.failures.map((f) => f.nl)).toEqual([
      '7411AB 1: status is Opgepakt, verwacht Inwoner is overleden',
      '9999ZZ 1: geen casus (casussen: 7411AB 1)',
    ]);
  });

  it('a wrong team or channel names both by their label, with the id the test wrote', async () => {
    // found by trying it: `7438DV 99: team is neighbourhood-team, verwacht municipality`
    const loaded = municipalityPreset('national-baseline');
    if (!loaded.ok) throw new Error('national-baseline does not load');
    const test = (loaded.value.preset.tests ?? [])[0];
    const first = test?.expect.cases[0];
    if (!test || !first) throw new Error('national-baseline has a test');
    const preset: LoadedMunicipalityPreset = {
      ...loaded.value,
      preset: {
        ...loaded.value.preset,
        tests: [
          {
            ...test,
            expect: {
              cases: [{ householdKey: first.householdKey, team: 'crisis', primaryChannel: 'home-visit' }],
            },
          },
        ],
      },
    };
    const [r] = await runPresetTests(preset);
    const nl = r?.failures.map((f) => f.nl) ?? [];
    const en = r?.failures.map((f) => f.en) ?? [];
    expect(nl.find((f) => f.includes(': team is'))).toMatch(/: team is .+, verwacht crisisteam \(crisis\)$/);
    expect(nl.find((f) => f.includes('eerste kanaal'))).toMatch(
      /: eerste kanaal is .+, verwacht huisbezoek \(home-visit\)$/,
    );
    expect(en.find((f) => f.includes('primary channel'))).toMatch(
      /: primary channel is .+, expected home visit \(home-visit\)$/,
    );
    expect(nl.join(' ')).not.toMatch(/primaryChannel/);
  });
});

describe('a test case label', () => {
  const base = { name: 'my case', signals: [], expect: { cases: [] } };
  it('is refused unless it is { nl, en } with both texts, at its path', () => {
    for (const label of [
      'een tekst',
      { nl: 'alleen nl' },
      { nl: '', en: 'x' },
      { nl: 'x', en: 'y', de: 'z' },
      null,
    ]) {
      const r = PresetTestSchema.safeParse({ ...base, label });
      expect(r.success, JSON.stringify(label)).toBe(false);
      expect(r.error?.issues[0]?.path[0]).toBe('label');
    }
    expect(PresetTestSchema.safeParse({ ...base, label: { nl: 'mijn zaak', en: 'my case' } }).success).toBe(
      true,
    );
    expect(PresetTestSchema.safeParse(base).success).toBe(true);
  });
});
