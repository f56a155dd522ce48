// Whether a municipality's month is stored: the one check every read of a month's rows and every
// write to them starts with (in the caller's transaction, locked for a write).
import { fail, type IsoMonth, issue, type MunicipalityCode } from '@signaalreis/core';
import type { Kysely, Transaction } from 'kysely';
import { STORE_MESSAGES as M } from './messages';
import type { StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Whether the month is stored; with `lock`, its row is locked until the transaction ends. */
export async function monthExists(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
  lock = false,
): Promise<boolean> {
  let q = db
    .selectFrom('months')
    .select('month')
    .where('municipality', '=', municipality)
    .where('month', '=', month);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) !== undefined;
}

/** `month_not_found` when the month is not stored, else undefined: a read's first answer. */
export async function notStored(db: Db, municipality: MunicipalityCode, month: IsoMonth) {
  return (await monthExists(db, municipality, month))
    ? undefined
    : fail(issue('month_not_found', [], M.monthNotFound(municipality, month)));
}
