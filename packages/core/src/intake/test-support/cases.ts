// Test-only builders of signals and matched cases for intake tests. Literals are validated (see
// matching/test-support), so every value is branded; a case is a MatchedJourney as matching makes one.
import {
  arrearAgeDays,
  asCaseId,
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  type Case,
  type CaseSignal,
  DEFAULT_INTAKE_CONFIG,
  type IntakeConfig,
  type IntakeDecision,
  type IntakeLookups,
  intakeCase,
  type MatchedJourney,
  type Signal,
  SignalSchema,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { totalsOf } from '../../matching/case-facts';
import { type Loose, parsed } from '../../matching/test-support/signals';

export const signal = (over: Partial<Loose<Signal>> & { id?: string } = {}): Signal => {
  const { id, ...rest } = over;
  return parsed(SignalSchema, {
    signalId: id ?? 'S1',
    partner: { id: 'WB-A', name: 'Woonstichting A', sector: 'rent' },
    kind: 'early',
    signalDate: '2026-10-26',
    arrearSince: '2026-08-01',
    amountCents: 31_250,
    person: { initials: 'J.', surname: 'Jansen', birthDate: '1980-05-17', legalForm: 'individual' },
    address: { postcode: '7411AB', houseNumber: 12 },
    contact: {},
    ...rest,
  });
};

/** A signal as part of a case: inside a 0–100 day window unless `over` says otherwise. */
export const caseSignal = (s: Signal, over: Partial<CaseSignal> = {}): CaseSignal => {
  const window = over.window ?? 'inside';
  return {
    signal: s,
    ageDays: arrearAgeDays(s.arrearSince, s.signalDate),
    window,
    windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' },
    countsForMatch: window === 'inside',
    ...over,
  };
};

/** The journey of case `2026-10-0001` (household `7411AB 12`, October 2026) with these signals, forwarded. */
export const aCase = (signals: CaseSignal[], over: Partial<Case> = {}): MatchedJourney => ({
  caseId: asCaseId('2026-10-0001'),
  match: {
    month: asIsoMonth('2026-10'),
    householdKey: asHouseholdKey('7411AB 12'),
    address: { postcode: '7411AB', houseNumber: 12 },
    signals,
    isMatch: false,
    matchPartners: [],
    matchPartnersFromPreviousMonth: [],
    matchSource: 'test',
    forwarded: true,
    rank: 1,
    totals: totalsOf(signals),
    issues: [],
    manualReview: false,
    ...over,
  },
});

/** The decision date of the intake tests. */
export const DATE = asIsoDate('2026-10-27');

/** The intake section intakeCase adds on DATE; the result must be a value that adds only that section. */
export async function decide(
  j: MatchedJourney,
  config: IntakeConfig,
  lookups: IntakeLookups = {},
): Promise<IntakeDecision> {
  const r = await intakeCase(j, config, DATE, lookups);
  if (!r.ok) throw new Error(`intakeCase failed: ${JSON.stringify(r.issues)}`);
  expect(r.value).toEqual({ ...j, intake: r.value.intake });
  return r.value.intake;
}

/** The default configuration with the register check on. */
export const withRegister = (
  onMismatch: 'not-picked-up' | 'manual-review' = 'not-picked-up',
): IntakeConfig => ({
  ...DEFAULT_INTAKE_CONFIG,
  registerCheck: { enabled: true, onMismatch, onUncertain: 'manual-review' },
});
