import type { Signal } from '@signaalreis/core';
import { asCents, asIsoDate, asSignalId } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { createSignalSummary, summariseSignals } from './index';

const signal = (over: {
  id?: string;
  partner?: [string, string, Signal['partner']['sector']];
  kind?: Signal['kind'];
  cents?: number;
  postcode?: string;
  houseNumber?: number;
  houseLetter?: string;
}): Signal => {
  const [id, name, sector] = over.partner ?? ['ZV-ZLD', 'Zorgverzekeraar Zilverlinde', 'health'];
  return {
    signalId: over.id ?? asSignalId('S1'),
    partner: { id, name, sector },
    kind: over.kind ?? 'early',
    signalDate: asIsoDate('2026-10-26'),
    arrearSince: asIsoDate('2026-08-20'),
    amountCents: over.cents ?? asCents(10_000),
    person: { surname: 'Jansen', legalForm: 'individual' },
    address: {
      postcode: over.postcode ?? '7412AB',
      houseNumber: over.houseNumber ?? 12,
      ...(over.houseLetter ? { houseLetter: over.houseLetter } : {}),
    },
    contact: {},
  } as Signal;
};

const HEALTH: [string, string, 'health'] = ['ZV-ZLD', 'Zorgverzekeraar Zilverlinde', 'health'];
const ENERGY: [string, string, 'energy'] = ['EN-WKR', 'Windkracht Energie', 'energy'];
const RENT: [string, string, 'rent'] = ['WO-LND', 'Woonstichting De Linde', 'rent'];

describe('summariseSignals', () => {
  it('is all zeros for no signals, with every sector and kind present', () => {
    const s = summariseSignals([]);
    expect(s).toEqual({
      signals: 0,
      bySector: { rent: 0, energy: 0, water: 0, health: 0, 'municipal-tax': 0, other: 0 },
      byKind: { early: 0, 'end-of-supply': 0, eviction: 0, 'warm-referral': 0, cak: 0 },
      byPartner: [],
      households: 0,
      multiPartnerHouseholds: 0,
      totalAmountCents: 0,
    });
  });

  it('counts sectors, kinds, partners, households and the total amount', () => {
    const s = summariseSignals([
      signal({ id: 'a', partner: HEALTH, cents: 15_000 }),
      signal({ id: 'b', partner: ENERGY, kind: 'end-of-supply', cents: 120_000 }),
      signal({ id: 'c', partner: RENT, postcode: '7420XY', houseNumber: 3, cents: 80_000 }),
      signal({ id: 'd', partner: HEALTH, postcode: '7420XY', houseNumber: 4 }),
    ]);
    expect(s.signals).toBe(4);
    expect(s.bySector).toMatchObject({ health: 2, energy: 1, rent: 1, water: 0 });
    expect(s.byKind).toMatchObject({ early: 3, 'end-of-supply': 1 });
    expect(s.households).toBe(3);
    expect(s.multiPartnerHouseholds).toBe(1);
    expect(s.totalAmountCents).toBe(225_000);
  });

  it('counts a household once per distinct partner: two signals from one partner are no match', () => {
    const s = summariseSignals([
      signal({ id: 'a', partner: ENERGY }),
      signal({ id: 'b', partner: ENERGY, kind: 'end-of-supply' }),
    ]);
    expect(s.households).toBe(1);
    expect(s.multiPartnerHouseholds).toBe(0);
  });

  it('treats house letters as part of the household (12 and 12a are different homes)', () => {
    const s = summariseSignals([
      signal({ id: 'a', partner: HEALTH }),
      signal({ id: 'b', partner: ENERGY, houseLetter: 'A' }),
    ]);
    expect(s.households).toBe(2);
    expect(s.multiPartnerHouseholds).toBe(0);
  });

  it('sorts partners by count (descending), then by id, with the most used name', () => {
    const s = summariseSignals([
      signal({ id: 'a', partner: RENT }),
      signal({ id: 'b', partner: ENERGY }),
      signal({ id: 'c', partner: ['EN-WKR', 'Windkracht Energie B.V.', 'energy'] }),
      signal({ id: 'd', partner: ENERGY }),
      signal({ id: 'e', partner: HEALTH }),
    ]);
    expect(s.byPartner).toEqual([
      { partnerId: 'EN-WKR', partnerName: 'Windkracht Energie', sector: 'energy', signals: 3 },
      { partnerId: 'WO-LND', partnerName: 'Woonstichting De Linde', sector: 'rent', signals: 1 },
      { partnerId: 'ZV-ZLD', partnerName: 'Zorgverzekeraar Zilverlinde', sector: 'health', signals: 1 },
    ]);
  });
});

describe('createSignalSummary', () => {
  it('gives intermediate results and keeps counting afterwards', () => {
    const acc = createSignalSummary();
    acc.add(signal({ id: 'a', partner: HEALTH }));
    const first = acc.result();
    acc.add(signal({ id: 'b', partner: ENERGY }));
    expect(first.signals).toBe(1);
    expect(first.multiPartnerHouseholds).toBe(0);
    expect(acc.result().signals).toBe(2);
    expect(acc.result().multiPartnerHouseholds).toBe(1);
  });

  it('returns fresh objects: changing a result does not change the next one', () => {
    const acc = createSignalSummary();
    acc.add(signal({}));
    const r = acc.result();
    r.bySector.health = 99;
    r.byPartner.pop();
    expect(acc.result().bySector.health).toBe(1);
    expect(acc.result().byPartner).toHaveLength(1);
  });
});
