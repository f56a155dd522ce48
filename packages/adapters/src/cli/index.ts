// Public API of adapters/cli: curated named exports.

export { type CompareOptions, registerCompare } from './compare';
export { type CriteriaOptions, registerCriteria } from './criteria';
export { type FeedbackOptions, registerFeedback, runFeedback } from './feedback';
export { type CliIo, type CliStream, CliUserError, EXIT_CODES } from './io';
export { type MatchOptions, registerMatch } from './match';
export type { MonthOptions } from './month-input';
export { loadPresetArg, registerPreset } from './preset';
export { buildProgram, main, processIo } from './program';
export { type RunOptions, registerRun } from './run';
export { terminalText } from './terminal';
export { runValidate, type ValidateOptions } from './validate';
export type { CodeCount, RejectedRow, ReportedProblem, ValidationReport } from './validation-report';
