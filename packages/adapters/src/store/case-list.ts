// A stored month's list of cases (`CaseStore.caseList`), its cases in outline (`caseOutlines`) and
// a partner's signals in it (`partnerSignalIds`): made from the store's columns and values picked
// out of each case's JSONB in the database — never the case's data as a whole, which is what made a
// national month's list take ~12 s and ~1 GB (docs/store.md).
import type {
  CaseList,
  CaseListPage,
  CaseOutline,
  IsoMonth,
  ListedCase,
  MunicipalityCode,
  PartnerId,
  SignalId,
} from '@signaalreis/core';
import {
  CaseIdSchema,
  DdasSignalStatusSchema,
  fail,
  HouseholdKeySchema,
  IsoDateSchema,
  issue,
  ok,
  type Result,
} from '@signaalreis/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import * as z from 'zod';
import { STORE_MESSAGES as M } from './messages';
import { notStored } from './month-check';
import { stamp } from './month-rows';
import { AllOk, invalid, OUTCOMES, zodWhy } from './rows';
import { STORE_SCHEMA, type StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

const ListedColumns = z.object({
  case_id: CaseIdSchema,
  signal_status: DdasSignalStatusSchema,
  intake_outcome: z.enum(OUTCOMES),
  worklist_bucket: z.string().min(1),
  closed_on: IsoDateSchema.nullable(),
  signals: z.number().int().min(0),
  status: z.string().nullable(),
  result: z.string().nullable(),
});

/** A row of `cases` read back through `columns` (a `store_row_invalid` with its month and position), then made. */
function checkedRow<S extends z.ZodType, T>(
  columns: S,
  row: Record<string, unknown>,
  make: (r: z.infer<S>) => T,
): Result<T> {
  const parsed = columns.safeParse(row);
  if (!parsed.success)
    return fail(invalid('cases', `${String(row.month)} #${String(row.ordinal)}`, zodWhy(parsed.error)));
  return ok(make(parsed.data));
}

/** The amount of a case as the JSONB gave it: 0 when it is no number (as `listedCase` reads it). */
const amountOf = (row: Record<string, unknown>) => (typeof row.amount === 'number' ? row.amount : 0);

/**
 * Reads rows of a month a page at a time, by position: `fetch` gives at most `limit` rows after
 * `after`, in order; each page is handed to `take` until one is short.
 */
export async function eachPage<R extends { ordinal: number }>(
  readPage: number,
  fetch: (after: number, limit: number) => Promise<R[]>,
  take: (rows: R[]) => void,
): Promise<void> {
  for (let after = -1; ; ) {
    const rows = await fetch(after, readPage);
    take(rows);
    const last = rows.at(-1);
    if (rows.length < readPage || last === undefined) return;
    after = last.ordinal;
  }
}

/** A row of the list read back, checked as `storedCaseOf` checks these columns. */
const listedOf = (row: Record<string, unknown>): Result<ListedCase> =>
  checkedRow(ListedColumns, row, (r) => ({
    caseId: r.case_id,
    signalStatus: r.signal_status,
    intakeOutcome: r.intake_outcome,
    worklistBucket: r.worklist_bucket,
    signals: r.signals,
    totalAmountCents: amountOf(row),
    lifecycleStatus: r.status,
    result: r.result,
    closedOn: r.closed_on,
  }));

/** A JSONB list of a case, or an empty one when it is no list. */
const listOf = (path: string) =>
  sql`case when jsonb_typeof(${sql.raw(path)}) = 'array' then ${sql.raw(path)} else '[]'::jsonb end`;

/** The page asked for, checked: a programming error when it is not one (see `CaseListPage`). */
function checkedPage(page: CaseListPage): { after: number; limit: number | undefined } {
  const { after = -1, limit } = page;
  if (!Number.isSafeInteger(after) || after < -1)
    throw new RangeError(`caseList: after must be an integer of at least -1, not ${String(after)}`);
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1))
    throw new RangeError(`caseList: limit must be a positive integer, not ${String(limit)}`);
  return { after, limit };
}

/**
 * The list of a stored month, or a page of it, read in `db` (one snapshot): lines of `readPage`
 * rows a query until `page.limit` lines or the month's end.
 */
