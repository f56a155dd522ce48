// Signal deliveries in the store (issue 12): the same suite on every backend — PGlite always, a
// PostgreSQL server when SIGNAALREIS_TEST_PG_URL names one.
import {
  asIsoDate,
  asIsoMonth,
  type CaseStore,
  DEFAULT_RETENTION,
  type MunicipalityCode,
  type NewDelivery,
  type PartnerId,
  retentionCutoffs,
  type Signal,
} from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_SCHEMA } from './schema';
import type { SqlCaseStore } from './sql-store';
import { BACKENDS, type TestStore } from './test-support/backends';
import { signalsOf } from './test-support/months';
import { codesFrom, value } from './test-support/results';

/** A municipality code of its own for each test: tests share a store and must not see each other. */
const code = codesFrom(300);
const OCT = asIsoMonth('2026-10');

const delivery = (m: MunicipalityCode, signals: Signal[], month = OCT): NewDelivery => ({
  municipality: m,
  month,
  partners: [...new Set(signals.map((s) => s.partner.id))].sort() as PartnerId[],
  rows: signals.length + 1,
  accepted: signals.length,
  rejected: 1,
  signals,
  report: {
    rows: signals.length + 1,
    rejected: [{ row: 3, line: 4, column: 'amount', code: 'invalid_amount' }],
  },
});

describe.each(BACKENDS)('deliveries in the store on $name', (backend) => {
  let t: TestStore;
  let store: CaseStore;
  let signals: Signal[];

  beforeAll(async () => {
    [t, signals] = await Promise.all([backend.fresh(), signalsOf('2026-10')]);
    store = t.store;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  it('stores a delivery whole and gives its signals back as they were, in delivery and file order', async () => {
    const m = code();
    const [first, second] = [signals.slice(0, 100), signals.slice(100)];
    const a = value(await store.saveDelivery(delivery(m, first)));
    const b = value(await store.saveDelivery(delivery(m, second)));
    expect(a.deliveryId).not.toBe(b.deliveryId);
    expect(value(await store.deliverySignals(m, OCT))).toEqual(signals);
    const listed = value(await store.deliveries(m, OCT));
    expect(listed.map((d) => [d.deliveryId, d.accepted, d.rows, d.rejected])).toEqual([
      [a.deliveryId, 100, 101, 1],
      [b.deliveryId, second.length, second.length + 1, 1],
    ]);
    expect(JSON.stringify(listed)).not.toContain(signals[0]?.person.surname ?? 'x');
    const audit = value(await store.audit(m));
    expect(audit.map((e) => e.action)).toEqual(['delivery-stored', 'delivery-stored']);
    expect(JSON.stringify(audit)).not.toContain(signals[0]?.signalId);
  });

  it('keeps municipalities and months apart', async () => {
    const [m, other] = [code(), code()];
    value(await store.saveDelivery(delivery(m, signals.slice(0, 5))));
    expect(value(await store.deliverySignals(other, OCT))).toEqual([]);
    expect(value(await store.deliverySignals(m, asIsoMonth('2026-09')))).toEqual([]);
    expect(value(await store.deliveries(other, OCT))).toEqual([]);
  });

  it('refuses a signal an earlier delivery of the month holds, naming it by position, and stores nothing of it', async () => {
    const m = code();
    value(await store.saveDelivery(delivery(m, signals.slice(0, 10))));
    const again = await store.saveDelivery(delivery(m, signals.slice(5, 20)));
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.issues.map((i) => [i.code, i.path])).toEqual(
      [0, 1, 2, 3, 4].map((i) => ['signal_already_delivered', ['signals', i]]),
    );
    expect(JSON.stringify(again.issues)).not.toContain(signals[5]?.signalId);
    expect(value(await store.deliverySignals(m, OCT))).toHaveLength(10);
    expect(value(await store.deliveries(m, OCT))).toHaveLength(1);
    // the same ids in another month are another delivery
    value(await store.saveDelivery(delivery(m, signals.slice(5, 20), asIsoMonth('2026-11'))));
  });

  it('a delivery that fails in the middle leaves nothing (one transaction)', async () => {
    const m = code();
    // two signals with the same partner and id in one delivery: the second insert batch breaks the key
    const many = [...signals, ...signals.slice(0, 1)];
    const r = await store.saveDelivery(delivery(m, many));
    expect(r.ok).toBe(false);
    expect(value(await store.deliveries(m, OCT))).toEqual([]);
    expect(value(await store.deliverySignals(m, OCT))).toEqual([]);
    expect(value(await store.audit(m))).toEqual([]);
  });

  it('a stored signal edited by hand reads back as store_row_invalid, without its values', async () => {
    const m = code();
    value(await store.saveDelivery(delivery(m, signals.slice(0, 2))));
    const db = (store as SqlCaseStore).db;
    await sql`update ${sql.table(`${STORE_SCHEMA}.delivery_signals`)} set signal = jsonb_set(signal, '{amountCents}', '-5') where municipality = ${m}`.execute(
      db,
    );
    const r = await store.deliverySignals(m, OCT);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('store_row_invalid');
    expect(JSON.stringify(r.issues)).not.toContain(signals[0]?.person.surname ?? 'x');
  });

  it('the purge removes deliveries with the matching data not picked up; a dry run lists the same', async () => {
    const m = code();
    value(await store.saveDelivery(delivery(m, signals.slice(0, 3), asIsoMonth('2026-09'))));
    value(await store.saveDelivery(delivery(m, signals.slice(3, 6), asIsoMonth('2026-09'))));
    value(await store.saveDelivery(delivery(m, signals.slice(0, 3), OCT)));
    // on 2027-04-01 with 6 months: months before 2026-10 go
    const cutoffs = retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-04-01'));
    const dry = value(await store.purge({ municipality: m, cutoffs, dryRun: true }));
    expect(dry.deliveries).toEqual([{ month: '2026-09', count: 2 }]);
    expect(value(await store.deliveries(m, asIsoMonth('2026-09')))).toHaveLength(2);
    const real = value(await store.purge({ municipality: m, cutoffs, dryRun: false }));
    expect(real.deliveries).toEqual(dry.deliveries);
    expect(value(await store.deliveries(m, asIsoMonth('2026-09')))).toEqual([]);
    expect(value(await store.deliverySignals(m, asIsoMonth('2026-09')))).toEqual([]);
    expect(value(await store.deliverySignals(m, OCT))).toHaveLength(3);
    const purged = value(await store.audit(m)).at(-1);
    expect(purged?.action).toBe('purged');
    expect(purged?.details.deliveries).toBe(2);
    const later = retentionCutoffs(DEFAULT_RETENTION, asIsoDate('2027-05-01'));
    expect(value(await store.purge({ municipality: m, cutoffs: later, dryRun: false })).deliveries).toEqual([
      { month: '2026-10', count: 1 },
    ]);
  });
});
