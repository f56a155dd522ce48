// Test-only builders of signals and cases for intake tests.
import type { Signal } from '@signaalreis/core';
import type { IntakeCaseInput, IntakeCaseSignal } from '../index';

export const signal = (over: Partial<Signal> & { id?: string } = {}): Signal => {
  const { id, ...rest } = over;
  return {
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
  };
};

export const caseSignal = (s: Signal, over: Partial<IntakeCaseSignal> = {}): IntakeCaseSignal => ({
  signal: s,
  window: 'inside',
  windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' },
  ...over,
});

export const aCase = (signals: IntakeCaseSignal[], over: Partial<IntakeCaseInput> = {}): IntakeCaseInput => ({
  caseId: 'C1',
  householdKey: '7411AB 12',
  forwarded: true,
  signals,
  ...over,
});
