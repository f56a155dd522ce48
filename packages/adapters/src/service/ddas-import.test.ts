// A DDAS v1.2 delivery as input (issue 12): the history a platform hands over is validated against
// the official schema, imported as `signaalreis import ddas` imports it, and stored month by month
// with its lifecycle records — only for the municipality of the path.

import { asMunicipalityCode } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_MESSAGES } from './messages';
import { smallDdasDelivery } from './test-support/ddas-body';
import { A, B, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
/** A municipality with nothing stored, and an officer key of it. */
const C = asMunicipalityCode('0599');
let officerC = '';
beforeAll(async () => {
  f = await serviceFixture();
  const made = await f.access.createKey({ role: 'officer', municipalities: [C] });
  if (!made.ok) throw new Error('no key');
  officerC = made.value.key;
}, 120_000);
afterAll(() => f?.dispose());

const post = (code: string, key: string, body: unknown) =>
  f.app.request(`/municipalities/${code}/ddas`, {
    method: 'POST',
    body: JSON.stringify(body),
    ...f.auth(key, { 'content-type': 'application/json' }),
  });
const get = async (path: string, key: string) => {
  const res = await f.app.request(path, f.auth(key));
  expect(res.status, path).toBe(200);
  return json(res);
};
// biome-ignore lint/suspicious/noExplicitAny: a delivery is rewritten freely in these tests
const clone = (x: unknown): any => JSON.parse(JSON.stringify(x));

describe('POST /municipalities/{code}/ddas', () => {
  it('round trip: the DDAS export of A, imported for C, gives the same months, cases and signals', async () => {
    const exported = await get(
      `/municipalities/${A}/ddas?from=2026-08-01&to=2026-10-31&organisation=Gemeente%20A`,
      f.keys.officerA.key,
    );
    const delivery = clone(exported.delivery);
    expect(delivery.leveringen).toHaveLength(1);
    delivery.leveringen[0].gemeentecode = `GM${C}`; // the platform's history, handed over to C
    const res = await post(C, officerC, delivery);
    const body = await json(res);
    expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(201);
    const monthsA = (await get(`/municipalities/${A}/months`, f.keys.officerA.key)).months;
    const monthsC = (await get(`/municipalities/${C}/months`, officerC)).months;
    const counts = (ms: { month: string; cases: number; signals: number }[]) =>
      ms.map((m) => ({ month: m.month, cases: m.cases, signals: m.signals }));
    expect(counts(monthsC)).toEqual(counts(monthsA));
    expect(body.months.map((m: { month: string; cases: number; signals: number }) => m)).toEqual(
      counts(monthsA).map((m) => expect.objectContaining(m)),
    );
    for (const m of monthsA) {
      const casesA = (await get(`/municipalities/${A}/months/${m.month}/cases`, f.keys.officerA.key)).cases;
      const casesC = (await get(`/municipalities/${C}/months/${m.month}/cases`, officerC)).cases;
      expect(casesC.length, m.month).toBe(casesA.length);
      const statuses = (cs: { signalStatus: string; signals: number }[]) =>
        cs.map((x) => `${x.signalStatus}/${x.signals}`).sort();
      expect(statuses(casesC), m.month).toEqual(statuses(casesA));
    }
    // every imported case has a lifecycle record, counted per month
    for (const m of body.months) expect(m.records).toBe(m.cases);
    // each warning has a code and a path under body
    for (const w of body.warnings) expect(w.path[0]).toBe('body');
    // the audit names the import, once per stored month, after it was stored
    const audit = await get(`/municipalities/${C}/audit`, officerC);
    const rows = JSON.stringify(audit);
    expect(rows.match(/"import-ddas"/g)).toHaveLength(monthsA.length);
  });

  it('the same delivery twice is 409 month_exists, and stores nothing the second time', async () => {
    const d = smallDdasDelivery(A, '2030-05');
    expect((await post(A, f.keys.officerA.key, d)).status).toBe(201);
    const before = await get(`/municipalities/${A}/months`, f.keys.officerA.key);
    const again = await post(A, f.keys.officerA.key, d);
    expect(again.status).toBe(409);
    const problem = await json(again);
    expect(problem.type).toBe('urn:signaalreis:problem:month_exists');
    expect(problem.issues[0].message.en).toContain('2030-05');
    expect(await get(`/municipalities/${A}/months`, f.keys.officerA.key)).toEqual(before);
  });

  it('names one stored month in the singular and more in the plural', () => {
    expect(SERVICE_MESSAGES.importMonthExists(['2030-05']).nl).toMatch(/^Maand 2030-05 is al opgeslagen;/);
    expect(SERVICE_MESSAGES.importMonthExists(['2030-05', '2030-06']).nl).toMatch(
      /^Maanden 2030-05, 2030-06 zijn al opgeslagen;/,
    );
    expect(SERVICE_MESSAGES.importMonthExists(['2030-05', '2030-06']).en).toMatch(
      /^Months .* are stored already;/,
    );
  });

  it('a body that does not validate is 422 with the schema paths under body, never the values', async () => {
    const d = clone(smallDdasDelivery(A, '2030-06'));
    d.leveringen[0].vroegsignalen[1].bedrag = 'geheim-7412AB';
    delete d.codeGegevensleverancier;
    const res = await post(A, f.keys.officerA.key, d);
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).not.toContain('geheim-7412AB');
    const problem = JSON.parse(text);
    expect(problem.type).toBe('urn:signaalreis:problem:invalid_ddas_delivery');
    const paths = problem.issues.map((i: { path: unknown[] }) => i.path);
    expect(paths).toContainEqual(['body', 'leveringen', 0, 'vroegsignalen', 1, 'bedrag']);
    expect(problem.issues.every((i: { code: string }) => i.code === 'ddas_schema')).toBe(true);
    const months = (await get(`/municipalities/${A}/months`, f.keys.officerA.key)).months;
    expect(months.map((m: { month: string }) => m.month)).not.toContain('2030-06');
  });

  it('a delivery that imports to nothing, or a case that cannot be one, is 422 with its path', async () => {
    const empty = clone(smallDdasDelivery(A, '2030-07'));
    empty.leveringen[0].vroegsignalen = [];
    empty.leveringen[0].vroegsignaalzaken = [];
    const none = await post(A, f.keys.officerA.key, empty);
    expect(none.status).toBe(422);
    expect((await json(none)).issues[0].code).toBe('ddas_nothing_to_import');
    const unknown = clone(smallDdasDelivery(A, '2030-07'));
    unknown.leveringen[0].vroegsignaalzaken[0].vroegsignalen.push({ ID: 'NOPE-1' });
    const bad = await post(A, f.keys.officerA.key, unknown);
    expect(bad.status).toBe(422);
    const issues = (await json(bad)).issues as { path: unknown[] }[];
    expect(issues.every((i) => i.path[0] === 'body' && i.path[1] === 'leveringen')).toBe(true);
  });

  it('a levering of another municipality is refused (422 at its gemeentecode): nothing is stored for either', async () => {
    const own = smallDdasDelivery(A, '2030-08');
    const other = smallDdasDelivery(B, '2030-08').leveringen?.[0];
    const both = { ...own, leveringen: [...(own.leveringen ?? []), { ...other, teller: 2 }] };
    const before = { a: await get(`/municipalities/${A}/months`, f.keys.officerA.key) };
    const res = await post(A, f.keys.officerA.key, both);
    expect(res.status).toBe(422);
    const problem = await json(res);
    expect(problem.type).toBe('urn:signaalreis:problem:other_municipality');
    expect(problem.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['body', 'leveringen', 1, 'gemeentecode'],
    ]);
    // only B's levering: the same refusal, whether B is in the key's scope or not
    const onlyB = await post(A, f.keys.officerA.key, smallDdasDelivery(B, '2030-08'));
    expect(onlyB.status).toBe(422);
    expect((await json(onlyB)).issues[0].path).toEqual(['body', 'leveringen', 0, 'gemeentecode']);
    expect(await get(`/municipalities/${A}/months`, f.keys.officerA.key)).toEqual(before.a);
    const monthsB = (await get(`/municipalities/${B}/months`, f.keys.officerB.key)).months;
    expect(monthsB.map((m: { month: string }) => m.month)).not.toContain('2030-08');
  });

  it('the municipality code may be written GM0363 in the delivery', async () => {
    const res = await post(A, f.keys.officerA.key, smallDdasDelivery(`GM${A}`, '2030-09'));
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.months).toEqual([{ month: '2030-09', cases: 1, signals: 2, records: 1 }]);
  });
});
