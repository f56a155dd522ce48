// Public API of core/store: the case store port (an interface and its data types; no I/O) and the
// retention rule every store purges by.
export { type CaseOutline, caseOutline } from './case-outline';
export { STORE_ISSUE_CODES } from './codes';
export { type CaseList, type CaseListPage, type ListedCase, listedCase } from './listed-case';
export type { CaseStore, SaveMonthOptions } from './port';
export {
  DEFAULT_RETENTION,
  type Retention,
  type RetentionCutoffs,
  RetentionSchema,
  retentionCutoffs,
} from './retention';
export type {
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
  StoredCaseData,
  StoredCaseDetail,
  StoredMonth,
  StoredMonthParts,
  StoredMonthSummary,
  StoredSignal,
  WriteOptions,
} from './types';
