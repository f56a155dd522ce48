// The lifecycle's write routes and the admin routes over HTTP, on a PGlite store: attempts and
// events through the lifecycle (409 with its issue, 422 for bad input), two officers at once on
// one case (one wins, the other 409, nothing lost), the month's lifecycle run round trip to the
// partner's feedback and the DDAS export, keys made and revoked over HTTP, the access audit.
import { asIsoMonth, type CaseStore, FEEDBACK_CODE_INFO, type StoredCase } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, B, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
let open: StoredCase[];
beforeAll(async () => {
  f = await serviceFixture();
  const sep = await f.store.cases(A, asIsoMonth('2026-09'));
  if (!sep.ok) throw new Error('no September');
  open = sep.value.filter((c) => c.signalStatus === 'Opgepakt' && !c.record);
}, 120_000);
afterAll(() => f?.dispose());

const enc = encodeURIComponent;
const take = () => {
  const c = open.shift();
  if (!c) throw new Error('out of open cases');
  return c.caseId as string;
};
const post = (path: string, body: unknown, key = f.keys.officerA.key, app = f.app) =>
  app.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...f.auth(key, { 'content-type': 'application/json' }),
  });
const attempts = (id: string) => `/municipalities/${A}/cases/${enc(id)}/attempts`;
const events = (id: string) => `/municipalities/${A}/cases/${enc(id)}/events`;
const phone = { kind: 'Telefoon', reached: false, date: '2026-10-01', time: '19:30' };
const help = {
  type: 'accept-help',
  result: '(Budget)advies en/of quick fix',
  followUp: { kind: 'payment-arrangement' },
};

describe('contact attempts', () => {
  it('records an attempt (the part of day from the time), stores it and audits it without the data', async () => {
    const id = take();
    const res = await post(attempts(id), phone);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.month).toBe('2026-09');
    expect(body.record.attempts).toEqual([
      { kind: 'Telefoon', reached: false, date: '2026-10-01', partOfDay: 'Avond' },
    ]);
    const stored = await f.store.caseDetail(A, id as never);
    expect(stored.ok && stored.value.case.record?.attempts).toHaveLength(1);
    const log = await f.access.auditLog({ keyId: f.keys.officerA.info.id, limit: 1 });
    expect(log.ok && log.value[0]).toMatchObject({ action: 'record-attempt', status: 201, count: 1 });
    expect(JSON.stringify(log)).not.toContain(id);
  });

  it('answers 422 with the place for bad attempts, and stores nothing', async () => {
    const id = take();
    const bad: [unknown, string[]][] = [
      [{ ...phone, kind: 'Duif' }, ['body', 'kind']],
      [{ ...phone, reached: 'ja' }, ['body', 'reached']],
      [{ ...phone, date: '2026-02-30' }, ['body', 'date']],
      [{ kind: 'Telefoon', reached: true, date: '2026-10-01' }, ['body', 'time']],
      [{ ...phone, time: '25:00' }, ['body', 'time']],
      [{ ...phone, partOfDay: 'Ochtend' }, ['body', 'partOfDay']],
      [{ ...phone, extra: 1 }, ['body']],
      [{ ...phone, date: '2026-12-02' }, ['body', 'date']],
    ];
    for (const [body, path] of bad) {
      const res = await post(attempts(id), body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const issues = (await json(res)).issues as { path: string[] }[];
      expect(
        issues.map((i) => i.path.slice(0, path.length)),
        JSON.stringify(body),
      ).toContainEqual(path);
    }
    const stored = await f.store.caseDetail(A, id as never);
    expect(stored.ok && stored.value.case.record).toBeUndefined();
  });

  it('answers 409 with the lifecycle issue for an attempt on a closed case', async () => {
    const res = await post(attempts(f.caseA), phone);
    expect(res.status).toBe(409);
    const body = await json(res);
    expect(body.type).toBe('urn:signaalreis:problem:conflict');
    expect(body.issues).toMatchObject([{ code: 'attempt_not_allowed', path: ['record', 'status'] }]);
  });

  it('answers 404 for an unknown case and a case of another municipality, the same body', async () => {
    const unknown = await post(attempts('2026-09-9999'), phone);
    const other = await post(`/municipalities/${B}/cases/${enc(f.caseB)}/attempts`, phone);
    expect([unknown.status, other.status]).toEqual([404, 404]);
    expect(await other.text()).toBe(await unknown.text());
  });
});

describe('latency', () => {
  it('records an attempt on PGlite in well under a second (measured: median printed)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const id = take();
      const start = performance.now();
      const res = await post(attempts(id), phone);
      times.push(performance.now() - start);
      expect(res.status).toBe(201);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    console.info(
      `POST …/attempts on PGlite: median ${median.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms`,
    );
    expect(median).toBeLessThan(1000);
  });
});

