// Loading a lifecycle table from JSON, and where a case starts after intake.
import type { DdasCaseResult, DdasSignalStatus } from '../model/enums';
import { fail, issue, ok, type Result } from '../model/issue';
import { checkJsonValue } from '../model/json-value';
import { issuesFromZod } from '../model/zod-issues';
import { MESSAGES } from './messages';
import { isDdasCaseResult } from './record';
import { type LifecycleTable, LifecycleTableSchema } from './schema';
import { checkLifecycleTable } from './table-checks';

/**
 * Validates a lifecycle table given as parsed JSON: first the JSON limits (`checkJsonValue`), its
 * shape (zod), then the table as a whole (`checkLifecycleTable`: unknown statuses and events,
 * unreachable statuses, final statuses that say they reopen but cannot, ambiguous transitions,
 * leaking reasons). Every issue carries the JSON path of the offending value.
 *
 * @example
 * ```ts
 * import { loadLifecycleTable } from '@signaalreis/core';
 * const r = loadLifecycleTable({ id: 'broken' });
 * r.ok; // false
 * if (!r.ok) r.issues[0]?.path; // ['label']
 * ```
 */
export function loadLifecycleTable(json: unknown): Result<LifecycleTable> {
  const limits = checkJsonValue(json);
  if (limits.length > 0) return fail(limits);
  const parsed = LifecycleTableSchema.safeParse(json);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  return checkLifecycleTable(parsed.data);
}

/**
 * Where a case with a DDAS intake status starts in a table: the status whose `intake` list holds
 * it, and the result already known when that DDAS status is also a DDAS case result (the "not
 * picked up" statuses, "already known", "not a resident", "deceased"). A status the table does not
 * start anywhere gives the issue `no_entry_status`.
 *
 * @example
 * ```ts
 * import { entryStatus, type LifecycleTable } from '@signaalreis/core';
 * declare const ddas: LifecycleTable;
 * entryStatus('Niet opgepakt: herhaalde melding', ddas); // { ok: true, value: { status: 'repeated', result: 'Niet opgepakt: herhaalde melding' } }
 * ```
 */
export function entryStatus(
  ddasStatus: DdasSignalStatus,
  table: LifecycleTable,
): Result<{ status: string; result?: DdasCaseResult }> {
  const status = table.statuses.find((s) => (s.intake ?? []).includes(ddasStatus));
  if (status === undefined)
    return fail(issue('no_entry_status', ['status'], MESSAGES.noEntryStatus(table.id, String(ddasStatus))));
  return ok({ status: status.id, ...(isDdasCaseResult(ddasStatus) ? { result: ddasStatus } : {}) });
}
