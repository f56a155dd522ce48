// The cases (`vroegsignaalzaken`) of one DDAS levering, read against its signals: which signals each
// case has (one household), its month, matching date, pick-up date, contact attempts and result.
import {
  type DdasCaseResult,
  type HouseholdKey,
  type IsoDate,
  type IsoMonth,
  type Issue,
  type IssuePath,
  issue,
  monthOf,
  parseIsoDate,
} from '@signaalreis/core';
import { monthBounds } from './export-case';
import type { ImportedAttempt } from './import-record';
import type { ImportedSignal, SharedStrings, SignalImport } from './import-signals';
import { DDAS_MESSAGES as M } from './messages';
import type { DdasContactpoging, DdasVroegsignaalzaak } from './types';

/** One DDAS case as read: its household, month and signals, and what it says of the lifecycle. */
export interface ReadZaak {
  at: IssuePath;
  householdKey: HouseholdKey;
  month: IsoMonth;
  signals: ImportedSignal[];
  /** `matchingsdatum`, or else the latest signal date of the case. */
  matchedOn: IsoDate;
  pickedUp?: IsoDate;
  attempts: ImportedAttempt[];
  result?: DdasCaseResult;
}

/** What the cases of one levering gave. */
export interface ReadZaken {
  zaken: ReadZaak[];
  /** Imported signals that no case refers to. */
  leftover: ImportedSignal[];
  errors: Issue[];
  counts: { periodNotMonth: number; attemptsDropped: number; attemptsUnknownKind: number };
}

const latest = (dates: readonly IsoDate[]): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);

/** A DDAS date field, checked against the project's calendar; an error when it lies outside. */
function dateField(
  value: string | undefined,
  field: string,
  at: IssuePath,
  errors: Issue[],
  shared?: SharedStrings,
): IsoDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parseIsoDate(value);
  if (parsed.ok) return shared ? shared.of(parsed.value) : parsed.value;
  errors.push(issue('ddas_date_outside', [...at, field], M.dateOutside(field)));
  return undefined;
}

/** The contact attempts of a case; one without date, `bereikt` or part of day is left out (counted). */
function readAttempts(
  list: readonly DdasContactpoging[],
  at: IssuePath,
  errors: Issue[],
  counts: ReadZaken['counts'],
  shared: SharedStrings,
): ImportedAttempt[] {
  return list.flatMap((p, k) => {
    const here = [...at, 'contactpogingen', k];
    const date = dateField(p.datum, 'datum', here, errors, shared);
    if (date === undefined || p.bereikt === undefined || p.dagdeel === undefined) {
      if (p.datum === undefined || p.bereikt === undefined || p.dagdeel === undefined)
        counts.attemptsDropped += 1;
      return [];
    }
    if (p.soort === undefined) counts.attemptsUnknownKind += 1;
    const kind = shared.of(p.soort ?? 'Onbekend');
    return [{ kind, reached: p.bereikt, date, partOfDay: shared.of(p.dagdeel), at: here }];
  });
}

/** The signals one case refers to; errors for an unknown ID, a signal of another case, no signals. */
function caseSignals(
  z: DdasVroegsignaalzaak,
  at: IssuePath,
  signals: SignalImport,
  index: number,
  errors: Issue[],
): ImportedSignal[] {
  const refs = z.vroegsignalen ?? [];
  if (refs.length === 0)
    errors.push(issue('ddas_case_without_signals', [...at, 'vroegsignalen'], M.noSignals));
  return refs.flatMap((ref, k) => {
    const here = [...at, 'vroegsignalen', k, 'ID'];
    const known = signals.has(ref.ID);
    const before = signals.claim(ref.ID, index);
    if (before !== undefined) {
      errors.push(issue('ddas_signal_in_two_cases', here, M.refTwice(ref.ID, before)));
      return [];
    }
    const found = signals.take(ref.ID);
    // a signal that is in the delivery but could not be read has its own error already
    if (found === undefined && !known) errors.push(issue('ddas_unknown_signal', here, M.unknownRef(ref.ID)));
    return found ? [found] : [];
  });
}

/**
 * Reads the cases of one levering (at `at`) against its signals, one at a time
 * ({@link ZakenRead.add}, after every signal was read), then {@link ZakenRead.finish}. A case is one
 * household in one month: the month of the start of its matching period (else of its matching
 * date, else of its latest signal date); a matching period that is not that calendar month is
 * counted.
 */
export class ZakenRead {
  private readonly out: ReadZaken = {
    zaken: [],
    leftover: [],
    errors: [],
    counts: { periodNotMonth: 0, attemptsDropped: 0, attemptsUnknownKind: 0 },
  };
  /** `signals`: the levering's signals as read (each taken by the case that refers to it). */
  constructor(
    private readonly signals: SignalImport,
    private readonly at: IssuePath,
  ) {}

  /** The levering's case at index `j`. */
  add(z: DdasVroegsignaalzaak, j: number): void {
    const out = this.out;
    const here = [...this.at, 'vroegsignaalzaken', j];
    const errors: Issue[] = [];
    const own = caseSignals(z, here, this.signals, j, errors);
    const keys = new Set(own.map((s) => s.householdKey));
    if (keys.size > 1)
      errors.push(issue('ddas_case_two_households', [...here, 'vroegsignalen'], M.twoHouseholds));
    const shared = this.signals.shared;
    const matched = dateField(z.matchingsdatum, 'matchingsdatum', here, errors, shared);
    const start = dateField(z.startdatumMatchingperiode, 'startdatumMatchingperiode', here, errors, shared);
    const end = dateField(z.einddatumMatchingperiode, 'einddatumMatchingperiode', here, errors, shared);
    const pickedUp = dateField(z.datumOpgepakt, 'datumOpgepakt', here, errors, shared);
    const attempts = readAttempts(z.contactpogingen ?? [], here, errors, out.counts, shared);
    out.errors.push(...errors);
    const [first] = own;
    const matchedOn = matched ?? latest(own.map((s) => s.signal.signalDate));
    if (errors.length > 0 || first === undefined || matchedOn === undefined) return;
    const month = shared.of(monthOf(start ?? matchedOn));
    const bounds = monthBounds(month);
    if ((start !== undefined && start !== bounds.first) || (end !== undefined && end !== bounds.last))
      out.counts.periodNotMonth += 1;
    out.zaken.push({
      at: here,
      householdKey: first.householdKey,
      month,
      signals: own,
      matchedOn,
      ...(pickedUp === undefined ? {} : { pickedUp }),
      attempts,
      ...(z.resultaat === undefined ? {} : { result: z.resultaat }),
    });
  }

  /** The cases read, and the signals that no case refers to. */
  finish(): ReadZaken {
    this.out.leftover = [...this.signals.byId.values()]; // those no case took
    return this.out;
  }
}
