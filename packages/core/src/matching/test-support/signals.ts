// Test-only builders and arbitraries of signals and history for matching tests. Overrides are
// written as plain literals; the builders validate them with the schemas, so every value they
// return is a checked (branded) Signal or HistoryEntry — a bad literal in a test throws at once.
import { type HistoryEntry, HistoryEntrySchema, type Signal, SignalSchema } from '@signaalreis/core';
import fc from 'fast-check';
import type * as z from 'zod';

/** A type with its branded ids, dates and cents loosened to plain strings and numbers (for literals). */
export type Loose<T> = T extends string & z.core.$brand
  ? string
  : T extends number & z.core.$brand
    ? number
    : T extends readonly (infer U)[]
      ? Loose<U>[]
      : T extends object
        ? { [K in keyof T]: Loose<T[K]> }
        : T;

/** Parses a literal with a schema; throws (with the issues) when it is not valid: a test bug. */
export function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new TypeError(`test literal does not validate: ${JSON.stringify(r.error.issues)}`);
  return r.data;
}

export const PARTNERS = {
  rent: { id: 'WO-LND', name: 'Woonstichting De Linde', sector: 'rent' },
  energy: { id: 'EN-WKR', name: 'Windkracht Energie', sector: 'energy' },
  energy2: { id: 'EN-PLS', name: 'Polderstroom', sector: 'energy' },
  health: { id: 'ZV-ZLD', name: 'Zorgverzekeraar Zilverlinde', sector: 'health' },
  water: { id: 'WA-OST', name: 'Waterbedrijf Oostland', sector: 'water' },
} as const;

type PartnerName = keyof typeof PARTNERS;

/** A valid October signal; `over` changes anything, `partner` picks one of {@link PARTNERS}. */
export function sig(id: string, partner: PartnerName, over: Partial<Loose<Signal>> = {}): Signal {
  return parsed(SignalSchema, {
    signalId: id,
    partner: { ...PARTNERS[partner] },
    kind: 'early',
    signalDate: '2026-10-26',
    arrearSince: '2026-08-20',
    amountCents: 25_000,
    person: { initials: 'J.', surname: 'Jansen', birthDate: '1980-05-17', legalForm: 'individual' },
    address: { postcode: '7411AB', houseNumber: 12 },
    contact: {},
    ...over,
  });
}

/** A history entry of September for the household `7411AB 12`. */
export function past(
  id: string,
  partner: PartnerName,
  over: Partial<Loose<HistoryEntry>> = {},
): HistoryEntry {
  return parsed(HistoryEntrySchema, {
    month: '2026-09',
    signalId: id,
    partnerId: PARTNERS[partner].id,
    householdKey: '7411AB 12',
    sector: PARTNERS[partner].sector,
    kind: 'early',
    signalDate: '2026-09-25',
    arrearSince: '2026-08-01',
    amountCents: 25_000,
    naturalPerson: true,
    pickedUp: true,
    ...over,
  });
}

const names = Object.keys(PARTNERS) as PartnerName[];

/** Random October signals over few households and partners, so matches and repeats occur often. */
export const signalsArb: fc.Arbitrary<Signal[]> = fc
  .array(
    fc.record({
      partner: fc.constantFrom(...names),
      kind: fc.constantFrom('early', 'early', 'end-of-supply', 'eviction'),
      day: fc.integer({ min: 1, max: 31 }),
      age: fc.integer({ min: 0, max: 200 }),
      amountCents: fc.integer({ min: 1, max: 400_000 }),
      houseNumber: fc.integer({ min: 1, max: 5 }),
      legalForm: fc.constantFrom('individual', 'individual', 'individual', 'bv'),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const signalDate = `2026-10-${String(r.day).padStart(2, '0')}`;
      const since = new Date(Date.UTC(2026, 9, r.day) - r.age * 86_400_000).toISOString().slice(0, 10);
      return sig(`S${i}`, r.partner, {
        kind: r.kind as Signal['kind'],
        signalDate,
        arrearSince: since,
        amountCents: r.amountCents,
        person: { surname: 'Jansen', legalForm: r.legalForm as 'individual' | 'bv' },
        address: { postcode: '7411AB', houseNumber: r.houseNumber },
      });
    }),
  );

/** Random history of August and September for the same households. */
export const historyArb: fc.Arbitrary<HistoryEntry[]> = fc
  .array(
    fc.record({
      partner: fc.constantFrom(...names),
      month: fc.constantFrom('2026-08', '2026-09'),
      houseNumber: fc.integer({ min: 1, max: 5 }),
      amountCents: fc.integer({ min: 1, max: 400_000 }),
      pickedUp: fc.boolean(),
      sinceDay: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 20 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      past(`H${i}`, r.partner, {
        month: r.month,
        signalDate: `${r.month}-25`,
        arrearSince: `2026-07-${String(r.sinceDay).padStart(2, '0')}`,
        householdKey: `7411AB ${r.houseNumber}`,
        amountCents: r.amountCents,
        pickedUp: r.pickedUp,
      }),
    ),
  );
