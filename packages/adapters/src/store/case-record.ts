// One case's lifecycle record written with optimistic concurrency: the record is replaced only
// while the stored one is still the one the change was computed from, and only by a record that
// continues it. Two officers recording on one case at once: the second is refused, nothing is lost.
import {
  type CaseRecord,
  type CaseRecordChange,
  type IsoMonth,
  type Issue,
  issue,
  type LifecycleUpdate,
  type MunicipalityCode,
  parseCaseRecord,
} from '@signaalreis/core';
import { sql, type Transaction } from 'kysely';
import { STORE_MESSAGES as M } from './messages';
import { continues, sameRecord } from './record-continues';
import { recordColumns } from './rows';
import type { StoreDatabase } from './schema';

/** A refusal inside a transaction: rolls it back, then becomes a failed Result. */
export class Refusal extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues[0]?.message.en ?? 'refused');
  }
}

/** The stored record of a row read back, checked; a row that does not read back is refused. */
function storedRecordOf(row: { month: string; ordinal: number; record: unknown }): CaseRecord | null {
  if (row.record === null || row.record === undefined) return null;
  const parsed = parseCaseRecord(row.record);
  if (parsed.success) return parsed.data;
  const key = `${row.month} #${row.ordinal}`;
  throw new Refusal([
    issue('store_row_invalid', ['cases', key], M.rowInvalid('cases', key, { nl: 'record', en: 'record' })),
  ]);
}

/**
 * Writes `change` in the transaction `trx` (the row locked first): `case_not_found`,
 * `record_conflict` (another case's record, or one that does not continue the stored one) and
 * `record_changed` (the stored record is no longer `expected`) are refusals.
 */
export async function saveCaseRecordIn(
  trx: Transaction<StoreDatabase>,
  c: CaseRecordChange,
): Promise<{ month: IsoMonth; municipality: MunicipalityCode }> {
  if (c.record.caseId !== c.caseId)
    throw new Refusal([issue('record_conflict', ['record', 'caseId'], M.recordOfOtherCase)]);
  const row = await trx
    .selectFrom('cases')
    .select(['month', 'ordinal', 'record'])
    .where('municipality', '=', c.municipality)
    .where('case_id', '=', c.caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new Refusal([issue('case_not_found', [], M.caseNotFound(c.municipality))]);
  const stored = storedRecordOf(row);
  if (!sameRecord(stored, c.expected)) throw new Refusal([issue('record_changed', [], M.recordChanged)]);
  if (stored && !continues(stored, c.record))
    throw new Refusal([issue('record_conflict', ['record'], M.recordRewritten)]);
  await trx
    .updateTable('cases')
    .set({ ...recordColumns(c), updated_at: sql`now()` } as never)
    .where('municipality', '=', c.municipality)
    .where('case_id', '=', c.caseId)
    .execute();
  return { month: row.month as IsoMonth, municipality: c.municipality };
}

/**
 * Refuses a feedback run's update when a record it read (`expected`) was changed since: the
 * stored records of the month, locked, compared with what the run read.
 */
export async function checkExpected(
  trx: Transaction<StoreDatabase>,
  municipality: MunicipalityCode,
  month: IsoMonth,
  records: readonly { caseId: string; expected?: CaseRecord | null }[],
): Promise<void> {
  const checked = records.flatMap((r, i) => (r.expected === undefined ? [] : [{ ...r, i }]));
  if (checked.length === 0) return;
  const rows = await trx
    .selectFrom('cases')
    .select(['case_id', 'month', 'ordinal', 'record'])
    .where('municipality', '=', municipality)
    .where('month', '=', month)
    .forUpdate()
    .execute();
  const byId = new Map(rows.map((r) => [r.case_id, r]));
  const changed = checked.filter((r) => {
    const row = byId.get(r.caseId);
    return row !== undefined && !sameRecord(storedRecordOf(row), r.expected);
  });
  if (changed.length > 0)
    throw new Refusal(changed.map((r) => issue('record_changed', ['records', r.i], M.recordChanged)));
}

/**
 * Rows per UPDATE of {@link updateRecords} (project default: five parameters a row, well within
 * PostgreSQL's 65,535 a statement).
 */
const RECORDS_PER_UPDATE = 1000;

/**
 * Writes a feedback run's records into their cases (each case of the municipality, checked to be
 * in the month before): a thousand cases an UPDATE, from a list of values joined on the case id —
 * one UPDATE a case took a national month's 57,000 records 24 s in a store folder (PGlite), most
 * of it the statement's own round trip (docs/performance.md, "Thirty-sixth round").
 */
export async function updateRecords(
  trx: Transaction<StoreDatabase>,
  schema: string,
  municipality: MunicipalityCode,
  records: LifecycleUpdate['records'],
  perUpdate = RECORDS_PER_UPDATE,
): Promise<void> {
  for (let i = 0; i < records.length; i += perUpdate) {
    const rows = records.slice(i, i + perUpdate).map((r) => {
      const c = recordColumns(r);
      return sql`(${r.caseId}, ${c.record}, ${c.lifecycle_status}, ${c.attempts_reached}, ${c.closed_on})`;
    });
    await sql`update ${sql.table(`${schema}.cases`)} as c
      set record = v.record::jsonb, lifecycle_status = v.lifecycle_status::text,
        attempts_reached = v.attempts_reached::boolean, closed_on = v.closed_on::text, updated_at = now()
      from (values ${sql.join(rows)}) as v(case_id, record, lifecycle_status, attempts_reached, closed_on)
      where c.municipality = ${municipality} and c.case_id = v.case_id::text`.execute(trx);
  }
}
