// Public API of core/month: the calls that run a month, and comparing two runs.
export {
  type CaseOutcome,
  compareMonths,
  type MonthComparison,
  type OneSidedCase,
  type Pair,
} from './compare';
export { type AbsenceReason, type CasePairs, pairCases } from './pair-cases';
export { type PlannedJourney, type PlannedMonth, planMonth } from './plan-month';
export { type MonthInput, type MonthResult, runMonth } from './run-month';
