// The arrears process of the synthetic population (issue 16): one arrear per household and sector
// at a time, arising and running its course month by month at the partner — terms, reminders,
// personal contact, arrangements, bailiff, end of supply — until it is paid or leaves the ledger.
// It never looks at criteria: every scenario sees the same arrears (common random numbers).

import { epochDay, isoFromEpochDay } from '../../calendar/epoch-day';
import { addWorkingDays } from '../../calendar/working-days';
import type { IsoDate } from '../../model/iso-date';
import type { LegalForm } from '../../model/person';
import { draw, keyedGenerator, type RandomGenerator } from '../random';
import type { PopulationSector, PopulationSectorParameters } from './parameters';

/** One open arrear (internal state; dates as days since 1970-01-01). */
export interface Arrear {
  household: number;
  sector: PopulationSector;
  partner: number;
  legalForm: LegalForm;
  rng: RandomGenerator;
  term: number;
  dueDay: number;
  ownRisk: number;
  terms: number;
  amount: number;
  oldest: number;
  newest: number;
  months: number;
  reminders: number;
  contact: boolean;
  pointed: boolean;
  objects: boolean;
  debtArrangement: boolean;
  arrangement: 'none' | 'running-kept' | 'running-broken';
  bailiff: boolean;
  /** Energy: the day supply ends (an end-of-supply date), once the supplier decided. */
  supplyEnd: number | undefined;
}

/** How an arrear's month went. */
export type ArrearStep = 'open' | 'resolved' | 'closed';

/** Days since 1970-01-01 of day `day` of a month `YYYY-MM`. */
export const dayOf = (month: string, day: number): number =>
  epochDay(`${month}-${String(day).padStart(2, '0')}`);

const REMINDER_AFTER_DAYS = 14; // project default: a written reminder 14 days after a due date (afsluitregeling-2023: terms of at least 14 days)
const MAX_REMINDERS = 12;

/** Picks an index by weights with a uniform number. */
export function pickWeighted(weights: readonly number[], u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let at = u * total;
  for (let i = 0; i < weights.length; i++) {
    at -= weights[i] as number;
    if (at < 0) return i;
  }
  return weights.length - 1;
}

/**
 * A new arrear: its first unpaid term falls due in the month that starts on day `monthStart`, before the ledger day `ledger`. Its
 * stream is keyed by the run, the household, the sector and the month it arose.
 */
export function newArrear(
  key: string,
  household: number,
  sector: PopulationSector,
  monthStart: number,
  ledger: number,
  p: PopulationSectorParameters,
  legalForm: LegalForm,
  partner: number,
): Arrear {
  const rng = keyedGenerator(key);
  const next = () => draw(rng);
  const { termCents, dueDay, ownRisk } = p.amounts;
  const term = Math.round(termCents.min + next() * (termCents.max - termCents.min));
  const day = dueDay.from + Math.floor(next() * (dueDay.to - dueDay.from + 1));
  const risk = ownRisk !== undefined && next() < ownRisk.probability ? ownRisk.cents : 0;
  const objects = next() < p.exclusions.objects;
  const debtArrangement = next() < p.exclusions.debtArrangement;
  const due = monthStart + day - 1;
  return {
    household,
    sector,
    partner,
    legalForm,
    rng,
    term,
    dueDay: day,
    ownRisk: risk,
    terms: 1,
    amount: term + risk,
    oldest: due,
    newest: due,
    months: 0,
    reminders: ledger - due >= REMINDER_AFTER_DAYS ? 1 : 0,
    contact: false,
    pointed: false,
    objects,
    debtArrangement,
    arrangement: 'none',
    bailiff: false,
    supplyEnd: undefined,
  };
}

/**
 * Runs one month of an arrear's course up to the ledger day `ledger` of the month starting on `monthStart`. Always draws the
 * same count of numbers, so one branch never shifts the next month's draws.
 */
export function stepArrear(
  a: Arrear,
  monthStart: number,
  ledger: number,
  p: PopulationSectorParameters,
): ArrearStep {
  const r = a.rng;
  const u0 = draw(r);
  const u1 = draw(r);
  const u2 = draw(r);
  const u3 = draw(r);
  const u4 = draw(r);
  const u5 = draw(r);
  const u6 = draw(r);
  a.months++;
  const { course, collection, ending } = p;
  if (a.supplyEnd !== undefined && a.supplyEnd <= ledger) return 'closed';
  if (ending.closeAfterTerms !== undefined && a.terms >= ending.closeAfterTerms) return 'closed';
  if (a.months >= ending.maxMonths) return 'closed';
  const resolve = course.resolveByMonth[Math.min(a.months, course.resolveByMonth.length) - 1] ?? 0;
  if (u0 < resolve) return 'resolved';
  if (a.arrangement !== 'running-kept' && u1 < course.moreTerms) {
    a.terms++;
    a.amount += a.term;
    a.newest = monthStart + a.dueDay - 1;
  }
  a.reminders = Math.min(MAX_REMINDERS, a.reminders + 1);
  if (a.reminders >= 1) {
    a.contact ||= u2 < collection.personalContact;
    a.pointed ||= u3 < collection.pointedToDebtHelp;
  }
  if (a.arrangement === 'none' && !a.bailiff && u4 < collection.arrangementStart)
    a.arrangement = 'running-kept';
  else if (a.arrangement === 'running-kept' && u4 < collection.arrangementBreak)
    a.arrangement = 'running-broken';
  if (
    a.months >= collection.bailiffAfterMonths &&
    a.arrangement !== 'running-kept' &&
    u5 < collection.bailiffPerMonth
  )
    a.bailiff = true;
  const eos = collection.endOfSupplyPerMonth;
  if (
    eos !== undefined &&
    a.supplyEnd === undefined &&
    a.reminders >= 3 &&
    a.contact &&
    a.arrangement !== 'running-kept' &&
    u6 < eos
  )
    // afsluitregeling-2023: the end-of-supply signal at least 20 working days before supply ends
    a.supplyEnd = epochDay(addWorkingDays(isoFromEpochDay(ledger), 20));
  return 'open';
}

/** The ISO date of a day number. */
export const isoOf = (day: number): IsoDate => isoFromEpochDay(day);
