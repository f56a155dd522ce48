// The signals of one DDAS levering as case-file signals, each with its household key. What a signal
// needs and DDAS leaves optional (amount, dates, partner type) is required here; what signaalreis
// cannot keep (a BSN, gender, birth date, a partner type without a sector) is counted and reported.
import {
  arrearAgeDays,
  asCents,
  DEFAULT_MATCHING_CONFIG,
  type HouseholdKey,
  type Issue,
  type IssuePath,
  issue,
  type PartnerId,
  parseIsoDate,
  parsePartnerId,
  parseSignalId,
  windowFor,
} from '@signaalreis/core';
import type { CaseFileCase } from '../cases/case-file';
import { householdKeyOfClient } from './client';
import { DDAS_MESSAGES as M } from './messages';
import type { DdasVroegsignaal } from './types';
import { kindFromDdas } from './vocabulary';

/** A signal of a case file. */
export type FileSignal = CaseFileCase['signals'][number];

/** One imported signal: the case-file signal and its household. */
export interface ImportedSignal {
  signal: FileSignal;
  householdKey: HouseholdKey;
}

/**
 * One string for each value that many signals and cases share — dates, months, statuses, partner
 * types: a levering of a million signals holds each once instead of a copy per signal (issue 14: the
 * national year in one levering held ~0.8 GB while its case files were made).
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();
  /** `value`, or the equal string kept before it. */
  of<T extends string>(value: T): T {
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept as T;
    this.strings.set(value, value);
    return value;
  }
}

/** What the signals of one levering gave: signals by ID, errors, and what was not kept (counted). */
export interface ImportedSignals {
  byId: Map<string, ImportedSignal>;
  errors: Issue[];
  notKept: { partnerTypes: Map<string, number>; flags: number; personData: number };
}

