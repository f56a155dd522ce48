// The rate limit shared by several serving processes (issue 12): with a store that counts requests
// (a PostgreSQL server by default; here forced on an embedded store, whose counting is the same SQL),
// two services on one database share the limit of a key. Before, each process counted on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const months = (app: Fixture['app']) =>
  app.request(`/municipalities/${A}/months`, f.auth(f.keys.officerB.key));
const path = `/municipalities/${A}/months`;

describe('a rate limit shared by processes', () => {
  it('counts a key’s requests of two services on one store together', async () => {
    const limits = { requestsPerMinute: 3 };
    const one = f.serviceWith({ limits, sharedRateLimit: true });
    const two = f.serviceWith({ limits, sharedRateLimit: true });
    const get = (app: Fixture['app']) => app.request(path, f.auth(f.keys.officerA.key));
    expect((await get(one)).status).toBe(200);
    expect((await get(two)).status).toBe(200);
    expect((await get(one)).status).toBe(200);
    const over = await get(two);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(over)).type).toBe('urn:signaalreis:problem:rate_limited');
    // another key has its own count
    expect((await months(one)).status).toBe(404);
  });

  it('counts in memory per process when not shared (an embedded store: one process)', async () => {
    const limits = { requestsPerMinute: 2 };
    const one = f.serviceWith({ limits });
    const two = f.serviceWith({ limits });
    const get = (app: Fixture['app']) => app.request(path, f.auth(f.keys.admin.key));
    for (const app of [one, two, one, two]) expect((await get(app)).status).toBe(403); // counted, not limited
    expect((await get(one)).status).toBe(429);
  });
});
