import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeStoredMonth, oneMonthStore } from '../store/test-support/large-month';
import { A, B, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const enc = encodeURIComponent;

describe('the read routes of an officer', () => {
  it('lists the stored months of its municipality', async () => {
    const res = await f.app.request(`/municipalities/${A}/months`, f.auth(f.keys.officerA.key));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.months.map((m: { month: string }) => m.month)).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it('lists the cases of a month without household keys', async () => {
    const res = await f.app.request(`/municipalities/${A}/months/2026-10/cases`, f.auth(f.keys.officerA.key));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.cases).toHaveLength(206);
    expect(Object.keys(body.cases[0]).sort()).toEqual(
      [
        'caseId',
        'closedOn',
        'intakeOutcome',
        'lifecycleStatus',
        'result',
        'signalStatus',
        'signals',
        'totalAmountCents',
        'worklistBucket',
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/householdKey/);
  });

  it('shows one case with its record, explanation and feedback', async () => {
    const res = await f.app.request(
      `/municipalities/${A}/cases/${enc(f.caseA)}`,
      f.auth(f.keys.officerA.key),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.case.caseId).toBe(f.caseA);
    expect(body.month).toBe('2026-10');
    expect(body.case.explanation.nl.length).toBeGreaterThan(0);
    expect(body.case.record.status).toBeTypeOf('string');
    expect(body.feedback.length).toBeGreaterThan(0);
    expect(body.feedback[0].label.nl).toBe('Niet bereikt / wil geen hulp');
  });

  it('answers 404 for an unknown case and for a case of another municipality, with the same body', async () => {
    const unknown = await f.app.request(
      `/municipalities/${A}/cases/2026-10-9999`,
      f.auth(f.keys.officerA.key),
    );
    const other = await f.app.request(
      `/municipalities/${A}/cases/${enc(f.caseB)}`,
      f.auth(f.keys.officerA.key),
    );
    const otherCode = await f.app.request(
      `/municipalities/${B}/cases/${enc(f.caseB)}`,
      f.auth(f.keys.officerA.key),
    );
    expect([unknown.status, other.status, otherCode.status]).toEqual([404, 404, 404]);
    const [u, o, c] = [await unknown.text(), await other.text(), await otherCode.text()];
    expect(o).toBe(u);
    expect(c).toBe(u);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(u)).toEqual({
      type: 'urn:signaalreis:problem:not_found',
      title: 'Niet gevonden',
      status: 404,
      detail: 'Niet gevonden, of niet van een gemeente van deze sleutel',
    });
  });

  it('answers a case id that is none with one issue saying the form (it gave two with one message)', async () => {
    for (const id of ['nonsense', '2026-13-0001x', 'x'.repeat(101)]) {
      const res = await f.app.request(`/municipalities/${A}/cases/${id}`, f.auth(f.keys.officerA.key));
      expect(res.status, id).toBe(422);
      const p = await json(res);
      expect(p.issues, id).toHaveLength(1);
      expect(p.issues[0].message.nl).toBe('Verwacht een zaak-id JJJJ-MM-NNNN, zoals 2026-10-0001');
    }
  });

  it('gives titles in English with Accept-Language: en', async () => {
    const res = await f.app.request(
      `/municipalities/${B}/months`,
      f.auth(f.keys.officerA.key, { 'accept-language': 'en-GB,nl;q=0.5' }),
    );
    expect(res.status).toBe(404);
    expect((await json(res)).title).toBe('Not found');
  });

  it('exports the DDAS delivery of a period, valid against the schema', async () => {
    const res = await f.app.request(
      `/municipalities/${A}/ddas?from=2026-08-01&to=2026-10-31&organisation=${enc('Gemeente Voorbeeldstad')}`,
      f.auth(f.keys.officerA.key),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    const { validateDdasDelivery } = await import('../ddas/index');
    expect(validateDdasDelivery(body.delivery).ok).toBe(true);
    expect(body.delivery.leveringen).toHaveLength(1);
    expect(body.delivery.leveringen[0].gemeentecode).toBe(A);
    expect(body.delivery.aanleverdatumEnTijd).toBe('2026-12-01T09:00:00Z');
    expect(body.counts[0].signals).toBe(236 + 244 + 242);
  });

  it('exports the DDAS delivery of a national month (more values than one document may hold)', async () => {
    // the store's October of A is a national month: the example October copied past core's JSON_LIMITS
    const big = await largeStoredMonth(A);
    const held = oneMonthStore(big);
    const store = new Proxy(f.store, {
      get: (target, key) =>
        key === 'months' || key === 'cases'
          ? (code: string, ...rest: unknown[]) =>
              code === A
                ? (held[key] as (...a: unknown[]) => unknown)(code, ...rest)
                : (target[key] as (...a: unknown[]) => unknown).call(target, code, ...rest)
          : Reflect.get(target, key),
    });
    const res = await f
      .serviceWith({ store })
      .request(
        `/municipalities/${A}/ddas?from=2026-10-01&to=2026-10-31&organisation=${enc('Gemeente Voorbeeldstad')}`,
        f.auth(f.keys.officerA.key),
      );
    const body = await json(res);
    expect(res.status, JSON.stringify(body.issues?.slice(0, 1))).toBe(200);
    expect(body.counts[0].cases).toBe(big.cases.length);
  }, 120_000);

  it('refuses a DDAS export without an organisation, or with from after to (422)', async () => {
    const none = await f.app.request(
      `/municipalities/${A}/ddas?from=2026-08-01&to=2026-10-31`,
      f.auth(f.keys.officerA.key),
    );
    expect(none.status).toBe(422);
    expect((await json(none)).issues[0].code).toBe('organisation_required');
    const order = await f.app.request(
      `/municipalities/${A}/ddas?from=2026-10-01&to=2026-08-31&organisation=X`,
      f.auth(f.keys.officerA.key),
    );
    expect(order.status).toBe(422);
    expect((await json(order)).issues[0].path).toEqual(['query', 'from']);
  });
});

describe('partners and researchers', () => {
  it('gives a partner its own signals with the feedback codes only', async () => {
    const [own] = f.partners;
    const res = await f.app.request(
      `/municipalities/${A}/months/2026-10/feedback?partner=${enc(own)}`,
      f.auth(f.keys.partnerA.key),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.partner).toBe(own);
    expect(body.signals.length).toBeGreaterThan(0);
    expect(body.signals.some((s: { feedback: unknown[] }) => s.feedback.length > 0)).toBe(true);
    const text = JSON.stringify(body);
    for (const hidden of ['result', 'reason', 'householdKey', 'Niet opgepakt: andere reden', f.partners[1]])
      expect(text).not.toContain(hidden);
  });

  it("refuses a partner another partner's feedback (403)", async () => {
    const res = await f.app.request(
      `/municipalities/${A}/months/2026-10/feedback?partner=${enc(f.partners[1])}`,
      f.auth(f.keys.partnerA.key),
    );
    expect(res.status).toBe(403);
  });

  it('gives a researcher counts only, and refuses it the cases (403)', async () => {
    const res = await f.app.request(
      `/municipalities/${A}/months/2026-10/summary`,
      f.auth(f.keys.researcherA.key),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.cases).toBe(206);
    // disclosure control: a researcher sees no count below k = 10 (project default); an officer every count
    expect(body.suppression).toMatchObject({ k: 10, suppressed: expect.any(Number) });
    const shown = Object.values({ ...body.bySignalStatus, ...body.byBucket, ...body.byResult }) as (
      | number
      | null
    )[];
    expect(shown.every((n) => n === null || n >= 10)).toBe(true);
    expect(shown.filter((n) => n === null).length).toBeGreaterThan(0);
    const officer = await json(
      await f.app.request(`/municipalities/${A}/months/2026-10/summary`, f.auth(f.keys.officerA.key)),
    );
    expect(officer.suppression).toBeUndefined();
    expect(Object.values(officer.bySignalStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      206,
    );
    expect(JSON.stringify(body)).not.toMatch(/\d{4}[A-Z]{2} \d+/);
    const cases = await f.app.request(
      `/municipalities/${A}/months/2026-10/cases`,
      f.auth(f.keys.researcherA.key),
    );
    expect(cases.status).toBe(403);
  });
});

describe('keys, audit, log and limits', () => {
  it('answers 401 without a key, with a wrong one and with a revoked one', async () => {
    const path = `/municipalities/${A}/months`;
    expect((await f.app.request(path)).status).toBe(401);
    expect((await f.app.request(path, { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    const wrong = `${f.keys.officerA.key.slice(0, -4)}AAAA`;
    expect((await f.app.request(path, f.auth(wrong))).status).toBe(401);
    expect((await f.app.request(`${path}?key=${f.keys.officerA.key}`)).status).toBe(401);
    const spare = await f.access.createKey({ role: 'officer', municipalities: [A] });
    if (!spare.ok) throw new Error('no key');
    expect((await f.app.request(path, f.auth(spare.value.key))).status).toBe(200);
    await f.access.revokeKey(spare.value.info.id);
    const revoked = await f.app.request(path, f.auth(spare.value.key));
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('writes an access-audit row for every read of personal data, and for a refused one', async () => {
    const before = await f.access.auditLog({ keyId: f.keys.officerB.info.id });
    await f.app.request(`/municipalities/${B}/months/2026-09/cases`, f.auth(f.keys.officerB.key));
    await f.app.request(`/municipalities/${A}/months/2026-09/cases`, f.auth(f.keys.officerB.key));
    const after = await f.access.auditLog({ keyId: f.keys.officerB.info.id });
    if (!before.ok || !after.ok) throw new Error('no audit');
    const added = after.value.slice(0, after.value.length - before.value.length);
    expect(added.map((e) => [e.action, e.municipality, e.route, e.count ?? null])).toEqual([
      ['denied', A, '/municipalities/{code}/months/{month}/cases', null],
      ['read-cases', B, '/municipalities/{code}/months/{month}/cases', 216],
    ]);
    expect(JSON.stringify(added)).not.toContain(f.caseB);
  });

  it('logs method, route pattern, status, key id and duration — never the URL or a case id', async () => {
    f.logs.length = 0;
    await f.app.request(`/municipalities/${A}/cases/${enc(f.caseA)}`, f.auth(f.keys.officerA.key));
    expect(f.logs).toHaveLength(1);
    const [e] = f.logs;
    expect(e).toMatchObject({
      method: 'GET',
      route: '/municipalities/{code}/cases/{caseId}',
      status: 200,
      keyId: f.keys.officerA.info.id,
    });
    expect(Object.keys(e ?? {}).sort()).toEqual(['durationMs', 'keyId', 'method', 'route', 'status']);
    expect(JSON.stringify(f.logs)).not.toContain(f.caseA.slice(8));
  });

  it('answers 429 with Retry-After over the rate of a key', async () => {
    const app = f.serviceWith({ limits: { requestsPerMinute: 2 } });
    const go = () => app.request('/presets', f.auth(f.keys.admin.key));
    expect((await go()).status).toBe(200);
    expect((await go()).status).toBe(200);
    const third = await go();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 413 for a body over the limit', async () => {
    const app = f.serviceWith({ limits: { maxBodyBytes: 100 } });
    const res = await app.request('/presets/validate', {
      method: 'POST',
      ...f.auth(f.keys.admin.key, { 'content-type': 'application/json' }),
      body: JSON.stringify({ id: 'x'.repeat(200) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers /health without a key', async () => {
    const res = await f.app.request('/health');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok' });
  });
});
