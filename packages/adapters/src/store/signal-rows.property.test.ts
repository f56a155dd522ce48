// The `signals` table in bulk (signal-rows.ts): the history read as JSON arrays, a month's and a few
// thousand ordinals' rows each, is what the plain query of every row gives; signals written as one
// JSON value a statement read back as they were given, whatever the text of their ids; on PGlite
// and on a PostgreSQL server.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, type HistoryEntry, type MunicipalityCode, type Result } from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { allOk, historyEntryOf } from './rows';
import { STORE_SCHEMA } from './schema';
import { insertSignalRows } from './signal-rows';
import type { SqlCaseStore } from './sql-store';
import { BACKENDS, type TestStore } from './test-support/backends';
import { exampleMonths, storedExample } from './test-support/months';
import { codesFrom, value } from './test-support/results';

const code = codesFrom(900);

/** The history as the store read it before: every row, one field per column (the reference). */
async function historyRowByRow(
  store: SqlCaseStore,
  municipality: MunicipalityCode,
  month: string,
): Promise<Result<HistoryEntry[]>> {
  const rows = await store.db
    .withSchema(STORE_SCHEMA)
    .selectFrom('signals as s')
    .leftJoin('cases as c', (j) =>
      j.onRef('c.municipality', '=', 's.municipality').onRef('c.case_id', '=', 's.case_id'),
    )
    .selectAll('s')
    .select(['c.reached as case_reached', 'c.attempts_reached'])
    .where('s.municipality', '=', municipality)
    .where('s.month', '<', month)
    .orderBy('s.month')
    .orderBy('s.ordinal')
    .execute();
  return allOk(rows.map(historyEntryOf));
}

/** Text of any kind an id may hold: quotes, backslashes, JSON's own characters, accents, emoji. */
const idText = fc.string({
  unit: fc.constantFrom('a', 'Z', '9', '"', '\\', '/', '{', ']', ',', ' ', 'é', 'ß', '€', '😀', '\u2028'),
  minLength: 1,
  maxLength: 12,
});

const signalRowOf = fc.record({
  partner_id: idText,
  signal_id: idText,
  case_id: idText,
  household_key: idText,
  sector: fc.constantFrom('rent', 'energy', 'water', 'health', 'municipal-tax', 'other'),
  kind: fc.constantFrom('early', 'end-of-supply', 'eviction', 'warm-referral', 'cak'),
  signal_date: fc.constantFrom('2026-09-01', '2026-09-30'),
  arrear_since: fc.constantFrom('2026-01-15', '2025-12-31'),
  amount_cents: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  natural_person: fc.boolean(),
  picked_up: fc.boolean(),
});

describe.each(BACKENDS)('the signals table in bulk on $name', (backend) => {
  let t: TestStore;
  let store: SqlCaseStore;
  const m = code();

  beforeAll(async () => {
    const [fresh, months] = await Promise.all([backend.fresh(), exampleMonths()]);
    t = fresh;
    store = t.store as SqlCaseStore;
    for (const e of months) value(await store.saveMonth(storedExample(e, m)));
    // cases reached and not, by their own column and by their record's attempts (the join's two columns)
    const q = store.db.withSchema(STORE_SCHEMA);
    await q
      .updateTable('cases')
      .set({ reached: sql<boolean>`ordinal % 3 = 0` })
      .where('municipality', '=', m)
      .execute();
    await q
      .updateTable('cases')
      .set({ attempts_reached: sql<boolean>`ordinal % 4 = 0` })
      .where('municipality', '=', m)
      .where('month', '=', '2026-09')
      .where(sql<boolean>`ordinal % 2 = 0`)
      .execute();
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  test.prop(
    [
      fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(0, Number.NaN)),
      fc.constantFrom('2026-08', '2026-09', '2026-10', '2026-11'),
    ],
    {
      numRuns: 10,
    },
  )(
    'the history read as JSON arrays is the history read row by row, whatever the rows per array',
    async (perValue, month) => {
      const expected = value(await historyRowByRow(store, m, month));
      store.page = perValue;
      try {
        const got = value(await store.history(m, asIsoMonth(month)));
        expect(got).toHaveLength(expected.length);
        expect(got).toEqual(expected);
      } finally {
        store.page = 5000;
      }
    },
    120_000,
  );

  test('the example months hold a history to read (the property above compares something)', async () => {
    const got = value(await store.history(m, asIsoMonth('2026-11')));
    expect(got.length).toBeGreaterThan(500);
    const reached = new Set(got.map((e) => e.reached));
    expect([...reached].sort()).toEqual([false, true]);
  });

  test.prop(
    [
      fc.uniqueArray(signalRowOf, { selector: (r) => `${r.partner_id}\0${r.signal_id}`, maxLength: 40 }),
      fc.array(fc.integer(), { maxLength: 40 }),
      // any rows a statement, and what is no number of rows (the default then)
      fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom(0, -3, 2.5, Number.NaN, Infinity)),
    ],
    {
      numRuns: 15,
    },
  )(
    'signals written a JSON value a statement, in any order, read back as they were given, and as history',
    async (generated, order, perValue) => {
      const municipality = code();
      const month = '2026-09';
      const rows = generated.map((r, ordinal) => ({ ...r, municipality, month, ordinal }));
      // written in another order than their ordinals': the history's arrays must order them themselves
      const written = rows
        .map((r, i) => ({ r, key: order[i] ?? i }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.r);
      const q = store.db.withSchema(STORE_SCHEMA);
      await q.transaction().execute(async (trx) => {
        await trx
          .insertInto('months')
          .values({ municipality, month, preset: 'type-medium', decided_on: '2026-09-30' })
          .execute();
        await insertSignalRows(trx, written, perValue);
      });
      const back = await q
        .selectFrom('signals')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('ordinal')
        .execute();
      expect(back.map((r) => ({ ...r, amount_cents: Number(r.amount_cents) }))).toEqual(rows);
      store.page = perValue;
      try {
        const history = await store.history(municipality, asIsoMonth('2026-10'));
        expect(history).toEqual(await historyRowByRow(store, municipality, '2026-10'));
        if (rows.length > 0) expect(history.ok).toBe(true);
      } finally {
        store.page = 5000;
      }
    },
    120_000,
  );

  test('a signal id that is no text PostgreSQL holds (a lone surrogate) fails the month, it is not changed', async () => {
    const months = await exampleMonths();
    const oct = months[2];
    if (!oct) throw new Error('no example October');
    const stored = storedExample(oct, code());
    const [first, ...rest] = stored.signals;
    if (!first) throw new Error('no signal');
    const spoilt = {
      ...stored,
      signals: [{ ...first, signalId: `${first.signalId}\ud800` as typeof first.signalId }, ...rest],
    };
    const r = await store.saveMonth(spoilt);
    expect(r.ok ? 'stored' : r.issues.map((i) => i.code)).toEqual(['store_failed']);
    expect(value(await store.months(stored.municipality))).toEqual([]);
  });
});
