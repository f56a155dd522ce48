// Every refusal of POST /gegevens: FSC errors (401/403/404/405: header Fsc-Error-Code, FscError
// body) for tokens, routes and methods; RFC 9457 problems (400/413/422/429/500) for bodies, unknown
// organisations, rates and server faults. Nothing of a delivery or a token in any answer or log.
import { fail, issue, ok } from '@signaalreis/core';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Uitwisselmodel } from '../../ddas/types';
import { DDAS_VS_UNKNOWN_ORGANISATION } from './app';
import { appOf, post, REQUEST, type Setup, setup } from './app.test-support';
import { syntheticDelivery, testIssuer } from './fixtures.test-support';

const s: Setup = await setup();
const small = syntheticDelivery(12, 1, 5);
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

async function fsc(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Fsc-Error-Code')).toBe(code);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, domain: 'ERROR_DOMAIN_INWAY', status });
  expect(Object.keys(body).every((k) => ['code', 'domain', 'title', 'detail', 'status'].includes(k))).toBe(
    true,
  );
  return body;
}

async function problem(res: Response, status: number, kind: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as { title: unknown; issues: { code: string; path: unknown[] }[] };
  expect(body).toMatchObject({ type: `urn:signaalreis:problem:${kind}`, status, instance: '/gegevens' });
  expect(typeof body.title).toBe('string');
  return body;
}

