// The pure transition function of the lifecycle: (record, event, table, on) → Result<{ record, effects }>.
import * as z from 'zod';
import { deadline } from '../calendar/deadlines';
import { DdasCaseResultSchema } from '../model/enums';
import { IsoDateSchema } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { channelOfContactKind } from './contact-kinds';
import { type LifecycleEffect, makeEffects } from './effects';
import { MESSAGES } from './messages';
import { type CaseRecord, Long, Short } from './record';
import { parseCaseRecord } from './record-fast';
import type { LifecycleTable, LifecycleTransition } from './schema';
import { fromStatuses } from './table-checks';
import { dayOf, type LifecycleTime, LifecycleTimeSchema } from './time';
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
    type: Short.min(1),
    actor: Short.min(1).optional(),
    reason: Long.min(1).optional(),
    result: DdasCaseResultSchema.optional(),
    followUp: z
      .object({ kind: FollowUpKindSchema, date: IsoDateSchema.optional(), note: Long.optional() })
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
  status: string,
  event: string,
  table: LifecycleTable,
): LifecycleTransition | undefined {
  return table.transitions.find((t) => t.event === event && fromStatuses(t, table).includes(status));
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
      out.push(issue('result_not_allowed', ['event', 'result'], MESSAGES.resultNotTaken(e.type)));
    if (rule === undefined) return 'keep';
    return 'set' in rule
      ? rule.set
      : r.attempts.some((a) => a.reached)
        ? rule.byContact.reached
        : rule.byContact.notReached;
  }
  if (e.result === undefined || !rule.fromEvent.includes(e.result)) {
    out.push(issue('result_required', ['event', 'result'], MESSAGES.resultFromList(e.type, rule.fromEvent)));
    return 'keep';
  }
  return e.result;
}

/** Unreached attempts per channel on different days, against the table's minimum (e.g. 3 home visits, `pilot-ouder-amstel-uithoorn-2019`). */
function missingAttempts(r: CaseRecord, table: LifecycleTable): Issue[] {
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
            MESSAGES.tooFewAttempts(days.size, channel, min ?? 0, table.contact?.source ?? ''),
          ),
        ];
  });
}

/** The transition taken instead when too few attempts were made: no result, its own target and effects. */
function instead(
  t: LifecycleTransition,
  alt: NonNullable<LifecycleTransition['tooFewAttempts']>,
): LifecycleTransition {
  return {
    from: t.from,
    event: t.event,
    ...(alt.to === undefined ? {} : { to: alt.to }),
    ...(alt.effects === undefined ? {} : { effects: alt.effects }),
  };
}

/**
 * Applies an event to a case record on `on`, by the table: only a declared transition changes the
 * record. Anything else is a failed Result (the caller keeps its record), never an exception:
 * - the status does not allow it now (HTTP 409, see {@link LIFECYCLE_CONFLICT_CODES}):
 *   `invalid_transition` (event not allowed in the status), `timer_not_due`, `too_few_attempts`
 *   (unless the transition says what happens then: `tooFewAttempts`, e.g. the pilot's automatic
 *   closure keeps the case open as "Geen contact, nog een poging");
 * - bad input (HTTP 422): the shape of record, event or `on` (zod codes, paths under `record`,
 *   `event`, `on`), `unknown_status`, `unknown_event`, `result_required`, `result_not_allowed`,
 *   `follow_up_required`, `follow_up_not_allowed`, `reason_required`, `help_without_follow_up`.
 *
 * Timer events consume their timer; a result cancels the automatic closure and the contact
 * deadlines; entering a final status stops the contact timers; leaving a final status needs a
 * reason and clears the result. Every applied event is logged in `audit` (at `on`).
 *
 * @example
 * ```ts
 * import { asLifecycleTime, transition, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const record: CaseRecord;
 * const help = { type: 'accept-help', result: '(Budget)advies en/of quick fix', followUp: { kind: 'quick-fix' } } as const;
 * const r = transition(record, help, table, asLifecycleTime('2026-11-02T10:15'));
 * if (r.ok) r.value.effects; // [{ type: 'notify-partner', partnerId: 'P1', signalIds: ['S1'], code: 'wants-help' }, { type: 'collection-pause', partnerId: 'P1', until: '2026-12-02' }]
 * else r.issues[0]?.code; // e.g. 'invalid_transition' when the case is already closed
 * ```
 */