/** The partner id of signals of a DDAS partner type: DDAS names no partner, only its type. */
const partnerIdOf = (type: string): PartnerId => {
  const id = parsePartnerId(`ddas-${type.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  if (!id.ok) throw new Error(`unreachable: every DDAS partner type makes a partner id (${type})`);
  return id.value;
};

/** The arrear-age window of the project's default matching rules (the case file shows it). */
function windowOf(signal: Pick<FileSignal, 'sector' | 'signalDate' | 'ageDays'>): FileSignal['window'] {
  const rule = windowFor(DEFAULT_MATCHING_CONFIG, signal.sector, signal.signalDate);
  if (rule === undefined) return 'inside';
  if (signal.ageDays < rule.minAgeDays) return 'too-young';
  return signal.ageDays > rule.maxAgeDays ? 'too-old' : 'inside';
}

/** One DDAS signal as a case-file signal, or the errors that prevent it. */
function importSignal(
  s: DdasVroegsignaal,
  at: IssuePath,
  out: ImportedSignals,
  shared: SharedStrings,
): ImportedSignal | undefined {
  const errors: Issue[] = [];
  const id = parseSignalId(s.ID);
  if (!id.ok) errors.push(...id.issues.map((i) => ({ ...i, path: [...at, 'ID'] })));
  const key = householdKeyOfClient(s.client);
  if (key === undefined) {
    const bsnOnly = s.client.burgerservicenummer !== undefined;
    errors.push(
      issue(
        bsnOnly ? 'ddas_client_bsn_only' : 'ddas_client_address',
        [...at, 'client'],
        bsnOnly ? M.bsnOnly : M.badAddress,
      ),
    );
  }
  const date = (field: 'ontstaansdatum' | 'signaaldatum', why: typeof M.needDate) => {
    const value = s[field];
    if (value === undefined) {
      errors.push(issue('ddas_missing', [...at, field], M.missing(field, why)));
      return undefined;
    }
    const parsed = parseIsoDate(value);
    if (!parsed.ok) errors.push(issue('ddas_date_outside', [...at, field], M.dateOutside(field)));
    return parsed.ok ? shared.of(parsed.value) : undefined;
  };
  const arrearSince = date('ontstaansdatum', M.needDate);
  const signalDate = date('signaaldatum', M.needSignalDate);
  if (s.bedrag === undefined)
    errors.push(issue('ddas_missing', [...at, 'bedrag'], M.missing('bedrag', M.needAmount)));
  else if (s.bedrag < 1 || !Number.isSafeInteger(s.bedrag * 100))
    errors.push(issue('ddas_bad_amount', [...at, 'bedrag'], M.badAmount));
  const type = s.signaalpartner.type;
  if (type === undefined)
    errors.push(
      issue('ddas_missing', [...at, 'signaalpartner', 'type'], M.missing('signaalpartner.type', M.needType)),
    );
  out.errors.push(...errors);
  if (errors.length > 0 || !id.ok || !key || !arrearSince || !signalDate || s.bedrag === undefined || !type)
    return undefined;

  const { sector, kind, lost } = kindFromDdas(type, s);
  if (lost.includes('partner-type'))
    out.notKept.partnerTypes.set(type, (out.notKept.partnerTypes.get(type) ?? 0) + 1);
  if (lost.some((l) => l !== 'partner-type')) out.notKept.flags += 1;
  if (s.client.geslachtsaanduiding !== undefined || s.client.geboortedatum !== undefined)
    out.notKept.personData += 1;
  const ageDays = arrearAgeDays(arrearSince, signalDate);
  const signal: FileSignal = {
    signalId: id.value,
    partnerId: shared.of(partnerIdOf(type)),
    sector,
    kind,
    signalDate,
    arrearSince,
    amountCents: asCents(s.bedrag * 100) as FileSignal['amountCents'],
    ageDays,
    window: windowOf({ sector, signalDate, ageDays }),
    naturalPerson: true,
    signalStatus: shared.of(s.status ?? 'Nog niet opgepakt'),
  };
  return { signal, householdKey: key };
}

/**
 * The signals of one levering (at `at`), by ID, read one at a time ({@link SignalImport.add}): a
 * delivery read in parts hands them over as they come. Every signal is read; problems are
 * collected, so that one run lists them all. A signal ID twice is an error (cases refer to signals
 * by ID).
 */
export class SignalImport implements ImportedSignals {
  readonly byId = new Map<string, ImportedSignal>();
  readonly errors: Issue[] = [];
  readonly notKept = { partnerTypes: new Map<string, number>(), flags: 0, personData: 0 };
  /**
   * Each signal ID of the levering, read or not, and each ID a case refers to: the signal's index
   * (≥ 0), or, once a case claimed it, -1 - the case's index (one map for both: a national levering
   * holds a million IDs).
   */
  private readonly first = new Map<string, number>();
  /** The strings the levering's signals and cases share. */
  readonly shared = new SharedStrings();
  constructor(private readonly at: IssuePath) {}

  /** Whether the levering holds a signal with this ID, also one that could not be read. */
  has(id: string): boolean {
    const at = this.first.get(id);
    return at !== undefined && at >= 0;
  }

  /**
   * The ID claimed by the case at index `j` (once every signal was added): the index of the case
   * that claimed it before, or undefined (also for an ID the levering does not hold).
   */
  claim(id: string, j: number): number | undefined {
    const at = this.first.get(id);
    if (at !== undefined && at < 0) return -1 - at;
    this.first.set(id, -1 - j);
    return undefined;
  }

  /** The signal with this ID, taken out of {@link SignalImport.byId} (which keeps those no case took). */
  take(id: string): ImportedSignal | undefined {
    const found = this.byId.get(id);
    this.byId.delete(id);
    return found;
  }

  /** The levering's signal at index `i`. */
  add(s: DdasVroegsignaal, i: number): void {
    const here = [...this.at, 'vroegsignalen', i];
    const before = this.first.get(s.ID);
    if (before !== undefined) {
      this.errors.push(issue('ddas_signal_twice', [...here, 'ID'], M.idTwice(s.ID, before)));
      return;
    }
    this.first.set(s.ID, i);
    const imported = importSignal(s, here, this, this.shared);
    if (imported) this.byId.set(s.ID, imported);
  }
}
