// The issuer's key set (JWKS) cannot be reached (issue 12): POST /gegevens answers 502 with the FSC
// code ERROR_CODE_SERVICE_UNREACHABLE and Retry-After, as a problem — not 401 (the token may be
// fine; the fault is ours) — and logs why without the token. Before, it answered 401 …_INVALID.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOf, post, REQUEST, type Setup, setup } from './app.test-support';
import { syntheticDelivery } from './fixtures.test-support';

const s: Setup = await setup();
const small = syntheticDelivery(12, 1, 5);

/** A JWKS server on 127.0.0.1 answering `status` with the issuer's keys. */
async function jwksServer(status: number): Promise<{ server: Server; url: URL }> {
  const server = createServer((_, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? JSON.stringify(s.issuer.jwks) : '{"error":"down"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: new URL(`http://127.0.0.1:${port}/jwks.json`) };
}

let up: { server: Server; url: URL };
let failing: { server: Server; url: URL };
let down: URL;
beforeAll(async () => {
  up = await jwksServer(200);
  failing = await jwksServer(500);
  const gone = await jwksServer(200);
  down = gone.url;
  await new Promise((resolve) => gone.server.close(resolve)); // nothing listens there any more
});
afterAll(async () => {
  await new Promise((resolve) => up.server.close(resolve));
  await new Promise((resolve) => failing.server.close(resolve));
});

const withKeysAt = (url: URL) => appOf(s, small, { tokens: { issuer: s.issuer.issuer, jwks: url } });

describe('POST /gegevens when the issuer’s keys cannot be reached', () => {
  it('passes a good token while the JWKS server answers (the control)', async () => {
    const token = await s.issuer.token({});
    expect((await post(withKeysAt(up.url).app, REQUEST, { Authorization: `Bearer ${token}` })).status).toBe(
      200,
    );
  });

  it.each([
    ['down (connection refused)', () => down],
    ['answering 500', () => failing.url],
  ])('answers 502 ERROR_CODE_SERVICE_UNREACHABLE as a problem when the JWKS server is %s', async (_, url) => {
    const token = await s.issuer.token({});
    const { app, calls, log } = withKeysAt(url());
    const res = await post(app, REQUEST, { Authorization: `Bearer ${token}` });
    expect(res.status).toBe(502);
    expect(res.headers.get('Fsc-Error-Code')).toBe('ERROR_CODE_SERVICE_UNREACHABLE');
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.headers.get('WWW-Authenticate')).toBeNull();
    expect(await res.json()).toMatchObject({
      type: 'urn:signaalreis:problem:token-keys-unreachable',
      code: 'ERROR_CODE_SERVICE_UNREACHABLE',
      domain: 'ERROR_DOMAIN_INWAY',
      status: 502,
      title: expect.any(String),
    });
    expect(calls).toHaveLength(0); // no delivery was made
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 502, error: expect.stringMatching(/^token keys unavailable: /) });
    expect(JSON.stringify(log)).not.toContain(token);
    expect(JSON.stringify(log)).not.toContain(token.split('.')[1] as string);
  });

  it('still answers 401 for a token that is no JWT at all (the keys are never needed)', async () => {
    const res = await post(withKeysAt(down).app, REQUEST, { Authorization: 'Bearer not.a.jwt' });
    expect(res.status).toBe(401);
    expect(res.headers.get('Fsc-Error-Code')).toBe('ERROR_CODE_ACCESS_TOKEN_INVALID');
  });
});
