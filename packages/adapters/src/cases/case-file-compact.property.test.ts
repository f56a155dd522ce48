// The compact case file (format 3, issue 14) leaves out what a case derives from the rest of it.
// For any month — matches, businesses, crisis cases, history with recidive and repeats — what is
// written and read back must be the full form again (all but the intake explanation, which is not
// kept), and history for next month must be exactly what the full form gives.
import { fc, test } from '@fast-check/vitest';
import {
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type HistoryEntry,
  HouseholdKeySchema,
  runMonth,
  type Sector,
  type Signal,
  type SignalKind,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { historyFromCaseFile, readCaseFile, toCaseFile } from './case-file';
import { caseFilePieces, caseFileText } from './case-file-text';
import { plannedCase, plannedCaseFile } from './run-output';

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
const signalsArb: fc.Arbitrary<Signal[]> = fc
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
const historyArb: fc.Arbitrary<HistoryEntry[]> = fc
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

const withoutExplanation = <T extends { explanation?: unknown }>({ explanation: _e, ...rest }: T) => rest;
const month = asIsoMonth('2026-10');

describe('the compact case file', () => {
  test.prop([signalsArb, historyArb, fc.constantFrom('type-small', 'type-medium', 'type-large')], {
    numRuns: 40,
  })(
    "written and read back is the run's full form (all but the explanation), and the same history",
    async (signals, history, presetId) => {
      const preset = okValue(municipalityPreset(presetId));
      const planned = okValue(await runPresetMonth(preset, { month, signals, history }));
      const full = plannedCaseFile(planned, presetId);
      const text = caseFileText(full);
      const read = okValue(readCaseFile(JSON.parse(text)));
      expect(read.cases).toEqual(full.cases.map(withoutExplanation));
      expect(historyFromCaseFile(read)).toEqual(historyFromCaseFile(full));
      // what `signaalreis run` writes, a case at a time, is the same text
      const { cases: _c, format: _f, ...head } = full;
      expect([...caseFilePieces(head, planned.journeys.map(plannedCase))].join('')).toBe(text);
      // one case a line, and smaller than the full form
      expect(text.split('\n').length).toBe(full.cases.length + 9);
      expect(text.length).toBeLessThan(JSON.stringify(full, null, 2).length);
    },
  );

  test.prop([signalsArb, historyArb], { numRuns: 30 })(
    "match's case file (no contact plan) comes back whole too",
    async (signals, history) => {
      const full = toCaseFile(okValue(await runMonth({ month, signals, history })), 'national-baseline');
      const read = okValue(readCaseFile(JSON.parse(caseFileText(full))));
      expect(read.cases).toEqual(full.cases.map(withoutExplanation));
      expect(historyFromCaseFile(read)).toEqual(historyFromCaseFile(full));
    },
  );
});
