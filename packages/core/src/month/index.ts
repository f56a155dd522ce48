// Public API of core/month: the one call that runs a month.
export { type MonthCase, type MonthInput, type MonthResult, runMonth } from './run-month';
