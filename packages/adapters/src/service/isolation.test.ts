// The isolation of the service, generated from the route table: a route added to the table gets
// these checks without anyone writing a test for it, and a route added to the app without the
// table fails the first test.
import { Validator } from '@seriousme/openapi-schema-validator';
import { asIsoMonth } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_TABLE, type RouteEntry } from './define';
import { smallDdasDelivery } from './test-support/ddas-body';
import { A, B, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
/** Open September cases (picked up, no record yet) per municipality: one per write, so none repeats. */
const open = new Map<string, string[]>();
let spareKeyId = '';
beforeAll(async () => {
  f = await serviceFixture();
  for (const code of [A, B]) {
    const cases = await f.store.cases(code, asIsoMonth('2026-09'));
    if (!cases.ok) throw new Error('no September');
    open.set(
      code,
      cases.value.filter((c) => c.signalStatus === 'Opgepakt' && !c.record).map((c) => c.caseId),
    );
  }
  const spare = await f.access.createKey({ role: 'researcher', municipalities: [A] });
  if (!spare.ok) throw new Error('no key');
  spareKeyId = spare.value.info.id;
}, 120_000);
/** The next open case of a municipality (an unknown code gets a case id of A: it never gets that far). */
const nextOpen = (code: string) => enc(open.get(code)?.shift() ?? (open.get(A)?.[0] as string));
afterAll(() => f?.dispose());

const enc = encodeURIComponent;
type Role = 'officer' | 'partner' | 'researcher' | 'admin';

/** DDAS imports made so far: each imports a month of its own. */
let imported = 0;

/** A signal CSV of one row of partner `partner`, with a signal id never delivered before. */
let delivered = 0;
const csvRow = (partner: string) =>
  [
    'signal_id;partner_id;partner_name;sector;kind;signal_date;arrear_since;amount;surname;postcode;house_number',
    `ISO-${++delivered};${partner};Partner;energy;early;2026-10-20;2026-08-01;125,00;Jansen;7411AB;${delivered}`,
  ].join('\n');

/**
 * A request on a route: its path values, query and body (every route must have one here), the
 * status of a request that is allowed (default 200), the body's content type (default JSON);
 * `month` when the route needs another month than October (which has records), `emptyMonth` the
 * status for a month with nothing stored (default 404).
 */
const SAMPLES: Record<
  string,
  {
    query?: (code: string) => string;
    body?: unknown;
    values?: (code: string) => Record<string, string>;
    status?: number;
    type?: string;
    month?: string;
    emptyMonth?: number;
  }
> = {
  'GET /health': {},
  'GET /openapi.json': {},
  'GET /municipalities/{code}/months': {},
  'GET /municipalities/{code}/months/{month}/cases': {},
  'GET /municipalities/{code}/cases/{caseId}': {},
  'GET /municipalities/{code}/months/{month}/feedback': { query: () => `partner=${enc(f.partners[0])}` },
  'GET /municipalities/{code}/months/{month}/summary': {},
  'GET /municipalities/{code}/ddas': {
    query: () => 'from=2026-10-01&to=2026-10-31&organisation=Gemeente%20X',
  },
  'GET /presets': {},
  'GET /presets/{id}': {},
  'POST /presets/validate': {
    body: { id: 'my-town', extends: 'type-small', label: { nl: 'Mijn', en: 'Mine' } },
  },
  'POST /presets/diff': { body: { a: 'type-small', b: 'type-medium' } },
  'POST /presets/test': { body: { preset: 'type-small' } },
  // the lifecycle's write side and the admin routes
  'POST /municipalities/{code}/cases/{caseId}/attempts': {
    body: { kind: 'Telefoon', reached: false, date: '2026-10-01', partOfDay: 'Ochtend' },
    values: (code) => ({ caseId: nextOpen(code) }),
    status: 201,
  },
  'POST /municipalities/{code}/cases/{caseId}/events': {
    body: {
      type: 'accept-help',
      result: '(Budget)advies en/of quick fix',
      followUp: { kind: 'payment-arrangement' },
    },
    values: (code) => ({ caseId: nextOpen(code) }),
    status: 201,
  },
  'POST /municipalities/{code}/months/{month}/lifecycle-run': { body: { at: '2026-11-30' } },
  'POST /keys': { body: { role: 'researcher', municipalities: ['0363'] }, status: 201 },
  'GET /keys': {},
  'POST /keys/{id}/revoke': { values: () => ({ id: spareKeyId }) },
  'GET /municipalities/{code}/audit': {},
  // the write side: deliveries and the run
  'POST /municipalities/{code}/months/{month}/deliveries': {
    body: () => csvRow(f.partners[0]),
    type: 'text/csv',
    emptyMonth: 201,
    status: 201,
  },
  'GET /municipalities/{code}/months/{month}/deliveries': { emptyMonth: 200 },
  'POST /municipalities/{code}/months/{month}/run': {
    body: { preset: 'type-medium', replace: true },
    month: '2026-11',
    emptyMonth: 422,
    status: 201,
  },
  'GET /municipalities/{code}/months/{month}/worklists': {},
  // a DDAS v1.2 delivery as input: a month of its own per request (an import replaces no month)
  'POST /municipalities/{code}/ddas': {
    body: (code: string) => JSON.stringify(smallDdasDelivery(code, `${2040 + ++imported}-01`)),
    status: 201,
  },
  // a municipality's active preset (admin: every municipality)
  'PUT /municipalities/{code}/preset': {
    body: { id: 'my-town', extends: 'type-small', label: { nl: 'Mijn', en: 'Mine' } },
  },
  'GET /municipalities/{code}/preset': {},
  'GET /municipalities/{code}/preset/history': {},
  // the researcher's export: its municipality in the query
  'GET /research/cases': { query: (code) => `from=2026-08&to=2026-10&municipality=${code}` },
};

const name = (r: RouteEntry) => `${r.method} ${r.path}`;

/** The request of a route for municipality `code` (its case where the path names one). */
function requestOf(r: RouteEntry, code: string, key?: string, override: Record<string, string> = {}) {
  const sample = SAMPLES[name(r)] ?? {};
  const values: Record<string, string> = {
    code,
    month: sample.month ?? '2026-10',
    caseId: enc(code === A ? f.caseA : f.caseB),
    id: 'type-medium',
    ...(sample.values?.(code) ?? {}),
    ...override,
  };
  const path = r.path.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  const query = sample.query ? `?${sample.query(code)}` : '';
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  if (sample.body !== undefined) headers['content-type'] = sample.type ?? 'application/json';
  const body =
    typeof sample.body === 'function' ? (sample.body as (code: string) => string)(code) : sample.body;
  return f.app.request(`${path}${query}`, {
    method: r.method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

const keyOf = (role: Role) =>
  ({
    officer: f.keys.officerA,
    partner: f.keys.partnerA,
    researcher: f.keys.researcherA,
    admin: f.keys.admin,
  })[role];
const ROLES: Role[] = ['officer', 'partner', 'researcher', 'admin'];
const scoped = ROUTE_TABLE.filter((r) => r.access.scope !== 'none');
const keyed = ROUTE_TABLE.filter((r) => r.access.roles !== 'public');

describe('the route table', () => {
  it('holds every route of the app, and the app every route of the table', () => {
    const app = f.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(app)].sort()).toEqual(ROUTE_TABLE.map(name).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(ROUTE_TABLE.map(name).sort());
  });

  it('has no public route but /health and /openapi.json', () => {
    expect(
      ROUTE_TABLE.filter((r) => r.access.roles === 'public')
        .map(name)
        .sort(),
    ).toEqual(['GET /health', 'GET /openapi.json']);
  });
});

describe.each(keyed.map((r) => [name(r), r] as const))('%s', (_, route) => {
  it('answers 401 without a key, and with a key in the query string only', async () => {
    const res = await requestOf(route, A);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it.each(ROLES)('answers the %s key as its role allows', async (role) => {
    const res = await requestOf(route, A, keyOf(role).key);
    const allowed = (route.access.roles as readonly string[]).includes(role);
    expect(res.status).toBe(allowed ? (SAMPLES[name(route)]?.status ?? 200) : 403);
  });
});

describe.each(scoped.map((r) => [name(r), r] as const))('%s for another municipality', (_, route) => {
  it.each(ROLES)(
    'answers the %s key of 0363 for 0518 with 404 (or 403 for a role the route refuses)',
    async (role) => {
      const res = await requestOf(route, B, keyOf(role).key);
      const allowed = (route.access.roles as readonly string[]).includes(role);
      // an admin key on a route open to it for every municipality (the active preset) is no leak
      if (allowed && role === 'admin' && route.access.adminEverywhere)
        return void expect(res.status).toBe(SAMPLES[name(route)]?.status ?? 200);
      expect(res.status).toBe(allowed ? 404 : 403);
      const body = await json(res);
      if (allowed) expect(body.detail).toBe('Niet gevonden, of niet van een gemeente van deze sleutel');
      expect(JSON.stringify(body)).not.toContain(f.caseB);
    },
  );

  it('answers the key of 0518 for its own data', async () => {
    const role = (route.access.roles as Role[]).includes('officer') ? 'officer' : undefined;
    if (!role) return;
    const res = await requestOf(route, B, f.keys.officerB.key);
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(SAMPLES[name(route)]?.status ?? 200);
  });
});

describe('bad input on every route', () => {
  const withParam = (p: string) => keyed.filter((r) => r.path.includes(`{${p}}`));
  const ok = (r: RouteEntry) => (r.access.roles as Role[]).map(keyOf)[0]?.key as string;

  it.each(withParam('code').map(name))('%s: a code that is no CBS code is 422 at path.code', async (n) => {
    const route = ROUTE_TABLE.find((r) => name(r) === n) as RouteEntry;
    for (const bad of ['abc', '363', '03630', 'GM0363']) {
      const res = await requestOf(route, bad, ok(route));
      expect(res.status, bad).toBe(422);
      const body = await json(res);
      expect(body.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(['path', 'code']);
    }
  });

  it.each(withParam('month').map(name))('%s: a month that is none is 422 at path.month', async (n) => {
    const route = ROUTE_TABLE.find((r) => name(r) === n) as RouteEntry;
    for (const bad of ['2026-13', '2026-1', 'oktober', '2026-10-01']) {
      const res = await requestOf(route, A, ok(route), { month: bad });
      expect(res.status, bad).toBe(422);
      expect((await json(res)).issues[0].path).toEqual(['path', 'month']);
    }
    // a month of its own per route: a delivery or a run of one route must not fill another's month
    const unused = `${2000 + withParam('month').indexOf(route)}-01`;
    const empty = SAMPLES[n]?.emptyMonth ?? 404;
    expect((await requestOf(route, A, ok(route), { month: unused })).status).toBe(empty);
  });

  it('a case id too long, with control characters, not of the form 2026-10-0001 or of the older form with an address is 422; an unknown one 404', async () => {
    const route = ROUTE_TABLE.find((r) => r.path.includes('{caseId}')) as RouteEntry;
    const legacy = enc('2026-10/7411AB 12'); // month / household key: an address never goes into a URL
    for (const bad of [`2026-10-${'1'.repeat(100)}`, enc('a\u0001b'), 'nothing', legacy]) {
      const res = await requestOf(route, A, f.keys.officerA.key, { caseId: bad });
      expect(res.status, bad).toBe(422);
    }
    expect((await requestOf(route, A, f.keys.officerA.key, { caseId: '2026-10-9999' })).status).toBe(404);
  });

  it('bad queries: a partner missing, dates that are none', async () => {
    const key = f.auth(f.keys.officerA.key);
    const missing = await f.app.request(`/municipalities/${A}/months/2026-10/feedback`, key);
    expect(missing.status).toBe(422);
    expect((await json(missing)).issues[0].path).toEqual(['query', 'partner']);
    for (const q of ['from=2026-02-30&to=2026-03-01', 'from=2026-01-01', 'from=01-01-2026&to=2026-01-31'])
      expect((await f.app.request(`/municipalities/${A}/ddas?${q}&organisation=X`, key)).status, q).toBe(422);
  });

  it.each(keyed.filter((r) => r.method !== 'GET' && SAMPLES[name(r)]?.body !== undefined).map(name))(
    '%s: bad bodies are 400, 415 or 422',
    async (n) => {
      const route = ROUTE_TABLE.find((r) => name(r) === n) as RouteEntry;
      const values: Record<string, string> = {
        code: A,
        month: '2026-10',
        caseId: enc(f.caseA),
        id: spareKeyId,
      };
      const path = route.path.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
      const post = (body: string, type = 'application/json') =>
        f.app.request(path, { method: route.method, body, ...f.auth(ok(route), { 'content-type': type }) });
      expect((await post('{"a":')).status).toBe(400);
      const twice = await post('{"a":"type-small","a":"type-small","b":"type-small","preset":"x"}');
      expect(twice.status).toBe(400);
      expect((await json(twice)).issues[0].code).toBe('json_duplicate_key');
      expect((await post('a=b', 'application/x-www-form-urlencoded')).status).toBe(415);
      expect((await post('[1,2]')).status).toBe(422);
    },
  );

  it('preset bodies: an unknown preset id is 422 with its place; an invalid preset is a verdict', async () => {
    const auth = f.auth(f.keys.admin.key, { 'content-type': 'application/json' });
    const diff = await f.app.request('/presets/diff', {
      method: 'POST',
      body: '{"a":"nope","b":"type-small"}',
      ...auth,
    });
    expect(diff.status).toBe(422);
    expect((await json(diff)).issues[0].path.slice(0, 2)).toEqual(['body', 'a']);
    const bad = await f.app.request('/presets/validate', {
      method: 'POST',
      body: '{"id":"x","extends":"nope"}',
      ...auth,
    });
    expect(bad.status).toBe(200);
    const verdict = await json(bad);
    expect(verdict.ok).toBe(false);
    expect(verdict.issues.length).toBeGreaterThan(0);
    expect((await f.app.request('/presets/nope', f.auth(f.keys.admin.key))).status).toBe(404);
    expect((await f.app.request('/presets/Not_An_Id', f.auth(f.keys.admin.key))).status).toBe(422);
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, valid, and describes every route of the table but itself', async () => {
    const res = await f.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(described.sort()).toEqual(
      ROUTE_TABLE.map(name)
        .filter((n) => n !== 'GET /openapi.json')
        .sort(),
    );
    const op = doc.paths['/municipalities/{code}/cases/{caseId}'].get;
    expect(op['x-signaalreis-access']).toEqual({ roles: ['officer'], scope: 'municipality' });
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:code',
      'path:caseId',
    ]);
  });

  it('declares every refusal as a problem document, the type the service answers with', async () => {
    const doc = await json(await f.app.request('/openapi.json'));
    const declared = Object.entries(
      doc.paths as Record<string, Record<string, { responses: object }>>,
    ).flatMap(([p, ops]) =>
      Object.entries(ops).flatMap(([m, op]) =>
        Object.entries(op.responses as Record<string, { content?: object }>)
          .filter(([status]) => Number(status) >= 400)
          .map(
            ([status, r]) => `${m.toUpperCase()} ${p} ${status}: ${Object.keys(r.content ?? {}).join(', ')}`,
          ),
      ),
    );
    expect(declared.length).toBeGreaterThan(100);
    expect(declared.filter((d) => !d.endsWith(': application/problem+json'))).toEqual([]);
  });
});
