// A municipality's active preset (migration 0004): every version kept (the highest is the active
// one), the preset JSON as written, who set it and when. And the store's secrets, made on first use.
// Also the access-audit row a write carries (WriteOptions.access), inserted in the write's transaction.
import { randomBytes } from 'node:crypto';
import {
  type AccessNote,
  type ActivePreset,
  fail,
  issue,
  MunicipalityCodeSchema,
  type NewActivePreset,
  ok,
  type Result,
} from '@signaalreis/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import * as z from 'zod';
import { STORE_MESSAGES as M } from './messages';
import type { StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Inserts the access-audit row of a write (in the caller's transaction), when there is one. */
export async function insertAccessNote(db: Db, note: AccessNote | undefined): Promise<void> {
  if (!note) return;
  await db
    .insertInto('access_audit')
    .values({
      key_id: note.keyId,
      action: note.action,
      route: note.route,
      municipality: note.municipality ?? null,
      month: note.month ?? null,
      count: note.count ?? null,
      status: note.status,
    })
    .execute();
}

const Row = z.object({
  municipality: MunicipalityCodeSchema,
  version: z.number().int().min(1),
  preset: z.record(z.string(), z.unknown()),
  set_by: z.string(),
});

const stamp = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

/** A row of `active_presets`, read back and checked. */
function presetOf(row: Record<string, unknown>): Result<ActivePreset> {
  const r = Row.safeParse(row);
  if (!r.success)
    return fail(
      issue(
        'store_row_invalid',
        ['active_presets', `${String(row.municipality)}/${String(row.version)}`],
        M.rowInvalid('active_presets', String(row.version), {
          nl: 'geen preset-versie',
          en: 'not a preset version',
        }),
      ),
    );
  const { municipality, version, preset, set_by } = r.data;
  return ok({ municipality, version, preset, setBy: set_by, setAt: stamp(row.set_at) });
}

/**
 * Adds a version of the municipality's active preset (the highest plus one) in `trx`, with the
 * store's audit entry `preset-set` and the access note. Two at once: the second meets the first's
 * primary key and is retried once by the caller (see SqlCaseStore.setActivePreset).
 */
export async function insertActivePreset(
  trx: Transaction<StoreDatabase>,
  p: NewActivePreset,
  access?: AccessNote,
): Promise<Result<ActivePreset>> {
  const top = await trx
    .selectFrom('active_presets')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('v'))
    .where('municipality', '=', p.municipality)
    .executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('active_presets')
    .values({
      municipality: p.municipality,
      version: top.v + 1,
      preset: JSON.stringify(p.preset),
      set_by: p.setBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const id = typeof p.preset.id === 'string' ? p.preset.id : null;
  await trx
    .insertInto('audit')
    .values({
      municipality: p.municipality,
      action: 'preset-set',
      month: null,
      details: JSON.stringify({ version: top.v + 1, preset: id, setBy: p.setBy }),
    })
    .execute();
  await insertAccessNote(trx, access);
  return presetOf(row as unknown as Record<string, unknown>);
}

/** Every version of a municipality's active preset, newest first. */
export async function selectActivePresets(db: Db, municipality: string): Promise<Result<ActivePreset[]>> {
  const rows = await db
    .selectFrom('active_presets')
    .selectAll()
    .where('municipality', '=', municipality)
    .orderBy('version', 'desc')
    .execute();
  const out: ActivePreset[] = [];
  for (const row of rows) {
    const r = presetOf(row as unknown as Record<string, unknown>);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

/** The store's secret for `purpose`: made (32 random bytes) on first use, then always the same. */
export async function storeSecretOf(db: Db, purpose: string): Promise<Uint8Array> {
  await db
    .insertInto('store_secrets')
    .values({ purpose, secret_hex: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
  const row = await db
    .selectFrom('store_secrets')
    .select('secret_hex')
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return new Uint8Array(Buffer.from(row.secret_hex, 'hex'));
}
