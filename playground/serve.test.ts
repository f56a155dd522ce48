// The playground's static server: files of its folder only, on 127.0.0.1, GET and HEAD only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'signaalreis-serve-'));
let started: { server: import('node:http').Server; url: string };

/** A raw request (the path is sent as written, not normalised as fetch would). */
const get = (path: string, method = 'GET') =>
  new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    const { port } = new URL(started.url);
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site', 'index.html'), '<p>hallo</p>');
  writeFileSync(join(root, 'site', 'app.js'), '1;');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  started = await serveStatic(join(root, 'site'), 0);
});
afterAll(() => {
  started.server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('listens on 127.0.0.1 and serves index.html for / with its content type', async () => {
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>hallo</p>' });
    expect((await get('/app.js')).type).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['/../secret.txt', [403, 404]],
    ['/..%2fsecret.txt', [403]],
    ['/%2e%2e/secret.txt', [403, 404]], // the URL parser resolves it to /secret.txt inside the folder
    ['/nope.html', [404]],
    ['/%E0%A4%A', [400]],
  ])('refuses %s', async (path, statuses) => {
    const r = await get(path);
    expect(statuses).toContain(r.status);
    expect(r.body).not.toContain('outside');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});
