// The synthetic population as the runner's signal source: warmed up, with the calibrated criteria
// under a reform's own, reproducible, and common random numbers across scenarios.
import { asIsoMonth, type Signal } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { CRITERIA_PRESETS } from '../criteria/index';
import { POPULATION_WARM_UP_MONTHS, populationSignalSource } from './population-source';

const unit = (replication = 0, code = 'medium') => ({
  seed: 'q',
  replication,
  start: asIsoMonth('2027-01'),
  municipality: { code, inhabitants: 40_000 },
});

function months(source: ReturnType<typeof populationSignalSource>, n: number, criteria = {}) {
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return Array.from({ length: n }, () => source.value.next(criteria));
}

const ids = (signals: readonly Signal[]) => signals.map((s) => s.signalId).sort();

describe('populationSignalSource', () => {
  it('starts warm: the first month is at the level of the following ones (not an empty start)', () => {
    expect(POPULATION_WARM_UP_MONTHS).toBe(12);
    const counts = months(populationSignalSource(unit()), 6).map((m) => m.signals.length);
    const later = counts.slice(1).reduce((a, b) => a + b, 0) / (counts.length - 1);
    // about 4 signals a month per 1,000 inhabitants: 160 here; an empty start gives 0 in its first month
    expect(counts[0]).toBeGreaterThan(0.7 * later);
    expect(later).toBeGreaterThan(80);
    expect(later).toBeLessThan(320);
  });

  it('gives the months from the unit start on, the same for the same unit, others for another replication', () => {
    const a = months(populationSignalSource(unit()), 3);
    const b = months(populationSignalSource(unit()), 3);
    const c = months(populationSignalSource(unit(1)), 3);
    expect(a.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(a.map((m) => ids(m.signals))).toEqual(b.map((m) => ids(m.signals)));
    expect(a.map((m) => ids(m.signals))).not.toEqual(c.map((m) => ids(m.signals)));
  });

  it("keeps the calibrated criteria for the sectors a reform leaves open, and the reform's for its own", () => {
    const base = months(populationSignalSource(unit()), 4);
    const reform = months(populationSignalSource(unit()), 4, {
      energy: CRITERIA_PRESETS['criteria-energy-a'],
    });
    const of = (ms: typeof base, sector: string) =>
      ms.flatMap((m) => m.signals.filter((s) => s.partner.sector === sector).map((s) => s.signalId)).sort();
    // other sectors: the same signals (same arrears, same criteria)
    for (const sector of ['health', 'rent', 'water']) expect(of(reform, sector)).toEqual(of(base, sector));
    // energy: other criteria, other signals (no end-of-supply signals under supplier A's criteria)
    expect(of(reform, 'energy')).not.toEqual(of(base, 'energy'));
  });

  it('accepts a municipality named by type or size and refuses one without either', () => {
    expect(
      months(populationSignalSource(unit(0, 'inhabitants-40000')), 1)[0]?.signals.length,
    ).toBeGreaterThan(0);
    const bad = populationSignalSource({ ...unit(), municipality: { code: 'x' } });
    expect(bad.ok).toBe(false);
  });
});
