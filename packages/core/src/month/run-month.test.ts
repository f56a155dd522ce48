import { DEFAULT_INTAKE_CONFIG, type PopulationRegister, runMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';

describe('runMonth', () => {
  it('decides on the delivery day by default (the 25th or the next working day)', async () => {
    const r = await runMonth({ month: '2026-10', signals: [sig('A', 'rent')] });
    expect(r.decidedOn).toBe('2026-10-26'); // 25 October 2026 is a Sunday
    expect(r.counts).toMatchObject({
      signals: 1,
      cases: 1,
      byBucket: { 'picked-up': 1 },
      byStatus: { Opgepakt: 1 },
    });
  });

  it('floor with a sector exception: below €100 not forwarded, except water (signaalreis-2023, annex, municipality 4)', async () => {
    const at = (n: number) => ({ address: { postcode: '7411AB', houseNumber: n }, amountCents: 8_000 });
    const r = await runMonth({
      month: '2026-10',
      signals: [sig('A', 'rent', at(1)), sig('B', 'water', at(2))],
      intake: {
        ...DEFAULT_INTAKE_CONFIG,
        floor: {
          defaultCents: 10_000,
          bySector: { water: 0 },
          source: 'signaalreis-2023, annex, municipality 4',
        },
      },
    });
    const status = Object.fromEntries(r.cases.map((c) => [c.case.householdKey, c.status]));
    // below the floor is "onterecht signaal" (standards/README.md, DDAS v1.2 status definitions)
    expect(status).toEqual({ '7411AB 1': 'Niet opgepakt: onterecht signaal', '7411AB 2': 'Opgepakt' });
  });

  it('a household with 40 signals goes to manual review instead of straight to contact', async () => {
    const signals = Array.from({ length: 40 }, (_, i) => sig(`S${i}`, i % 2 ? 'rent' : 'energy'));
    const r = await runMonth({ month: '2026-10', signals });
    expect(r.cases[0]).toMatchObject({ bucket: 'manual-review', status: 'Nog niet opgepakt' });
  });

  it('an uncertain register answer goes to manual review, never silently out', async () => {
    const register: PopulationRegister = {
      lookup: async () => [
        {
          initials: 'J.',
          surname: 'Janssen',
          birthDate: '2000-01-01',
          householdKey: '7411AB 12',
          inMunicipality: true,
        },
      ],
    };
    const r = await runMonth({
      month: '2026-10',
      signals: [sig('A', 'rent')],
      intake: {
        ...DEFAULT_INTAKE_CONFIG,
        registerCheck: { enabled: true, onMismatch: 'not-picked-up', onUncertain: 'manual-review' },
      },
      lookups: { register },
    });
    expect(r.cases[0]?.bucket).toBe('manual-review');
  });

  it('reports progress once per case', async () => {
    const seen: number[] = [];
    await runMonth({
      month: '2026-10',
      signals: [sig('A', 'rent'), sig('B', 'rent', { address: { postcode: '7411AB', houseNumber: 2 } })],
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([1, 2]);
  });
});
