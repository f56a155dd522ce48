// Checks that need the whole lifecycle table: ids that must exist, statuses that cannot be reached,
// final statuses that say they reopen but cannot, ambiguous transitions and leaking reasons.
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { TABLE_MESSAGES as M } from './messages';
import type { LifecycleTable, LifecycleTransition } from './schema';

/** The statuses a transition applies in (see LifecycleTableSchema for `*`). */
export function fromStatuses(t: LifecycleTransition, table: LifecycleTable): string[] {
  if (t.from === '*') return table.statuses.filter((s) => !s.final || t.to === undefined).map((s) => s.id);
  return typeof t.from === 'string' ? [t.from] : t.from;
}

/** Paths of the explicit `from` ids of transition `i` with their positions. */
function explicitFrom(t: LifecycleTransition, i: number): { id: string; path: (string | number)[] }[] {
  if (t.from === '*') return [];
  if (typeof t.from === 'string') return [{ id: t.from, path: ['transitions', i, 'from'] }];
  return t.from.map((id, j) => ({ id, path: ['transitions', i, 'from', j] }));
}

function duplicates(
  ids: string[],
  path: (i: number) => (string | number)[],
  what: 'status' | 'event',
): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(issue('duplicate_id', path(i), M.duplicateId(what, id)));
    seen.add(id);
  });
  return out;
}

function checkIds(table: LifecycleTable): Issue[] {
  const out = [
    ...duplicates(
      table.statuses.map((s) => s.id),
      (i) => ['statuses', i, 'id'],
      'status',
    ),
    ...duplicates(
      table.events.map((e) => e.id),
      (i) => ['events', i, 'id'],
      'event',
    ),
  ];
  const timers = new Set<string>();
  table.events.forEach((e, i) => {
    if (e.timer === undefined) return;
    if (timers.has(e.timer))
      out.push(issue('duplicate_timer', ['events', i, 'timer'], M.duplicateTimer(e.timer)));
    timers.add(e.timer);
  });
  const intake = new Set<string>();
  table.statuses.forEach((s, i) => {
    (s.intake ?? []).forEach((d, j) => {
      if (intake.has(d))
        out.push(issue('duplicate_intake', ['statuses', i, 'intake', j], M.duplicateIntake(d)));
      intake.add(d);
    });
  });
  if (!table.statuses.some((s) => s.id === table.initial))
    out.push(issue('unknown_status', ['initial'], M.unknownInitial(table.initial)));
  return out;
}

function checkTransitions(table: LifecycleTable): Issue[] {
  const out: Issue[] = [];
  const status = new Map(table.statuses.map((s) => [s.id, s]));
  const events = new Set(table.events.map((e) => e.id));
  const claimed = new Map<string, number>();
  table.transitions.forEach((t, i) => {
    for (const { id, path } of explicitFrom(t, i)) {
      const s = status.get(id);
      if (s === undefined) out.push(issue('unknown_status', path, M.fromUnknown(id)));
      else if (s.final && !s.reopenable && t.to !== undefined && t.to !== id)
        out.push(issue('final_status_left', path, M.finalLeft(id, i)));
    }
    if (t.to !== undefined && !status.has(t.to))
      out.push(issue('unknown_status', ['transitions', i, 'to'], M.toUnknown(t.to)));
    const alt = t.tooFewAttempts?.to;
    if (alt !== undefined && !status.has(alt))
      out.push(issue('unknown_status', ['transitions', i, 'tooFewAttempts', 'to'], M.toUnknown(alt)));
    if (!events.has(t.event))
      out.push(issue('unknown_event', ['transitions', i, 'event'], M.onUnknown(t.event)));
    for (const from of fromStatuses(t, table)) {
      const key = `${from}\u0000${t.event}`;
      const other = claimed.get(key);
      if (other !== undefined)
        out.push(issue('ambiguous_transition', ['transitions', i], M.ambiguous(t.event, from, other)));
      else claimed.set(key, i);
    }
  });
  return out;
}

function checkReachability(table: LifecycleTable): Issue[] {
  const reached = new Set<string>([table.initial]);
  for (const s of table.statuses) if ((s.intake ?? []).length > 0) reached.add(s.id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of table.transitions) {
      if (t.to === undefined || reached.has(t.to)) continue;
      if (fromStatuses(t, table).some((f) => reached.has(f))) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  const out: Issue[] = [];
  table.statuses.forEach((s, i) => {
    if (!reached.has(s.id))
      out.push(issue('unreachable_status', ['statuses', i], M.unreachable(s.id, table.initial)));
    const leaves = table.transitions.some(
      (t) => t.to !== undefined && t.to !== s.id && t.from !== '*' && fromStatuses(t, table).includes(s.id),
    );
    if (s.final && s.reopenable && !leaves)
      out.push(issue('no_reopen_transition', ['statuses', i, 'reopenable'], M.noReopen(s.id)));
  });
  return out;
}

function checkFeedback(table: LifecycleTable): Issue[] {
  const out: Issue[] = [];
  const mapped = new Set<string>();
  table.feedback.codes.forEach((c, i) => {
    c.results.forEach((r, j) => {
      const path = ['feedback', 'codes', i, 'results', j];
      if (mapped.has(r)) out.push(issue('duplicate_result', path, M.duplicateResult(r)));
      mapped.add(r);
      if (r === 'Niet opgepakt: andere reden' && c.code !== 'not-picked-up')
        out.push(issue('reason_leak', path, M.reasonLeak(r)));
    });
  });
  return out;
}

/**
 * Checks a structurally valid lifecycle table as a whole (see `loadLifecycleTable`): duplicate
 * ids, unknown statuses and events, unreachable statuses, ambiguous transitions, final statuses
 * that are left although not reopenable or that say they reopen but cannot, and feedback that
 * would leak the reason of "not picked up". The value is the table when it is sound.
 *
 * @example
 * ```ts
 * import { checkLifecycleTable, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * const r = checkLifecycleTable(table);
 * if (!r.ok) r.issues.map((i) => `${i.path.join('.')}: ${i.message.nl}`);
 * ```
 */
export function checkLifecycleTable(table: LifecycleTable): Result<LifecycleTable> {
  const issues = [
    ...checkIds(table),
    ...checkTransitions(table),
    ...checkReachability(table),
    ...checkFeedback(table),
  ];
  return issues.length > 0 ? fail(issues) : ok(table);
}
