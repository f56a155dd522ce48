// The `signals` table in bulk: a month's signals written and the history read as one JSON value per
// thousands of rows, not one parameter or one field per column of each row. PGlite (WASM) pays per
// parameter it binds and per field it returns — ~80 µs a row written, ~35 µs a row read for the
// national month's 100,000 signals — and PostgreSQL builds and takes apart JSON in C
// (docs/performance.md, "Thirty-eighth round"). The same SQL for PGlite and for a server.
import type { HistoryEntry, IsoMonth, MunicipalityCode, Result } from '@signaalreis/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import { AllOk, historyEntryOf } from './rows';
import type { NewSignalRow, SignalRow, StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/**
 * Signals per statement when a month is stored, and at most per JSON value when the history is read
 * (project default: 5,000 — ~1 MB of JSON a value; the national month's 100,000 signals written as
 * one value took 3.7 s against 2.7 s and more memory, its history read as one text 3.8 s against 2.9 s).
 */
export const SIGNAL_ROWS_PER_VALUE = 5000;

/** Each column of `signals` with its SQL type, as in the migration that made the table, in the table's order. */
const SIGNAL_TYPES = {
  municipality: 'text',
  month: 'text',
  partner_id: 'text',
  signal_id: 'text',
  case_id: 'text',
  ordinal: 'integer',
  household_key: 'text',
  sector: 'text',
  kind: 'text',
  signal_date: 'text',
  arrear_since: 'text',
  amount_cents: 'bigint',
  natural_person: 'boolean',
  picked_up: 'boolean',
} as const satisfies Partial<Record<keyof SignalRow, string>>;

/** The columns of `signals`: {@link SIGNAL_TYPES}' keys, in its order. */
const COLUMNS = Object.keys(SIGNAL_TYPES) as (keyof typeof SIGNAL_TYPES)[];

/** A whole number of rows of at least one ({@link SIGNAL_ROWS_PER_VALUE} for anything else: 0, NaN). */
const rowsPerValue = (n: number): number =>
  Number.isFinite(n) && n >= 1 ? Math.floor(n) : SIGNAL_ROWS_PER_VALUE;

const RECORD_TYPE = sql.raw(COLUMNS.map((c) => `${c} ${SIGNAL_TYPES[c]}`).join(', '));

/**
 * Inserts `rows` into `signals`, {@link SIGNAL_ROWS_PER_VALUE} a statement, each statement one JSON
 * parameter taken apart by `json_to_recordset`. The table's checks and keys hold as for any insert; a
 * string JSON cannot carry into PostgreSQL text (a lone surrogate, which a parameter would have
 * turned into U+FFFD without a word) fails the statement.
 */
export async function insertSignalRows(
  db: Db,
  rows: readonly NewSignalRow[],
  perValue = SIGNAL_ROWS_PER_VALUE,
): Promise<void> {
  const step = rowsPerValue(perValue);
  for (let i = 0; i < rows.length; i += step) {
    const value = JSON.stringify(rows.slice(i, i + step));
    await db
      .insertInto('signals')
      .columns(COLUMNS)
      .expression(sql`select * from json_to_recordset(${value}::json) as r(${RECORD_TYPE})`)
      .execute();
  }
}

/** A history row as PostgreSQL's `json_build_array` writes it: {@link COLUMNS}, then the case's `reached` and `attempts_reached`. */
type HistoryTuple = readonly unknown[];

/**
 * The history of a municipality before `month` — every stored signal of an earlier month with its
 * case's `reached` — in (month, ordinal) order, each row checked (`historyEntryOf`). Read in one
 * query, whole (paged by ordinal, PGlite planned the join per page over the rest of the history:
 * "Thirty-sixth round"); its rows come as one JSON array per month and {@link SIGNAL_ROWS_PER_VALUE}
 * ordinals, so a national year's history is never one string.
 */
export async function selectHistory(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
  perValue = SIGNAL_ROWS_PER_VALUE,
): Promise<Result<HistoryEntry[]>> {
  const group = sql`s.ordinal / ${sql.lit(rowsPerValue(perValue))}`;
  const tuple = sql.join([
    ...COLUMNS.map((c) => sql.ref(`s.${c}`)),
    sql.ref('c.reached'),
    sql.ref('c.attempts_reached'),
  ]);
  const pages = await db
    .selectFrom('signals as s')
    .leftJoin('cases as c', (j) =>
      j.onRef('c.municipality', '=', 's.municipality').onRef('c.case_id', '=', 's.case_id'),
    )
    .select(sql<string>`json_agg(json_build_array(${tuple}) order by s.ordinal)::text`.as('rows'))
    .where('s.municipality', '=', municipality)
    .where('s.month', '<', month)
    .groupBy(['s.month', group])
    .orderBy('s.month')
    .orderBy(group)
    .execute();
  const out = new AllOk<HistoryEntry>();
  for (const page of pages)
    out.take((JSON.parse(page.rows) as HistoryTuple[]).map((t) => historyEntryOf(historyRow(t))));
  return out.result();
}

/** A tuple of {@link selectHistory} as the row `historyEntryOf` reads. */
function historyRow(t: HistoryTuple): Parameters<typeof historyEntryOf>[0] {
  const row = {} as Record<string, unknown>;
  COLUMNS.forEach((c, i) => {
    row[c] = t[i];
  });
  row.case_reached = t[COLUMNS.length];
  row.attempts_reached = t[COLUMNS.length + 1];
  return row as Parameters<typeof historyEntryOf>[0];
}
