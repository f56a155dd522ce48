// Which stored timers are due: a pure function of the records and the date, so a daily run (or a
// run a week late) finds the same work; and applying everything due to one record.
import type { CaseId } from '../model/ids';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import type { LifecycleEffect } from './effects';
import { MESSAGES } from './messages';
import type { CaseRecord } from './record';
import { parseCaseRecord } from './record-fast';
import type { LifecycleTable } from './schema';
import { dayOf, type LifecycleTime, LifecycleTimeSchema } from './time';
import { findTransition, LifecycleEventSchema, transitionChecked } from './transition';
import { TIMERS, type TimerId } from './vocabulary';

/**
 * A timer event that is due: case, event, the timer that raises it and the stored date it fell due.
 *
 * @example
 * ```ts
 * import { asCaseId, asIsoDate, type DueEvent } from '@signaalreis/core';
 * const d: DueEvent = { caseId: asCaseId('2026-10-0001'), event: 'auto-close', timer: 'autoClose', at: asIsoDate('2026-11-23') };
 * ```
 */
export interface DueEvent {
  caseId: CaseId;
  event: string;
  timer: TimerId;
  at: IsoDate;
}

function dueFor(r: CaseRecord, table: LifecycleTable, day: IsoDate): DueEvent[] {
  const out: DueEvent[] = [];
  for (const timer of TIMERS) {
    const at = r.timers[timer];
    if (at === undefined || at > day) continue;
    const event = table.events.find((e) => e.timer === timer);
    if (event === undefined || findTransition(r.status, event.id, table) === undefined) continue;
    out.push({ caseId: r.caseId, event: event.id, timer, at });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The timer events due on `on` (its date part): for each record, each stored timer whose date is
 * on or before `on` and whose event the table accepts in the record's status, earliest first (ties
 * in the order of `TIMERS`); records in input order. Pure: the same records (also after a JSON
 * round trip) and date give the same list. An invalid record (path `['records', i, …]`) or date
 * (path `['on']`) fails the whole Result: nothing due is silently left out.
 *
 * @example
 * ```ts
 * import { asIsoDate, due, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const records: CaseRecord[];
 * const r = due(records, table, asIsoDate('2026-11-23'));
 * if (r.ok) r.value.filter((e) => e.event === 'auto-close').length;
 * ```
 */
export function due(
  records: readonly CaseRecord[],
  table: LifecycleTable,
  on: LifecycleTime,
): Result<DueEvent[]> {
  const time = LifecycleTimeSchema.safeParse(on);
  if (!time.success) return fail(issuesFromZod(time.error, ['on']));
  if (!Array.isArray(records)) return fail(issue('invalid_type', ['records'], MESSAGES.notRecords));
  const day = dayOf(time.data);
  const events: DueEvent[] = [];
  const issues: Issue[] = [];
  records.forEach((record, i) => {
    const parsed = parseCaseRecord(record);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['records', i]));
    else events.push(...dueFor(parsed.data, table, day));
  });
  return issues.length > 0 ? fail(issues) : ok(events);
}

/**
 * Applies every timer event due on `on` to one record, one after another (each logged at `on`,
 * the moment it is processed), and collects the effects. Bad input gives issues under `record` or
 * `on`. All or nothing: when one of them fails
 * (an invalid record, a result the feedback preset does not map …), the Result fails with its
 * issues and the caller keeps its record.
 *
 * @example
 * ```ts
 * import { applyDue, asIsoDate, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const table: LifecycleTable;
 * declare const record: CaseRecord;
 * const r = applyDue(record, table, asIsoDate('2026-11-30'));
 * const next = r.ok ? r.value.record : record;
 * ```
 */
export function applyDue(
  record: CaseRecord,
  table: LifecycleTable,
  on: LifecycleTime,
): Result<{ record: CaseRecord; effects: LifecycleEffect[] }> {
  const parsed = parseCaseRecord(record);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, ['record']));
  const time = LifecycleTimeSchema.safeParse(on);
  if (!time.success) return fail(issuesFromZod(time.error, ['on']));
  const day = dayOf(time.data);
  let current = record;
  let checked = parsed.data;
  const effects: LifecycleEffect[] = [];
  // a timer event consumes its timer: at most one round per timer (twice over, to be safe). Each
  // step checks its record once — what `due` and `transition` would each check again (issue 14)
  for (let step = 0; step <= TIMERS.length * 2; step++) {
    if (step > 0) {
      const again = parseCaseRecord(current);
      if (!again.success) return fail(issuesFromZod(again.error, ['records', 0]));
      checked = again.data;
    }
    const first = dueFor(checked, table, day)[0];
    if (first === undefined) break;
    const event = LifecycleEventSchema.safeParse({ type: first.event });
    if (!event.success) return fail(issuesFromZod(event.error, ['event']));
    const out = transitionChecked(checked, event.data, table, time.data);
    if (!out.ok) return out;
    current = out.value.record;
    effects.push(...out.value.effects);
  }
  return ok({ record: current, effects });
}