describe('tokens (OAuth 2.0 client credentials, scope read)', () => {
  const { app, calls } = appOf(s, small, {
    tokens: { issuer: s.issuer.issuer, jwks: s.issuer.jwks, audience: 'ddas-vs' },
  });
  const good = (o = {}) => s.issuer.token({ aud: 'ddas-vs' }, o);

  it('a good token passes (the control)', async () => {
    expect((await post(app, REQUEST, auth(await good()))).status).toBe(200);
  });

  it('no Authorization, or not Bearer: 401 ERROR_CODE_ACCESS_TOKEN_MISSING with WWW-Authenticate', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { Authorization: 'Bearer ' },
    ]) {
      const res = await post(app, REQUEST, headers);
      await fsc(res, 401, 'ERROR_CODE_ACCESS_TOKEN_MISSING');
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
    }
  });

  it('garbage, another key, another issuer, another audience, no exp, alg none: 401 ..._INVALID', async () => {
    const stranger = await testIssuer();
    const tokens = [
      'not.a.jwt',
      await stranger.token({ aud: 'ddas-vs' }),
      await good({ issuer: 'https://evil.example' }),
      await s.issuer.token({ aud: 'someone-else' }),
      await s.issuer.token({}),
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: s.issuer.issuer, aud: 'ddas-vs', scope: 'read', exp: 2e9 })).toString('base64url')}.`,
    ];
    const { privateKey } = await (await import('jose')).generateKeyPair('ES256');
    tokens.push(
      await new SignJWT({ scope: 'read', aud: 'ddas-vs' })
        .setProtectedHeader({ alg: 'ES256', kid: 'issuer-key-1' })
        .setIssuer(s.issuer.issuer)
        .sign(privateKey),
    );
    for (const t of tokens)
      await fsc(await post(app, REQUEST, auth(t)), 401, 'ERROR_CODE_ACCESS_TOKEN_INVALID');
  });

  it('expired (beyond the 60 s tolerance) or not yet valid: 401 ..._EXPIRED; within the tolerance: accepted', async () => {
    const past = new Date(Date.now() - 10 * 60_000);
    await fsc(
      await post(app, REQUEST, auth(await good({ now: past, lifetimeSeconds: 60 }))),
      401,
      'ERROR_CODE_ACCESS_TOKEN_EXPIRED',
    );
    const notYet = await s.issuer.token({ aud: 'ddas-vs', nbf: Math.floor(Date.now() / 1000) + 600 });
    await fsc(await post(app, REQUEST, auth(notYet)), 401, 'ERROR_CODE_ACCESS_TOKEN_EXPIRED');
    const justExpired = await good({ now: new Date(Date.now() - 330_000), lifetimeSeconds: 300 });
    expect((await post(app, REQUEST, auth(justExpired))).status).toBe(200);
  });

  it('no scope, or another scope: 403 ERROR_CODE_ACCESS_DENIED; read among others, or as a list: accepted', async () => {
    await fsc(await post(app, REQUEST, auth(await good({ scope: null }))), 403, 'ERROR_CODE_ACCESS_DENIED');
    await fsc(
      await post(app, REQUEST, auth(await good({ scope: 'write readonly' }))),
      403,
      'ERROR_CODE_ACCESS_DENIED',
    );
    expect((await post(app, REQUEST, auth(await good({ scope: 'openid read' })))).status).toBe(200);
    expect(
      (await post(app, REQUEST, auth(await s.issuer.token({ aud: 'ddas-vs', scope: ['read'] as never }))))
        .status,
    ).toBe(200);
  });

  it('the source is never asked for a refused token', async () => {
    const before = calls.length;
    await post(app, REQUEST, auth('not.a.jwt'));
    await post(app, REQUEST, auth(await good({ scope: null })));
    expect(calls.length).toBe(before);
  });
});

describe('routes and methods', () => {
  const { app } = appOf(s, small);
  it('an unknown route: 404 ERROR_CODE_SERVICE_NOT_FOUND (also without a token)', async () => {
    await fsc(await app.request('/signalen', { method: 'POST' }), 404, 'ERROR_CODE_SERVICE_NOT_FOUND');
    await fsc(await app.request('/gegevens/1'), 404, 'ERROR_CODE_SERVICE_NOT_FOUND');
  });
  it('another method on /gegevens: 405 ERROR_CODE_METHOD_UNSUPPORTED, Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request('/gegevens', { method });
      await fsc(res, 405, 'ERROR_CODE_METHOD_UNSUPPORTED');
      expect(res.headers.get('Allow')).toBe('POST');
    }
  });
});

describe('request bodies (RFC 9457 problems)', () => {
  const { app, calls } = appOf(s, small, { maxBodyBytes: 1024 });
  const bad = async (body: unknown) => post(app, body, auth(await s.issuer.token()));

  it('not JSON, or not application/json: 400', async () => {
    await problem(await bad('{"aanleverperiodeStartdatum":'), 400, 'bad-json');
    const res = await app.request('/gegevens', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...auth(await s.issuer.token()) },
      body: JSON.stringify(REQUEST),
    });
    await problem(res, 400, 'not-json');
  });

  it('a body above the limit: 413', async () => {
    await problem(
      await bad({ ...REQUEST, aanleverende_organisatie: 'x'.repeat(2000) }),
      413,
      'body-too-large',
    );
  });

  it('each bad body: 422 with the path of each problem, no value echoed', async () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [{ ...REQUEST, pagesize: 10 }, 'request_unknown_field', []],
      [
        { ...REQUEST, aanleverperiodeStartdatum: '2026-02-30' },
        'request_date',
        ['aanleverperiodeStartdatum'],
      ],
      [{ ...REQUEST, aanleverperiodeEinddatum: '31-10-2026' }, 'request_date', ['aanleverperiodeEinddatum']],
      [
        { ...REQUEST, aanleverperiodeStartdatum: '2026-11-01' },
        'request_period_order',
        ['aanleverperiodeEinddatum'],
      ],
      [{ ...REQUEST, page: 0 }, 'request_too_small', ['page']],
      [{ ...REQUEST, pageSize: 1.5 }, 'request_type', ['pageSize']],
      [{ ...REQUEST, pageSize: '100' }, 'request_type', ['pageSize']],
      [{ ...REQUEST, aanleverende_organisatie: '' }, 'request_too_small', ['aanleverende_organisatie']],
      [{ aanleverperiodeStartdatum: '2026-10-01' }, 'request_type', ['aanleverperiodeEinddatum']],
      [[], 'request_type', []],
    ];
    for (const [body, code, path] of cases) {
      const p = await problem(await bad(body), 422, 'invalid-request');
      expect(p.issues, JSON.stringify(body)).toContainEqual(expect.objectContaining({ code, path }));
      expect(JSON.stringify(p)).not.toContain('31-10-2026');
    }
    expect(calls).toHaveLength(0);
  });
});

describe('what the source answers', () => {
  it('an unknown organisation: 422 unknown-organisation at aanleverende_organisatie', async () => {
    const { app } = appOf(s, async () =>
      fail([issue(DDAS_VS_UNKNOWN_ORGANISATION, ['organisation'], { nl: 'x', en: 'x' })]),
    );
    const p = await problem(
      await post(app, REQUEST, auth(await s.issuer.token())),
      422,
      'unknown-organisation',
    );
    expect(p.issues[0]).toMatchObject({
      code: DDAS_VS_UNKNOWN_ORGANISATION,
      path: ['aanleverende_organisatie'],
    });
  });

  it('a failing or throwing source: 500, no detail of the failure; logged by code only', async () => {
    const failing = appOf(s, async () =>
      fail([issue('store_query', [], { nl: 'Klant 7411AB 12', en: 'Client 7411AB 12' })]),
    );
    const p = await problem(
      await post(failing.app, REQUEST, auth(await s.issuer.token())),
      500,
      'delivery-failed',
    );
    expect(JSON.stringify(p)).not.toContain('7411AB');
    expect(failing.log.at(-1)).toMatchObject({ status: 500, issueCodes: ['store_query'] });
    expect(JSON.stringify(failing.log)).not.toContain('7411AB');
    const throwing = appOf(s, async () => {
      throw new Error('connection to 7411AB failed');
    });
    const t = await problem(
      await post(throwing.app, REQUEST, auth(await s.issuer.token())),
      500,
      'server-error',
    );
    expect(JSON.stringify(t)).not.toContain('7411AB');
    expect(JSON.stringify(throwing.log)).not.toContain('7411AB');
  });

  it('a delivery that is not schema-valid (a server bug): 500, the delivery is not sent', async () => {
    const broken = structuredClone(small) as Uitwisselmodel;
    (broken.leveringen?.[0]?.vroegsignalen?.[0] as { bedrag: unknown }).bedrag = 12.5;
    const { app, log } = appOf(s, async () => ok(broken));
    const res = await post(app, REQUEST, auth(await s.issuer.token()));
    const p = await problem(res, 500, 'invalid-delivery');
    expect(JSON.stringify(p)).not.toContain('74');
    expect(res.headers.get('nlgov-adr-payload-sig')).toBeNull();
    expect(log.at(-1)?.issueCodes?.[0]).toBe('ddas_schema@leveringen.0.vroegsignalen.0.bedrag');
  });
});

describe('rate limit and log', () => {
  it('more than the configured requests in the window: 429 with Retry-After; the next window: served', async () => {
    let now = new Date('2026-11-02T09:00:00Z');
    const { app } = appOf(s, small, { clock: () => now, rateLimit: { requests: 2, perSeconds: 60 } });
    const token = auth(await s.issuer.token({}, { now, lifetimeSeconds: 3600 }));
    expect((await post(app, REQUEST, token)).status).toBe(200);
    expect((await post(app, REQUEST, token)).status).toBe(200);
    const res = await post(app, REQUEST, token);
    await problem(res, 429, 'rate-limited');
    expect(res.headers.get('Retry-After')).toBe('60');
    const other = auth(await s.issuer.token({ client_id: 'other' }, { now, lifetimeSeconds: 3600 }));
    expect((await post(app, REQUEST, other)).status).toBe(200);
    now = new Date(now.getTime() + 60_000);
    expect((await post(app, REQUEST, token)).status).toBe(200);
  });

  it('each request is logged with method, route, status, client, page: no postcode, token or raw path', async () => {
    const { app, log } = appOf(s, small);
    const token = await s.issuer.token();
    await post(app, { ...REQUEST, pageSize: 5, page: 2 }, auth(token));
    await app.request('/gegevens/7411AB');
    expect(log[0]).toMatchObject({
      event: 'ddas-vs',
      method: 'POST',
      route: '/gegevens',
      status: 200,
      client: 'cbs',
      page: 2,
      totalPages: 3,
      signals: 5,
    });
    expect(log[1]).toMatchObject({ route: '(other)', status: 404 });
    const text = JSON.stringify(log);
    expect(text).not.toMatch(/74\d\dAB|7411AB/);
    expect(text).not.toContain(token);
  });
});
