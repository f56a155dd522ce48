// Contact attempts (DDAS "contactpogingen") and the contact plan that decides the next attempt.
import * as z from 'zod';
import { addDays } from '../calendar/days';
import { CHANNELS } from '../model/enums';
import { IsoDateSchema } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import {
  channelOfContactKind,
  DDAS_PARTS_OF_DAY,
  DdasContactKindSchema,
  type DdasPartOfDay,
  DdasPartOfDaySchema,
  partOfDay,
} from './contact-kinds';
import { type CaseRecord, CaseRecordSchema } from './record';
import { type ContactPlan, ContactPlanSchema, type LifecycleTable } from './schema';

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
      .refine((t) => partOfDay(t) !== undefined, { message: 'Expected a time HH:mm' })
      .optional(),
    partOfDay: DdasPartOfDaySchema.optional(),
  })
  .strict()
  .refine((a) => a.time !== undefined || a.partOfDay !== undefined, {
    message: 'Give the time or the part of day of the attempt',
    path: ['time'],
  })
  .refine((a) => a.time === undefined || a.partOfDay === undefined || partOfDay(a.time) === a.partOfDay, {
    message: 'The time and the part of day disagree',
    path: ['partOfDay'],
  });
/**
 * One contact attempt as recorded: DDAS kind, reached or not, date, and the time (from which the
 * part of day follows) or the part of day itself.
 *
 * @example
 * ```ts
 * import type { AttemptInput } from '@signaalreis/core';
 * const a: AttemptInput = { kind: 'Telefoon', reached: true, date: '2026-10-28', partOfDay: 'Ochtend' };
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

/**
 * The next attempt of a contact plan after the attempts made so far: the first step that still has
 * attempts left (an attempt counts for the first step of its channel with room), on the day after
 * the last attempt of that step plus its spacing (default 1), or the day after the last attempt
 * of any step; home visits also get the part of day used least so far, so that attempts vary in
 * day and time (pilot-ouder-amstel-uithoorn-2019). `undefined` when the plan is done.
 *
 * @example
 * ```ts
 * import { nextAttempt } from '@signaalreis/core';
 * const plan = { steps: [{ channel: 'home-visit' as const, team: 'debt-assistance' as const, attempts: 3, spacingDays: 2 }] };
 * nextAttempt(plan, [{ kind: 'Huisbezoek', reached: false, date: '2026-10-27', partOfDay: 'Ochtend' }], '2026-10-26');
 * // { date: '2026-10-29', step: { channel: 'home-visit', team: 'debt-assistance', partOfDay: 'Middag' } }
 * ```
 */
export function nextAttempt(
  plan: ContactPlan,
  attempts: readonly Attempt[],
  start: string,
): { date: string; step: NextStep } | undefined {
  const left = new Map<string, Attempt[]>(CHANNELS.map((c) => [c, []]));
  for (const a of attempts) {
    const channel = channelOfContactKind(a.kind);
    if (channel !== undefined) left.get(channel)?.push(a);
  }
  const last = attempts.reduce<string | undefined>(
    (max, a) => (max === undefined || a.date > max ? a.date : max),
    undefined,
  );
  for (const step of plan.steps) {
    const pool = left.get(step.channel) ?? [];
    const mine = pool.splice(0, step.attempts);
    if (mine.length >= step.attempts) continue;
    const lastOfStep = mine.reduce<string | undefined>(
      (m, a) => (m === undefined || a.date > m ? a.date : m),
      undefined,
    );
    const date =
      lastOfStep !== undefined
        ? addDays(lastOfStep, step.spacingDays ?? 1)
        : last !== undefined
          ? addDays(last, 1)
          : start;
    const earlier = attempts.filter((a) => channelOfContactKind(a.kind) === step.channel);
    const partOfDay = step.channel === 'home-visit' ? { partOfDay: freshPartOfDay(earlier) } : {};
    return {
      date: date < start ? start : date,
      step: { channel: step.channel, team: step.team, ...partOfDay },
    };
  }
  return undefined;
}

/**
 * Issues of a contact plan against a lifecycle table's contact rules: fewer attempts on a channel
 * than `contact.minimumAttempts` asks (the pilot: at least 3 home visits, pilot-ouder-amstel-uithoorn-2019).
 *
 * @example
 * ```ts
 * import { checkContactPlan, type LifecycleTable } from '@signaalreis/core';
 * declare const pilot: LifecycleTable;
 * checkContactPlan(pilot, { steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 2 }] }); // [{ code: 'too_few_attempts', … }]
 * ```
 */
export function checkContactPlan(table: LifecycleTable, plan: ContactPlan): Issue[] {
  const parsed = ContactPlanSchema.safeParse(plan);
  if (!parsed.success) return issuesFromZod(parsed.error, ['plan']);
  const out: Issue[] = [];
  for (const [channel, minimum] of Object.entries(table.contact?.minimumAttempts ?? {})) {
    const steps = parsed.data.steps.filter((s) => s.channel === channel);
    const total = steps.reduce((n, s) => n + s.attempts, 0);
    if (steps.length > 0 && total < (minimum ?? 0))
      out.push(
        issue(
          'too_few_attempts',
          ['plan', 'steps'],
          `The plan makes ${total} ${channel} attempt(s); table "${table.id}" asks at least ${minimum}`,
        ),
      );
  }
  return out;
}

/**
 * Records a contact attempt on a case record: stores it with its DDAS part of day, clears the
 * crisis deadline (the municipality acted), and when the resident was reached clears the
 * first-conversation deadline and the next attempt; otherwise the contact plan decides the next
 * attempt (`timers.nextAttempt`, `nextStep`). Bad input gives issues and the record unchanged.
 *
 * @example
 * ```ts
 * import { recordAttempt, type CaseRecord } from '@signaalreis/core';
 * declare const record: CaseRecord;
 * const { record: next, issues } = recordAttempt(record, { kind: 'Huisbezoek', reached: false, date: '2026-10-27', time: '19:05' });
 * next.attempts.at(-1)?.partOfDay; // 'Avond'
 * ```
 */
export function recordAttempt(
  record: CaseRecord,
  input: AttemptInput,
): { record: CaseRecord; issues: Issue[] } {
  const parsedRecord = CaseRecordSchema.safeParse(record);
  const parsed = AttemptInputSchema.safeParse(input);
  const issues = [
    ...(parsedRecord.success ? [] : issuesFromZod(parsedRecord.error, ['record'])),
    ...(parsed.success ? [] : issuesFromZod(parsed.error, ['attempt'])),
  ];
  if (!parsedRecord.success || !parsed.success) return { record, issues };
  const r = parsedRecord.data;
  const a = parsed.data;
  const part = a.partOfDay ?? partOfDay(a.time ?? '') ?? 'Ochtend';
  const attempts = [...r.attempts, { kind: a.kind, reached: a.reached, date: a.date, partOfDay: part }];
  const { crisisDeadline: _crisis, nextAttempt: _next, ...timers } = r.timers;
  const { nextStep: _step, ...rest } = r;
  if (a.reached) {
    const { firstConversation: _first, ...open } = timers;
    return { record: { ...rest, attempts, timers: open }, issues: [] };
  }
  const next = r.plan === undefined ? undefined : nextAttempt(r.plan, attempts, a.date);
  return {
    record: {
      ...rest,
      attempts,
      timers: next === undefined ? timers : { ...timers, nextAttempt: next.date },
      ...(next === undefined ? {} : { nextStep: next.step }),
    },
    issues: [],
  };
}
