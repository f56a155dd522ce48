// The service's run route stores its month as `signaalreis run --store` does (saveRunMonth): in parts
// when the store takes parts — a large municipality's case-file entries never all made at once — and
// whole through saveMonth with a store that has no saveMonthInParts (a vendor's own); the same cases,
// the same answer, the audit's count the month's cases either way. Before, the route always made the
// month whole.
import { asIsoMonth, type CaseStore } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutParts } from '../store/test-support/backends';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

/** `store`, saying which of its save methods were called. */
function watched(store: CaseStore) {
  const called: string[] = [];
  const proxy = new Proxy(store, {
    get(t, k) {
      const v = Reflect.get(t, k, t);
      if (typeof v !== 'function') return v;
      if (k !== 'saveMonth' && k !== 'saveMonthInParts') return v.bind(t);
      return (...args: unknown[]) => {
        called.push(k);
        return v.apply(t, args);
      };
    },
  });
  return { proxy, called };
}

const run = (store: CaseStore) =>
  f.serviceWith({ store }).request(`/municipalities/${A}/months/2026-11/run`, {
    method: 'POST',
    body: JSON.stringify({ preset: 'type-medium', replace: true }),
    ...f.auth(f.keys.officerA.key, { 'content-type': 'application/json' }),
  });

async function stored() {
  const cases = await f.store.cases(A, asIsoMonth('2026-11'));
  const log = await f.access.auditLog({ keyId: f.keys.officerA.info.id, limit: 1 });
  if (!cases.ok || !log.ok) throw new Error('store');
  return { cases: cases.value, audit: log.value.map((e) => [e.action, e.count]) };
}

describe('POST …/run into the store', () => {
  it('stores in parts when the store takes parts, whole when not: the same cases, answer and audit', async () => {
    const parts = watched(f.store);
    const first = await run(parts.proxy);
    expect(first.status, JSON.stringify(await first.clone().json())).toBe(201);
    const a = { body: await json(first), ...(await stored()) };
    const whole = watched(withoutParts(f.store));
    const second = await run(whole.proxy);
    expect(second.status).toBe(201);
    const b = { body: await json(second), ...(await stored()) };

    expect(parts.called).toEqual(['saveMonthInParts']);
    expect(whole.called).toEqual(['saveMonth']);
    expect(b.cases).toEqual(a.cases);
    expect({ ...b.body, replaced: undefined }).toEqual({ ...a.body, replaced: undefined });
    expect(a.cases.length).toBeGreaterThan(50);
    expect(a.audit).toEqual([['write-run', a.cases.length]]);
    expect(b.audit).toEqual([['write-run', a.cases.length]]);
    const buckets: Record<string, number> = {};
    for (const c of a.cases) buckets[c.worklistBucket] = (buckets[c.worklistBucket] ?? 0) + 1;
    expect(a.body.buckets).toEqual(buckets);
  });
});