describe('events', () => {
  it('applies an event of the table: status, result, follow-up, effects; the audit names the key', async () => {
    const id = take();
    const res = await post(events(id), help);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.record.status).toBe('help-accepted');
    expect(body.record.result).toBe('(Budget)advies en/of quick fix');
    expect(body.record.audit.at(-1)).toMatchObject({
      event: 'accept-help',
      actor: `api-key ${f.keys.officerA.info.id}`,
      at: '2026-12-01T10:00',
    });
    expect(body.effects.map((e: { type: string }) => e.type)).toContain('notify-partner');
  });

  it('answers 409 with invalid_transition for an event the status does not allow', async () => {
    const id = take();
    expect((await post(events(id), help)).status).toBe(201);
    const again = await post(events(id), help);
    expect(again.status).toBe(409);
    const body = await json(again);
    expect(body.issues).toMatchObject([{ code: 'invalid_transition', path: ['body', 'type'] }]);
    // a closed case cannot be closed again; reopening it needs a reason (422)
    const reopen = await post(events(f.caseA), { type: 'reopen' });
    expect(reopen.status).toBe(422);
    expect((await json(reopen)).issues[0]).toMatchObject({
      code: 'reason_required',
      path: ['body', 'reason'],
    });
  });

  it('answers 422 for an unknown event, a missing follow-up, a bad result or an actor in the body', async () => {
    const id = take();
    const cases: [unknown, string][] = [
      [{ type: 'explode' }, 'unknown_event'],
      [{ type: 'accept-help', result: '(Budget)advies en/of quick fix' }, 'follow_up_required'],
      [{ ...help, result: 'Opgelost' }, 'invalid_value'],
      [{ ...help, actor: 'Jan Jansen' }, 'unknown_key'],
      [{}, 'invalid_type'],
    ];
    for (const [body, code] of cases) {
      const res = await post(events(id), body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        (await json(res)).issues.map((i: { code: string }) => i.code),
        JSON.stringify(body),
      ).toContain(code);
    }
  });
});

/** A store whose caseDetail waits until `n` callers have read: both writers read the same record. */
function barrierStore(store: CaseStore, n: number): CaseStore {
  let waiting: (() => void)[] = [];
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'caseDetail') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<CaseStore['caseDetail']>) => {
        const read = await target.caseDetail(...args);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === n) {
            for (const go of waiting) go();
            waiting = [];
          }
        });
        return read;
      };
    },
  });
}

