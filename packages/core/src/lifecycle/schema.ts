// The lifecycle table as data (phase 5 of the signal journey): statuses, events and the allowed
// transitions between them, plus the partner-feedback preset. The zod schema is the single source
// of the TypeScript types and of the structural validation; table-checks.ts adds the checks that
// need the whole table (reachability, unknown ids, reopening).
import * as z from 'zod';
import { ChannelSchema, DdasCaseResultSchema, DdasSignalStatusSchema } from '../model/enums';
import { zodMessage } from '../model/zod-message';
import { ContactPlanSchema } from '../routing/outcome';
import { DdasContactKindSchema } from './contact-kinds';
import { MESSAGES } from './messages';
import { LifecycleTimeSchema } from './time';
import { FeedbackCodeSchema, FollowUpKindSchema, TimerIdSchema } from './vocabulary';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: zodMessage(MESSAGES.id) });
const LabelSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * zod schema of a {@link LifecycleStatus}: id, labels nl/en, `final`, `reopenable`, the DDAS
 * mapping (signal status, and the case result the status implies), the DDAS intake statuses that
 * start a record here, and a source.
 *
 * @example
 * ```ts
 * import { LifecycleStatusSchema } from '@signaalreis/core';
 * LifecycleStatusSchema.safeParse({ id: 'closed', label: { nl: 'Afgesloten', en: 'Closed' }, final: true, reopenable: true, ddas: { signalStatus: 'Opgepakt' } }).success; // true
 * ```
 */
export const LifecycleStatusSchema = z
  .object({
    id: Id,
    label: LabelSchema,
    final: z.boolean(),
    reopenable: z.boolean(),
    ddas: z
      .object({ signalStatus: DdasSignalStatusSchema, caseResult: DdasCaseResultSchema.optional() })
      .strict(),
    intake: z.array(DdasSignalStatusSchema).optional(),
    source: z.string().optional(),
  })
  .strict();

const EventSchema = z
  .object({ id: Id, label: LabelSchema, timer: TimerIdSchema.optional(), source: z.string().optional() })
  .strict();

const EffectTemplateSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notify-partner') }).strict(),
  z.object({ type: z.literal('collection-pause') }).strict(),
  z.object({ type: z.literal('collection-pause-ended') }).strict(),
  z.object({ type: z.literal('contact-due') }).strict(),
  z.object({ type: z.literal('deadline-passed') }).strict(),
]);

const ResultRuleSchema = z.union([
  z.object({ set: DdasCaseResultSchema }).strict(),
  z.object({ fromEvent: z.array(DdasCaseResultSchema).min(1) }).strict(),
  z
    .object({
      byContact: z.object({ reached: DdasCaseResultSchema, notReached: DdasCaseResultSchema }).strict(),
    })
    .strict(),
]);

/**
 * zod schema of a {@link LifecycleTransition}: `from` (a status, a list, or `*`), `event`, `to`
 * (omitted: the status stays), the result rule (`set`, `fromEvent`, `byContact`), whether a
 * follow-up is required, and the effect templates.
 *
 * @example
 * ```ts
 * import { LifecycleTransitionSchema } from '@signaalreis/core';
 * LifecycleTransitionSchema.safeParse({ from: '*', event: 'pause-end', effects: [{ type: 'collection-pause-ended' }] }).success; // true
 * ```
 */
export const LifecycleTransitionSchema = z
  .object({
    from: z.union([z.literal('*'), Id, z.array(Id).min(1)]),
    event: Id,
    to: Id.optional(),
    result: ResultRuleSchema.optional(),
    followUp: z.enum(['required', 'optional']).optional(),
    /** Refuse the event until the table's `contact.minimumAttempts` unreached attempts were made (on different days). */
    requiresMinimumAttempts: z.boolean().optional(),
    /**
     * With `requiresMinimumAttempts`: what happens instead of refusing when too few attempts were
     * made — the case goes to `to` (omitted: stays) without a result, with these effects. For a
     * timer event that may not close a case early (the pilot's automatic closure after 28 days:
     * "Definitief geen contact" needs the three visits first, pilot-ouder-amstel-uithoorn-2019).
     */
    tooFewAttempts: z
      .object({ to: Id.optional(), effects: z.array(EffectTemplateSchema).optional() })
      .strict()
      .optional(),
    effects: z.array(EffectTemplateSchema).optional(),
  })
  .strict();

/**
 * zod schema of a {@link FeedbackPreset}: which DDAS case results map onto which partner code
 * (with a source each), and which follow-ups make "help accepted".
 *
 * @example
 * ```ts
 * import { FeedbackPresetSchema } from '@signaalreis/core';
 * FeedbackPresetSchema.safeParse({ codes: [], helpAccepted: { followUps: [], source: 'signaalreis-2023' } }).success; // false (no follow-up kinds)
 * ```
 */
export const FeedbackPresetSchema = z
  .object({
    codes: z.array(
      z
        .object({
          code: FeedbackCodeSchema,
          results: z.array(DdasCaseResultSchema),
          source: z.string().min(1),
        })
        .strict(),
    ),
    helpAccepted: z
      .object({ followUps: z.array(FollowUpKindSchema).min(1), source: z.string().min(1) })
      .strict(),
  })
  .strict();

