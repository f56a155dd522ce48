// What the lifecycle's write routes share: a case's record as the store holds it (or as the next
// feedback run would create it), the lifecycle table of its month, the service's "now" in
// Europe/Amsterdam, the lifecycle's refusals as problems (409 for "not now", 422 for bad input),
// and the optimistic write.

import type { AccessNote } from '@signaalreis/core';
import {
  type CaseId,
  type CaseRecord,
  deliveryDay,
  type IsoDate,
  type IsoMonth,
  type Issue,
  LIFECYCLE_CONFLICT_CODES,
  type LifecycleTable,
  type LifecycleTime,
  type MunicipalityCode,
  parseLifecycleTime,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import type { Context } from 'hono';
import { lifecycleIdOf, recordOf } from '../cases/record-of';
import { closedOn } from '../store/stored-month';
import { storeProblem } from './answer';
import type { ServiceEnv } from './env';
import { SERVICE_MESSAGES as M } from './messages';
import { problem } from './problem';

/** A moment of the clock as local time in Europe/Amsterdam (`YYYY-MM-DDTHH:mm`), the lifecycle's time. */
export function amsterdamTime(now: Date): LifecycleTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  const time = parseLifecycleTime(`${p('year')}-${p('month')}-${p('day')}T${p('hour')}:${p('minute')}`);
  if (!time.ok) throw new Error('unreachable: the clock gives a time outside the calendar');
  return time.value;
}

/** The service's today in Europe/Amsterdam. */
export const today = (c: Context<ServiceEnv>): IsoDate =>
  amsterdamTime(c.get('deps').clock()).slice(0, 10) as IsoDate;

/** The lifecycle table of a month run with `preset` (the bundled presets load; a failure is a bug). */
export function tableOf(preset: string): LifecycleTable {
  const table = lifecyclePreset(lifecycleIdOf(preset));
  if (!table.ok) throw new Error('unreachable: a bundled lifecycle preset does not load');
  return table.value;
}

/** A case ready for a lifecycle step: its month, table, the stored record (or null) and the record to change. */
export interface CaseForWrite {
  month: IsoMonth;
  table: LifecycleTable;
  expected: CaseRecord | null;
  record: CaseRecord;
}

/**
 * The case `caseId` of `code` with its record: the stored one (verified against the table), or
 * the one the next feedback run would create on the month's delivery day. A problem (404 for an
 * unknown case, 500 for a stored case that makes no valid record) when there is none.
 */
export async function caseForWrite(
  c: Context<ServiceEnv>,
  code: MunicipalityCode,
  caseId: CaseId,
): Promise<{ ok: true; value: CaseForWrite } | { ok: false; response: Response }> {
  const { store } = c.get('deps');
  const detail = await store.caseDetail(code, caseId);
  if (!detail.ok) return { ok: false, response: storeProblem(c, detail.issues) };
  const months = await store.months(code);
  if (!months.ok) return { ok: false, response: storeProblem(c, months.issues) };
  const { month, case: stored } = detail.value;
  const summary = months.value.find((m) => m.month === month);
  if (!summary) return { ok: false, response: problem(c, 'not_found', { detail: M.notFound }) };
  const table = tableOf(summary.preset);
  const entry = { ...stored.data, ...(stored.record ? { record: stored.record } : {}) };
  const made = recordOf(table, entry, 0, deliveryDay(month));
  if (!made.record) return { ok: false, response: problem(c, 'internal', { detail: M.internal }) };
  return { ok: true, value: { month, table, expected: stored.record ?? null, record: made.record } };
}

/** The lifecycle's issues re-rooted at the request body (`event.type` → `body.type`). */
const inBody = (issues: readonly Issue[], root: string): Issue[] =>
  issues.map((i) => (i.path[0] === root ? { ...i, path: ['body', ...i.path.slice(1)] } : i));

/**
 * The lifecycle's refusal as a problem: 409 when every issue says "not now, in this status"
 * (LIFECYCLE_CONFLICT_CODES), 422 when the request is bad, 500 when the stored record is.
 */
export function lifecycleProblem(
  c: Context<ServiceEnv>,
  issues: readonly Issue[],
  root: 'event' | 'attempt',
) {
  const isConflict = (i: Issue) => (LIFECYCLE_CONFLICT_CODES as readonly string[]).includes(i.code);
  const conflict = issues.every(isConflict);
  // the stored record or the clock at fault (not the request): a bug, nothing to tell the caller
  if (issues.some((i) => !isConflict(i) && (i.path[0] === 'record' || i.path[0] === 'on')))
    return problem(c, 'internal', { detail: M.internal });
  return conflict
    ? problem(c, 'conflict', { detail: M.lifecycleRefused, issues: inBody(issues, root) })
    : problem(c, 'invalid_request', { issues: inBody(issues, root) });
}

/**
 * Stores `record` as the case's record while the stored one is still `expected`: a problem (409
 * `record_changed` when someone recorded in between, 404, 503) or undefined when stored.
 */
export async function saveRecord(
  c: Context<ServiceEnv>,
  code: MunicipalityCode,
  caseId: CaseId,
  target: CaseForWrite,
  record: CaseRecord,
  access: AccessNote,
): Promise<Response | undefined> {
  const closed = closedOn(record, target.table);
  const saved = await c.get('deps').store.saveCaseRecord(
    {
      municipality: code,
      caseId,
      expected: target.expected,
      record,
      ...(closed ? { closedOn: closed } : {}),
    },
    { access },
  );
  if (saved.ok) return undefined;
  if (saved.issues.some((i) => i.code === 'record_changed'))
    return problem(c, 'conflict', { detail: M.recordChanged, issues: saved.issues });
  // a record made from the stored one always continues it: anything else is a bug
  if (saved.issues.some((i) => i.code === 'record_conflict'))
    return problem(c, 'internal', { detail: M.internal });
  return storeProblem(c, saved.issues);
}