describe('two officers on one case at once', () => {
  it('stores exactly one attempt; the other is answered 409 record_changed; nothing is lost', async () => {
    const id = take();
    const app = f.serviceWith({ store: barrierStore(f.store, 2) });
    const [a, b] = await Promise.all([
      post(attempts(id), { ...phone, date: '2026-10-01' }, f.keys.officerA.key, app),
      post(attempts(id), { ...phone, date: '2026-10-02', reached: true }, f.keys.officerA.key, app),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const lost = a.status === 409 ? a : b;
    expect((await json(lost)).issues[0].code).toBe('record_changed');
    const won = await json(a.status === 201 ? a : b);
    const stored = await f.store.caseDetail(A, id as never);
    expect(stored.ok && stored.value.case.record).toEqual(won.record);
    // the loser tries again on what is stored now: both attempts are kept
    const retry = await post(attempts(id), { ...phone, date: '2026-10-03' });
    expect(retry.status).toBe(201);
    expect((await json(retry)).record.attempts).toHaveLength(2);
  });
});

describe('the lifecycle run of a month, round trip', () => {
  it('attempts and a result over HTTP → lifecycle run → partner feedback and the DDAS export', async () => {
    const sep = await f.store.cases(A, asIsoMonth('2026-09'));
    if (!sep.ok) throw new Error('no September');
    const id = take();
    const c = sep.value.find((x) => x.caseId === id) as StoredCase;
    const partner = (c.data as { signals: { partnerId: string; signalId: string }[] }).signals[0];
    if (!partner) throw new Error('no signal');
    expect((await post(attempts(id), { ...phone, date: '2026-10-05', reached: true })).status).toBe(201);
    expect((await post(events(id), help)).status).toBe(201);
    const run = await post(`/municipalities/${A}/months/2026-09/lifecycle-run`, { at: '2026-11-30' });
    expect(run.status).toBe(200);
    const body = await json(run);
    expect(body).toMatchObject({ month: '2026-09', at: '2026-11-30', lifecycle: 'ddas', problems: [] });
    expect(body.records).toBe(body.cases);
    expect(body.feedback.newRows).toBeGreaterThan(0);
    const mine = body.feedback.partners.find((p: { partner: string }) => p.partner === partner.partnerId);
    expect(mine.byCode['wants-help']).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(id);
    // the same run again stores no feedback twice
    const again = await json(
      await post(`/municipalities/${A}/months/2026-09/lifecycle-run`, { at: '2026-11-30' }),
    );
    expect(again.feedback.newRows).toBe(0);
    // the partner reads its code — only the partner-visible code
    const key = await f.access.createKey({
      role: 'partner',
      municipalities: [A],
      partner: partner.partnerId as never,
    });
    if (!key.ok) throw new Error('no key');
    const fb = await f.app.request(
      `/municipalities/${A}/months/2026-09/feedback?partner=${enc(partner.partnerId)}`,
      f.auth(key.value.key),
    );
    expect(fb.status).toBe(200);
    const view = await json(fb);
    const signal = view.signals.find((s: { signalId: string }) => s.signalId === partner.signalId);
    expect(signal.feedback.map((x: { code: string }) => x.code)).toEqual(['wants-help']);
    expect(JSON.stringify(view)).not.toMatch(/Budget|quick fix|result|reason|payment-arrangement/);
    // every code a partner reads is a partner code of the lifecycle, with its label
    const codes = view.signals.flatMap((s: { feedback: { code: string }[] }) =>
      s.feedback.map((x) => x.code),
    );
    expect(codes.every((x: string) => x in FEEDBACK_CODE_INFO)).toBe(true);
    // the DDAS export carries the contact attempt of the case
    const ddas = await f.app.request(
      `/municipalities/${A}/ddas?from=2026-09-01&to=2026-09-30&organisation=X`,
      f.auth(f.keys.officerA.key),
    );
    expect(ddas.status).toBe(200);
    expect(JSON.stringify((await json(ddas)).delivery)).toContain('"contactpogingen"');
  });

  it('refuses a run before the delivery day or after today (422), and an unknown month (404)', async () => {
    const run = (month: string, at: string) =>
      post(`/municipalities/${A}/months/${month}/lifecycle-run`, { at });
    const early = await run('2026-10', '2026-10-01');
    expect(early.status).toBe(422);
    expect((await json(early)).issues[0]).toMatchObject({ code: 'at_before_delivery', path: ['body', 'at'] });
    const late = await run('2026-10', '2026-12-02');
    expect((await json(late)).issues[0]).toMatchObject({ code: 'at_in_future', path: ['body', 'at'] });
    expect((await run('2026-10', '30-11-2026')).status).toBe(422);
    expect((await run('2025-10', '2026-11-30')).status).toBe(404);
  });
});

describe('keys and the access audit over HTTP', () => {
  it('makes a key (shown once), lists keys without secrets, revokes it: 401 on the next request', async () => {
    const made = await post(
      '/keys',
      { role: 'officer', municipalities: [B], label: 'zaaksysteem' },
      f.keys.admin.key,
    );
    expect(made.status).toBe(201);
    const { key, info } = await json(made);
    expect(key).toMatch(/^sr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const months = `/municipalities/${B}/months`;
    expect((await f.app.request(months, f.auth(key))).status).toBe(200);
    const list = await f.app.request('/keys', f.auth(f.keys.admin.key));
    const text = await list.text();
    expect(JSON.parse(text).keys.map((k: { id: string }) => k.id)).toContain(info.id);
    expect(text).not.toContain(key.slice(20));
    expect(text).not.toMatch(/sha256|secret/);
    const revoke = (id: string) =>
      f.app.request(`/keys/${id}/revoke`, { method: 'POST', ...f.auth(f.keys.admin.key) });
    const revoked = await revoke(info.id);
    expect(revoked.status).toBe(200);
    expect((await json(revoked)).revokedAt).toBeTypeOf('string');
    expect((await f.app.request(months, f.auth(key))).status).toBe(401);
    expect((await revoke('0000000000000000')).status).toBe(404);
    expect((await revoke('NOT-AN-ID')).status).toBe(422);
  });

  it('refuses keys that do not fit their role, with the place (422)', async () => {
    for (const [body, path] of [
      [{ role: 'officer' }, ['body', 'municipalities']],
      [{ role: 'partner', municipalities: [A] }, ['body', 'partner']],
      [{ role: 'admin', municipalities: [A] }, ['body', 'municipalities']],
      [{ role: 'root', municipalities: [A] }, ['body', 'role']],
      [{ role: 'officer', municipalities: ['363'] }, ['body', 'municipalities', 0]],
    ] as const) {
      const res = await post('/keys', body, f.keys.admin.key);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await json(res)).issues[0].path, JSON.stringify(body)).toEqual(path);
    }
  });

  it('gives the access audit of a municipality to an admin and its officers, never to others', async () => {
    const path = `/municipalities/${A}/audit`;
    const admin = await f.app.request(path, f.auth(f.keys.admin.key));
    expect(admin.status).toBe(200);
    const rows = (await json(admin)).entries as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.municipality === A)).toBe(true);
    expect(
      Object.keys(rows[0] ?? {}).every((k) =>
        ['id', 'at', 'keyId', 'action', 'route', 'status', 'municipality', 'month', 'count'].includes(k),
      ),
    ).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(f.caseA);
    expect((await f.app.request(path, f.auth(f.keys.officerA.key))).status).toBe(200);
    const other = await f.app.request(path, f.auth(f.keys.officerB.key));
    expect(other.status).toBe(404);
    expect((await f.app.request(path, f.auth(f.keys.partnerA.key))).status).toBe(403);
    expect((await f.app.request(`${path}?limit=0`, f.auth(f.keys.admin.key))).status).toBe(422);
  });
});
