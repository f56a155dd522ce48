// The access audit of a write is written in the write's own transaction (issue 12, "audit after
// commit"): when the audit row cannot be written the answer is 503 and nothing of the write is
// stored — for every write route, the key routes too. Before, the data stayed written while the
// answer was 503.
import { asIsoMonth } from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlCaseStore } from '../store/sql-store';
import { smallDdasDelivery } from './test-support/ddas-body';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
let openCase = '';
let spare = '';
beforeAll(async () => {
  f = await serviceFixture();
  const made = await f.access.createKey({ role: 'researcher', municipalities: [A] });
  if (!made.ok) throw new Error('key');
  spare = made.value.info.id;
  const sep = await f.store.cases(A, asIsoMonth('2026-09'));
  if (!sep.ok) throw new Error('no September');
  openCase = sep.value.find((c) => c.signalStatus === 'Opgepakt' && !c.record)?.caseId as string;
}, 120_000);
afterAll(() => f?.dispose());

const WRITES = [
  'write-delivery',
  'write-run',
  'record-attempt',
  'record-event',
  'lifecycle-run',
  'import-ddas',
  'set-preset',
  'create-key',
  'revoke-key',
];
const db = () => (f.store as SqlCaseStore).db;
const breakAudit = () =>
  sql`alter table signaalreis.access_audit add constraint no_writes check (action not in (${sql.join(WRITES.map((w) => sql.lit(w)))}))`.execute(
    db(),
  );
const mendAudit = () => sql`alter table signaalreis.access_audit drop constraint no_writes`.execute(db());

const send = (
  method: string,
  path: string,
  body: unknown,
  type = 'application/json',
  key = f.keys.officerA.key,
) =>
  f.app.request(path, {
    method,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...f.auth(key, { 'content-type': type }),
  });
const CSV = [
  'signal_id;partner_id;partner_name;sector;kind;signal_date;arrear_since;amount;surname;postcode;house_number',
  'TX-1;EN-WKR;Partner;energy;early;2026-12-01;2026-09-01;125,00;Jansen;7411AB;3',
].join('\n');

/** Every write once: each answer's status. */
async function writeAll() {
  const m = `/municipalities/${A}`;
  return {
    delivery: (await send('POST', `${m}/months/2026-12/deliveries`, CSV, 'text/csv')).status,
    run: (await send('POST', `${m}/months/2026-11/run`, { preset: 'type-medium' })).status,
    attempt: (
      await send('POST', `${m}/cases/${openCase}/attempts`, {
        kind: 'Telefoon',
        reached: false,
        date: '2026-10-01',
        partOfDay: 'Ochtend',
      })
    ).status,
    lifecycleRun: (await send('POST', `${m}/months/2026-09/lifecycle-run`, { at: '2026-11-30' })).status,
    ddasImport: (await send('POST', `${m}/ddas`, JSON.stringify(smallDdasDelivery(A, '2041-01')))).status,
    preset: (await send('PUT', `${m}/preset`, { id: 'my-town', extends: 'type-small' })).status,
    createKey: (
      await send(
        'POST',
        '/keys',
        { role: 'researcher', municipalities: [A] },
        'application/json',
        f.keys.admin.key,
      )
    ).status,
    revokeKey: (await send('POST', `/keys/${spare}/revoke`, '{}', 'application/json', f.keys.admin.key))
      .status,
  };
}

/** What the store holds of municipality A that the writes would change. */
async function holding() {
  const months = await f.store.months(A);
  const sep = await f.store.cases(A, asIsoMonth('2026-09'));
  const dec = await f.store.deliveries(A, asIsoMonth('2026-12'));
  const preset = await f.store.activePresetHistory(A);
  const audit = await f.access.auditLog({});
  const keys = await f.access.listKeys();
  if (!months.ok || !sep.ok || !dec.ok || !preset.ok || !audit.ok || !keys.ok) throw new Error('store');
  return {
    months: months.value.map((x) => x.month),
    records: sep.value.filter((c) => c.record).length,
    deliveries: dec.value.length,
    presets: preset.value.length,
    keys: keys.value.length,
    revoked: keys.value.filter((k) => k.revokedAt).length,
    writesAudited: audit.value.filter((e) => WRITES.includes(e.action)).length,
  };
}

describe('a write whose access-audit row cannot be written', () => {
  it('is answered 503 and leaves nothing stored, on every write route', async () => {
    const before = await holding();
    await breakAudit();
    try {
      const statuses = await writeAll();
      expect(statuses).toEqual({
        delivery: 503,
        run: 503,
        attempt: 503,
        lifecycleRun: 503,
        ddasImport: 503,
        preset: 503,
        createKey: 503,
        revokeKey: 503,
      });
    } finally {
      await mendAudit();
    }
    expect(await holding()).toEqual(before);
  });

  it('is stored with its audit row once the audit can be written again', async () => {
    const before = await holding();
    expect(await writeAll()).toEqual({
      delivery: 201,
      run: 201,
      attempt: 201,
      lifecycleRun: 200,
      ddasImport: 201,
      preset: 200,
      createKey: 201,
      revokeKey: 200,
    });
    const after = await holding();
    expect(after.deliveries).toBe(before.deliveries + 1);
    expect(after.months).toEqual([...before.months, '2026-11', '2041-01'].sort());
    expect(after.presets).toBe(1);
    expect(after.records).toBeGreaterThan(before.records);
    expect(after.keys).toBe(before.keys + 1);
    expect(after.revoked).toBe(before.revoked + 1);
    expect(after.writesAudited).toBe(before.writesAudited + 8);
    const problem = await json(await send('PUT', `/municipalities/${A}/preset`, [1]));
    expect(problem.status).toBe(422);
  });
});
