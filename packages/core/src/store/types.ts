// What a case store holds and gives back: plain data with checked ids, dates and codes. No names,
// no addresses beyond the household key, no contact data (docs/store.md, "Personal data").

import type { IntakeOutcome } from '../intake/types';
import type { CaseRecord } from '../lifecycle/record';
import type { HistoryEntry } from '../matching/history';
import type { DdasSignalStatus } from '../model/enums';
import type { CaseId, HouseholdKey, PartnerId, SignalId } from '../model/ids';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { MunicipalityCode } from '../model/municipality-code';
import type { Signal } from '../model/signal';
import type { RetentionCutoffs } from './retention';

/**
 * One signal of a stored month: what matching needs of it next month (a {@link HistoryEntry}
 * without `reached`, which the store takes from its case's record when read) and its case.
 */
export type StoredSignal = Omit<HistoryEntry, 'reached'> & { caseId: CaseId };

/**
 * The case-file entry of a case as JSON (household key, partners, amounts, dates, statuses, the
 * contact plan, explanations): what the case file of the run holds for it, nothing more.
 */
export type StoredCaseData = Readonly<Record<string, unknown>>;

/**
 * One case of a stored month: typed keys for queries, the case as the case file writes it, and
 * its lifecycle record once `feedback` made one.
 */
export interface StoredCase {
  caseId: CaseId;
  householdKey: HouseholdKey;
  /** The DDAS signal status intake gave the case. */
  signalStatus: DdasSignalStatus;
  /** Where intake sent the case. */
  intakeOutcome: IntakeOutcome;
  /** The worklist bucket (routing's bucket for contacted cases, else the intake outcome). */
  worklistBucket: string;
  /** Whether the household was reached before this month (matching's `reachedBefore`), when known. */
  reached?: boolean;
  /** The case as the case file writes it (no names, no contact data). */
  data: StoredCaseData;
  /** The lifecycle record (statuses, attempts, results, timers, audit trail), once there is one. */
  record?: CaseRecord;
  /** The day the record entered a final status of its lifecycle table; retention counts from it. */
  closedOn?: IsoDate;
}

/**
 * A month of one municipality as a run stores it, all in one transaction.
 */
export interface StoredMonth {
  municipality: MunicipalityCode;
  month: IsoMonth;
  /** The id of the municipality preset the month was run with. */
  preset: string;
  /** The day the month was decided on (intake's date). */
  decidedOn: IsoDate;
  cases: StoredCase[];
  signals: StoredSignal[];
}

/**
 * A month of one municipality given to the store in parts (`CaseStore.saveMonthInParts`), still
 * stored in one transaction: each part's cases and their signals, in the month's order, made when
 * the store asks for the part — a national month's cases and signals are then never all in memory
 * as stored values at once.
 *
 * @example
 * ```ts
 * import type { StoredMonth, StoredMonthParts } from '@signaalreis/core/store';
 * declare const whole: StoredMonth;
 * const inTwo: StoredMonthParts = {
 *   ...whole,
 *   parts: [
 *     { cases: whole.cases.slice(0, 100), signals: whole.signals.filter((s) => whole.cases.slice(0, 100).some((c) => c.caseId === s.caseId)) },
 *     { cases: whole.cases.slice(100), signals: whole.signals.filter((s) => whole.cases.slice(100).some((c) => c.caseId === s.caseId)) },
 *   ],
 * }; // stored as `whole` would be: the same rows, the same order
 * ```
 */
export interface StoredMonthParts extends Omit<StoredMonth, 'cases' | 'signals'> {
  /** The parts in the month's order: the cases of each part follow those before, with their signals. */
  parts: Iterable<{ cases: StoredCase[]; signals: StoredSignal[] }>;
}

/**
 * A stored month without its cases: what `months` lists.
 */
export interface StoredMonthSummary {
  municipality: MunicipalityCode;
  month: IsoMonth;
  preset: string;
  decidedOn: IsoDate;
  /** Cases and signals still in the store (fewer after a purge). */
  cases: number;
  signals: number;
  /** When the month was stored (ISO 8601 timestamp of the store's clock). */
  storedAt: string;
}

/**
 * Feedback that was sent to a partner about one of its signals.
 */
export interface FeedbackSent {
  caseId: CaseId;
  partnerId: PartnerId;
  signalId: SignalId;
  /** The partner-visible feedback code (`wants-help`, `not-reached-or-no-help`, …). */
  code: string;
  /** The date of the feedback run that sent it. */
  sentOn: IsoDate;
}

/**
 * A stored case with its month and every feedback sent about it: what `case` returns.
 */
export interface StoredCaseDetail {
  municipality: MunicipalityCode;
  month: IsoMonth;
  case: StoredCase;
  feedback: FeedbackSent[];
}

/**
 * The lifecycle records of a month after a feedback run, and the feedback it sent: stored in one
 * transaction. Only cases of that month and municipality can be updated.
 */
export interface LifecycleUpdate {
  municipality: MunicipalityCode;
  month: IsoMonth;
  /** The date of the feedback run. */
  on: IsoDate;
  records: {
    caseId: CaseId;
    record: CaseRecord;
    closedOn?: IsoDate;
    /**
     * The record as the caller read it (`null`: it had none). When given, the store refuses the
     * whole update with `record_changed` if the stored record is another one by now — someone
     * recorded on the case in between — so that no write is lost.
     */
    expected?: CaseRecord | null;
  }[];
  feedback: FeedbackSent[];
}

