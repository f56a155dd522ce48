// Opening a case store: a folder (PGlite, embedded; created on first use) or a PostgreSQL server
// (`postgres://…`). Both get the same migrations and the same queries (sql-store.ts).
import { PGlite } from '@electric-sql/pglite';
import type { CaseStore } from '@signaalreis/core';
import { fail, issue, ok, type Result } from '@signaalreis/core';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { makeTreePrivate } from '../output/atomic-file';
import { failedIssue, isDatabaseError, reasonOf } from './errors';
import { prepareStoreFolder } from './folder';
import { STORE_MESSAGES as M } from './messages';
import { migrateStore } from './migrations';
import type { StoreDatabase } from './schema';
import { SqlCaseStore } from './sql-store';
import { parseStoreTarget, type StoreTarget } from './target';

/**
 * Options of {@link openCaseStore}.
 */
export interface OpenCaseStoreOptions {
  /** The folder a relative store folder is resolved against (default: the process's). */
  cwd?: string;
  /** How long to wait for a server connection, in ms (default 10,000; project default). */
  connectTimeoutMs?: number;
  /**
   * Whether a missing folder becomes a new store (default `true`, as for `run`). Commands that only
   * read or update what is stored pass `false`: a mistyped folder is then `store_not_found`
   * instead of a new, empty store.
   */
  create?: boolean;
}

async function openFolder(
  t: Extract<StoreTarget, { kind: 'folder' }>,
  create: boolean,
): Promise<Result<SqlCaseStore>> {
  const prepared = prepareStoreFolder(t.path, t.shown, create);
  if (!prepared.ok) return prepared;
  const { pgdata, release } = prepared.value;
  let db: PGlite;
  try {
    db = await PGlite.create(pgdata);
  } catch (error) {
    release();
    return fail(issue('store_corrupt', [], M.corrupt(t.shown, reasonOf(error))));
  }
  // PGlite makes its folders 0755 and its files 0666: the owner's only, as every file of ours
  // (docs/security.md, "File modes"); files it makes later sit in these folders
  makeTreePrivate(pgdata);
  const kysely = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(db) });
  return ok(new SqlCaseStore(kysely, t.shown, [], release));
}

async function openServer(
  t: Extract<StoreTarget, { kind: 'server' }>,
  timeout: number,
): Promise<Result<SqlCaseStore>> {
  const pool = new pg.Pool({ connectionString: t.url, max: 4, connectionTimeoutMillis: timeout });
  // an idle connection that breaks is reported by the next query, not as a crash
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    return fail(issue('store_unreachable', [], M.unreachable(t.shown, reasonOf(error, t.secrets))));
  }
  const kysely = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return ok(new SqlCaseStore(kysely, t.shown, t.secrets));
}

/**
 * Opens the case store at `target` — a folder (PGlite: created with mode 0700 when missing, a new
 * store takes some seconds) or `postgres://user:password@host/db` (a server) — and brings its
 * schema up to date. Bad targets are issues: `store_url_unsupported`, `store_not_a_store` (a
 * folder with other files), `store_corrupt`, `store_locked` (another process uses the folder),
 * `store_unreachable`, `store_too_new` (written by a newer signaalreis), `store_not_found` (no
 * folder, with `create: false`). Messages show a URL with
 * its password masked. Close the store when done.
 *
 * @example
 * ```ts
 * import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
 * import { openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore(process.env.SIGNAALREIS_STORE ?? './data/store');
 * if (!opened.ok) throw new Error(opened.issues.map((i) => i.message.en).join('; ')); // never holds the password
 * const store = opened.value;
 * try {
 *   const months = await store.months(asMunicipalityCode('0363'));
 *   if (months.ok) console.log(months.value.map((m) => `${m.month}: ${m.cases} cases`));
 *   await store.history(asMunicipalityCode('0363'), asIsoMonth('2026-11')); // October and before
 * } finally {
 *   await store.close();
 * }
 * ```
 */
export async function openCaseStore(
  target: string,
  options: OpenCaseStoreOptions = {},
): Promise<Result<CaseStore>> {
  const parsed = parseStoreTarget(target, options.cwd ?? process.cwd());
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const opened =
    t.kind === 'folder'
      ? await openFolder(t, options.create ?? true)
      : await openServer(t, options.connectTimeoutMs ?? 10_000);
  if (!opened.ok) return opened;
  const store = opened.value;
  try {
    const migrated = await migrateStore(store.db as never, t.shown);
    if (!migrated.ok) {
      await store.close();
      return migrated;
    }
  } catch (error) {
    await store.close();
    if (!isDatabaseError(error)) throw error;
    return fail(failedIssue('update its schema', error, t.kind === 'server' ? t.secrets : []));
  }
  return ok(store);
}
