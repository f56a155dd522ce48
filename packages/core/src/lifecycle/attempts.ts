// Contact attempts (DDAS "contactpogingen") and the contact plan that decides the next attempt.
import * as z from 'zod';
import { addDays } from '../calendar/days';
import { CHANNELS } from '../model/enums';
import { type IsoDate, IsoDateSchema } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { zodMessage } from '../model/zod-message';
import { type ContactPlan, ContactPlanSchema } from '../routing/outcome';
import {
  channelOfContactKind,
  DDAS_PARTS_OF_DAY,
  DdasContactKindSchema,
  type DdasPartOfDay,
  DdasPartOfDaySchema,
  partOfDay,
} from './contact-kinds';
import { MESSAGES } from './messages';
import type { CaseRecord } from './record';
import { parseCaseRecord } from './record-fast';
import type { LifecycleTable } from './schema';
import { dayOf, type LifecycleTime, LifecycleTimeSchema } from './time';

/**
 * zod schema of an {@link AttemptInput}.
 *
 * @example
 * ```ts
 * import { AttemptInputSchema } from '@signaalreis/core';
 * AttemptInputSchema.safeParse({ kind: 'Huisbezoek', reached: false, date: '2026-10-27', time: '19:10' }).success; // true
 * ```
 */
export const AttemptInputSchema = z
  .object({
    kind: DdasContactKindSchema,
    reached: z.boolean(),
    date: IsoDateSchema,
    time: z
      .string()
      .refine((t) => partOfDay(t) !== undefined, { message: zodMessage(MESSAGES.attemptTime) })
      .optional(),
    partOfDay: DdasPartOfDaySchema.optional(),
  })
  .strict()
  .refine((a) => a.time !== undefined || a.partOfDay !== undefined, {
    message: zodMessage(MESSAGES.attemptWhen),
    path: ['time'],
  })
  .refine((a) => a.time === undefined || a.partOfDay === undefined || partOfDay(a.time) === a.partOfDay, {
    message: zodMessage(MESSAGES.attemptDisagree),
    path: ['partOfDay'],
  });
/**
 * One contact attempt as recorded: DDAS kind, reached or not, date, and the time (from which the
 * part of day follows) or the part of day itself.
 *
 * @example
 * ```ts
 * import { asIsoDate, type AttemptInput } from '@signaalreis/core';
 * const a: AttemptInput = { kind: 'Telefoon', reached: true, date: asIsoDate('2026-10-28'), partOfDay: 'Ochtend' };
 * ```
 */
export type AttemptInput = z.infer<typeof AttemptInputSchema>;

type Attempt = CaseRecord['attempts'][number];
type NextStep = NonNullable<CaseRecord['nextStep']>;

/** The least-used part of day among earlier attempts of a channel (ties: morning, afternoon, evening). */
function freshPartOfDay(previous: readonly Attempt[]): DdasPartOfDay {
  const used = (p: DdasPartOfDay) => previous.filter((a) => a.partOfDay === p).length;
  return DDAS_PARTS_OF_DAY.reduce((best, p) => (used(p) < used(best) ? p : best));
}

const latest = (attempts: readonly Attempt[]): IsoDate | undefined =>
  attempts.reduce<IsoDate | undefined>(
    (max, a) => (max === undefined || a.date > max ? a.date : max),
    undefined,
  );

/**
 * The next attempt of a contact plan after the attempts made so far, not before `on`: the first
 * step that still has attempts left (an attempt counts for the first step of its channel with
 * room), on the day after the last attempt of that step plus its spacing (default 1), or the day
 * after the last attempt of any step; home visits also get the part of day used least so far, so
 * that attempts vary in day and time (pilot-ouder-amstel-uithoorn-2019). `undefined` when the plan
 * is done. Typed input only (a plan from outside goes through `checkContactPlan` first).
 *
 * @example
 * ```ts
 * import { asIsoDate, nextAttempt, type ContactPlan } from '@signaalreis/core';
 * const plan: ContactPlan = { steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 3, spacingDays: 2 }] };
 * const made = [{ kind: 'Huisbezoek' as const, reached: false, date: asIsoDate('2026-10-27'), partOfDay: 'Ochtend' as const }];
 * nextAttempt(made, plan, asIsoDate('2026-10-26'));
 * // { date: '2026-10-29', step: { channel: 'home-visit', team: 'debt-assistance', partOfDay: 'Middag' } }
 * ```
 */
export function nextAttempt(
  attempts: readonly Attempt[],
  plan: ContactPlan,
  on: IsoDate,
): { date: IsoDate; step: NextStep } | undefined {
  const left = new Map<string, Attempt[]>(CHANNELS.map((c) => [c, []]));
  for (const a of attempts) {
    const channel = channelOfContactKind(a.kind);
    if (channel !== undefined) left.get(channel)?.push(a);
  }
  const last = latest(attempts);
  for (const step of plan.steps) {
    const pool = left.get(step.channel) ?? [];
    const mine = pool.splice(0, step.attempts);
    if (mine.length >= step.attempts) continue;
    const lastOfStep = latest(mine);
    const date =
      lastOfStep !== undefined
        ? addDays(lastOfStep, step.spacingDays ?? 1)
        : last !== undefined
          ? addDays(last, 1)
          : on;
    const earlier = attempts.filter((a) => channelOfContactKind(a.kind) === step.channel);
    const partOfDay = step.channel === 'home-visit' ? { partOfDay: freshPartOfDay(earlier) } : {};
    return {
      date: date < on ? on : date,
      step: { channel: step.channel, team: step.team, ...partOfDay },
    };
  }
  return undefined;
}