/**
 * One case's lifecycle record after a contact attempt or an event, stored with optimistic
 * concurrency: `expected` is the record the change was computed from (`null` when the case had
 * none). The store writes `record` only while the stored record is still `expected`; else it
 * refuses with `record_changed` and writes nothing, so of two officers recording on one case at
 * once the second is told to read the case again instead of overwriting the first.
 */
export interface CaseRecordChange {
  municipality: MunicipalityCode;
  caseId: CaseId;
  expected: CaseRecord | null;
  record: CaseRecord;
  /** The day the record entered a final status, when it is in one. */
  closedOn?: IsoDate;
}

/**
 * What a purge is asked to do: one municipality, the limits of its retention on a date, and
 * whether to remove anything (`dryRun: false`) or only list it.
 */
export interface PurgeRequest {
  municipality: MunicipalityCode;
  cutoffs: RetentionCutoffs;
  dryRun: boolean;
}

/**
 * What a purge removed — or, in a dry run, would remove. A dry run and the real purge of the same
 * store on the same date give the same report.
 */
export interface PurgeReport {
  municipality: MunicipalityCode;
  cutoffs: RetentionCutoffs;
  dryRun: boolean;
  /** Signals removed per delivery month. */
  signals: { month: IsoMonth; count: number }[];
  /** Cases removed (with their record and the feedback sent about them), per month. */
  cases: { month: IsoMonth; caseIds: CaseId[] }[];
  /** Months left without cases, removed as a whole. */
  months: IsoMonth[];
  /**
   * Signal deliveries removed (with the signals they hold, names and contact data included), per
   * month: those of months before `keepSignalsFrom` — a delivery is matching data that was not
   * picked up as such (its case keeps its own copy of what it needs).
   */
  deliveries: { month: IsoMonth; count: number }[];
}

/**
 * One entry of the store's own audit trail: who stored, updated or purged what, and when. Entries
 * hold counts and months, never case ids or household keys, so they may outlive the cases.
 */
export interface StoreAuditEntry {
  municipality: MunicipalityCode;
  /** When it happened (ISO 8601 timestamp of the store's clock). */
  at: string;
  action:
    | 'month-stored'
    | 'month-replaced'
    | 'lifecycle-updated'
    | 'record-updated'
    | 'purged'
    | 'delivery-stored'
    | 'preset-set';
  /** The month concerned, when there is one. */
  month?: IsoMonth;
  /**
   * Counts and dates: `{ cases, signals }`, `{ records, feedback }`, `{ attempts, events }` of one
   * record (never its case id), the purge's cutoffs and counts.
   */
  details: Readonly<Record<string, unknown>>;
}

/**
 * A partner's signal delivery for a month of a municipality, as the service stores it in one
 * transaction: the accepted signals (personal data: names, addresses, contact data — they are
 * what the month's run reads) and the validation report without values (counts, codes, rows).
 */
export interface NewDelivery {
  municipality: MunicipalityCode;
  month: IsoMonth;
  /** The partners whose signals it holds (a partner's own delivery: just that partner). */
  partners: PartnerId[];
  /** The data rows read, accepted and rejected. */
  rows: number;
  accepted: number;
  rejected: number;
  /** The accepted signals in the order of the file. */
  signals: Signal[];
  /** The validation report without values: counts per code, rejected rows with line and code. */
  report: Readonly<Record<string, unknown>>;
}

/**
 * A stored delivery without its signals (no personal data): what `deliveries` lists.
 */
export interface DeliverySummary {
  deliveryId: string;
  municipality: MunicipalityCode;
  month: IsoMonth;
  partners: PartnerId[];
  /** When it was stored (ISO 8601 timestamp of the store's clock). */
  receivedAt: string;
  rows: number;
  accepted: number;
  rejected: number;
}

/**
 * One access to personal data through a service (issue 12): who (the key id), what (action, route
 * pattern, status), about which municipality and month, and how many records — never the data. A
 * write given one (`WriteOptions.access`) stores it in the same transaction as the data it
 * describes, so a failing audit row rolls the write back.
 */
export interface AccessNote {
  keyId: string;
  /** e.g. `write-run`, `record-attempt`, `set-preset`. */
  action: string;
  /** The route pattern (`/municipalities/{code}/months/{month}/run`), never the URL with its values. */
  route: string;
  /** The HTTP status answered. */
  status: number;
  municipality?: MunicipalityCode;
  month?: IsoMonth;
  /** How many records were given out or written (cases, signals, rows). */
  count?: number;
}

/** What every write of a store may be given besides its data. */
export interface WriteOptions {
  /** The access-audit row to write in the same transaction (the service's audit of the write). */
  access?: AccessNote;
}

/**
 * A municipality's active preset as an officer sets it (issue 12): the preset JSON as written —
 * not merged with its parents; its `extends` may name a bundled preset — and who set it.
 */
export interface NewActivePreset {
  municipality: MunicipalityCode;
  /** The preset JSON as written. */
  preset: Readonly<Record<string, unknown>>;
  /** Who set it: the id of the service key (or `cli`). Never a person's name. */
  setBy: string;
}

/**
 * One version of a municipality's active preset. Setting a preset adds a version (1, 2, …); no
 * version is ever overwritten, so the history shows which preset was active when.
 */
export interface ActivePreset extends NewActivePreset {
  version: number;
  /** When it was set (ISO 8601 timestamp of the store's clock). */
  setAt: string;
}
