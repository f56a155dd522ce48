// The researcher's pseudonymised export over HTTP (issue 12): one row per case, a pseudonym per
// household that is stable across months and calls, amount bands, k-anonymity by coarsening and
// leaving out (counted, never silent), CSV with the counts in headers, and an audit row per export.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quasiIdentifiers, type ResearchRow } from './research';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
let total = 0;
beforeAll(async () => {
  f = await serviceFixture();
  const months = await f.store.months(A);
  if (!months.ok) throw new Error('months');
  total = months.value
    .filter((m) => m.month >= '2026-08' && m.month <= '2026-10')
    .reduce((n, m) => n + m.cases, 0);
}, 120_000);
afterAll(() => f?.dispose());

const get = (
  query: string,
  key = f.keys.researcherA.key,
  app = f.app,
  headers: Record<string, string> = {},
) => app.request(`/research/cases?${query}`, f.auth(key, headers));
const PERIOD = 'from=2026-08&to=2026-10';

describe('GET /research/cases', () => {
  it('gives one row per case, nothing identifying, every class of quasi-identifiers at least k', async () => {
    const res = await get(PERIOD);
    expect(res.status).toBe(200);
    const body = await json(res);
    const rows = body.rows as ResearchRow[];
    expect(body.suppression).toMatchObject({ k: 10, source: expect.stringContaining('project default') });
    // nothing lost silently: the rows shown and the rows left out are all the cases of the period
    expect(rows.length + body.suppression.leftOut).toBe(total);
    expect(body.suppression.coarsenedAmount + body.suppression.coarsenedSectors).toBeGreaterThan(0);
    const sizes = new Map<string, number>();
    for (const r of rows) sizes.set(quasiIdentifiers(r), (sizes.get(quasiIdentifiers(r)) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(10);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/\d{4} ?[A-Z]{2}/); // no postcode (household keys are postcode + number)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{4}/); // no case id
    expect(text).not.toContain('totalAmountCents');
    expect(Object.keys(rows[0] as object).sort()).toEqual(
      [
        'amountBand',
        'bucket',
        'daysToFirstContact',
        'month',
        'municipality',
        'primaryChannel',
        'pseudonym',
        'result',
        'sectors',
        'signals',
        'status',
      ].sort(),
    );
  });

  it('keeps a household’s pseudonym across months and calls', async () => {
    const a = (await json(await get(PERIOD))).rows as ResearchRow[];
    const b = (await json(await get(PERIOD))).rows as ResearchRow[];
    expect(b).toEqual(a);
    const months = new Map<string, Set<string>>();
    for (const r of a) months.set(r.pseudonym, (months.get(r.pseudonym) ?? new Set()).add(r.month));
    expect([...months.values()].some((s) => s.size > 1)).toBe(true); // a household seen again
    const october = (await json(await get('from=2026-10&to=2026-10'))).rows as ResearchRow[];
    const known = new Set(a.map((r) => r.pseudonym));
    expect(october.every((r) => known.has(r.pseudonym))).toBe(true);
  });

  it('answers CSV with the suppression counts in headers, and audits the export by count', async () => {
    const res = await get(`${PERIOD}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="onderzoek-2026-08-2026-10.csv"',
    );
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const body = await json(await get(PERIOD));
    expect(rows).toHaveLength(body.rows.length);
    expect(res.headers.get('x-signaalreis-k')).toBe('10');
    expect(res.headers.get('x-signaalreis-left-out')).toBe(String(body.suppression.leftOut));
    expect(res.headers.get('x-signaalreis-coarsened')).toBe(
      `amountBand=${body.suppression.coarsenedAmount}; sectors=${body.suppression.coarsenedSectors}`,
    );
    const accept = await get(PERIOD, f.keys.researcherA.key, f.app, { accept: 'text/csv' });
    expect(accept.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const log = await f.access.auditLog({ keyId: f.keys.researcherA.info.id, limit: 1 });
    if (!log.ok) throw new Error('audit');
    expect(log.value[0]).toMatchObject({
      action: 'export-research',
      municipality: A,
      count: body.rows.length,
    });
  });

  it('takes k from the service’s options; k = 1 coarsens nothing', async () => {
    const open = f.serviceWith({ disclosure: { k: 1 } });
    const body = await json(await get(PERIOD, f.keys.researcherA.key, open));
    expect(body.rows).toHaveLength(total);
    expect(body.suppression).toMatchObject({ k: 1, coarsenedAmount: 0, coarsenedSectors: 0, leftOut: 0 });
    const strict = await json(
      await get(PERIOD, f.keys.researcherA.key, f.serviceWith({ disclosure: { k: 500 } })),
    );
    // no month has 500 cases: even coarsened every row is below k, so all are left out — and counted
    expect(strict.rows).toEqual([]);
    expect(strict.suppression.leftOut).toBe(total);
    expect(() => f.serviceWith({ disclosure: { k: 0 } })).toThrow(RangeError);
  });

  it('refuses a period that is none, backwards or longer than 36 months; another municipality is 404', async () => {
    for (const q of [
      'from=2026-10&to=2026-08',
      'from=2020-01&to=2026-10',
      'from=2026-13&to=2026-14',
      'from=2026-08',
    ])
      expect((await get(q)).status, q).toBe(422);
    expect((await get(`${PERIOD}&municipality=0518`)).status).toBe(404);
    expect((await get(`${PERIOD}&municipality=GM0363`)).status).toBe(422);
    expect((await get(PERIOD, f.keys.officerA.key)).status).toBe(403);
  });
});
