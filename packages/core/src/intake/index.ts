// Public API of core/intake (phase 3: picking up signals): curated named exports.
export {
  DEFAULT_INTAKE_CONFIG,
  FLOOR_COMPARISONS,
  floorFor,
  type IntakeConfig,
  IntakeConfigSchema,
  underFloor,
  validateIntakeConfig,
} from './config';
export {
  type DebtAssistanceEntry,
  DebtAssistanceEntrySchema,
  inMemoryDebtAssistanceRegister,
  inMemoryPopulationRegister,
  RegisterRecordSchema,
  shareSurnameWord,
} from './in-memory';
export { intakeCase } from './intake-case';
export type {
  DebtAssistanceQuery,
  DebtAssistanceRegister,
  IntakeLookups,
  PopulationRegister,
  RegisterQuery,
  RegisterRecord,
} from './lookups';
export { matchPerson, type PersonMatch, type PersonQuery } from './match-person';
export {
  compareBirthDates,
  compareInitials,
  compareNames,
  isPlaceholderBirthDate,
  type NameAgreement,
  nameWords,
  normaliseInitials,
} from './names';
export { caseStatus, DDAS_SIGNAL_STATUS_EN, NOT_PICKED_UP_PRECEDENCE } from './status';
export type {
  IntakeDecision,
  IntakenJourney,
  IntakeOutcome,
  IntakeReason,
  IntakeStep,
  SignalIntake,
} from './types';
