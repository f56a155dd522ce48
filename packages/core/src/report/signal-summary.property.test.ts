import { test } from '@fast-check/vitest';
import { asIsoDate, householdKey, SECTORS, SIGNAL_KINDS, type Signal } from '@signaalreis/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import { createSignalSummary, summariseSignals } from './index';

const PARTNERS = [
  { id: 'ZV-ZLD', name: 'Zorgverzekeraar Zilverlinde', sector: 'health' },
  { id: 'ZV-DNZ', name: 'Duinzicht Zorgverzekeringen', sector: 'health' },
  { id: 'EN-WKR', name: 'Windkracht Energie', sector: 'energy' },
  { id: 'EN-WKR', name: 'Windkracht Energie B.V.', sector: 'energy' },
  { id: 'WO-LND', name: 'Woonstichting De Linde', sector: 'rent' },
  { id: 'WA-OST', name: 'Waterbedrijf Oostland', sector: 'water' },
  { id: 'GB-VBS', name: 'Belastingen Voorbeeldstad', sector: 'municipal-tax' },
] as const;

/** Signals over a small pool of partners and addresses, so households and matches occur often. */
const signalArb: fc.Arbitrary<Signal> = fc
  .record({
    partner: fc.constantFrom(...PARTNERS),
    kind: fc.constantFrom(...SIGNAL_KINDS),
    amountCents: fc.integer({ min: 1, max: 500_000 }),
    postcode: fc.constantFrom('7411AB', '7412CD', '7439XZ'),
    houseNumber: fc.integer({ min: 1, max: 4 }),
    houseLetter: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
    id: fc.nat(),
  })
  .map(
    ({ partner, kind, amountCents, postcode, houseNumber, houseLetter, id }) =>
      ({
        signalId: `S${id}`,
        partner: { ...partner },
        kind,
        signalDate: asIsoDate('2026-10-26'),
        arrearSince: asIsoDate('2026-08-20'),
        amountCents,
        person: { surname: 'Jansen', legalForm: 'individual' },
        address: { postcode, houseNumber, ...(houseLetter ? { houseLetter } : {}) },
        contact: {},
      }) as Signal,
  );

const withPermutation = fc
  .array(signalArb, { maxLength: 40 })
  .chain((signals) =>
    fc.tuple(
      fc.constant(signals),
      fc.shuffledSubarray(signals, { minLength: signals.length, maxLength: signals.length }),
    ),
  );

test.prop([withPermutation])('the order of adding does not change the result', ([signals, shuffled]) => {
  expect(summariseSignals(shuffled)).toEqual(summariseSignals(signals));
});

test.prop([fc.array(signalArb, { maxLength: 60 })])('the parts add up to the whole', (signals) => {
  const s = summariseSignals(signals);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  expect(s.signals).toBe(signals.length);
  expect(sum(SECTORS.map((k) => s.bySector[k]))).toBe(s.signals);
  expect(sum(SIGNAL_KINDS.map((k) => s.byKind[k]))).toBe(s.signals);
  expect(sum(s.byPartner.map((p) => p.signals))).toBe(s.signals);
  expect(s.totalAmountCents).toBe(sum(signals.map((x) => x.amountCents)));
  expect(s.multiPartnerHouseholds).toBeLessThanOrEqual(s.households);
  expect(s.households).toBeLessThanOrEqual(Math.max(s.signals, 0));
  expect(new Set(s.byPartner.map((p) => p.partnerId)).size).toBe(s.byPartner.length);
});

test.prop([fc.array(signalArb, { maxLength: 40 })])(
  'adding one by one equals summarising at once',
  (signals) => {
    const acc = createSignalSummary();
    for (const x of signals) acc.add(x);
    expect(acc.result()).toEqual(summariseSignals(signals));
  },
);

test.prop([fc.array(signalArb, { maxLength: 60 })])(
  'households and matches agree with a brute-force count',
  (signals) => {
    const partners = new Map<string, Set<string>>();
    for (const x of signals) {
      const key = householdKey(x.address);
      partners.set(key, (partners.get(key) ?? new Set()).add(x.partner.id));
    }
    const s = summariseSignals(signals);
    expect(s.households).toBe(partners.size);
    expect(s.multiPartnerHouseholds).toBe([...partners.values()].filter((p) => p.size >= 2).length);
  },
);
