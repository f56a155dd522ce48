// Public API of core/lifecycle (phase 5: statuses, attempts, results, partner feedback, timers):
// curated named exports. The contact plan a record follows is routing's (`ContactPlan`,
// `ContactPlanSchema`, exported from core/routing).

export {
  type AttemptInput,
  AttemptInputSchema,
  checkContactPlan,
  nextAttempt,
  recordAttempt,
} from './attempts';
export { LIFECYCLE_CONFLICT_CODES } from './codes';
export {
  channelOfContactKind,
  DDAS_CONTACT_KINDS,
  DDAS_PARTS_OF_DAY,
  type DdasContactKind,
  DdasContactKindSchema,
  type DdasPartOfDay,
  DdasPartOfDaySchema,
  partOfDay,
} from './contact-kinds';
export { applyDue, type DueEvent, due } from './due';
export type { LifecycleEffect } from './effects';
export { runLifecycleExamples } from './examples';
export { FEEDBACK_CODE_INFO, type PartnerFeedback, partnerFeedback } from './feedback';
export { entryStatus, loadLifecycleTable } from './load';
export {
  type CaseRecord,
  CaseRecordSchema,
  type CreateRecordInput,
  CreateRecordInputSchema,
  createRecord,
  isDdasCaseResult,
} from './record';
export { parseCaseRecord } from './record-fast';
export {
  type FeedbackPreset,
  FeedbackPresetSchema,
  type LifecycleExample,
  LifecycleExampleSchema,
  type LifecycleStatus,
  LifecycleStatusSchema,
  type LifecycleTable,
  LifecycleTableSchema,
  type LifecycleTransition,
  LifecycleTransitionSchema,
} from './schema';
export { checkLifecycleTable } from './table-checks';
export {
  asLifecycleTime,
  isLifecycleTime,
  type LifecycleTime,
  LifecycleTimeSchema,
  parseLifecycleTime,
} from './time';
export { type LifecycleEvent, LifecycleEventSchema, transition } from './transition';
export { verifyRecord } from './verify';
export {
  FEEDBACK_CODES,
  type FeedbackCode,
  FeedbackCodeSchema,
  FOLLOW_UP_KINDS,
  type FollowUpKind,
  FollowUpKindSchema,
  TIMER_LABELS,
  TIMERS,
  type TimerId,
  TimerIdSchema,
} from './vocabulary';
