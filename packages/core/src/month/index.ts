// Public API of core/month: the calls that run a month.
export { type PlannedCase, type PlannedMonth, planMonth } from './plan-month';
export { routingInputOf } from './routing-input';
export { type MonthCase, type MonthInput, type MonthResult, runMonth } from './run-month';
