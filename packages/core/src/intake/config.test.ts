import { describe, expect, it } from 'vitest';
import { DEFAULT_INTAKE_CONFIG, floorFor, IntakeConfigSchema, validateIntakeConfig } from './index';

describe('intake config', () => {
  it('validates the default and a municipality-4 style preset', () => {
    expect(IntakeConfigSchema.safeParse(DEFAULT_INTAKE_CONFIG).success).toBe(true);
    const m4 = {
      ...DEFAULT_INTAKE_CONFIG,
      floor: { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' },
    };
    expect(validateIntakeConfig(m4)).toMatchObject({ ok: true });
    expect(floorFor(m4, 'water')).toBe(0);
    expect(floorFor(m4, 'energy')).toBe(10_000);
  });
  it('defaults follow the sources: no floor, natural persons only, eviction is the only crisis kind', () => {
    expect(DEFAULT_INTAKE_CONFIG).toMatchObject({
      floor: { defaultCents: 0 },
      naturalPersonsOnly: true,
      crisisKinds: ['eviction'],
      repeatSignals: 'not-picked-up',
      outOfWindow: 'not-picked-up',
    });
    expect(Object.isFrozen(DEFAULT_INTAKE_CONFIG)).toBe(true);
  });
  it('reports bad input as issues with paths', () => {
    const bad = validateIntakeConfig({
      ...DEFAULT_INTAKE_CONFIG,
      floor: { defaultCents: -1, bySector: { gas: 5 }, source: '' },
      registerCheck: { enabled: true, onMismatch: 'manual-review', onUncertain: 'not-picked-up' },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const paths = bad.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['floor.defaultCents', 'floor.source', 'registerCheck.onUncertain']),
    );
    expect(paths.some((p) => p.startsWith('floor.bySector'))).toBe(true);
  });
});
