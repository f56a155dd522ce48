// The store's schema, as versioned migrations in code (not files read from disk, so that a bundled
// command line carries them): kysely's Migrator runs each one in a transaction and records it in
// signaalreis.kysely_migration. The same migrations run on PGlite and on a PostgreSQL server.
// A migration, once released, is never changed: a change is a new migration with a later name.
import { fail, issue, ok, type Result } from '@signaalreis/core';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { STORE_MESSAGES as M } from './messages';
import { STORE_SCHEMA } from './schema';

const MIGRATION_TABLE = 'kysely_migration';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema.withSchema(STORE_SCHEMA);
    const code = (c: string) => sql`${sql.ref(c)} ~ '^[0-9]{4}$'`;
    const month = (c: string) => sql`${sql.ref(c)} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;
    const date = (c: string) => sql`${sql.ref(c)} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
    await s
      .createTable('months')
      .addColumn('municipality', 'text', (c) => c.notNull().check(code('municipality')))
      .addColumn('month', 'text', (c) => c.notNull().check(month('month')))
      .addColumn('preset', 'text', (c) => c.notNull())
      .addColumn('decided_on', 'text', (c) => c.notNull().check(date('decided_on')))
      .addColumn('stored_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('months_pk', ['municipality', 'month'])
      .execute();
    await s
      .createTable('cases')
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('household_key', 'text', (c) => c.notNull())
      .addColumn('signal_status', 'text', (c) => c.notNull())
      .addColumn('intake_outcome', 'text', (c) => c.notNull())
      .addColumn('worklist_bucket', 'text', (c) => c.notNull())
      .addColumn('reached', 'boolean')
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addColumn('record', 'jsonb')
      .addColumn('lifecycle_status', 'text')
      .addColumn('attempts_reached', 'boolean')
      .addColumn('closed_on', 'text', (c) => c.check(date('closed_on')))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('cases_pk', ['municipality', 'case_id'])
      .addForeignKeyConstraint('cases_month_fk', ['municipality', 'month'], 'months', [
        'municipality',
        'month',
      ])
      .execute();
    await s.createIndex('cases_by_month').on('cases').columns(['municipality', 'month', 'ordinal']).execute();
    await s.createIndex('cases_by_closure').on('cases').columns(['municipality', 'closed_on']).execute();
    await s
      .createTable('signals')
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('signal_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('household_key', 'text', (c) => c.notNull())
      .addColumn('sector', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('signal_date', 'text', (c) => c.notNull().check(date('signal_date')))
      .addColumn('arrear_since', 'text', (c) => c.notNull().check(date('arrear_since')))
      .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
      .addColumn('natural_person', 'boolean', (c) => c.notNull())
      .addColumn('picked_up', 'boolean', (c) => c.notNull())
      .addPrimaryKeyConstraint('signals_pk', ['municipality', 'month', 'partner_id', 'signal_id'])
      .addForeignKeyConstraint('signals_month_fk', ['municipality', 'month'], 'months', [
        'municipality',
        'month',
      ])
      .execute();
    await s
      .createIndex('signals_by_month')
      .on('signals')
      .columns(['municipality', 'month', 'ordinal'])
      .execute();
    await s
      .createTable('feedback_sent')
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('signal_id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('sent_on', 'text', (c) => c.notNull().check(date('sent_on')))
      .addPrimaryKeyConstraint('feedback_sent_pk', [
        'municipality',
        'case_id',
        'partner_id',
        'signal_id',
        'code',
      ])
      .addForeignKeyConstraint('feedback_sent_case_fk', ['municipality', 'case_id'], 'cases', [
        'municipality',
        'case_id',
      ])
      .execute();
    await s
      .createTable('audit')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('month', 'text')
      .addColumn('details', 'jsonb', (c) => c.notNull())
      .execute();
    await s.createIndex('audit_by_municipality').on('audit').columns(['municipality', 'id']).execute();
  },
};

/**
 * The service's keys and its access audit (issue 12): `api_keys` holds each key's role, scope and
 * the sha256 of its secret (never the secret); `access_audit` one row per access to personal data
 * (key id, when, action, route pattern, municipality, month, count — never the data itself).
 */
const accessKeys: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema.withSchema(STORE_SCHEMA);
    await s
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id ~ '^[0-9a-f]{16}$'`))
      .addColumn('role', 'text', (c) =>
        c.notNull().check(sql`role in ('officer', 'partner', 'researcher', 'admin')`),
      )
      .addColumn('municipalities', 'jsonb', (c) => c.notNull())
      .addColumn('partner', 'text')
      .addColumn('label', 'text')
      .addColumn('secret_sha256', 'text', (c) => c.notNull().check(sql`secret_sha256 ~ '^[0-9a-f]{64}$'`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('revoked_at', 'timestamptz')
      .execute();
    await s
      .createTable('access_audit')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('route', 'text', (c) => c.notNull())
      .addColumn('municipality', 'text')
      .addColumn('month', 'text')
      .addColumn('count', 'integer')
      .addColumn('status', 'integer', (c) => c.notNull())
      .execute();
    await s.createIndex('access_audit_by_key').on('access_audit').columns(['key_id', 'id']).execute();
    await s
      .createIndex('access_audit_by_municipality')
      .on('access_audit')
      .columns(['municipality', 'id'])
      .execute();
  },
};

/**
 * Signal deliveries (issue 12): `deliveries` holds one row per partner file received for a month
 * (who it is from, counts, the validation report without values); `delivery_signals` its accepted
 * signals, one row each, as JSONB — personal data (names, addresses, contact data), read only by
 * the month's run and the worklists, removed by the purge with the matching data. A signal's
 * partner and id are delivered once per month (the key of `delivery_signals`).
 */
const deliveries: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema.withSchema(STORE_SCHEMA);
    await s
      .createTable('deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull().generatedAlwaysAsIdentity())
      .addColumn('municipality', 'text', (c) => c.notNull().check(sql`municipality ~ '^[0-9]{4}$'`))
      .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
      .addColumn('partners', 'jsonb', (c) => c.notNull())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('rows', 'integer', (c) => c.notNull().check(sql`rows >= 0`))
      .addColumn('accepted', 'integer', (c) => c.notNull().check(sql`accepted >= 0`))
      .addColumn('rejected', 'integer', (c) => c.notNull().check(sql`rejected >= 0`))
      .addColumn('report', 'jsonb', (c) => c.notNull())
      .execute();
    await s
      .createIndex('deliveries_by_month')
      .on('deliveries')
      .columns(['municipality', 'month', 'seq'])
      .execute();
    await s
      .createTable('delivery_signals')
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('signal_id', 'text', (c) => c.notNull())
      .addColumn('delivery_id', 'text', (c) =>
        c.notNull().references(`${STORE_SCHEMA}.deliveries.id`).onDelete('cascade'),
      )
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('signal', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('delivery_signals_pk', ['municipality', 'month', 'partner_id', 'signal_id'])
      .execute();
    await s
      .createIndex('delivery_signals_by_delivery')
      .on('delivery_signals')
      .columns(['delivery_id', 'ordinal'])
      .execute();
  },
};

/**
 * A municipality's active preset and the store's secrets (issue 12): `active_presets` keeps every
 * version a municipality set (the preset JSON as written, who set it — a key id — and when), never
 * overwritten; `store_secrets` a random secret per purpose (the researcher export's pseudonyms),
 * made on first use so that no two stores share one; `rate_windows` the requests of each key in
 * the current minute, so that several serving processes on one PostgreSQL server share one limit.
 */
const activePresets: Migration = {
  async up(db: Kysely<unknown>) {
    const s = db.schema.withSchema(STORE_SCHEMA);
    await s
      .createTable('active_presets')
      .addColumn('municipality', 'text', (c) => c.notNull().check(sql`municipality ~ '^[0-9]{4}$'`))
      .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
      .addColumn('preset', 'jsonb', (c) => c.notNull())
      .addColumn('set_by', 'text', (c) => c.notNull())
      .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('active_presets_pk', ['municipality', 'version'])
      .execute();
    await s
      .createTable('store_secrets')
      .addColumn('purpose', 'text', (c) => c.primaryKey())
      .addColumn('secret_hex', 'text', (c) => c.notNull().check(sql`secret_hex ~ '^[0-9a-f]{64}$'`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await s
      .createTable('rate_windows')
      .addColumn('key_id', 'text', (c) => c.primaryKey())
      .addColumn('window', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
  },
};

/**
 * The store's migrations by name, in order. Names sort in the order they run; the last name is
 * the store's schema version.
 */
export const STORE_MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initial,
  '0002-access-keys': accessKeys,
  '0003-deliveries': deliveries,
  '0004-active-presets': activePresets,
});

/** The schema version this signaalreis writes: the name of its last migration. */
export const STORE_SCHEMA_VERSION = Object.keys(STORE_MIGRATIONS).sort().at(-1) ?? '';

class InCode implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...this.migrations });
  }
}

/** The names of the migrations the database has run; `[]` for a database without the store. */
async function executed(db: Kysely<unknown>): Promise<string[]> {
  const exists = await sql<{ n: number }>`
    select count(*)::int as n from information_schema.tables
    where table_schema = ${STORE_SCHEMA} and table_name = ${MIGRATION_TABLE}`.execute(db);
  if ((exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{ name: string }>`
    select name from ${sql.table(`${STORE_SCHEMA}.${MIGRATION_TABLE}`)} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the store's schema up to {@link STORE_SCHEMA_VERSION}: nothing to do when it is there
 * already; refused (`store_too_new`, nothing changed) when the database ran a migration this
 * version does not know — a newer signaalreis wrote it. Returns the migrations applied now.
 * Database errors are thrown (the caller turns them into issues).
 */
export async function migrateStore(
  db: Kysely<unknown>,
  shown: string,
  migrations: Readonly<Record<string, Migration>> = STORE_MIGRATIONS,
): Promise<Result<string[]>> {
  const known = new Set(Object.keys(migrations));
  const unknown = (await executed(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const latest = Object.keys(migrations).sort().at(-1) ?? '';
    return fail(issue('store_too_new', [], M.tooNew(shown, unknown.at(-1) ?? '', latest)));
  }
  const migrator = new Migrator({
    db,
    provider: new InCode(migrations),
    migrationTableSchema: STORE_SCHEMA,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return ok((results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName));
}