export async function selectCaseList(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
  page: CaseListPage,
  readPage: number,
): Promise<Result<CaseList>> {
  const { after, limit } = checkedPage(page);
  const head = await db
    .selectFrom('months as m')
    .select((eb) => [
      'm.stored_at',
      eb
        .selectFrom('cases as c')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('c.municipality', '=', 'm.municipality')
        .whereRef('c.month', '=', 'm.month')
        .as('total'),
    ])
    .where('m.municipality', '=', municipality)
    .where('m.month', '=', month)
    .executeTakeFirst();
  if (!head) return fail(issue('month_not_found', [], M.monthNotFound(municipality, month)));
  const out = new AllOk<ListedCase>();
  let last = after;
  let taken = 0;
  let more = false;
  for (;;) {
    const want = limit === undefined ? readPage : Math.min(readPage, limit - taken);
    // one row past the page tells whether the month goes on
    const rows = await db
      .selectFrom('cases')
      .select([
        'month',
        'ordinal',
        'case_id',
        'signal_status',
        'intake_outcome',
        'worklist_bucket',
        'closed_on',
        sql<number>`jsonb_array_length(${listOf("data->'signalIds'")})`.as('signals'),
        sql<unknown>`data->'totalAmountCents'`.as('amount'),
        sql<string | null>`record->>'status'`.as('status'),
        sql<string | null>`record->>'result'`.as('result'),
      ])
      .where('municipality', '=', municipality)
      .where('month', '=', month)
      .where('ordinal', '>', last)
      .orderBy('ordinal')
      .limit(want + 1)
      .execute();
    const kept = rows.slice(0, want);
    out.take(kept.map(listedOf));
    taken += kept.length;
    last = kept.at(-1)?.ordinal ?? last;
    more = rows.length > want;
    if (!more || (limit !== undefined && taken >= limit)) break;
  }
  const lines = out.result();
  if (!lines.ok) return lines;
  return ok({
    cases: lines.value,
    total: head.total ?? 0,
    storedAt: stamp(head.stored_at),
    next: more ? last : null,
  });
}

/**
 * The ids of `partner`'s signals in a stored month's cases, in the cases' order and each case's
 * (`data.signals`, as the case file holds them): the signals are picked out of each case's JSONB in
 * the database, so a partner's view of a national month reads none of the other partners' data.
 */
export async function selectPartnerSignalIds(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
  partner: PartnerId,
): Promise<Result<SignalId[]>> {
  const missing = await notStored(db, municipality, month);
  if (missing) return missing;
  const rows = await sql<{ signal_id: string }>`
    select s.signal->>'signalId' as signal_id
    from ${sql.table(`${STORE_SCHEMA}.cases`)} as c
    cross join lateral jsonb_array_elements(${listOf("c.data->'signals'")}) with ordinality as s(signal, n)
    where c.municipality = ${municipality} and c.month = ${month}
      and s.signal->'partnerId' = to_jsonb(${partner}::text)
      and jsonb_typeof(s.signal->'signalId') = 'string'
    order by c.ordinal, s.n`.execute(db);
  return ok(rows.rows.map((r) => r.signal_id as SignalId));
}

const OutlineColumns = z.object({
  case_id: CaseIdSchema,
  household_key: HouseholdKeySchema,
  signal_status: DdasSignalStatusSchema,
  worklist_bucket: z.string().min(1),
  signals: z.number().int().min(0),
  sectors: z.array(z.string()),
  result: z.string().nullable(),
  first_reached_on: z.string().nullable(),
});

/** A row of the outlines read back, checked. */
const outlineOf = (row: Record<string, unknown>): Result<CaseOutline> =>
  checkedRow(OutlineColumns, row, (r) => ({
    caseId: r.case_id,
    householdKey: r.household_key,
    signalStatus: r.signal_status,
    worklistBucket: r.worklist_bucket,
    signals: r.signals,
    sectors: [...r.sectors].sort(),
    totalAmountCents: amountOf(row),
    primaryChannel: typeof row.channel === 'string' ? row.channel : null,
    result: r.result,
    firstReachedOn: r.first_reached_on,
  }));

/**
 * The outlines of a stored month's cases (`CaseStore.caseOutlines`), `readPage` rows a query in
 * `db` (one snapshot): the sectors, counts and dates picked out of the JSONB in the database.
 */
export async function selectCaseOutlines(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
  readPage: number,
): Promise<Result<CaseOutline[]>> {
  const missing = await notStored(db, municipality, month);
  if (missing) return missing;
  const out = new AllOk<CaseOutline>();
  await eachPage(
    readPage,
    (after, limit) =>
      db
        .selectFrom('cases')
        .select([
          'month',
          'ordinal',
          'case_id',
          'household_key',
          'signal_status',
          'worklist_bucket',
          sql<number>`case when jsonb_typeof(data->'signals') = 'array' then jsonb_array_length(data->'signals')
          when jsonb_typeof(data->'signalIds') = 'array' then jsonb_array_length(data->'signalIds') else 0 end`.as(
            'signals',
          ),
          sql<string[]>`(select coalesce(jsonb_agg(distinct coalesce(s->>'sector', 'unknown')), '[]'::jsonb)
          from jsonb_array_elements(${listOf("data->'signals'")}) as s)`.as('sectors'),
          sql<unknown>`data->'totalAmountCents'`.as('amount'),
          sql<unknown>`data->'primaryChannel'`.as('channel'),
          sql<string | null>`record->>'result'`.as('result'),
          sql<
            string | null
          >`(select min(a->>'date') from jsonb_array_elements(${listOf("record->'attempts'")}) as a
          where a->'reached' = 'true'::jsonb)`.as('first_reached_on'),
        ])
        .where('municipality', '=', municipality)
        .where('month', '=', month)
        .where('ordinal', '>', after)
        .orderBy('ordinal')
        .limit(limit)
        .execute(),
    (rows) => out.take(rows.map(outlineOf)),
  );
  return out.result();
}
