// The facts of a ledger row, fast (issue 16): the same values as criteriaFacts of core/criteria,
// written into one reused object — a national month evaluates hundreds of thousands of rows.
// facts.test.ts holds the two together on every row of simulated months.
import { HOLIDAY_YEARS } from '../../calendar/holidays';
import { workingDaysBetween } from '../../calendar/working-days';
import type { LedgerRow } from '../../criteria/ledger-row';
import type { IsoDate } from '../../model/iso-date';
import { isNaturalPerson } from '../../model/person';
import type { DayCache } from './day-cache';

/** A facts object with every key of `criteriaFacts` (undefined: a missing fact). */
export const newFacts = (): Record<string, unknown> => ({
  sector: undefined,
  amountOpen: undefined,
  unpaidTerms: undefined,
  arrearAgeDays: undefined,
  newestArrearAgeDays: undefined,
  oldestDueDate: undefined,
  newestDueDate: undefined,
  remindersSent: undefined,
  personalContactTried: undefined,
  pointedToDebtHelp: undefined,
  objectsToSharing: undefined,
  paymentArrangement: undefined,
  inDebtArrangement: undefined,
  atBailiff: undefined,
  currentCustomer: undefined,
  legalForm: undefined,
  naturalPerson: undefined,
  premiumOpen: undefined,
  ownRiskOpen: undefined,
  daysToContractEnd: undefined,
});

const inYears = (iso: string): boolean => {
  const y = Number(iso.slice(0, 4));
  return y >= HOLIDAY_YEARS.from && y <= HOLIDAY_YEARS.to;
};

/**
 * Writes the facts of `row` on `on` into `facts` (as criteriaFacts computes them); false when
 * criteriaFacts would fail (a contract end outside the working-day calendar).
 */
export function factsInto(
  facts: Record<string, unknown>,
  row: LedgerRow,
  on: IsoDate,
  days: DayCache,
): boolean {
  const end = row.contractEndDate;
  if (end !== undefined && !(inYears(on) && inYears(end))) return false;
  const today = days.day(on);
  facts.sector = row.sector;
  facts.amountOpen = row.amountOpenCents;
  facts.unpaidTerms = row.unpaidTerms;
  facts.arrearAgeDays = today - days.day(row.oldestDueDate);
  facts.newestArrearAgeDays = today - days.day(row.newestDueDate);
  facts.oldestDueDate = row.oldestDueDate;
  facts.newestDueDate = row.newestDueDate;
  facts.remindersSent = row.remindersSent;
  facts.personalContactTried = row.personalContactTried;
  facts.pointedToDebtHelp = row.pointedToDebtHelp;
  facts.objectsToSharing = row.objectsToSharing;
  facts.paymentArrangement = row.paymentArrangement;
  facts.inDebtArrangement = row.inDebtArrangement;
  facts.atBailiff = row.atBailiff;
  facts.currentCustomer = row.currentCustomer;
  facts.legalForm = row.legalForm;
  facts.naturalPerson = isNaturalPerson(row.legalForm);
  facts.premiumOpen = row.premiumCents;
  facts.ownRiskOpen = row.ownRiskCents;
  facts.daysToContractEnd = end === undefined ? undefined : workingDaysBetween(on, end);
  return true;
}
