// `signaalreis serve --ddas-vs <config.json>`: the CBS endpoint on a listener of its own, configured
// by a file (key and chain as PEM files, JWKS as a file), on the same store as the service. A
// CBS-style call with a token from the test's issuer gets a delivery whose digest and signature
// verify independently of the server (cbsVerifies: node:crypto only). A bad configuration is
// refused before anything listens, each problem with its path in the file and no key material.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDdasDelivery } from '../ddas/schema';
import { cbsVerifies, type TestPki, testIssuer, testPki } from '../service/ddas-vs/fixtures.test-support';
import { freshFolder } from '../store/test-support/backends';
import { runCliEn } from './cli-test-kit';
import { runServe } from './serve';

let store: string;
let dir: string;
let pki: TestPki;
let issuer: Awaited<ReturnType<typeof testIssuer>>;
beforeAll(async () => {
  [store, pki, issuer] = await Promise.all([freshFolder(), testPki(), testIssuer()]);
  dir = mkdtempSync(join(tmpdir(), 'signaalreis-ddas-vs-'));
  const run = await runCliEn([
    'run',
    'examples/data/signals-2026-10.csv',
    '--month',
    '2026-10',
    '--preset',
    'type-medium',
    '--municipality',
    '0363',
    '--store',
    store,
    '--out',
    join(dir, 'out'),
  ]);
  expect(run.code).toBe(0);
  const key = pki.signer.privateKey as import('node:crypto').KeyObject;
  writeFileSync(join(dir, 'sign.key.pem'), key.export({ format: 'pem', type: 'pkcs8' }) as string);
  writeFileSync(join(dir, 'chain.pem'), `${pki.leaf.toString()}${pki.intermediate.toString()}`);
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks));
}, 180_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(store, '..'), { recursive: true, force: true });
});

const config = (over: Record<string, unknown> = {}) => ({
  port: 0,
  supplierCode: 'SIGNAALREIS',
  organisations: { 'Gemeente Voorbeeldstad': ['0363'] },
  signing: { key: 'sign.key.pem', chain: 'chain.pem', kid: 'voorbeeldstad-2026' },
  tokens: { issuer: issuer.issuer, jwks: 'jwks.json' },
  ...over,
});

function serveWith(file: string) {
  let out = '';
  let err = '';
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
    lang: 'en' as const,
  };
  const done = runServe(io, { store, port: 0, host: '127.0.0.1', ddasVs: file }, stopped);
  return { done, stop, out: () => out, err: () => err };
}

describe('signaalreis serve --ddas-vs', () => {
  it('serves POST /gegevens on its own port: a CBS call gets a schema-valid, signed delivery', async () => {
    writeFileSync(join(dir, 'ddas-vs.json'), JSON.stringify(config()));
    const s = serveWith('ddas-vs.json');
    for (let i = 0; i < 200 && !s.out().includes('/gegevens'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const url = /DDAS-VS endpoint POST (http:\/\/127\.0\.0\.1:\d+\/gegevens)/.exec(s.out())?.[1];
    expect(url, s.out() + s.err()).toBeDefined();
    const res = await fetch(url as string, {
      method: 'POST',
      headers: { authorization: `Bearer ${await issuer.token()}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        aanleverperiodeStartdatum: '2026-10-01',
        aanleverperiodeEinddatum: '2026-10-31',
        aanleverende_organisatie: 'Gemeente Voorbeeldstad',
      }),
    });
    expect(res.status).toBe(200);
    const body = new Uint8Array(await res.arrayBuffer());
    const { header } = cbsVerifies(body, res.headers, pki.root);
    expect(header.kid).toBe('voorbeeldstad-2026');
    const { gegevens } = JSON.parse(new TextDecoder().decode(body));
    expect(validateDdasDelivery(gegevens).ok).toBe(true);
    expect(gegevens.leveringen[0].gemeentecode).toBe('0363');
    expect(gegevens.leveringen[0].vroegsignalen.length).toBeGreaterThan(0);
    const noToken = await fetch(url as string, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('Fsc-Error-Code')).toBe('ERROR_CODE_ACCESS_TOKEN_MISSING');
    s.stop();
    await s.done;
    expect(s.err()).not.toMatch(/7\d{3}[A-Z]{2}/); // no postcode in the request log
  }, 120_000);

  it('refuses a bad configuration before listening, each problem with its path, no key material', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify(config({ signing: { key: 'chain.pem', chain: 'chain.pem', kid: 'k' }, extra: 1 })),
    );
    const s = serveWith('bad.json');
    await expect(s.done).rejects.toThrow(/bad\.json: not a usable DDAS-VS configuration/);
    expect(s.err()).toMatch(/bad\.json: /);
    expect(s.out()).not.toContain('listening');
    writeFileSync(
      join(dir, 'nokey.json'),
      JSON.stringify(config({ signing: { key: 'chain.pem', chain: 'chain.pem', kid: 'k' } })),
    );
    const t = serveWith('nokey.json');
    await expect(t.done).rejects.toThrow(/not a usable DDAS-VS configuration/);
    expect(t.err()).toMatch(/signing\.key: .*chain\.pem holds no private key/);
    expect(t.err()).not.toContain('BEGIN');
    writeFileSync(
      join(dir, 'wrongkey.json'),
      JSON.stringify(config({ tokens: { issuer: 'x', jwks: 'chain.pem' } })),
    );
    const u = serveWith('wrongkey.json');
    await expect(u.done).rejects.toThrow(/not a usable DDAS-VS configuration/);
    expect(u.err()).toMatch(/tokens\.jwks: /);
  }, 60_000);
});