/**
 * Checks a contact plan (outside input) against a lifecycle table's contact rules: its shape, and
 * fewer attempts on a channel than `contact.minimumAttempts` asks (`too_few_attempts`; the pilot:
 * at least 3 home visits, pilot-ouder-amstel-uithoorn-2019). The value is the checked plan.
 *
 * @example
 * ```ts
 * import { checkContactPlan, type LifecycleTable } from '@signaalreis/core';
 * declare const pilot: LifecycleTable;
 * const r = checkContactPlan({ steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 2 }] }, pilot);
 * if (!r.ok) r.issues[0]?.code; // 'too_few_attempts'
 * ```
 */
export function checkContactPlan(plan: ContactPlan, table: LifecycleTable): Result<ContactPlan> {
  const parsed = ContactPlanSchema.safeParse(plan);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, ['plan']));
  const out: Issue[] = [];
  for (const [channel, minimum] of Object.entries(table.contact?.minimumAttempts ?? {})) {
    const steps = parsed.data.steps.filter((s) => s.channel === channel);
    const total = steps.reduce((n, s) => n + s.attempts, 0);
    if (steps.length > 0 && total < (minimum ?? 0))
      out.push(
        issue(
          'too_few_attempts',
          ['plan', 'steps'],
          MESSAGES.planTooFew(total, channel, table.id, minimum ?? 0),
        ),
      );
  }
  return out.length > 0 ? fail(out) : ok(parsed.data);
}

/** Problems of the record's state or the attempt's date (after both were parsed). */
function refusals(r: CaseRecord, date: IsoDate, table: LifecycleTable, day: IsoDate): Issue[] {
  const status = table.statuses.find((s) => s.id === r.status);
  if (status === undefined)
    return [issue('unknown_status', ['record', 'status'], MESSAGES.unknownStatus(r.status, table.id))];
  if (status.final)
    return [issue('attempt_not_allowed', ['record', 'status'], MESSAGES.attemptInFinal(r.status))];
  if (date > day)
    return [issue('attempt_in_future', ['attempt', 'date'], MESSAGES.attemptInFuture(date, day))];
  return [];
}

/**
 * Records a contact attempt made on or before `on` on a case record: stores it with its DDAS part
 * of day, clears the crisis deadline (the municipality acted), and when the resident was reached
 * clears the first-conversation deadline and the next attempt; otherwise the contact plan decides
 * the next attempt (`timers.nextAttempt`, `nextStep`). Refused with issues:
 * - a record in a final status of `table` (`attempt_not_allowed`, a conflict: reopen the case
 *   first, see {@link LIFECYCLE_CONFLICT_CODES}) or in a status the table does not know;
 * - bad input: the shapes (paths under `record`, `attempt`, `on`) and an attempt dated after `on`
 *   (`attempt_in_future`).
 *
 * @example
 * ```ts
 * import { asIsoDate, recordAttempt, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const record: CaseRecord;
 * declare const table: LifecycleTable;
 * const day = asIsoDate('2026-10-27');
 * const r = recordAttempt(record, { kind: 'Huisbezoek', reached: false, date: day, time: '19:05' }, table, day);
 * if (r.ok) r.value.attempts.at(-1)?.partOfDay; // 'Avond'
 * ```
 */
export function recordAttempt(
  record: CaseRecord,
  attempt: AttemptInput,
  table: LifecycleTable,
  on: LifecycleTime,
): Result<CaseRecord> {
  const parsedRecord = parseCaseRecord(record);
  const parsed = AttemptInputSchema.safeParse(attempt);
  const time = LifecycleTimeSchema.safeParse(on);
  if (!parsedRecord.success || !parsed.success || !time.success)
    return fail([
      ...(parsedRecord.success ? [] : issuesFromZod(parsedRecord.error, ['record'])),
      ...(parsed.success ? [] : issuesFromZod(parsed.error, ['attempt'])),
      ...(time.success ? [] : issuesFromZod(time.error, ['on'])),
    ]);
  const r = parsedRecord.data;
  const a = parsed.data;
  const refused = refusals(r, a.date, table, dayOf(time.data));
  if (refused.length > 0) return fail(refused);
  const part = a.partOfDay ?? partOfDay(a.time ?? '') ?? 'Ochtend';
  const attempts = [...r.attempts, { kind: a.kind, reached: a.reached, date: a.date, partOfDay: part }];
  const { crisisDeadline: _crisis, nextAttempt: _next, ...timers } = r.timers;
  const { nextStep: _step, ...rest } = r;
  if (a.reached) {
    const { firstConversation: _first, ...open } = timers;
    return ok({ ...rest, attempts, timers: open });
  }
  const next = r.plan === undefined ? undefined : nextAttempt(attempts, r.plan, a.date);
  return ok({
    ...rest,
    attempts,
    timers: next === undefined ? timers : { ...timers, nextAttempt: next.date },
    ...(next === undefined ? {} : { nextStep: next.step }),
  });
}