const ExampleStepSchema = z
  .object({
    at: LifecycleTimeSchema,
    event: z.string().optional(),
    result: DdasCaseResultSchema.optional(),
    followUp: FollowUpKindSchema.optional(),
    reason: z.string().optional(),
    attempt: z
      .object({ kind: DdasContactKindSchema, reached: z.boolean(), time: z.string().optional() })
      .strict()
      .optional(),
    due: z.literal(true).optional(),
  })
  .strict();

/**
 * zod schema of a {@link LifecycleExample}: a start (a {@link LifecycleTime}, status, result, plan,
 * threatening), steps (at a lifecycle time: an event, a DDAS contact attempt, or `due: true`) and
 * the expected outcome. A bad time or contact kind is refused when the table is loaded.
 *
 * @example
 * ```ts
 * import { LifecycleExampleSchema } from '@signaalreis/core';
 * LifecycleExampleSchema.safeParse({ name: 'x', start: { at: '2026-10-26' }, steps: [], expect: { status: 'open' } }).success; // true
 * ```
 */
export const LifecycleExampleSchema = z
  .object({
    name: z.string().min(1),
    start: z
      .object({
        at: LifecycleTimeSchema,
        status: Id.optional(),
        threatening: z.boolean().optional(),
        result: DdasCaseResultSchema.optional(),
        plan: ContactPlanSchema.optional(),
      })
      .strict(),
    steps: z.array(ExampleStepSchema),
    expect: z
      .object({
        status: Id,
        result: DdasCaseResultSchema.optional(),
        effects: z
          .array(z.object({ type: z.string(), code: FeedbackCodeSchema.optional() }).strict())
          .optional(),
        issues: z.array(z.string()).optional(),
        feedback: FeedbackCodeSchema.optional(),
      })
      .strict(),
  })
  .strict();

/**
 * zod schema of a {@link LifecycleTable}: statuses (labels nl/en, final and reopenable flags, the
 * DDAS mapping), events (optionally raised by a timer), the allowed transitions
 * `{from, event, to?, result?, followUp?, effects?}`, the partner-feedback preset and embedded
 * examples. `from: "*"` means every status that is not final; a transition without `to` keeps the
 * status and, with `from: "*"`, applies in final statuses too.
 *
 * @example
 * ```ts
 * import { LifecycleTableSchema } from '@signaalreis/core';
 * LifecycleTableSchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const LifecycleTableSchema = z
  .object({
    id: Id,
    label: LabelSchema,
    source: z.string().min(1),
    initial: Id,
    statuses: z.array(LifecycleStatusSchema).min(1),
    events: z.array(EventSchema).min(1),
    transitions: z.array(LifecycleTransitionSchema).min(1),
    contact: z
      .object({
        minimumAttempts: z.partialRecord(ChannelSchema, z.number().int().min(1)),
        source: z.string(),
      })
      .strict()
      .optional(),
    feedback: FeedbackPresetSchema,
    examples: z.array(LifecycleExampleSchema).optional(),
  })
  .strict();

/**
 * A lifecycle table: the statuses of a case, the events that move it and the partner feedback.
 *
 * @example
 * ```ts
 * import type { LifecycleTable } from '@signaalreis/core';
 * const statusIds = (t: LifecycleTable) => t.statuses.map((s) => s.id);
 * ```
 */
export type LifecycleTable = z.infer<typeof LifecycleTableSchema>;
/**
 * One status of a {@link LifecycleTable}.
 *
 * @example
 * ```ts
 * import type { LifecycleStatus } from '@signaalreis/core';
 * const s: LifecycleStatus = { id: 'closed', label: { nl: 'Afgesloten', en: 'Closed' }, final: true, reopenable: true, ddas: { signalStatus: 'Opgepakt' } };
 * ```
 */
export type LifecycleStatus = z.infer<typeof LifecycleStatusSchema>;
/**
 * One allowed transition of a {@link LifecycleTable}.
 *
 * @example
 * ```ts
 * import type { LifecycleTransition } from '@signaalreis/core';
 * const t: LifecycleTransition = { from: 'picked-up', event: 'close', to: 'closed', effects: [{ type: 'notify-partner' }] };
 * ```
 */
export type LifecycleTransition = z.infer<typeof LifecycleTransitionSchema>;
/**
 * Which internal results a partner may see as which code, and which follow-ups make "help accepted".
 *
 * @example
 * ```ts
 * import type { FeedbackPreset } from '@signaalreis/core';
 * const p: FeedbackPreset = { codes: [{ code: 'deceased', results: ['Inwoner is overleden'], source: 'signaalreis-2023' }], helpAccepted: { followUps: ['referral'], source: 'signaalreis-2023' } };
 * ```
 */
export type FeedbackPreset = z.infer<typeof FeedbackPresetSchema>;
/**
 * An embedded example of a lifecycle table: a start, steps and the expected outcome.
 *
 * @example
 * ```ts
 * import { asIsoDate, asLifecycleTime, type LifecycleExample } from '@signaalreis/core';
 * const e: LifecycleExample = {
 *   name: 'pick up',
 *   start: { at: asIsoDate('2026-10-26') },
 *   steps: [{ at: asLifecycleTime('2026-10-27T09:30'), event: 'pick-up' }],
 *   expect: { status: 'picked-up' },
 * };
 * ```
 */
export type LifecycleExample = z.infer<typeof LifecycleExampleSchema>;
