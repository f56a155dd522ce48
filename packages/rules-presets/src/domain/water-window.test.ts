// Issue 13 (domain): the covenant change of 8 December 2022 lifted the 100-day maximum for ENERGY
// only. signaalreis-2023, body: "Op 8 december 2022 is het Landelijk Convenant Vroegsignalering
// aangepast, zodat energiemaatschappijen mogen sinds die tijd ook signalen mogen sturen wanneer de
// oudste vordering meer dan 100 dagen vervallen is." Water keeps the 30–100 day window (lcv).
import { asCents, asIsoDate, DEFAULT_MATCHING_CONFIG, evaluateCriteria, windowFor } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { row } from '../criteria/fixtures.test-support';
import { criteriaPreset, MUNICIPALITY_PRESETS, municipalityPreset } from '../index';

const AFTER = asIsoDate('2026-10-26');

describe('"… zodat energiemaatschappijen mogen sinds die tijd ook signalen mogen sturen wanneer de oudste vordering meer dan 100 dagen vervallen is" (signaalreis-2023)', () => {
  it('core default: energy has no maximum from 2022-12-08, water keeps 100 days', () => {
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'energy', AFTER)?.maxAgeDays).toBe(Number.POSITIVE_INFINITY);
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'water', AFTER)?.maxAgeDays).toBe(100);
  });

  it('every bundled municipality preset (national-baseline and all that inherit it): water keeps 100 days', () => {
    for (const id of Object.keys(MUNICIPALITY_PRESETS)) {
      const p = municipalityPreset(id);
      if (!p.ok) throw new Error(id);
      const water = windowFor(p.value.preset.matching, 'water', AFTER);
      expect(water?.maxAgeDays, id).toBe(100);
      expect(water?.source ?? '', id).not.toMatch(/water may signal beyond/);
    }
    const baseline = municipalityPreset('national-baseline');
    if (!baseline.ok) throw new Error('national-baseline');
    expect(windowFor(baseline.value.preset.matching, 'energy', AFTER)?.maxAgeDays).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('criteria-water: a water claim 101 days overdue after 2022-12-08 is not signalled', () => {
    const table = criteriaPreset('criteria-water');
    if (!table.ok) throw new Error('criteria-water');
    const on = asIsoDate('2023-06-01');
    const water = (age: number) =>
      evaluateCriteria(
        table.value,
        row({ sector: 'water', unpaidTerms: 1, amountOpenCents: asCents(4200), age }, on),
        on,
      );
    const old = water(101);
    const young = water(100);
    expect(old.ok && old.value.deliver).toBe(false);
    expect(young.ok && young.value.deliver).toBe(true);
  });
});
