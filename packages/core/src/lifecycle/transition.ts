// The pure transition function of the lifecycle: (table, record, event, now) → record, effects, issues.

import * as z from 'zod';
import { deadline } from '../calendar/deadlines';
import { DdasCaseResultSchema } from '../model/enums';
import { IsoDateSchema } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { channelOfContactKind } from './contact-kinds';
import { type LifecycleEffect, makeEffects } from './effects';
import { type CaseRecord, CaseRecordSchema, dayOf, type LifecycleTime, LifecycleTimeSchema } from './record';
import type { LifecycleTable, LifecycleTransition } from './schema';
import { fromStatuses } from './table-checks';
import { FollowUpKindSchema, type TimerId } from './vocabulary';

/**
 * zod schema of a {@link LifecycleEvent}.
 *
 * @example
 * ```ts
 * import { LifecycleEventSchema } from '@signaalreis/core';
 * LifecycleEventSchema.parse({ type: 'reopen', reason: 'resident called back', actor: 'advisor-7' });
 * ```
 */
export const LifecycleEventSchema = z
  .object({
    type: z.string().min(1),
    actor: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
    result: DdasCaseResultSchema.optional(),
    followUp: z
      .object({ kind: FollowUpKindSchema, date: IsoDateSchema.optional(), note: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();
/**
 * An event sent to a case: its id in the table, and as needed who sent it, why (required to change
 * a final status), the result and the concrete follow-up. A plain string is an event without data.
 *
 * @example
 * ```ts
 * import type { LifecycleEvent } from '@signaalreis/core';
 * const e: LifecycleEvent = { type: 'accept-help', result: '(Budget)advies en/of quick fix', followUp: { kind: 'payment-arrangement' } };
 * ```
 */
export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;

/**
 * The outcome of {@link transition}: the new record (the old one when there are issues), the
 * effects to carry out, and the issues.
 *
 * @example
 * ```ts
 * import type { TransitionOutcome } from '@signaalreis/core';
 * const ok = (o: TransitionOutcome) => o.issues.length === 0;
 * ```
 */
export interface TransitionOutcome {
  record: CaseRecord;
  effects: LifecycleEffect[];
  issues: Issue[];
}

/** Timers a result clears: the case was dealt with, so no automatic closure, and the contact deadlines are met. */
export const CLEARED_BY_RESULT = [
  'autoClose',
  'firstConversation',
  'crisisDeadline',
] as const satisfies TimerId[];
/** Timers entering a final status clears: no more contact deadlines or attempts. */
export const CLEARED_BY_FINAL = [
  'crisisDeadline',
  'firstConversation',
  'nextAttempt',
] as const satisfies TimerId[];

/** The transition of the table that handles `event` in `status`, if any. */
export function findTransition(
  table: LifecycleTable,
  status: string,
  event: string,
): LifecycleTransition | undefined {
  return table.transitions.find((t) => t.event === event && fromStatuses(table, t).includes(status));
}

function resultOf(
  t: LifecycleTransition,
  r: CaseRecord,
  e: LifecycleEvent,
  out: Issue[],
): CaseRecord['result'] | 'keep' {
  const rule = t.result;
  if (rule === undefined || !('fromEvent' in rule)) {
    if (e.result !== undefined)
      out.push(issue('result_not_allowed', ['event', 'result'], `Event "${e.type}" does not take a result`));
    if (rule === undefined) return 'keep';
    return 'set' in rule
      ? rule.set
      : r.attempts.some((a) => a.reached)
        ? rule.byContact.reached
        : rule.byContact.notReached;
  }
  if (e.result === undefined || !rule.fromEvent.includes(e.result)) {
    out.push(
      issue(
        'result_required',
        ['event', 'result'],
        `Event "${e.type}" needs a result, one of: ${rule.fromEvent.join('; ')}`,
      ),
    );
    return 'keep';
  }
  return e.result;
}

/** Unreached attempts per channel on different days, against the table's minimum (e.g. 3 home visits, `pilot-ouder-amstel-uithoorn-2019`). */
function missingAttempts(table: LifecycleTable, r: CaseRecord): Issue[] {
  const minimum = table.contact?.minimumAttempts ?? {};
  return Object.entries(minimum).flatMap(([channel, min]) => {
    const days = new Set(
      r.attempts.filter((a) => !a.reached && channelOfContactKind(a.kind) === channel).map((a) => a.date),
    );
    return days.size >= (min ?? 0)
      ? []
      : [
          issue(
            'too_few_attempts',
            ['record', 'attempts'],
            `${days.size} unreached ${channel} attempt(s) on different days; at least ${min} needed first (${table.contact?.source ?? ''})`,
          ),
        ];
  });
}

/**
 * Applies an event to a case record at `now`, by the table: only a declared transition changes the
 * record; anything else (unknown event, event not allowed in the status, timer not yet due, missing
 * result, follow-up or reason) comes back as issues with the record unchanged, never as an exception.
 * Timer events consume their timer; a result cancels the automatic closure and the contact
 * deadlines; entering a final
 * status stops the contact timers; leaving a final status needs a reason and clears the result.
 * Every applied event is logged in `audit`.
 *
 * @example
 * ```ts
 * import { transition, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const record: CaseRecord;
 * const { record: next, effects, issues } = transition(table, record, { type: 'accept-help', result: '(Budget)advies en/of quick fix', followUp: { kind: 'quick-fix' } }, '2026-11-02');
 * effects; // [{ type: 'notify-partner', partnerId: 'P1', signalIds: ['S1'], code: 'wants-help' }, { type: 'collection-pause', partnerId: 'P1', until: '2026-12-02' }]
 * ```
 */
export function transition(
  table: LifecycleTable,
  record: CaseRecord,
  event: string | LifecycleEvent,
  now: LifecycleTime,
): TransitionOutcome {
  const none = (issues: Issue[]): TransitionOutcome => ({ record, effects: [], issues });
  const rec = CaseRecordSchema.safeParse(record);
  const ev = LifecycleEventSchema.safeParse(typeof event === 'string' ? { type: event } : event);
  const time = LifecycleTimeSchema.safeParse(now);
  const bad = [
    ...(rec.success ? [] : issuesFromZod(rec.error, ['record'])),
    ...(ev.success ? [] : issuesFromZod(ev.error, ['event'])),
    ...(time.success ? [] : issuesFromZod(time.error, ['now'])),
  ];
  if (!rec.success || !ev.success || !time.success) return none(bad);
  const r = rec.data;
  const e = ev.data;
  const day = dayOf(now);
  const from = table.statuses.find((s) => s.id === r.status);
  if (from === undefined)
    return none([
      issue('unknown_status', ['record', 'status'], `Status "${r.status}" is not in table "${table.id}"`),
    ]);
  const def = table.events.find((d) => d.id === e.type);
  if (def === undefined)
    return none([issue('unknown_event', ['event', 'type'], `Unknown event "${e.type}"`)]);
  const t = findTransition(table, r.status, e.type);
  if (t === undefined)
    return none([
      issue(
        'invalid_transition',
        ['event', 'type'],
        `Event "${e.type}" is not allowed in status "${r.status}"`,
      ),
    ]);
  const issues: Issue[] = [];
  const timerDate = def.timer === undefined ? undefined : r.timers[def.timer];
  if (def.timer !== undefined && (timerDate === undefined || timerDate > day))
    issues.push(
      issue('timer_not_due', ['event', 'type'], `Timer "${def.timer}" of "${e.type}" is not due on ${day}`),
    );
  const to = table.statuses.find((s) => s.id === (t.to ?? r.status)) ?? from;
  const reopens = from.final && to.id !== from.id;
  if (reopens && e.reason === undefined)
    issues.push(
      issue('reason_required', ['event', 'reason'], `Changing final status "${from.id}" needs a reason`),
    );
  const computed = resultOf(t, r, e, issues);
  const result = computed !== 'keep' ? computed : reopens && !to.final ? undefined : r.result;
  if (t.followUp === 'required' && e.followUp === undefined)
    issues.push(
      issue('follow_up_required', ['event', 'followUp'], `Event "${e.type}" needs a concrete follow-up`),
    );
  if (t.followUp === undefined && e.followUp !== undefined)
    issues.push(
      issue('follow_up_not_allowed', ['event', 'followUp'], `Event "${e.type}" does not take a follow-up`),
    );
  if (t.requiresMinimumAttempts) issues.push(...missingAttempts(table, r));
  if (to.final && result === undefined)
    issues.push(issue('result_required', ['event', 'result'], `Final status "${to.id}" needs a result`));
  if (issues.length > 0) return none(issues);

  const timers = { ...r.timers };
  if (def.timer !== undefined) delete timers[def.timer];
  if (result !== undefined) for (const timer of CLEARED_BY_RESULT) delete timers[timer];
  if (to.final) for (const timer of CLEARED_BY_FINAL) delete timers[timer];
  const { result: _r, followUp: _f, nextStep, ...base } = r;
  const followUp =
    e.followUp !== undefined
      ? {
          kind: e.followUp.kind,
          date: e.followUp.date ?? day,
          ...(e.followUp.note ? { note: e.followUp.note } : {}),
        }
      : reopens && !to.final
        ? undefined
        : r.followUp;
  const next: CaseRecord = {
    ...base,
    status: to.id,
    ...(result === undefined ? {} : { result }),
    ...(followUp === undefined ? {} : { followUp }),
    ...(nextStep === undefined || to.final ? {} : { nextStep }),
    timers,
    audit: [
      ...r.audit,
      {
        at: now,
        actor: e.actor ?? (def.timer === undefined ? 'municipality' : 'system'),
        from: from.id,
        to: to.id,
        event: e.type,
        ...(e.reason === undefined ? {} : { reason: e.reason }),
        ...(result === undefined || result === r.result ? {} : { result }),
      },
    ],
  };
  if (t.effects?.some((x) => x.type === 'collection-pause'))
    next.timers.collectionPauseUntil = deadline('collection-pause', day);
  const out = makeEffects(table, t, next, def.timer);
  return out.issues.length > 0 ? none(out.issues) : out;
}

/** Whether `day` (YYYY-MM-DD) has reached the stored timer date. */
export const isDue = (timerDate: string | undefined, day: string): timerDate is string =>
  timerDate !== undefined && timerDate <= day;
