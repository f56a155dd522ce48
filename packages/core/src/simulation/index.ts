// Public API of core/simulation (issue 16): policy simulation for researchers — the business case
// and the outcome model. Pure; no I/O.
export {
  type AggregateOptions,
  aggregateSimulation,
  nearestRank,
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
export {
  type ArrearCounts,
  applyPopulationPatch,
  type CriteriaSelection,
  createPopulation,
  DEFAULT_POPULATION_PARAMETERS,
  type PartnerLedger,
  POPULATION_CRITERIA_PRESETS,
  POPULATION_MESSAGES,
  POPULATION_PARAMETERS_2024H1,
  POPULATION_SECTORS,
  type PopulationInfo,
  type PopulationLedgers,
  type PopulationMonth,
  type PopulationOptions,
  type PopulationParameters,
  PopulationParametersSchema,
  type PopulationSector,
  type PopulationSectorParameters,
  PopulationSectorParametersSchema,
  type SimulatedMunicipality,
  type SimulatedPopulation,
} from './population/index';
export { caseStream } from './random';
export {
  BASE_SCENARIO,
  SIMULATION_FORMAT,
  SIMULATION_MEASURES,
  type SimulationMeasure,
  type SimulationResult,
  SimulationResultSchema,
  type SimulationRow,
  SimulationRowSchema,
} from './result';
export { SIMULATION_RESULT_MESSAGES } from './result-messages';
export type {
  SignalSourceFactory,
  SimulationSignalSource,
  SimulationUnit,
  SourceCriteria,
  SourceMonth,
} from './signal-source';
export { createSimpleSignalSource, DEFAULT_INHABITANTS, inhabitantsOf } from './simple-signal-source';
