// The service's keys and access audit in the case store's database (tables of migration 0002),
// through kysely: no SQL built from strings.
import {
  type CaseStore,
  fail,
  isMunicipalityCode,
  issue,
  type MunicipalityCode,
  ok,
  type PartnerId,
  type Result,
  type WriteOptions,
} from '@signaalreis/core';
import { type Kysely, sql } from 'kysely';
import {
  type AccessAuditEntry,
  type AccessStore,
  API_ROLES,
  type ApiKeyInfo,
  type ApiRole,
  type NewApiKey,
  newKeyParts,
  type StoredAccessAuditEntry,
  secretMatches,
  sha256Hex,
  splitKey,
} from './access-store';
import { insertAccessNote } from './active-preset';
import { failedIssue, isDatabaseError } from './errors';
import { ACCESS_MESSAGES as M, type StoreAction } from './messages';
import { STORE_SCHEMA, type StoreDatabase } from './schema';
import { SqlCaseStore } from './sql-store';

const iso = (v: Date | string): string => (v instanceof Date ? v : new Date(v)).toISOString();

/** A stored key row as {@link ApiKeyInfo}. */
function infoOf(row: {
  id: string;
  role: string;
  municipalities: unknown;
  partner: string | null;
  label: string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
}): ApiKeyInfo {
  const codes = Array.isArray(row.municipalities) ? row.municipalities.filter(isMunicipalityCode) : [];
  return {
    id: row.id,
    role: row.role as ApiRole,
    municipalities: codes,
    ...(row.partner === null ? {} : { partner: row.partner as PartnerId }),
    ...(row.label === null ? {} : { label: row.label }),
    createdAt: iso(row.created_at),
    ...(row.revoked_at === null ? {} : { revokedAt: iso(row.revoked_at) }),
  };
}

/** The problems of a new key's scope: each role needs exactly what it reads by. */
function scopeIssues(k: NewApiKey) {
  const out = [];
  if (!API_ROLES.includes(k.role)) out.push(issue('key_bad_role', ['role'], M.badRole));
  if (k.role === 'admin' && (k.municipalities.length > 0 || k.partner))
    out.push(issue('key_bad_scope', ['municipalities'], M.adminScope));
  if (k.role !== 'admin' && k.municipalities.length === 0)
    out.push(issue('key_bad_scope', ['municipalities'], M.needsMunicipality(k.role)));
  if (k.municipalities.some((c) => !isMunicipalityCode(c)))
    out.push(issue('key_bad_scope', ['municipalities'], M.badMunicipality));
  if (k.role === 'partner' && !k.partner) out.push(issue('key_bad_scope', ['partner'], M.needsPartner));
  if (k.role !== 'partner' && k.partner) out.push(issue('key_bad_scope', ['partner'], M.partnerOnly));
  return out;
}

/** A sha256 to compare with when a key id is unknown, so that both answers take as long. */
const DUMMY = sha256Hex('not a key');

/**
 * The {@link AccessStore} on the case store's kysely database.
 */
class SqlAccessStore implements AccessStore {
  constructor(private readonly db: Kysely<StoreDatabase>) {}

  private get q(): Kysely<StoreDatabase> {
    return this.db.withSchema(STORE_SCHEMA);
  }

  private async guard<T>(what: StoreAction, work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch (error) {
      if (isDatabaseError(error)) return fail(failedIssue(what, error, []));
      throw error;
    }
  }

