// The synthetic population of core (issue 16) with the real criteria presets: the volume, the
// sector mix, the March peak and the share of end-of-supply signals land on the national
// monitor's figures (divosa-monitor), as docs/simulation.md states.
import { asIsoMonth } from '@signaalreis/core';
import {
  type CriteriaSelection,
  createPopulation,
  DEFAULT_POPULATION_PARAMETERS,
  POPULATION_CRITERIA_PRESETS,
  POPULATION_PARAMETERS_2024H1,
  POPULATION_SECTORS,
  type PopulationParameters,
} from '@signaalreis/core/simulation';
import { describe, expect, it } from 'vitest';
import { CRITERIA_PRESETS, isCriteriaPresetId } from '../criteria/index';

const criteria: CriteriaSelection = Object.fromEntries(
  POPULATION_SECTORS.map((s) => {
    const id = POPULATION_CRITERIA_PRESETS[s];
    if (!isCriteriaPresetId(id)) throw new Error(`unknown preset ${id}`);
    return [s, CRITERIA_PRESETS[id]];
  }),
);

const INHABITANTS = 1_000_000;

/** Signals per month (of the second year, after a year of warm-up) by sector and kind. */
function run(parameters: PopulationParameters, seed: string) {
  const p = createPopulation({
    seed,
    replication: 0,
    municipality: { code: '0001', inhabitants: INHABITANTS },
    start: asIsoMonth('2026-01'),
    parameters,
  });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  const months: { month: string; total: number; bySector: Record<string, number>; endOfSupply: number }[] =
    [];
  for (let i = 0; i < 24; i++) {
    const m = p.value.next(criteria);
    expect(m.issues).toEqual([]);
    const bySector: Record<string, number> = {};
    for (const s of m.signals) bySector[s.partner.sector] = (bySector[s.partner.sector] ?? 0) + 1;
    const endOfSupply = m.signals.filter((s) => s.kind === 'end-of-supply').length;
    if (i >= 12) months.push({ month: m.month, total: m.signals.length, bySector, endOfSupply });
  }
  return months;
}

const share = (months: ReturnType<typeof run>, sector: string) =>
  (100 * months.reduce((n, m) => n + (m.bySector[sector] ?? 0), 0)) / months.reduce((n, m) => n + m.total, 0);

describe('the population with the default criteria presets', () => {
  const year = run(DEFAULT_POPULATION_PARAMETERS, 'calibration');
  const perThousand = year.reduce((n, m) => n + m.total, 0) / 12 / (INHABITANTS / 1000);

  it('gives about 4 signals a month per 1,000 inhabitants (2023)', () => {
    expect(perThousand).toBeGreaterThan(3.75);
    expect(perThousand).toBeLessThan(4.25);
  });

  it.each([
    ['health', 45],
    ['energy', 25],
    ['rent', 19],
    ['water', 11],
  ])('gives the sector mix of 2023: %s %i % ± 3', (sector, expected) => {
    expect(Math.abs(share(year, sector) - expected)).toBeLessThanOrEqual(3);
  });

  it('peaks in March (2022: 4.1 against 3.3 a month)', () => {
    const march = year.find((m) => m.month.endsWith('-03'))?.total ?? 0;
    const ratio = march / (year.reduce((n, m) => n + m.total, 0) / 12);
    expect(Math.max(...year.map((m) => m.total))).toBe(march);
    expect(ratio).toBeGreaterThan(1.15);
    expect(ratio).toBeLessThan(1.35);
  });

  it('makes about a quarter of energy signals end-of-supply signals (H1 2024)', () => {
    const energy = year.reduce((n, m) => n + (m.bySector.energy ?? 0), 0);
    const eos = year.reduce((n, m) => n + m.endOfSupply, 0);
    expect(Math.abs((100 * eos) / energy - 25)).toBeLessThanOrEqual(5);
  });

  it('gives the mix of H1 2024 with POPULATION_PARAMETERS_2024H1', () => {
    const h1 = run(POPULATION_PARAMETERS_2024H1, 'calibration-2024').filter((m) => m.month.slice(5) <= '06');
    const mix = Object.fromEntries(
      ['health', 'rent', 'energy', 'water'].map((s) => [s, Math.round(share(h1, s))]),
    );
    for (const [sector, expected] of Object.entries({ health: 41, rent: 20, energy: 20, water: 18 }))
      expect(
        Math.abs((mix[sector] as number) - expected),
        `${sector}: ${JSON.stringify(mix)}`,
      ).toBeLessThanOrEqual(3);
  });
});
