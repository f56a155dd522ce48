// Test-only arbitraries of a month for the case-file tests: October signals over a few households
// (matches, crises, businesses, missing contact data) and history of the months before (recidive,
// repeats, reached or not).

import { fc } from '@fast-check/vitest';
import {
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type HistoryEntry,
  HouseholdKeySchema,
  type Sector,
  type Signal,
  type SignalKind,
} from '@signaalreis/core';

const PARTNERS: { id: string; sector: Sector }[] = [
  { id: 'WO-LND', sector: 'rent' },
  { id: 'EN-WKR', sector: 'energy' },
  { id: 'EN-PLS', sector: 'energy' },
  { id: 'ZV-ZLD', sector: 'health' },
  { id: 'WA-OST', sector: 'water' },
];
const day = (base: number, offset: number) =>
  asIsoDate(new Date(base - offset * 86_400_000).toISOString().slice(0, 10));
const OCTOBER = Date.UTC(2026, 9, 1);

/** October signals over a few households, so that matches, crises and businesses occur. */
export const signalsArb: fc.Arbitrary<Signal[]> = fc
  .array(
    fc.record({
      partner: fc.nat(PARTNERS.length - 1),
      kind: fc.constantFrom<SignalKind>('early', 'early', 'end-of-supply', 'eviction', 'warm-referral'),
      day: fc.nat(30),
      age: fc.integer({ min: 0, max: 200 }),
      amount: fc.integer({ min: 1, max: 400_000 }),
      house: fc.integer({ min: 1, max: 6 }),
      business: fc.boolean(),
      phone: fc.boolean(),
      email: fc.boolean(),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i): Signal => {
      const partner = PARTNERS[r.partner] as (typeof PARTNERS)[number];
      const signalDate = day(OCTOBER, -r.day);
      return {
        signalId: asSignalId(`S-${i}`),
        partner: { id: asPartnerId(partner.id), name: partner.id, sector: partner.sector },
        kind: r.kind,
        signalDate,
        arrearSince: day(OCTOBER, r.age - r.day),
        amountCents: asCents(r.amount),
        person: {
          initials: 'J.',
          surname: 'Jansen',
          legalForm: r.business && i % 3 === 0 ? 'bv' : 'individual',
        },
        address: { postcode: '7411AB', houseNumber: r.house },
        contact: {
          ...(r.phone ? { phone: '0612345678' } : {}),
          ...(r.email ? { email: 'j@example.com' } : {}),
        },
      } as Signal;
    }),
  );

/** History of the months before, for the same households: recidive, repeats, reached or not. */
export const historyArb: fc.Arbitrary<HistoryEntry[]> = fc
  .array(
    fc.record({
      partner: fc.nat(PARTNERS.length - 1),
      monthsAgo: fc.integer({ min: 1, max: 7 }),
      house: fc.integer({ min: 1, max: 6 }),
      age: fc.integer({ min: 0, max: 200 }),
      pickedUp: fc.boolean(),
      reached: fc.option(fc.boolean(), { nil: undefined }),
      naturalPerson: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i): HistoryEntry => {
      const partner = PARTNERS[r.partner] as (typeof PARTNERS)[number];
      const month = `2026-${String(10 - r.monthsAgo).padStart(2, '0')}`;
      const signalDate = asIsoDate(`${month}-25`);
      return {
        month: asIsoMonth(month),
        signalId: asSignalId(`H-${i}`),
        partnerId: asPartnerId(partner.id),
        householdKey: HouseholdKeySchema.parse(`7411AB ${r.house}`),
        sector: partner.sector,
        kind: 'early',
        signalDate,
        arrearSince: day(Date.parse(`${signalDate}T00:00:00Z`), r.age),
        amountCents: asCents(5_000 + i),
        naturalPerson: r.naturalPerson,
        pickedUp: r.pickedUp,
        ...(r.reached === undefined ? {} : { reached: r.reached }),
      };
    }),
  );