export function transition(
  record: CaseRecord,
  event: string | LifecycleEvent,
  table: LifecycleTable,
  on: LifecycleTime,
): Result<{ record: CaseRecord; effects: LifecycleEffect[] }> {
  const rec = parseCaseRecord(record);
  const ev = LifecycleEventSchema.safeParse(typeof event === 'string' ? { type: event } : event);
  const time = LifecycleTimeSchema.safeParse(on);
  if (!rec.success || !ev.success || !time.success)
    return fail([
      ...(rec.success ? [] : issuesFromZod(rec.error, ['record'])),
      ...(ev.success ? [] : issuesFromZod(ev.error, ['event'])),
      ...(time.success ? [] : issuesFromZod(time.error, ['on'])),
    ]);
  return transitionChecked(rec.data, ev.data, table, time.data);
}

/**
 * {@link transition} of a record, event and moment already checked by their schemas (their parsed
 * values): what it does after its checks. Internal to the lifecycle — `applyDue` checks a record
 * once per step, not again for each call it makes (issue 14: a national month's `feedback` checked
 * every record four to five times).
 */
export function transitionChecked(
  r: CaseRecord,
  e: LifecycleEvent,
  table: LifecycleTable,
  at: LifecycleTime,
): Result<{ record: CaseRecord; effects: LifecycleEffect[] }> {
  const day = dayOf(at);
  const from = table.statuses.find((s) => s.id === r.status);
  if (from === undefined)
    return fail(issue('unknown_status', ['record', 'status'], MESSAGES.unknownStatus(r.status, table.id)));
  const def = table.events.find((d) => d.id === e.type);
  if (def === undefined)
    return fail(issue('unknown_event', ['event', 'type'], MESSAGES.unknownEvent(e.type)));
  const found = findTransition(r.status, e.type, table);
  if (found === undefined)
    return fail(issue('invalid_transition', ['event', 'type'], MESSAGES.notAllowed(e.type, r.status)));
  const missing = found.requiresMinimumAttempts ? missingAttempts(r, table) : [];
  const t = missing.length > 0 && found.tooFewAttempts ? instead(found, found.tooFewAttempts) : found;
  const issues: Issue[] = [];
  const timerDate = def.timer === undefined ? undefined : r.timers[def.timer];
  if (def.timer !== undefined && (timerDate === undefined || timerDate > day))
    issues.push(issue('timer_not_due', ['event', 'type'], MESSAGES.timerNotDue(def.timer, e.type, day)));
  const to = table.statuses.find((s) => s.id === (t.to ?? r.status)) ?? from;
  const reopens = from.final && to.id !== from.id;
  if (reopens && e.reason === undefined)
    issues.push(issue('reason_required', ['event', 'reason'], MESSAGES.reasonRequired(from.id)));
  const computed = resultOf(t, r, e, issues);
  const result = computed !== 'keep' ? computed : reopens && !to.final ? undefined : r.result;
  if (t.followUp === 'required' && e.followUp === undefined)
    issues.push(issue('follow_up_required', ['event', 'followUp'], MESSAGES.followUpRequired(e.type)));
  if (t.followUp === undefined && e.followUp !== undefined)
    issues.push(issue('follow_up_not_allowed', ['event', 'followUp'], MESSAGES.followUpNotTaken(e.type)));
  if (t.requiresMinimumAttempts) issues.push(...missing);
  if (to.final && result === undefined)
    issues.push(issue('result_required', ['event', 'result'], MESSAGES.finalNeedsResult(to.id)));
  if (issues.length > 0) return fail(issues);

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
        at,
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
  const effects = makeEffects(next, t, table, def.timer);
  return effects.ok ? ok({ record: next, effects: effects.value }) : effects;
}