  createKey(k: NewApiKey, options: WriteOptions = {}): Promise<Result<{ key: string; info: ApiKeyInfo }>> {
    return this.guard('create the key', async () => {
      const issues = scopeIssues(k);
      if (issues.length > 0) return fail(issues);
      const parts = newKeyParts();
      const row = await this.q.transaction().execute(async (trx) => {
        const made = await trx
          .insertInto('api_keys')
          .values({
            id: parts.id,
            role: k.role,
            municipalities: JSON.stringify([...new Set(k.municipalities)].sort()),
            partner: k.partner ?? null,
            label: k.label ?? null,
            secret_sha256: parts.sha256,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertAccessNote(trx, options.access);
        return made;
      });
      return ok({ key: parts.key, info: infoOf(row) });
    });
  }

  verifyKey(presented: string): Promise<Result<ApiKeyInfo>> {
    return this.guard('check the key', async () => {
      const parts = splitKey(presented);
      const bad = fail(issue('key_invalid', [], M.invalid));
      if (!parts) return bad;
      const row = await this.q
        .selectFrom('api_keys')
        .selectAll()
        .where('id', '=', parts.id)
        .executeTakeFirst();
      const matches = secretMatches(parts.secret, row?.secret_sha256 ?? DUMMY);
      if (!row || !matches || row.revoked_at !== null) return bad;
      return ok(infoOf(row));
    });
  }

  listKeys(): Promise<Result<ApiKeyInfo[]>> {
    return this.guard('list the keys', async () => {
      const rows = await this.q
        .selectFrom('api_keys')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return ok(rows.map(infoOf));
    });
  }

  revokeKey(id: string, options: WriteOptions = {}): Promise<Result<ApiKeyInfo>> {
    return this.guard('revoke the key', async () => {
      const row = await this.q.transaction().execute(async (trx) => {
        await trx
          .updateTable('api_keys')
          .set({ revoked_at: new Date() })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        const found = await trx.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
        if (found) await insertAccessNote(trx, options.access);
        return found;
      });
      if (!row) return fail(issue('key_not_found', [], M.notFound));
      return ok(infoOf(row));
    });
  }

  audit(e: AccessAuditEntry): Promise<Result<void>> {
    return this.guard('write the access audit', async () => {
      await this.q
        .insertInto('access_audit')
        .values({
          key_id: e.keyId,
          action: e.action,
          route: e.route,
          municipality: e.municipality ?? null,
          month: e.month ?? null,
          count: e.count ?? null,
          status: e.status,
        })
        .execute();
      return ok(undefined);
    });
  }

  countRequest(keyId: string, window: number): Promise<Result<number>> {
    return this.guard('count the request', async () => {
      const row = await this.q
        .insertInto('rate_windows')
        .values({ key_id: keyId, window, count: 1 })
        .onConflict((oc) =>
          oc.column('key_id').doUpdateSet({
            // a later minute starts again at 1; the same minute (or an earlier one, from a
            // process whose clock is behind) counts on
            count: sql<number>`case when excluded.window > rate_windows.window then 1 else rate_windows.count + 1 end`,
            window: sql<number>`greatest(rate_windows.window, excluded.window)`,
          }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return ok(row.count);
    });
  }

  auditLog(
    filter: { municipality?: MunicipalityCode; keyId?: string; limit?: number } = {},
  ): Promise<Result<StoredAccessAuditEntry[]>> {
    return this.guard('read the access audit', async () => {
      let q = this.q.selectFrom('access_audit').selectAll();
      if (filter.municipality) q = q.where('municipality', '=', filter.municipality);
      if (filter.keyId) q = q.where('key_id', '=', filter.keyId);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(filter.limit ?? 1000)
        .execute();
      return ok(
        rows.map((r) => ({
          id: r.id,
          at: iso(r.at),
          keyId: r.key_id,
          action: r.action,
          route: r.route,
          status: r.status,
          ...(r.municipality === null ? {} : { municipality: r.municipality as MunicipalityCode }),
          ...(r.month === null ? {} : { month: r.month as never }),
          ...(r.count === null ? {} : { count: r.count }),
        })),
      );
    });
  }
}

/**
 * The {@link AccessStore} in the same database as a case store opened by `openCaseStore` (its
 * tables come with the store's migrations). A store of another kind is refused
 * (`access_store_unsupported`). Closing the case store closes both.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode } from '@signaalreis/core';
 * import { accessStoreOf, openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore('data/store');
 * if (opened.ok) {
 *   const access = accessStoreOf(opened.value);
 *   if (access.ok) {
 *     const made = await access.value.createKey({ role: 'officer', municipalities: [asMunicipalityCode('0363')] });
 *     if (made.ok) console.log(made.value.key); // sr_<id>_<secret>: shown once, only its sha256 is kept
 *   }
 *   await opened.value.close();
 * }
 * ```
 */
export function accessStoreOf(store: CaseStore): Result<AccessStore> {
  if (!(store instanceof SqlCaseStore)) return fail(issue('access_store_unsupported', [], M.unsupported));
  return ok(new SqlAccessStore(store.db));
}
