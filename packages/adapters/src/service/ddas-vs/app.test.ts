// POST /gegevens as CBS calls it: a small delivery whole and paged, the signature and digest checked
// independently of the server (node:crypto), the paging rules of the spec, and the OpenAPI document.
import { describe, expect, it } from 'vitest';
import { fileValidator } from '../../ddas/fixtures.test-support';
import type { Uitwisselmodel } from '../../ddas/types';
import { appOf, post, REQUEST, type Setup, setup, verified } from './app.test-support';
import { syntheticDelivery } from './fixtures.test-support';

const s: Setup = await setup();
const valid = fileValidator();
const bearer = async () => ({ Authorization: `Bearer ${await s.issuer.token()}` });
const small = syntheticDelivery(25, 2, 7);

describe('POST /gegevens: a delivery that fits on one page', () => {
  it('is the whole delivery, schema-valid, without paginering, digested and signed (PS256, typ JOSE, kid, x5c, x5t#S256)', async () => {
    const { app, calls } = appOf(s, small);
    const res = await post(app, REQUEST, await bearer());
    const { body, header, leaf } = await verified(res, s);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(body).toEqual({ gegevens: small });
    expect(valid(body.gegevens).valid).toBe(true);
    expect(header).toMatchObject({ alg: 'PS256', typ: 'JOSE', kid: 'test-signing-2026' });
    expect(header.x5c).toHaveLength(2);
    expect(leaf.raw.equals(s.pki.leaf.raw)).toBe(true);
    expect(calls).toEqual([{ from: '2026-10-01', to: '2026-10-31', organisation: 'Gemeente Voorbeeldstad' }]);
  });

  it('page 1 asked: the same, still without paginering; page 2: beyond the end, paginering only', async () => {
    const { app } = appOf(s, small);
    expect(
      (await verified(await post(app, { ...REQUEST, page: 1, pageSize: 25 }, await bearer()), s)).body,
    ).toEqual({
      gegevens: small,
    });
    const beyond = (await verified(await post(app, { ...REQUEST, page: 2 }, await bearer()), s)).body;
    const { leveringen: _, ...header } = small;
    expect(beyond).toEqual({
      gegevens: header,
      paginering: { pageSize: 50_000, currentPage: 2, totalPages: 1, totalRecords: 25 },
    });
  });

  it('an altered body or signature fails the independent check (the check can fail)', async () => {
    const { app } = appOf(s, small);
    const res = await post(app, REQUEST, await bearer());
    const bytes = new Uint8Array(await res.arrayBuffer());
    const { cbsVerifies } = await import('./fixtures.test-support');
    const changed = bytes.slice();
    changed[20] = changed[20] === 0x31 ? 0x32 : 0x31;
    expect(() => cbsVerifies(changed, res.headers, s.pki.root)).toThrow(/digest/);
    const h = new Headers(res.headers);
    h.set(
      'Digest',
      `SHA-256=${(await import('node:crypto')).createHash('sha256').update(changed).digest('base64')}`,
    );
    expect(() => cbsVerifies(changed, h, s.pki.root)).toThrow(/signature/);
    const other = await (await import('./fixtures.test-support')).testPki();
    expect(() => cbsVerifies(bytes, res.headers, other.root)).toThrow(/x5c\[1\] does not chain/);
  });
});

describe('POST /gegevens: paging (DDAS-VS non-functionals)', () => {
  const d = syntheticDelivery(23, 2, 3);
  const pageSize = 10;
  const signals = (g: Uitwisselmodel) =>
    (g.leveringen ?? []).flatMap((l) => (l.vroegsignalen ?? []).map((x) => x.ID));

  it('no page while paging is needed: the first page, with paginering', async () => {
    const { app } = appOf(s, d);
    const first = (await verified(await post(app, { ...REQUEST, pageSize }, await bearer()), s)).body;
    expect(first.paginering).toEqual({ pageSize: 10, currentPage: 1, totalPages: 3, totalRecords: 23 });
    expect(signals(first.gegevens)).toEqual(signals(d).slice(0, 10));
    expect(valid(first.gegevens).valid).toBe(true);
  });

  it('every page signed, schema-valid, ≤ pageSize; the last page short; beyond the end: no data, paginering', async () => {
    const { app, calls } = appOf(s, d);
    const got: string[] = [];
    for (const page of [1, 2, 3]) {
      const { body } = await verified(await post(app, { ...REQUEST, page, pageSize }, await bearer()), s);
      expect(body.paginering).toEqual({ pageSize: 10, currentPage: page, totalPages: 3, totalRecords: 23 });
      expect(valid(body.gegevens).valid).toBe(true);
      got.push(...signals(body.gegevens));
    }
    expect(got).toEqual(signals(d));
    const beyond = (await verified(await post(app, { ...REQUEST, page: 4, pageSize }, await bearer()), s))
      .body;
    expect(beyond.gegevens.leveringen).toBeUndefined();
    expect(beyond.paginering).toEqual({ pageSize: 10, currentPage: 4, totalPages: 3, totalRecords: 23 });
    expect(calls).toHaveLength(1); // one delivery, cut into pages (cache)
  });

  it('a pageSize above the maximum is capped at it', async () => {
    const { app } = appOf(s, d, { maxPageSize: 20 });
    const { body } = await verified(await post(app, { ...REQUEST, pageSize: 1_000_000 }, await bearer()), s);
    expect(body.paginering).toEqual({ pageSize: 20, currentPage: 1, totalPages: 2, totalRecords: 23 });
  });

  it('the cache holds a delivery for cacheSeconds, then the source is asked again', async () => {
    let now = new Date('2026-11-02T09:00:00Z');
    const { app, calls } = appOf(s, d, { clock: () => now, cacheSeconds: 60 });
    const token = await s.issuer.token({}, { now });
    await post(app, { ...REQUEST, page: 1, pageSize }, { Authorization: `Bearer ${token}` });
    now = new Date(now.getTime() + 59_000);
    await post(app, { ...REQUEST, page: 2, pageSize }, { Authorization: `Bearer ${token}` });
    expect(calls).toHaveLength(1);
    now = new Date(now.getTime() + 2_000);
    await post(app, { ...REQUEST, page: 3, pageSize }, { Authorization: `Bearer ${token}` });
    expect(calls).toHaveLength(2);
  });

  it('maxPageSize above 50,000 or below 1 is refused when the app is made', () => {
    expect(() => appOf(s, d, { maxPageSize: 50_001 })).toThrow(/maxPageSize/);
    expect(() => appOf(s, d, { maxPageSize: 0 })).toThrow(/maxPageSize/);
  });
});

describe('the OpenAPI document', () => {
  it('declares POST /gegevens with GegevensRequest (no other fields), Paginering, FscError, ProblemDetails', () => {
    const { app } = appOf(s, small);
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'DDAS-VS', version: '1.0.0' } });
    expect(doc.paths?.['/gegevens']?.post?.operationId).toBe('postGegevens');
    const schemas = doc.components?.schemas ?? {};
    expect(schemas.GegevensRequest).toMatchObject({
      additionalProperties: false,
      required: ['aanleverperiodeStartdatum', 'aanleverperiodeEinddatum', 'aanleverende_organisatie'],
    });
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'GegevensRequest',
        'GegevensResponse',
        'Paginering',
        'FscError',
        'ProblemDetails',
      ]),
    );
  });
});
