// The fixed vocabulary of the lifecycle: timers, follow-up kinds and partner feedback codes.
import * as z from 'zod';

/**
 * The timers a {@link CaseRecord} stores (docs/lifecycle.md, "Timers": timers are stored deadlines):
 * `autoClose` (28 days without a result), `collectionPauseUntil` (acceptance + 30 days),
 * `crisisDeadline` (3 working days), `firstConversation` (4 weeks) and `nextAttempt` (contact plan).
 *
 * @example
 * ```ts
 * import { TIMERS } from '@signaalreis/core';
 * TIMERS.includes('autoClose'); // true
 * ```
 */
export const TIMERS = [
  'autoClose',
  'collectionPauseUntil',
  'crisisDeadline',
  'firstConversation',
  'nextAttempt',
] as const;
/**
 * zod schema of a {@link TimerId}.
 *
 * @example
 * ```ts
 * import { TimerIdSchema } from '@signaalreis/core';
 * TimerIdSchema.parse('nextAttempt');
 * ```
 */
export const TimerIdSchema = z.enum(TIMERS);
/**
 * The name of a stored timer of a case record.
 */
export type TimerId = z.infer<typeof TimerIdSchema>;

/**
 * How officers read each timer, Dutch and English (`feedback`'s `actions-due.csv`; docs/lifecycle.md,
 * "Timers").
 *
 * @example
 * ```ts
 * import { TIMER_LABELS } from '@signaalreis/core';
 * TIMER_LABELS.crisisDeadline.nl; // 'termijn bedreigende situatie'
 * ```
 */
export const TIMER_LABELS: Readonly<Record<TimerId, { nl: string; en: string }>> = Object.freeze({
  autoClose: { nl: 'automatisch afsluiten', en: 'automatic closure' },
  collectionPauseUntil: { nl: 'einde incassorust', en: 'end of collection pause' },
  crisisDeadline: { nl: 'termijn bedreigende situatie', en: 'threatening-situation deadline' },
  firstConversation: { nl: 'termijn eerste gesprek', en: 'first-conversation deadline' },
  nextAttempt: { nl: 'volgende contactpoging', en: 'next contact attempt' },
});

/**
 * Concrete follow-ups that can stand behind "help accepted" (signaalreis-2023: partners want real help: a
 * payment arrangement, finances in order, a registration or referral; Divosa counts a quick fix,
 * a payment arrangement and a referral).
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_KINDS } from '@signaalreis/core';
 * FOLLOW_UP_KINDS[0]; // 'payment-arrangement'
 * ```
 */
export const FOLLOW_UP_KINDS = [
  'payment-arrangement',
  'quick-fix',
  'referral',
  'debt-assistance-registration',
  'budget-plan',
  'advice-only',
] as const;
/**
 * zod schema of a {@link FollowUpKind}.
 *
 * @example
 * ```ts
 * import { FollowUpKindSchema } from '@signaalreis/core';
 * FollowUpKindSchema.parse('referral');
 * ```
 */
export const FollowUpKindSchema = z.enum(FOLLOW_UP_KINDS);
/**
 * The kind of a recorded follow-up.
 */
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

/**
 * The codes a partner may receive as feedback (signaalreis-2023, "Feedback that partners receive", plus
 * "deceased" from mid-2024 and "not a resident" from the DDAS business rules). There is no code
 * for the reason of "not picked up": it never leaves the municipality.
 *
 * @example
 * ```ts
 * import { FEEDBACK_CODES } from '@signaalreis/core';
 * FEEDBACK_CODES.length; // 8
 * ```
 */
export const FEEDBACK_CODES = [
  'unjustified',
  'not-picked-up',
  'repeated-signal',
  'known-at-debt-assistance',
  'wants-help',
  'not-reached-or-no-help',
  'deceased',
  'not-a-resident',
] as const;
/**
 * zod schema of a {@link FeedbackCode}.
 *
 * @example
 * ```ts
 * import { FeedbackCodeSchema } from '@signaalreis/core';
 * FeedbackCodeSchema.parse('wants-help');
 * ```
 */
export const FeedbackCodeSchema = z.enum(FEEDBACK_CODES);
/**
 * A partner-visible feedback code.
 */
export type FeedbackCode = z.infer<typeof FeedbackCodeSchema>;
