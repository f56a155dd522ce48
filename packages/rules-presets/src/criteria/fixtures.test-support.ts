// Test-only helpers: ledger rows relative to an evaluation date, and a one-call evaluation.
import {
  asCents,
  asIsoDate,
  asPartnerId,
  type CriteriaEvaluation,
  evaluateCriteria,
  type IsoDate,
  type LedgerRow,
} from '@signaalreis/core';
import { type CriteriaPresetId, criteriaPreset } from './index';

const DAY_MS = 86_400_000;
/** `iso` plus `n` calendar days (plain UTC arithmetic, independent of the code under test). */
export const plusDays = (iso: string, n: number): IsoDate =>
  asIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10));

export const ON = asIsoDate('2026-10-20');

/** A valid row on `ON` whose oldest claim is `age` days overdue (newest: `newestAge`, default the same). */
export const row = (
  over: Partial<LedgerRow> & { age?: number; newestAge?: number } = {},
  on = ON,
): LedgerRow => {
  const { age = 40, newestAge, ...rest } = over;
  const unpaidTerms = rest.unpaidTerms ?? 2;
  return {
    customerId: 'K-1',
    partnerId: asPartnerId('partner'),
    sector: 'energy',
    amountOpenCents: asCents(20000),
    unpaidTerms,
    oldestDueDate: plusDays(on, -age),
    newestDueDate: plusDays(on, -(newestAge ?? (unpaidTerms === 1 ? age : Math.min(age, 10)))),
    remindersSent: 2,
    personalContactTried: true,
    pointedToDebtHelp: true,
    objectsToSharing: false,
    paymentArrangement: 'none',
    inDebtArrangement: false,
    atBailiff: false,
    currentCustomer: true,
    legalForm: 'individual',
    ...rest,
  };
};

/** Evaluates a preset; throws on issues (the rows here are meant to be valid). */
export const decide = (id: CriteriaPresetId, r: LedgerRow, on = ON): CriteriaEvaluation => {
  const table = criteriaPreset(id);
  if (!table.ok) throw new Error(`no preset ${id}`);
  const result = evaluateCriteria(table.value, r, on);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};
