// The case store port: what a monthly run and the lifecycle need to keep between months. An
// interface only — adapters implement it (PostgreSQL and PGlite in @signaalreis/adapters/store).
import type { HistoryEntry } from '../matching/history';
import type { CaseId, PartnerId, SignalId } from '../model/ids';
import type { IsoMonth } from '../model/iso-date';
import type { Result } from '../model/issue';
import type { MunicipalityCode } from '../model/municipality-code';
import type { Signal } from '../model/signal';
import type { CaseOutline } from './case-outline';
import type { CaseList, CaseListPage } from './listed-case';
import type {
  AccessNote,
  ActivePreset,
  CaseRecordChange,
  DeliverySummary,
  FeedbackSent,
  LifecycleUpdate,
  NewActivePreset,
  NewDelivery,
  PurgeReport,
  PurgeRequest,
  StoreAuditEntry,
  StoredCase,
  StoredCaseDetail,
  StoredMonth,
  StoredMonthParts,
  StoredMonthSummary,
  WriteOptions,
} from './types';

/**
 * How a month is stored. `beforeCommit` runs inside the transaction after everything is written:
 * when it throws (writing the run's files failed), nothing is stored and the error is thrown on.
 */
export interface SaveMonthOptions {
  /**
   * Replace a month that is already stored for this municipality (default `false`: refused with
   * `month_exists`). Refused with `month_has_records` once a case of that month has a lifecycle
   * record: its feedback may have reached a partner.
   */
  replace?: boolean;
  beforeCommit?: () => void | Promise<void>;
  /** The access-audit row to write in the same transaction (see {@link WriteOptions}). */
  access?: AccessNote;
}

/**
 * A store of months, cases, lifecycle records and feedback, kept per municipality. Every method
 * takes the municipality code and reads or writes only its rows; every write is one transaction
 * (all or nothing); bad input and refusals are a failed `Result` with issue codes of
 * {@link STORE_ISSUE_CODES}; only programming errors throw.
 *
 * @example
 * ```ts
 * import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
 * import type { CaseStore } from '@signaalreis/core/store';
 * declare const store: CaseStore; // e.g. from openCaseStore of @signaalreis/adapters/store
 * const history = await store.history(asMunicipalityCode('0363'), asIsoMonth('2026-10'));
 * if (history.ok) history.value.length; // the stored signals of the months before October
 * ```
 */
