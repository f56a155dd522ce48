// Whether a stored case record can have come about by the table: its audit trail replayed through
// the table's transitions must lead to its status and result, and a final record must be inert.
// For records read back from files (`signaalreis feedback`), which anyone may have edited.

import { type Issue, issue } from '../model/issue';
import { checkJsonValue } from '../model/json-value';
import { excerpt } from '../model/redact';
import { issuesFromZod } from '../model/zod-issues';
import { type CaseRecord, CaseRecordSchema } from './record';
import type { LifecycleStatus, LifecycleTable, LifecycleTransition } from './schema';
import { CLEARED_BY_FINAL, CLEARED_BY_RESULT, findTransition } from './transition';

const q = (value: string | null | undefined) => (value == null ? 'nothing' : `"${excerpt(value)}"`);

// Every message of this module, in one place (to be translated with the others).
const MESSAGES = {
  empty: 'The audit trail is empty; it must start with the creation of the record',
  start: 'The audit trail must start with the creation of the record (event "create", from nothing)',
  createdAt: (at: string, createdAt: string) =>
    `The record was created at ${q(at)} by its audit trail, but says ${q(createdAt)}`,
  unknownStatus: (id: string, table: string) => `Status ${q(id)} is not in lifecycle table "${table}"`,
  gap: (from: string | null, before: string) =>
    `This entry starts in ${q(from)}, but the audit trail was in ${q(before)}`,
  unknownEvent: (id: string) => `Event ${q(id)} is not in the lifecycle table`,
  notAllowed: (event: string, from: string) => `Event ${q(event)} is not allowed in status ${q(from)}`,
  elsewhere: (event: string, from: string, to: string, logged: string) =>
    `Event ${q(event)} leads from ${q(from)} to ${q(to)}, not to ${q(logged)}`,
  reason: (from: string) => `Leaving final status ${q(from)} needs a reason, and this entry has none`,
  noResult: (to: string) => `Final status ${q(to)} needs a result, and the audit trail gives none`,
  resultNotAllowed: (event: string) => `Event ${q(event)} does not set a result`,
  resultRule: (event: string, result: string | undefined) =>
    `Event ${q(event)} cannot leave the result ${q(result)}`,
  status: (status: string, trail: string | undefined) =>
    `The record is in status ${q(status)}, but its audit trail leads to ${q(trail)}`,
  result: (result: string | undefined, trail: string | undefined) =>
    `The record's result is ${q(result)}, but its audit trail gives ${q(trail)}`,
  liveTimer: (timer: string, why: string) => `Timer ${timer} is still set, but ${why} stops it`,
} as const;

type Entry = CaseRecord['audit'][number];
interface Replay {
  status: string | undefined;
  result: string | undefined;
  /** Unknown statuses already reported: one issue each, at its first place in the trail. */
  unknown: Set<string>;
}

function unknownStatus(
  table: LifecycleTable,
  id: string,
  path: (string | number)[],
  now: Replay,
  out: Issue[],
) {
  if (now.unknown.has(id)) return;
  now.unknown.add(id);
  out.push(issue('unknown_status', path, MESSAGES.unknownStatus(id, table.id)));
}

/** Whether `result` is what the transition's result rule can leave. */
function fitsRule(t: LifecycleTransition, result: string | undefined): boolean {
  const rule = t.result;
  if (rule === undefined) return true;
  if ('set' in rule) return result === rule.set;
  if ('fromEvent' in rule) return result !== undefined && (rule.fromEvent as string[]).includes(result);
  return result === rule.byContact.reached || result === rule.byContact.notReached;
}

/** Checks one audit entry after the first against the table; moves the replay on. */
function step(
  table: LifecycleTable,
  statuses: ReadonlyMap<string, LifecycleStatus>,
  e: Entry,
  at: (string | number)[],
  now: Replay,
  out: Issue[],
): void {
  if (e.from !== now.status)
    out.push(issue('audit_gap', [...at, 'from'], MESSAGES.gap(e.from, now.status ?? '')));
  const from = statuses.get(e.from ?? '');
  const to = statuses.get(e.to);
  if (e.from !== null && from === undefined) unknownStatus(table, e.from, [...at, 'from'], now, out);
  if (to === undefined) unknownStatus(table, e.to, [...at, 'to'], now, out);
  now.status = e.to;
  if (e.result !== undefined) now.result = e.result; // followed even past a bad entry: one problem, one issue
  if (!table.events.some((d) => d.id === e.event)) {
    out.push(issue('unknown_event', [...at, 'event'], MESSAGES.unknownEvent(e.event)));
    return;
  }
  if (from === undefined || to === undefined) return;
  const t = findTransition(table, from.id, e.event);
  if (t === undefined) {
    out.push(issue('invalid_transition', [...at, 'event'], MESSAGES.notAllowed(e.event, from.id)));
    return;
  }
  const target = t.to ?? from.id;
  if (target !== to.id) {
    out.push(issue('invalid_transition', [...at, 'to'], MESSAGES.elsewhere(e.event, from.id, target, to.id)));
    return;
  }
  const reopens = from.final && to.id !== from.id;
  if (reopens && e.reason === undefined)
    out.push(issue('reason_required', [...at, 'reason'], MESSAGES.reason(from.id)));
  if (t.result === undefined && e.result !== undefined)
    out.push(issue('result_not_allowed', [...at, 'result'], MESSAGES.resultNotAllowed(e.event)));
  if (e.result === undefined && t.result === undefined && reopens && !to.final) now.result = undefined;
  if (!fitsRule(t, now.result))
    out.push(issue('result_mismatch', [...at, 'result'], MESSAGES.resultRule(e.event, now.result)));
  if (to.final && now.result === undefined) out.push(issue('result_required', at, MESSAGES.noResult(to.id)));
}

