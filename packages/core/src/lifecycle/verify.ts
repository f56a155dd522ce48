// Whether a stored case record can have come about by the table: its audit trail replayed through
// the table's transitions must lead to its status and result, and a final record must be inert.
// For records read back from files (`signaalreis feedback`), which anyone may have edited.

import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { checkJsonValue } from '../model/json-value';
import type { Bilingual } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';
import { VERIFY_MESSAGES as MESSAGES } from './messages';
import { type CaseRecord, CaseRecordSchema } from './record';
import { parseCaseRecord } from './record-fast';
import type { LifecycleStatus, LifecycleTable, LifecycleTransition } from './schema';
import { CLEARED_BY_FINAL, CLEARED_BY_RESULT, findTransition } from './transition';

type Entry = CaseRecord['audit'][number];
interface Replay {
  status: string | undefined;
  result: string | undefined;
  /** Unknown statuses already reported: one issue each, at its first place in the trail. */
  unknown: Set<string>;
}

function unknownStatus(
  id: string,
  table: LifecycleTable,
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
  e: Entry,
  at: (string | number)[],
  table: LifecycleTable,
  statuses: ReadonlyMap<string, LifecycleStatus>,
  now: Replay,
  out: Issue[],
): void {
  if (e.from !== now.status)
    out.push(issue('audit_gap', [...at, 'from'], MESSAGES.gap(e.from, now.status ?? '')));
  const from = statuses.get(e.from ?? '');
  const to = statuses.get(e.to);
  if (e.from !== null && from === undefined) unknownStatus(e.from, table, [...at, 'from'], now, out);
  if (to === undefined) unknownStatus(e.to, table, [...at, 'to'], now, out);
  now.status = e.to;
  if (e.result !== undefined) now.result = e.result; // followed even past a bad entry: one problem, one issue
  if (!table.events.some((d) => d.id === e.event)) {
    out.push(issue('unknown_event', [...at, 'event'], MESSAGES.unknownEvent(e.event)));
    return;
  }
  if (from === undefined || to === undefined) return;
  const t = findTransition(from.id, e.event, table);
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
function replay(r: CaseRecord, table: LifecycleTable, out: Issue[]): Replay {
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
    unknownStatus(first.to, table, ['audit', 0, 'to'], now, out);
  const statuses = new Map(table.statuses.map((s) => [s.id, s]));
  rest.forEach((entry, i) => {
    step(entry, ['audit', i + 1], table, statuses, now, out);
  });
  return now;
}

/**
 * Whether a stored case record can have come about by `table` — for records read back from a
 * file that anyone may have edited. The value is the checked record (with its brands); every
 * problem is an issue with its path in the record:
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
 * Contact attempts and follow-ups are not in the audit trail and are not replayed;
 * `recordAttempt` refuses attempts in a final status, so reopen a closed case first.
 *
 * @example
 * ```ts
 * import { asCaseId, asIsoDate, asPartnerId, asSignalId, createRecord, verifyRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const ddas: LifecycleTable;
 * const signals = [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'rent' as const }];
 * const created = createRecord({ caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals }, asIsoDate('2026-10-26'));
 * if (created.ok) {
 *   verifyRecord(created.value, ddas).ok; // true
 *   const edited = verifyRecord({ ...created.value, status: 'closed' }, ddas);
 *   if (!edited.ok) edited.issues[0]?.message.nl; // 'Het dossier heeft status "closed", maar het logboek leidt naar "picked-up"'
 * }
 * ```
 */
export function verifyRecord(record: unknown, table: LifecycleTable): Result<CaseRecord> {
  const limits = checkJsonValue(record);
  if (limits.length > 0) return fail(limits);
  const parsed = parseCaseRecord(record);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const r = parsed.data;
  const out: Issue[] = [];
  const trail = replay(r, table, out);
  const status = table.statuses.find((s) => s.id === r.status);
  if (status === undefined)
    out.push(issue('unknown_status', ['status'], MESSAGES.unknownStatus(r.status, table.id)));
  else if (trail.status !== undefined && trail.status !== r.status)
    out.push(issue('status_mismatch', ['status'], MESSAGES.status(r.status, trail.status)));
  if (r.audit.length > 0 && trail.result !== r.result)
    out.push(issue('result_mismatch', ['result'], MESSAGES.result(r.result, trail.result)));
  const live = new Map<string, Bilingual>();
  if (r.result !== undefined) for (const t of CLEARED_BY_RESULT) live.set(t, MESSAGES.byResult);
  if (status?.final) for (const t of CLEARED_BY_FINAL) live.set(t, MESSAGES.byFinal(status.id));
  for (const [timer, why] of live)
    if (r.timers[timer as keyof CaseRecord['timers']] !== undefined)
      out.push(issue('live_timer', ['timers', timer], MESSAGES.liveTimer(timer, why)));
  return out.length > 0 ? fail(out) : ok(r);
}
