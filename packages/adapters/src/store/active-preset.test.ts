// The active preset and the store's secrets (migration 0004), and the access-audit row a write
// carries: one suite on every backend (PGlite always, a PostgreSQL server with SIGNAALREIS_TEST_PG_URL).
import type { CaseStore } from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessStoreOf } from './sql-access';
import type { SqlCaseStore } from './sql-store';
import { BACKENDS, type TestStore } from './test-support/backends';
import { type ExampleMonth, exampleMonths, storedExample } from './test-support/months';
import { codes, codesFrom, value } from './test-support/results';

const code = codesFrom(700);
const MINE = { id: 'my-town', extends: 'type-small', label: { nl: 'Mijn stad', en: 'My town' } };

describe.each(BACKENDS)('the active preset on $name', (backend) => {
  let t: TestStore;
  let store: CaseStore;
  let sep: ExampleMonth;
  beforeAll(async () => {
    t = await backend.fresh();
    store = t.store;
    sep = (await exampleMonths())[1] as ExampleMonth;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  /** Makes the access-audit insert of `action` fail (a check constraint), for the rollback tests. */
  const failAudit = async (action: string) => {
    const db = (store as SqlCaseStore).db;
    await sql`alter table signaalreis.access_audit add constraint fail_${sql.raw(action.replace(/-/g, '_'))} check (action <> ${sql.lit(action)})`.execute(
      db,
    );
  };
  const access = () => value(accessStoreOf(store));

  it('keeps every version, newest first; the latest is the active one; none is overwritten', async () => {
    const m = code();
    expect(value(await store.activePreset(m))).toBeUndefined();
    const v1 = value(
      await store.setActivePreset({ municipality: m, preset: MINE, setBy: 'aaaaaaaaaaaaaaaa' }),
    );
    expect(v1).toMatchObject({ municipality: m, version: 1, preset: MINE, setBy: 'aaaaaaaaaaaaaaaa' });
    expect(Number.isNaN(Date.parse(v1.setAt))).toBe(false);
    const changed = { ...MINE, extends: 'type-medium' };
    value(await store.setActivePreset({ municipality: m, preset: changed, setBy: 'cli' }));
    expect(value(await store.activePreset(m))).toMatchObject({ version: 2, preset: changed, setBy: 'cli' });
    const history = value(await store.activePresetHistory(m));
    expect(history.map((v) => [v.version, v.preset])).toEqual([
      [2, changed],
      [1, MINE],
    ]);
    expect(value(await store.activePreset(code()))).toBeUndefined();
    expect(value(await store.audit(m)).map((e) => [e.action, e.details])).toEqual([
      ['preset-set', { version: 1, preset: 'my-town', setBy: 'aaaaaaaaaaaaaaaa' }],
      ['preset-set', { version: 2, preset: 'my-town', setBy: 'cli' }],
    ]);
  });

  it('gives each of several writers at once a version of its own', async () => {
    const m = code();
    const set = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        store.setActivePreset({
          municipality: m,
          preset: { ...MINE, label: { nl: `${i}`, en: `${i}` } },
          setBy: 'cli',
        }),
      ),
    );
    expect(set.map((r) => value(r).version).sort()).toEqual([1, 2, 3, 4]);
    expect(value(await store.activePresetHistory(m))).toHaveLength(4);
  });

  it('writes the access note in the transaction of the write: a failing note rolls the write back', async () => {
    const m = code();
    const note = { keyId: '0123456789abcdef', route: '/x', status: 200, municipality: m, count: 1 };
    value(
      await store.setActivePreset(
        { municipality: m, preset: MINE, setBy: 'cli' },
        { access: { ...note, action: 'set-preset' } },
      ),
    );
    const rows = value(await access().auditLog({ municipality: m }));
    expect(rows.map((r) => r.action)).toEqual(['set-preset']);
    await failAudit('set-preset-refused');
    await failAudit('write-run-refused');
    const refused = await store.setActivePreset(
      { municipality: m, preset: { ...MINE, extends: 'type-medium' }, setBy: 'cli' },
      { access: { ...note, action: 'set-preset-refused' } },
    );
    expect(codes(refused)).toEqual(['store_failed']);
    expect(value(await store.activePresetHistory(m))).toHaveLength(1);
    const month = await store.saveMonth(storedExample(sep, m), {
      access: { ...note, action: 'write-run-refused' },
    });
    expect(codes(month)).toEqual(['store_failed']);
    expect(value(await store.months(m))).toEqual([]);
    value(await store.saveMonth(storedExample(sep, m), { access: { ...note, action: 'write-run' } }));
    expect(value(await store.months(m))).toHaveLength(1);
    expect(value(await access().auditLog({ municipality: m })).map((r) => r.action)).toEqual([
      'write-run',
      'set-preset',
    ]);
  });

  it('counts requests per key and minute in one statement: concurrent counts add up, a later minute restarts', async () => {
    const a = access();
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => a.countRequest('00000000000000aa', 1000)),
    );
    expect(counts.map((r) => value(r)).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(value(await a.countRequest('00000000000000bb', 1000))).toBe(1); // another key: its own count
    expect(value(await a.countRequest('00000000000000aa', 1001))).toBe(1); // the next minute
    expect(value(await a.countRequest('00000000000000aa', 1000))).toBe(2); // a late process's minute counts on
    expect(value(await a.countRequest('00000000000000aa', 1001))).toBe(3);
  });

  it('keeps a secret of 32 bytes per store: the same on every call, another in another store', async () => {
    const a = value(await store.storeSecret('pseudonym'));
    expect(a).toHaveLength(32);
    expect(Buffer.from(value(await store.storeSecret('pseudonym')))).toEqual(Buffer.from(a));
    const other = await backend.fresh();
    try {
      const b = value(await other.store.storeSecret('pseudonym'));
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(false);
    } finally {
      await other.store.close();
      await other.dispose();
    }
  });
});
