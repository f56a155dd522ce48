// A large delivery (125,003 signals in two leveringen) fetched by CBS page by page over real HTTP
// (@hono/node-server on 127.0.0.1, an ephemeral port): each page signed and checked independently,
// ≤ 50,000 signals, schema-valid; the pages re-assembled give the same signals and cases. The time
// to make, validate, serialise and sign a full page is measured.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import type { Uitwisselmodel } from '../../ddas/types';
import { appOf, REQUEST, type Setup, setup } from './app.test-support';
import { cbsVerifies, reassemble, syntheticDelivery } from './fixtures.test-support';

const s: Setup = await setup();
const delivery = syntheticDelivery(125_003, 2, 11);
const { app, calls, log } = appOf(s, delivery);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function fetchPage(page: number | undefined) {
  const started = performance.now();
  const res = await fetch(`${base}/gegevens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await s.issuer.token()}` },
    body: JSON.stringify({ ...REQUEST, ...(page !== undefined ? { page } : {}) }),
  });
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  cbsVerifies(bytes, res.headers, s.pki.root);
  return {
    body: JSON.parse(new TextDecoder().decode(bytes)),
    ms: performance.now() - started,
    bytes: bytes.length,
  };
}

const caseKeys = (ls: Uitwisselmodel['leveringen']) =>
  (ls ?? []).flatMap((l) =>
    (l.vroegsignaalzaken ?? []).map(
      (z) => `${l.teller}:${(z.vroegsignalen ?? []).map((r) => r.ID).join(',')}`,
    ),
  );
const signalIds = (ls: Uitwisselmodel['leveringen']) =>
  (ls ?? []).flatMap((l) => (l.vroegsignalen ?? []).map((x) => `${l.teller}:${x.ID}`));

describe('a delivery of 125,003 signals over HTTP', () => {
  it('every page fetched, verified and re-assembled to the same signals and cases', {
    timeout: 120_000,
  }, async () => {
    const first = await fetchPage(undefined);
    expect(first.body.paginering).toEqual({
      pageSize: 50_000,
      currentPage: 1,
      totalPages: 3,
      totalRecords: 125_003,
    });
    const pages: Uitwisselmodel[] = [first.body.gegevens];
    const timings = [first.ms];
    for (const page of [2, 3]) {
      const got = await fetchPage(page);
      expect(got.body.paginering.currentPage).toBe(page);
      pages.push(got.body.gegevens);
      timings.push(got.ms);
    }
    const counts = pages.map((p) => signalIds(p.leveringen).length);
    expect(counts).toEqual([50_000, 50_000, 25_003]);
    const whole = reassemble(pages);
    expect(new Set(signalIds(whole))).toEqual(new Set(signalIds(delivery.leveringen)));
    expect(signalIds(whole)).toHaveLength(125_003);
    expect(caseKeys(whole).sort()).toEqual(caseKeys(delivery.leveringen).sort());
    expect(whole).toEqual(delivery.leveringen);
    const beyond = await fetchPage(4);
    expect(beyond.body.gegevens.leveringen).toBeUndefined();
    expect(calls).toHaveLength(1);
    console.info(
      `DDAS-VS 125,003 signals: pages of ${(first.bytes / 1e6).toFixed(1)} MB; request to verified page ${timings.map((t) => `${Math.round(t)} ms`).join(', ')}; server ${log.map((e) => `${e.durationMs} ms`).join(', ')}`,
    );
  });
});
