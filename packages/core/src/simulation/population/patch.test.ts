import { describe, expect, it } from 'vitest';
import { DEFAULT_POPULATION_PARAMETERS } from './defaults';
import { applyPopulationPatch } from './patch';

describe('applyPopulationPatch', () => {
  it('changes only what the patch gives', () => {
    const r = applyPopulationPatch(DEFAULT_POPULATION_PARAMETERS, {
      householdSize: { value: 2.2, source: 'own figures 2026' },
      sectors: { rent: { course: { moreTerms: 0.5 } } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.householdSize).toEqual({ value: 2.2, source: 'own figures 2026' });
    expect(r.value.sectors.rent.course.moreTerms).toBe(0.5);
    expect(r.value.sectors.rent.course.resolveByMonth).toEqual(
      DEFAULT_POPULATION_PARAMETERS.sectors.rent.course.resolveByMonth,
    );
    expect(r.value.sectors.health).toEqual(DEFAULT_POPULATION_PARAMETERS.sectors.health);
  });

  it.each([
    [null, 'patch_not_object patch'],
    [[1], 'patch_not_object patch'],
    [{ sectors: { gas: {} } }, 'patch_unknown_key patch.sectors.gas'],
    [{ seasonality: { factors: [1, 2] } }, 'too_small patch.seasonality.factors'],
    [{ coOccurrence: { probability: 35 } }, 'too_big patch.coOccurrence.probability'],
    [
      { sectors: { water: { amounts: { termCents: { min: 500, max: 100 } } } } },
      'custom patch.sectors.water.amounts.termCents',
    ],
    [{ ledgerDay: { source: '' } }, 'too_small patch.ledgerDay.source'],
  ])('refuses %j', (patch, expected) => {
    const r = applyPopulationPatch(DEFAULT_POPULATION_PARAMETERS, patch);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toContain(expected);
  });
});
