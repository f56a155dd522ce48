// Public API of core/lifecycle (phase 5: statuses, attempts, results, partner feedback, timers):
// curated named exports.
export {
  type AttemptInput,
  AttemptInputSchema,
  checkContactPlan,
  nextAttempt,
  recordAttempt,
} from './attempts';
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
  type LifecycleTime,
  LifecycleTimeSchema,
} from './record';
export {
  type ContactPlan,
  ContactPlanSchema,
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
  type LifecycleEvent,
  LifecycleEventSchema,
  type TransitionOutcome,
  transition,
} from './transition';
export { verifyRecord } from './verify';
export {
  FEEDBACK_CODES,
  type FeedbackCode,
  FeedbackCodeSchema,
  FOLLOW_UP_KINDS,
  type FollowUpKind,
  FollowUpKindSchema,
  TIMERS,
  type TimerId,
  TimerIdSchema,
} from './vocabulary';
