// Public API of core/criteria: partner criteria (phases 1–2 of the journey) — which arrears on a
// partner's ledger become a signal, evaluated with rule tables, and the "slepers".
export {
  type ChronicHistoryEntry,
  ChronicHistoryEntrySchema,
  type ChronicLatePayer,
  type ChronicOptions,
  findChronicLatePayers,
} from './chronic';
export {
  type CompiledCriteria,
  type CriteriaEvaluation,
  compileCriteria,
  evaluateCompiledCriteria,
  evaluateCriteria,
} from './evaluate';
export {
  CRITERIA_FACTS,
  type CriteriaOutcome,
  CriteriaOutcomeSchema,
  criteriaFacts,
  loadCriteriaTable,
} from './facts';
export {
  evaluateLedger,
  type InvalidLedgerRow,
  type LedgerCounts,
  type LedgerEvaluation,
  type LedgerEvaluator,
  type LedgerRowOutcome,
  type LedgerVisit,
  ledgerEvaluator,
  visitLedger,
} from './ledger';
export { type LedgerRow, LedgerRowSchema, PAYMENT_ARRANGEMENT_STATES, validateLedgerRow } from './ledger-row';
