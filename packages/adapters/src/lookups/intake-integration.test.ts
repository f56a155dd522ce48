// The in-memory lookups driving core's intake (signaalreis-2023 scenarios of BRP fall-out).
import {
  arrearAgeDays,
  asCaseId,
  asCents,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  DEFAULT_INTAKE_CONFIG,
  householdKey,
  type IntakeConfig,
  intakeCase,
  type MatchedJourney,
  type Signal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { brpCsv, brpRow, shvCsv } from './fixtures.test-support';
import { InMemoryDebtAssistanceRegister, InMemoryPopulationRegister } from './index';

const config: IntakeConfig = {
  ...DEFAULT_INTAKE_CONFIG,
  floor: { defaultCents: 10_000, bySector: { water: 0 }, source: 'signaalreis-2023' },
  registerCheck: { enabled: true, onMismatch: 'not-picked-up', onUncertain: 'manual-review' },
  debtAssistanceCheck: { enabled: true },
};
const brp = okValue(
  InMemoryPopulationRegister.fromCsv(
    brpCsv([
      brpRow({ bsn: '', surname: 'Ali', initials: 'H', birth_date: '1991-07-08', house_number: '2' }),
      brpRow({ bsn: '', surname: 'Tesfay', initials: 'M', birth_date: '1988-11-30', house_number: '4' }),
      brpRow({
        bsn: '',
        surname: 'Visser',
        initials: 'P',
        birth_date: '1970-02-03',
        postcode: '7411CD',
        house_number: '9',
      }),
      brpRow({
        bsn: '',
        surname: 'Smit',
        initials: 'A',
        birth_date: '1940-06-06',
        house_number: '8',
        deceased: 'ja',
      }),
      brpRow({ bsn: '', surname: 'Bos', initials: 'K', birth_date: '1985-09-09', house_number: '10' }),
    ]),
  ),
);
const shv = okValue(
  InMemoryDebtAssistanceRegister.fromCsv(
    shvCsv([{ postcode: '7411AB', house_number: '10', surname: 'Bos' }]),
  ),
);

const sig = (houseNumber: number, person: Signal['person'], over: Partial<Signal> = {}): Signal => ({
  signalId: asSignalId(`S${houseNumber}`),
  partner: { id: asPartnerId('WB-A'), name: 'Woonstichting A', sector: 'rent' },
  kind: 'early',
  signalDate: asIsoDate('2026-10-26'),
  arrearSince: asIsoDate('2026-08-01'),
  amountCents: asCents(45_000),
  person,
  address: { postcode: '7411AB', houseNumber },
  contact: {},
  ...over,
});
/** The journey of a forwarded one-signal case, as matching makes one. */
const journeyOf = (s: Signal): MatchedJourney => ({
  caseId: asCaseId(`2026-10-${s.signalId.replace(/\D/g, '').padStart(4, '0')}`),
  match: {
    month: asIsoMonth('2026-10'),
    householdKey: householdKey(s.address),
    address: s.address,
    signals: [
      {
        signal: s,
        ageDays: arrearAgeDays(s.arrearSince, s.signalDate),
        window: 'inside',
        windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' },
        countsForMatch: true,
      },
    ],
    isMatch: false,
    matchPartners: [],
    matchPartnersFromPreviousMonth: [],
    matchSource: 'test',
    forwarded: true,
    rank: 1,
    totals: {
      signalCount: 1,
      distinctPartners: 1,
      totalAmountCents: s.amountCents,
      largestAmountCents: s.amountCents,
      oldestArrearSince: s.arrearSince,
      sectors: [s.partner.sector],
      kinds: [s.kind],
    },
    issues: [],
    manualReview: false,
  },
});
/** Intake's decision for one signal's case, with both in-memory lookups. */
const run = async (s: Signal) => {
  const r = await intakeCase(journeyOf(s), config, asIsoDate('2026-10-27'), {
    register: brp.register,
    debtAssistance: shv.register,
  });
  return okValue(r).intake;
};

describe('intake with in-memory lookups', () => {
  it('loads the fixtures without issues', () => {
    expect([...brp.issues, ...shv.issues]).toEqual([]);
  });
  it('picks up swapped first name and surname when the birth date agrees (signaalreis-2023)', async () => {
    const d = await run(
      sig(2, {
        surname: 'Hassan',
        initials: 'A.',
        birthDate: asIsoDate('1991-07-08'),
        legalForm: 'individual',
      }),
    );
    expect(d.signalStatus).toBe('Opgepakt');
  });
  it('picks up a resident whose birth date is the placeholder 1-1-2000 (signaalreis-2023)', async () => {
    const d = await run(
      sig(4, {
        surname: 'Tesfay',
        initials: 'M.',
        birthDate: asIsoDate('2000-01-01'),
        legalForm: 'individual',
      }),
    );
    expect(d.signalStatus).toBe('Opgepakt');
  });
  it('sends an address nobody lives at (a garage box?) to manual review (signaalreis-2023)', async () => {
    const d = await run(sig(6, { surname: 'Mulder', initials: 'R.', legalForm: 'individual' }));
    expect(d).toMatchObject({ signalStatus: 'Nog niet opgepakt', outcome: 'manual-review' });
  });
  it('picks up a person who moved within the municipality (DDAS)', async () => {
    const d = await run(
      sig(12, {
        surname: 'Visser',
        initials: 'P.',
        birthDate: asIsoDate('1970-02-03'),
        legalForm: 'individual',
      }),
    );
    expect(d.signalStatus).toBe('Opgepakt');
    expect(d.reasons[0]?.code).toBe('register_moved_within_municipality');
  });
  it('marks a deceased resident and one known at debt assistance', async () => {
    expect(
      (await run(sig(8, { surname: 'Smit', initials: 'A.', legalForm: 'individual' }))).signalStatus,
    ).toBe('Inwoner is overleden');
    expect(
      (await run(sig(10, { surname: 'Bos', initials: 'K.', legalForm: 'individual' }))).signalStatus,
    ).toBe('Inwoner al bekend bij schuldhulpverlening');
  });
});
