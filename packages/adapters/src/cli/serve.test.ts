// `signaalreis keys` and `signaalreis serve` on an embedded store: a key is printed once and never
// listed, the service listens where it says, answers with the key, and stops on the signal.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshFolder } from '../store/test-support/backends';
import { runCliEn } from './cli-test-kit';
import { runServe } from './serve';

let folder: string;
beforeAll(async () => {
  folder = await freshFolder();
}, 120_000);
afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

/** `keys create` for an officer of 0363 in the suite's store. */
const createOfficerKey = () =>
  runCliEn(['keys', 'create', '--role', 'officer', '--municipality', '0363', '--store', folder]);
/** The key `keys create` printed once. */
const keyIn = (stdout: string) => /sr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/.exec(stdout)?.[0] as string;

describe('signaalreis keys and serve', () => {
  it('creates a key once, lists it without its secret, serves with it, stops, and revokes it', async () => {
    const made = await createOfficerKey();
    expect(made.code).toBe(0);
    const key = keyIn(made.stdout);
    const id = key.slice(3, 19);
    expect(made.stdout).toContain(`Key ${id} (officer; 0363  -)`);
    const listed = await runCliEn(['keys', 'list', '--store', folder]);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(key.slice(20));
    const asJson = await runCliEn(['keys', 'list', '--store', folder, '--format', 'json']);
    expect(asJson.stdout).not.toContain(key.slice(20));

    let out = '';
    let err = '';
    let stop: (value?: unknown) => void = () => undefined;
    const stopped = new Promise((resolve) => {
      stop = resolve;
    });
    const io = {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      cwd: process.cwd(),
      lang: 'en' as const,
    };
    const run = runServe(io, { store: folder, port: 0, host: '127.0.0.1' }, stopped);
    for (let i = 0; i < 100 && !out.includes('listening'); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0] as string;
    expect(url).toBeDefined();
    expect(out).not.toContain(key);
    const ok = await fetch(`${url}/municipalities/0363/months`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ municipality: '0363', months: [] });
    expect((await fetch(`${url}/municipalities/0363/months`)).status).toBe(401);
    stop();
    await run;
    expect(out).toContain('stopped; store closed');
    const lines = err
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.route, l.status])).toEqual([
      ['/municipalities/{code}/months', 200],
      ['/municipalities/{code}/months', 401],
    ]);
    expect(err).not.toContain(key.slice(20));

    const revoked = await runCliEn(['keys', 'revoke', id, '--store', folder]);
    expect(revoked.code).toBe(0);
    expect((await runCliEn(['keys', 'list', '--store', folder])).stdout).toMatch(
      new RegExp(`${id}.*REVOKED`),
    );
  });

  it('refuses a key without the scope its role needs, an unknown id, and a missing store', async () => {
    const noCode = await runCliEn(['keys', 'create', '--role', 'officer', '--store', folder]);
    expect(noCode.code).toBe(2);
    expect(noCode.stderr).toMatch(/at least one municipality code/);
    const noPartner = await runCliEn([
      'keys',
      'create',
      '--role',
      'partner',
      '--municipality',
      '0363',
      '--store',
      folder,
    ]);
    expect(noPartner.code).toBe(2);
    expect((await runCliEn(['keys', 'revoke', '0123456789abcdef', '--store', folder])).code).toBe(2);
    expect((await runCliEn(['keys', 'revoke', 'nope', '--store', folder])).code).toBe(2);
    const missing = await runCliEn(['keys', 'list', '--store', join(folder, '..', 'nothing')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no store/i);
  });

  it('--rate-limit sets the requests per key per minute; a value that is not one is refused', async () => {
    const made = await createOfficerKey();
    const key = keyIn(made.stdout);
    let out = '';
    let stop: (value?: unknown) => void = () => undefined;
    const stopped = new Promise((resolve) => {
      stop = resolve;
    });
    const io = {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      cwd: process.cwd(),
      lang: 'en' as const,
    };
    const run = runServe(io, { store: folder, port: 0, host: '127.0.0.1', rateLimit: 2 }, stopped);
    for (let i = 0; i < 100 && !out.includes('listening'); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0] as string;
    const get = () =>
      fetch(`${url}/municipalities/0363/months`, { headers: { authorization: `Bearer ${key}` } });
    const statuses = [(await get()).status, (await get()).status, (await get()).status];
    stop();
    await run;
    expect(statuses).toEqual([200, 200, 429]);
    for (const bad of ['0', '-5', 'many', '1.5', '10000000']) {
      const refused = await runCliEn(['serve', '--store', folder, '--port', '0', '--rate-limit', bad]);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr).toMatch(/requests per minute/);
    }
  });
});