export interface CaseStore {
  /** Where the store is, for messages: a folder, or a URL with its password masked. */
  readonly location: string;
  /** Stores a month's cases and signals in one transaction. */
  saveMonth(month: StoredMonth, options?: SaveMonthOptions): Promise<Result<{ replaced: boolean }>>;
  /**
   * Stores a month given in parts, as {@link CaseStore.saveMonth} stores it whole (the same rows, one
   * transaction), taking each part when it writes it; says how many cases and signals it stored.
   * Optional: a store without it is given the month whole.
   */
  saveMonthInParts?(
    month: StoredMonthParts,
    options?: SaveMonthOptions,
  ): Promise<Result<{ replaced: boolean; cases: number; signals: number }>>;
  /**
   * History for matching `month`: every stored signal of the municipality's earlier months, in
   * month order and then the order of their cases, with `reached` from each case's lifecycle
   * record — the same entries as `historyFromCaseFile` of those months' case files.
   */
  history(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<HistoryEntry[]>>;
  /** The stored months of a municipality, oldest first. */
  months(municipality: MunicipalityCode): Promise<Result<StoredMonthSummary[]>>;
  /**
   * The cases of a stored month in their order (`month_not_found` when it is not stored); with
   * `withStep`, only those whose plan has a contact step of that team on that channel — the cases
   * of one worklist, picked out in the store (a team's list of a national month reads its own cases).
   */
  cases(
    municipality: MunicipalityCode,
    month: IsoMonth,
    options?: { withStep?: { team: string; channel: string } },
  ): Promise<Result<StoredCase[]>>;
  /**
   * The list of a stored month's cases as `listedCase` makes each line, or a page of it
   * (`month_not_found` when it is not stored): read from the store's columns, not from each case's
   * data, so that a national month (~57,000 cases) is listed in seconds and a page of it at once.
   */
  caseList(municipality: MunicipalityCode, month: IsoMonth, page?: CaseListPage): Promise<Result<CaseList>>;
  /**
   * The ids of `partner`'s signals in a stored month's cases, in the cases' order and then each
   * case's (`month_not_found` when it is not stored): what a partner's view of a month lists, read
   * without the other partners' data.
   */
  partnerSignalIds(
    municipality: MunicipalityCode,
    month: IsoMonth,
    partner: PartnerId,
  ): Promise<Result<SignalId[]>>;
  /**
   * The cases of a stored month in outline, in their order (`month_not_found`): what the
   * researcher's export counts, each as `caseOutline` makes it of the case, read without the cases'
   * data.
   */
  caseOutlines(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<CaseOutline[]>>;
  /** One case with its month and the feedback sent about it (`case_not_found`). */
  caseDetail(municipality: MunicipalityCode, caseId: CaseId): Promise<Result<StoredCaseDetail>>;
  /**
   * Every feedback sent about the cases of a stored month, by case, partner, signal and code
   * (`month_not_found` when the month is not stored): what a partner's view of a month is made of.
   */
  feedback(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<FeedbackSent[]>>;
  /** Stores a feedback run's records and the feedback it sent, in one transaction. */
  saveLifecycle(
    update: LifecycleUpdate,
    options?: Pick<SaveMonthOptions, 'beforeCommit' | 'access'>,
  ): Promise<Result<{ records: number; feedback: number }>>;
  /**
   * Stores one case's record after an attempt or an event, in one transaction, only while the
   * stored record is still `change.expected` (else `record_changed`, nothing written) and only
   * when the new record continues it: the same start, the stored audit trail and attempts as its
   * beginning (else `record_conflict`). `case_not_found` for a case the municipality does not hold.
   * Writes a `record-updated` entry (counts only) to the audit trail.
   */
  saveCaseRecord(change: CaseRecordChange, options?: WriteOptions): Promise<Result<{ month: IsoMonth }>>;
  /**
   * Stores a signal delivery in one transaction (all of it or nothing). Refused with
   * `signal_already_delivered` (path `['signals', index]`) for a signal whose partner and id an
   * earlier delivery of the month already holds.
   */
  saveDelivery(delivery: NewDelivery, options?: WriteOptions): Promise<Result<{ deliveryId: string }>>;
  /** The deliveries of a month, in the order they were stored: counts only, no signals. */
  deliveries(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<DeliverySummary[]>>;
  /** Every accepted signal of the month's deliveries, delivery by delivery in file order: a run's input. */
  deliverySignals(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<Signal[]>>;
  /** Removes (or, in a dry run, lists) what retention no longer allows; a real purge is audited. */
  purge(request: PurgeRequest): Promise<Result<PurgeReport>>;
  /** The store's audit trail of a municipality, oldest first. */
  audit(municipality: MunicipalityCode): Promise<Result<StoreAuditEntry[]>>;
  /**
   * Makes `preset` the municipality's active preset: a new version (the highest plus one), the
   * earlier versions kept unchanged. The caller validates the preset first; the store keeps it as
   * given. Writes a `preset-set` entry (version, preset id) to the audit trail.
   */
  setActivePreset(preset: NewActivePreset, options?: WriteOptions): Promise<Result<ActivePreset>>;
  /** The municipality's active preset (its latest version), or `undefined` when none was ever set. */
  activePreset(municipality: MunicipalityCode): Promise<Result<ActivePreset | undefined>>;
  /** Every version of the municipality's active preset, newest first. */
  activePresetHistory(municipality: MunicipalityCode): Promise<Result<ActivePreset[]>>;
  /**
   * A random secret of 32 bytes kept in the store for `purpose` (made on first use, never changed):
   * what pseudonyms of this store are keyed with, so they are stable within the store and cannot be
   * made or linked outside it. Never shown, never logged.
   */
  storeSecret(purpose: 'pseudonym'): Promise<Result<Uint8Array>>;
  /** Closes the connection (or the embedded database). */
  close(): Promise<void>;
}