/** Replays the audit trail; returns where it leads (status and result). */
function replay(table: LifecycleTable, r: CaseRecord, out: Issue[]): Replay {
  const [first, ...rest] = r.audit;
  if (first === undefined) {
    out.push(issue('audit_start', ['audit'], MESSAGES.empty));
    return { status: undefined, result: undefined, unknown: new Set() };
  }
  if (first.event !== 'create' || first.from !== null)
    out.push(issue('audit_start', ['audit', 0], MESSAGES.start));
  else if (first.at !== r.createdAt)
    out.push(issue('audit_start', ['audit', 0, 'at'], MESSAGES.createdAt(first.at, r.createdAt)));
  const now: Replay = { status: first.to, result: first.result, unknown: new Set() };
  if (!table.statuses.some((s) => s.id === first.to))
    unknownStatus(table, first.to, ['audit', 0, 'to'], now, out);
  const statuses = new Map(table.statuses.map((s) => [s.id, s]));
  rest.forEach((entry, i) => {
    step(table, statuses, entry, ['audit', i + 1], now, out);
  });
  return now;
}

/**
 * Whether a stored case record can have come about by `table` — for records read back from a
 * file that anyone may have edited. Checks, each problem an issue with its path in the record:
 * - the shape ({@link CaseRecordSchema}), and that the value is JSON within the limits;
 * - the audit trail replayed through the table: it starts with `create` (at `createdAt`), every
 *   entry starts where the previous one ended (`audit_gap`), uses a known event that the table
 *   allows in that status and that leads where the entry says (`invalid_transition`), leaving a
 *   final status has a reason, results fit the transition's result rule, and a final status has a
 *   result;
 * - the record's `status` and `result` are where the trail leads (`status_mismatch`,
 *   `result_mismatch`), and the status is in the table (`unknown_status`);
 * - inert when dealt with: a record with a result holds no `autoClose`, `firstConversation` or
 *   `crisisDeadline` timer, and a record in a final status no `crisisDeadline`,
 *   `firstConversation` or `nextAttempt` (`live_timer`) — `transition` clears them, so they can
 *   only come from an edit, and some would still fire. `collectionPauseUntil` may run on after
 *   closure: the partner must hear when the pause ends.
 *
 * Contact attempts and follow-ups are not in the audit trail and are not replayed. Record an
 * attempt on a closed case after reopening it: with a contact plan, `recordAttempt` plans a next
 * attempt, which a final record may not hold.
 *
 * @example
 * ```ts
 * import { createRecord, transition, verifyRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const ddas: LifecycleTable;
 * const created = createRecord({ caseId: 'C1', status: 'picked-up', signals: [{ signalId: 'S1', partnerId: 'P1', sector: 'rent' }] }, '2026-10-26');
 * if (created.ok) {
 *   verifyRecord(ddas, created.value); // []
 *   verifyRecord(ddas, { ...created.value, status: 'closed' });
 *   // [{ code: 'status_mismatch', path: ['status'], message: 'The record is in status "closed", but its audit trail leads to "picked-up"' }]
 * }
 * ```
 */
export function verifyRecord(table: LifecycleTable, record: unknown): Issue[] {
  const limits = checkJsonValue(record);
  if (limits.length > 0) return limits;
  const parsed = CaseRecordSchema.safeParse(record);
  if (!parsed.success) return issuesFromZod(parsed.error);
  const r = parsed.data;
  const out: Issue[] = [];
  const trail = replay(table, r, out);
  const status = table.statuses.find((s) => s.id === r.status);
  if (status === undefined)
    out.push(issue('unknown_status', ['status'], MESSAGES.unknownStatus(r.status, table.id)));
  else if (trail.status !== undefined && trail.status !== r.status)
    out.push(issue('status_mismatch', ['status'], MESSAGES.status(r.status, trail.status)));
  if (r.audit.length > 0 && trail.result !== r.result)
    out.push(issue('result_mismatch', ['result'], MESSAGES.result(r.result, trail.result)));
  const live = new Map<string, string>();
  if (r.result !== undefined) for (const t of CLEARED_BY_RESULT) live.set(t, 'the result');
  if (status?.final) for (const t of CLEARED_BY_FINAL) live.set(t, `final status "${status.id}"`);
  for (const [timer, why] of live)
    if (r.timers[timer as keyof CaseRecord['timers']] !== undefined)
      out.push(issue('live_timer', ['timers', timer], MESSAGES.liveTimer(timer, why)));
  return out;
}
