// The typed client of TypeScript callers (hono's hc over ServiceApp), and the service over real
// HTTP on 127.0.0.1 with @hono/node-server.
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceApp } from './app';
import { serveService } from './serve';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

describe('the typed client', () => {
  it('calls the routes with typed parameters and typed answers', async () => {
    const client = hc<ServiceApp>('http://service.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) => f.app.request(input, init),
      headers: { authorization: `Bearer ${f.keys.officerA.key}` },
    });
    const months = await client.municipalities[':code'].months.$get({ param: { code: A } });
    expect(months.status).toBe(200);
    if (months.status !== 200) throw new Error('no months');
    const body = await months.json();
    const names: string[] = body.months.map((m) => m.month); // typed: a compile error if the shape changes
    expect(names).toEqual(['2026-08', '2026-09', '2026-10']);
    const cases = await client.municipalities[':code'].months[':month'].cases.$get({
      param: { code: A, month: '2026-10' },
      query: {},
    });
    if (cases.status !== 200) throw new Error('no cases');
    const first = (await cases.json()).cases[0];
    expect(first?.caseId).toBe(f.caseA);
    // a case id is opaque: percent-encode it (hc puts a parameter into the path as given)
    const one = await client.municipalities[':code'].cases[':caseId'].$get({
      param: { code: A, caseId: encodeURIComponent(f.caseA) },
    });
    expect(one.status).toBe(200);
    const refused = await client.municipalities[':code'].months.$get({ param: { code: '0518' } });
    expect(refused.status).toBe(404);
  });

  it('follows a month’s cases page by page, as docs/service.md shows', async () => {
    const client = hc<ServiceApp>('http://service.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) => f.app.request(input, init),
      headers: { authorization: `Bearer ${f.keys.officerA.key}` },
    });
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.municipalities[':code'].months[':month'].cases.$get({
        param: { code: A, month: '2026-10' },
        query: { limit: 50, ...(cursor ? { cursor } : {}) },
      });
      if (page.status !== 200) throw new Error(`status ${page.status}`);
      const body = await page.json();
      ids.push(...body.cases.map((c) => c.caseId));
      cursor = body.next ?? undefined;
      pages++;
    } while (cursor);
    const whole = await client.municipalities[':code'].months[':month'].cases.$get({
      param: { code: A, month: '2026-10' },
      query: { limit: 1000 },
    });
    if (whole.status !== 200) throw new Error('no cases');
    expect(ids).toEqual((await whole.json()).cases.map((c) => c.caseId));
    expect([ids.length, pages]).toEqual([206, 5]);
  });
});

describe('over HTTP', () => {
  it('serves on 127.0.0.1 and stops', async () => {
    const running = await serveService({ store: f.store, access: f.access, port: 0 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${running.url}/health`);
      expect(health.status).toBe(200);
      const res = await fetch(`${running.url}/municipalities/${A}/cases/${encodeURIComponent(f.caseA)}`, {
        headers: { authorization: `Bearer ${f.keys.officerA.key}`, 'accept-language': 'en' },
      });
      expect(res.status).toBe(200);
      expect((await json(res)).case.caseId).toBe(f.caseA);
      const none = await fetch(`${running.url}/municipalities/${A}/months`);
      expect(none.status).toBe(401);
      expect((await json(none)).title).toBe('Niet aangemeld');
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });
});
