// The case record of the lifecycle: plain JSON data, with its timers stored as deadline dates.
import * as z from 'zod';
import { deadline } from '../calendar/deadlines';
import {
  ChannelSchema,
  type DdasCaseResult,
  DdasCaseResultSchema,
  SectorSchema,
  TeamSchema,
} from '../model/enums';
import { CaseIdSchema, PartnerIdSchema, SignalIdSchema } from '../model/ids';
import { IsoDateSchema } from '../model/iso-date';
import { fail, ok, type Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod } from '../model/zod-issues';
import { type ContactPlan, ContactPlanSchema } from '../routing/outcome';
import { DdasContactKindSchema, DdasPartOfDaySchema } from './contact-kinds';
import { dayOf, type LifecycleTime, LifecycleTimeSchema } from './time';
import { FollowUpKindSchema } from './vocabulary';

// Records are read back from files anyone may edit: ids and statuses are short, free text bounded
// (TEXT_LIMITS, project default), so that no message echoes a 10 MB value. Events use the same
// bounds, so that every record a transition makes can be read back.
export const Short = z.string().max(TEXT_LIMITS.label);
export const Long = z.string().max(TEXT_LIMITS.text);

const AttemptSchema = z
  .object({
    kind: DdasContactKindSchema,
    reached: z.boolean(),
    date: IsoDateSchema,
    partOfDay: DdasPartOfDaySchema,
  })
  .strict();

const AuditEntrySchema = z
  .object({
    at: LifecycleTimeSchema,
    actor: Short.min(1),
    from: Short.nullable(),
    to: Short,
    event: Short,
    reason: Long.optional(),
    result: DdasCaseResultSchema.optional(),
  })
  .strict();

const TimersSchema = z
  .object({
    autoClose: IsoDateSchema.optional(),
    collectionPauseUntil: IsoDateSchema.optional(),
    crisisDeadline: IsoDateSchema.optional(),
    firstConversation: IsoDateSchema.optional(),
    nextAttempt: IsoDateSchema.optional(),
  })
  .strict();

const SignalRefSchema = z
  .object({ signalId: SignalIdSchema, partnerId: PartnerIdSchema, sector: SectorSchema })
  .strict();

/**
 * zod schema of a {@link CaseRecord}.
 *
 * @example
 * ```ts
 * import { CaseRecordSchema } from '@signaalreis/core';
 * CaseRecordSchema.safeParse({ caseId: '2026-10-0001' }).success; // false
 * ```
 */
export const CaseRecordSchema = z
  .object({
    caseId: CaseIdSchema,
    createdAt: LifecycleTimeSchema,
    signals: z.array(SignalRefSchema).min(1),
    status: Short.min(1),
    result: DdasCaseResultSchema.optional(),
    followUp: z
      .object({ kind: FollowUpKindSchema, date: IsoDateSchema, note: Long.optional() })
      .strict()
      .optional(),
    plan: ContactPlanSchema.optional(),
    nextStep: z
      .object({ channel: ChannelSchema, team: TeamSchema, partOfDay: DdasPartOfDaySchema.optional() })
      .strict()
      .optional(),
    attempts: z.array(AttemptSchema),
    timers: TimersSchema,
    audit: z.array(AuditEntrySchema),
  })
  .strict();

/**
 * The lifecycle record of one case: JSON-serialisable, so that it can be stored anywhere and a
 * later run continues where the last one stopped. Timers are stored deadline dates, never
 * in-memory timeouts; `audit` logs every status change (with who, when, why). Ids and dates are
 * branded: a record read back from a file becomes a `CaseRecord` only through
 * {@link CaseRecordSchema} (or `verifyRecord`).
 *
 * @example
 * ```ts
 * import { asCaseId, asIsoDate, asPartnerId, asSignalId, createRecord, type CaseRecord } from '@signaalreis/core';
 * const signals = [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'rent' as const }];
 * const r = createRecord({ caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals }, asIsoDate('2026-10-26'));
 * if (r.ok) JSON.parse(JSON.stringify(r.value)) satisfies CaseRecord;
 * ```
 */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/**
 * zod schema of the input of {@link createRecord}.
 *
 * @example
 * ```ts
 * import { CreateRecordInputSchema } from '@signaalreis/core';
 * CreateRecordInputSchema.safeParse({ caseId: '2026-10-0001', status: 'new', signals: [] }).success; // false (no signals)
 * ```
 */
