// Public API of adapters/store (Node only): the case store on PostgreSQL — embedded PGlite in a
// folder, or a server — implementing core's CaseStore port.

export {
  type AccessAuditEntry,
  type AccessStore,
  API_ROLES,
  type ApiKeyInfo,
  type ApiRole,
  type NewApiKey,
  type StoredAccessAuditEntry,
} from './access-store';
export { STORE_MIGRATIONS, STORE_SCHEMA_VERSION } from './migrations';
export { type OpenCaseStoreOptions, openCaseStore } from './open';
export { caseFileOfMonth, caseFilesOfPeriod, monthsOfPeriod } from './period';
export { type SavedRunMonth, type SaveRunMonthOptions, saveRunMonth } from './save-run';
export { accessStoreOf } from './sql-access';
export {
  caseFileOfStored,
  closedOn,
  readStoredMonth,
  STORE_PART_CASES,
  STORED_MONTH_LIMITS,
  storedMonthOf,
  storedMonthParts,
} from './stored-month';
export { maskStoreTarget, parseStoreTarget, type StoreTarget, scrubSecrets } from './target';
