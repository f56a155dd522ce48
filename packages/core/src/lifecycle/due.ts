// Which stored timers are due: a pure function of the records and the date, so a daily run (or a
// run a week late) finds the same work; and applying everything due to one record.
import { type Issue, issue } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import type { LifecycleEffect } from './effects';
import { type CaseRecord, CaseRecordSchema, dayOf, type LifecycleTime, LifecycleTimeSchema } from './record';
import type { LifecycleTable } from './schema';
import { findTransition, type TransitionOutcome, transition } from './transition';
import { TIMERS, type TimerId } from './vocabulary';

/**
 * A timer event that is due: case, event, the timer that raises it and the stored date it fell due.
 *
 * @example
 * ```ts
 * import type { DueEvent } from '@signaalreis/core';
 * const d: DueEvent = { caseId: 'C1', event: 'auto-close', timer: 'autoClose', at: '2026-11-23' };
 * ```
 */
export interface DueEvent {
  caseId: string;
  event: string;
  timer: TimerId;
  at: string;
}

function dueFor(table: LifecycleTable, r: CaseRecord, day: string): DueEvent[] {
  const out: DueEvent[] = [];
  for (const timer of TIMERS) {
    const at = r.timers[timer];
    if (at === undefined || at > day) continue;
    const event = table.events.find((e) => e.timer === timer);
    if (event === undefined || findTransition(table, r.status, event.id) === undefined) continue;
    out.push({ caseId: r.caseId, event: event.id, timer, at });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The timer events due on `now` (date part): for each record, each stored timer whose date is on
 * or before `now` and whose event the table accepts in the record's status, earliest first (ties
 * in the order of `TIMERS`); records in input order. Pure: the same records (also after a JSON
 * round trip) and date give the same list. Invalid records are skipped with issues.
 *
 * @example
 * ```ts
 * import { due, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const records: CaseRecord[];
 * const { events } = due(table, records, '2026-11-23');
 * events.filter((e) => e.event === 'auto-close').length;
 * ```
 */
export function due(
  table: LifecycleTable,
  records: readonly CaseRecord[],
  now: LifecycleTime,
): { events: DueEvent[]; issues: Issue[] } {
  const time = LifecycleTimeSchema.safeParse(now);
  if (!time.success) return { events: [], issues: issuesFromZod(time.error, ['now']) };
  if (!Array.isArray(records))
    return { events: [], issues: [issue('invalid_type', ['records'], 'Expected an array of case records')] };
  const events: DueEvent[] = [];
  const issues: Issue[] = [];
  records.forEach((record, i) => {
    const parsed = CaseRecordSchema.safeParse(record);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['records', i]));
    else events.push(...dueFor(table, parsed.data, dayOf(now)));
  });
  return { events, issues };
}

/**
 * Applies every timer event due on `now` to one record, one after another (logged at `now`, the
 * moment they are processed), and collects the effects. Stops at the first issue.
 *
 * @example
 * ```ts
 * import { applyDue, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const record: CaseRecord;
 * const { record: next, effects } = applyDue(table, record, '2026-11-30');
 * ```
 */
export function applyDue(table: LifecycleTable, record: CaseRecord, now: LifecycleTime): TransitionOutcome {
  let current = record;
  const effects: LifecycleEffect[] = [];
  for (let step = 0; step <= TIMERS.length * 2; step++) {
    const { events, issues } = due(table, [current], now);
    const [first] = events;
    if (issues.length > 0) return { record: current, effects, issues };
    if (first === undefined) break;
    const out = transition(table, current, first.event, now);
    if (out.issues.length > 0) return { record: current, effects, issues: out.issues };
    current = out.record;
    effects.push(...out.effects);
  }
  return { record: current, effects, issues: [] };
}
