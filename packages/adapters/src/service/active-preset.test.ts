// A municipality's active preset over HTTP (issue 12): PUT validates as `presets validate` does and
// adds a version (none overwritten), GET gives it with lineage, version and who set it, and a run
// whose body names no preset uses it — or is refused with `no_active_preset`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, B, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const MINE = { id: 'my-town', extends: 'type-small', label: { nl: 'Mijn stad', en: 'My town' } };
const put = (body: unknown, key = f.keys.officerA.key, code = A) =>
  f.app.request(`/municipalities/${code}/preset`, {
    method: 'PUT',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...f.auth(key, { 'content-type': 'application/json' }),
  });
const get = (what = 'preset', key = f.keys.officerA.key, code = A) =>
  f.app.request(`/municipalities/${code}/${what}`, f.auth(key));
const run = (body: unknown, code = A, key = f.keys.officerA.key) =>
  f.app.request(`/municipalities/${code}/months/2026-11/run`, {
    method: 'POST',
    body: JSON.stringify(body),
    ...f.auth(key, { 'content-type': 'application/json' }),
  });

describe('the active preset', () => {
  it('a run without a preset and without an active one is 409 no_active_preset, in Dutch', async () => {
    expect((await get()).status).toBe(404);
    const res = await run({ replace: true });
    expect(res.status).toBe(409);
    const body = await json(res);
    expect(body.type).toBe('urn:signaalreis:problem:no_active_preset');
    expect(body.title).toBe('Geen actieve preset');
    expect(body.detail).toContain('PUT /municipalities/0363/preset');
    const en = await f.app.request(`/municipalities/${A}/months/2026-11/run`, {
      method: 'POST',
      body: '{}',
      ...f.auth(f.keys.officerA.key, { 'content-type': 'application/json', 'accept-language': 'en' }),
    });
    expect((await json(en)).title).toBe('No active preset');
  });

  it('PUT refuses what `presets validate` refuses, with the loader’s issues under body; nothing is stored', async () => {
    const unknown = await put({ ...MINE, extends: 'no-such-preset' });
    expect(unknown.status).toBe(422);
    const u = await json(unknown);
    expect(u.type).toBe('urn:signaalreis:problem:invalid_preset');
    expect(u.issues[0].path[0]).toBe('body');
    expect(u.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(['body', 'extends']);
    const verdict = await json(
      await f.app.request('/presets/validate', {
        method: 'POST',
        body: JSON.stringify({ ...MINE, extends: 'no-such-preset' }),
        ...f.auth(f.keys.officerA.key, { 'content-type': 'application/json' }),
      }),
    );
    // the same issues as POST /presets/validate, each path rooted at body
    expect(u.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path.slice(1)])).toEqual(
      verdict.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path]),
    );
    const badRouting = await put({ ...MINE, routing: { buckets: 'not a table' } });
    expect(badRouting.status).toBe(422);
    expect((await put('{"id":"x","id":"y"}')).status).toBe(400);
    expect((await put([1, 2])).status).toBe(422);
    expect((await get()).status).toBe(404);
    expect((await json(await get('preset/history'))).versions).toEqual([]);
  });

  it('PUT adds a version; GET gives the latest with lineage, who and when; the history keeps every one', async () => {
    const first = await put(MINE);
    expect(first.status).toBe(200);
    const v1 = await json(first);
    expect(v1).toMatchObject({
      municipality: A,
      version: 1,
      id: 'my-town',
      lineage: ['my-town', 'type-small', 'national-baseline'],
      preset: MINE,
      setBy: f.keys.officerA.info.id,
    });
    const second = await json(await put({ ...MINE, extends: 'type-medium' }, f.keys.admin.key));
    expect(second.version).toBe(2);
    expect(second.setBy).toBe(f.keys.admin.info.id);
    const now = await json(await get());
    expect(now.version).toBe(2);
    expect(now.lineage).toEqual(['my-town', 'type-medium', 'national-baseline']);
    expect(now.preset).toEqual({ ...MINE, extends: 'type-medium' });
    const history = await json(await get('preset/history'));
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.versions[1].preset).toEqual(MINE); // never overwritten
    // another municipality is untouched, and a key of it does not see this one
    expect((await get('preset', f.keys.officerB.key, B)).status).toBe(404);
    expect((await get('preset', f.keys.officerB.key, A)).status).toBe(404);
    // audited: who set it (the access audit), and the store's own trail
    const audit = await json(await get('audit', f.keys.admin.key));
    expect(audit.entries.filter((e: { action: string }) => e.action === 'set-preset')).toHaveLength(2);
    const trail = await f.store.audit(A);
    expect(trail.ok && trail.value.filter((e) => e.action === 'preset-set').map((e) => e.details)).toEqual([
      { version: 1, preset: 'my-town', setBy: f.keys.officerA.info.id },
      { version: 2, preset: 'my-town', setBy: f.keys.admin.info.id },
    ]);
  });

  it('a run without a preset uses the active one; a preset in the body still wins', async () => {
    const res = await run({ replace: true });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.preset).toBe('my-town');
    expect(body.activePresetVersion).toBe(2);
    expect(body.lineage).toEqual(['my-town', 'type-medium', 'national-baseline']);
    const months = await f.store.months(A);
    expect(months.ok && months.value.find((m) => m.month === '2026-11')?.preset).toBe('my-town');
    const named = await json(await run({ preset: 'type-small', replace: true }));
    expect(named.preset).toBe('type-small');
    expect(named.activePresetVersion).toBeUndefined();
  });

  it('partner and researcher keys may not read or set it', async () => {
    for (const key of [f.keys.partnerA.key, f.keys.researcherA.key]) {
      expect((await put(MINE, key)).status).toBe(403);
      expect((await get('preset', key)).status).toBe(403);
    }
  });
});
