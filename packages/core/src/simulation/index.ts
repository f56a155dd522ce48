// Public API of core/simulation (issue 16): policy simulation for researchers — the business case
// and the outcome model. Pure; no I/O.
export {
  type AggregateOptions,
  aggregateSimulation,
  nearestRank,
  SIMULATION_MEASURES,
  type SimulationRow,
  type SimulationUnitResult,
  type UnitMonth,
} from './aggregate';
export {
  type BusinessCaseCounts,
  type BusinessCaseLine,
  type BusinessCaseResult,
  businessCase,
  explainBusinessCase,
} from './business-case';
export {
  DEFAULT_BUSINESS_CASE_PARAMETERS,
  SCHULDENLAB_ALMELO_2020,
  SCHULDENLAB_ALMELO_2020_COUNTS,
} from './business-case-parameters';
export {
  type BusinessCaseParameters,
  BusinessCaseParametersSchema,
  type BusinessCasePrice,
  BusinessCasePriceSchema,
} from './business-case-schema';
export {
  CALIBRATION_TOLERANCE,
  type CalibrationResult,
  type CalibrationRow,
  calibrate,
} from './calibration';
export {
  type CalibrationGroup,
  type CalibrationMeasure,
  type CalibrationSource,
  NATIONAL_MONITOR,
  SAMPLE_2023,
} from './calibration-sources';
export { MEASURE_LABELS, SIMULATION_MESSAGES } from './messages';
export { DEFAULT_OUTCOME_PARAMETERS } from './outcome-defaults';
export {
  attemptChances,
  drawOutcome,
  type OutcomeCase,
  type OutcomeDraw,
  type PlannedAttempt,
  reachChance,
} from './outcome-model';
export {
  FOLLOW_UPS,
  type FollowUp,
  type OutcomeParameters,
  OutcomeParametersSchema,
} from './outcome-parameters';
export { applyOutcomePatch } from './outcome-patch';
export { caseStream } from './random';
export { SIMULATION_FORMAT, type SimulationResult, type SimulationScenarioInfo } from './result';
export type {
  SignalSourceFactory,
  SimulatedMunicipality,
  SimulationSignalSource,
  SimulationUnit,
  SourceCriteria,
  SourceMonth,
} from './signal-source';
export { createSimpleSignalSource, DEFAULT_INHABITANTS, inhabitantsOf } from './simple-signal-source';