export const CreateRecordInputSchema = z
  .object({
    caseId: CaseIdSchema,
    status: Short.min(1),
    signals: z.array(SignalRefSchema).min(1),
    result: DdasCaseResultSchema.optional(),
    plan: ContactPlanSchema.optional(),
    threatening: z.boolean().optional(),
    /** The case's crisis deadline as intake computed it (3 working days from the signal, Wgs); default: from `on`. */
    crisisDeadline: IsoDateSchema.optional(),
    actor: Short.min(1).optional(),
  })
  .strict();
/**
 * What {@link createRecord} needs: the case, its first status (see `entryStatus`), its signals,
 * optionally a result already known at intake, a contact plan and whether the situation is
 * threatening (eviction, cut-off, end of health insurance: 3 working days).
 *
 * @example
 * ```ts
 * import { asCaseId, asPartnerId, asSignalId, type CreateRecordInput } from '@signaalreis/core';
 * const input: CreateRecordInput = {
 *   caseId: asCaseId('2026-10-0001'),
 *   status: 'picked-up',
 *   signals: [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'energy' }],
 *   threatening: true,
 * };
 * ```
 */
export type CreateRecordInput = z.infer<typeof CreateRecordInputSchema>;

/**
 * Creates the lifecycle record of a case on `on`, with its timers:
 * without a result, `autoClose` = 28 days (feedback / automatic closure, signaalreis-2023) and
 * `firstConversation` = 4 weeks (Wgs); when threatening also `crisisDeadline` = the case's crisis
 * deadline when given (intake's: 3 working days from the signal), else 3 working days from `on` (Wgs); with a contact plan `nextAttempt` = that day. A case that starts with a result (not
 * picked up at intake) gets no timers: its feedback is due at once. Bad input (also a date outside
 * 1991–2099) gives issues with paths under `input` and `on`, no record.
 *
 * @example
 * ```ts
 * import { asCaseId, asIsoDate, asPartnerId, asSignalId, createRecord } from '@signaalreis/core';
 * const signals = [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'rent' as const }];
 * const r = createRecord({ caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals, threatening: true }, asIsoDate('2026-10-26'));
 * if (r.ok) r.value.timers; // { autoClose: '2026-11-23', firstConversation: '2026-11-23', crisisDeadline: '2026-10-29' }
 * ```
 */
export function createRecord(input: CreateRecordInput, on: LifecycleTime): Result<CaseRecord> {
  const parsed = CreateRecordInputSchema.safeParse(input);
  const time = LifecycleTimeSchema.safeParse(on);
  if (!parsed.success || !time.success)
    return fail([
      ...(parsed.success ? [] : issuesFromZod(parsed.error, ['input'])),
      ...(time.success ? [] : issuesFromZod(time.error, ['on'])),
    ]);
  const { caseId, status, signals, result, plan, threatening, crisisDeadline, actor } = parsed.data;
  const at = time.data;
  const day = dayOf(at);
  const timers: CaseRecord['timers'] = {};
  if (result === undefined) {
    timers.autoClose = deadline('feedback-closure', day);
    timers.firstConversation = deadline('first-conversation', day);
    // one deadline per case: intake's (from the signal) when given, so the record agrees with the case file
    if (threatening === true) timers.crisisDeadline = crisisDeadline ?? deadline('threatening-contact', day);
    if (plan !== undefined) timers.nextAttempt = day;
  }
  return ok({
    caseId,
    createdAt: at,
    signals,
    status,
    ...(result === undefined ? {} : { result }),
    ...(plan === undefined ? {} : { plan }),
    ...(plan === undefined || result !== undefined ? {} : { nextStep: firstStep(plan) }),
    attempts: [],
    timers,
    audit: [
      {
        at,
        actor: actor ?? 'system',
        from: null,
        to: status,
        event: 'create',
        ...(result ? { result } : {}),
      },
    ],
  });
}

const firstStep = (plan: ContactPlan): NonNullable<CaseRecord['nextStep']> => {
  const [step] = plan.steps;
  if (step === undefined) throw new Error('unreachable: a contact plan has at least one step');
  return { channel: step.channel, team: step.team };
};

/**
 * Whether `result` counts as a DDAS case result (used when a record starts from an intake status
 * that is also a result, such as "Niet opgepakt: onterecht signaal").
 *
 * @example
 * ```ts
 * import { isDdasCaseResult } from '@signaalreis/core';
 * isDdasCaseResult('Inwoner is overleden'); // true
 * isDdasCaseResult('Opgepakt'); // false
 * ```
 */
export function isDdasCaseResult(result: string): result is DdasCaseResult {
  return DdasCaseResultSchema.safeParse(result).success;
}
