// `GET /municipalities/{code}/months/{month}/cases` a page at a time (issue 14): a national month
// (~57,000 cases) was one body of every case, each read whole from the store; now a page of
// `limit` cases (default 1,000) with a cursor to the next, listed from the store's columns.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  type CaseListPage,
  type CaseStore,
  type IsoMonth,
  type ListedCase,
  type MunicipalityCode,
} from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonths, storedExample } from '../store/test-support/months';
import { value } from '../store/test-support/results';
import { CASE_PAGE_DEFAULT, CASE_PAGE_MAX, caseCursor, readCaseCursor } from './routes/cases';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const casesOf = (month: string, query = '') => `/municipalities/${A}/months/${month}/cases${query}`;

/** A page as the route answers it. */
interface Page {
  cases: ListedCase[];
  total: number;
  storedAt: string;
  next: string | null;
}

/** Every page of a month's list with `limit` cases a page, following `next`. */
async function allPages(month: string, limit: number) {
  const pages: { status: number; body: Page }[] = [];
  for (let cursor: string | null = ''; cursor !== null; ) {
    const q = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await f.app.request(casesOf(month, q), f.auth(f.keys.officerA.key));
    const body = await json(res);
    pages.push({ status: res.status, body });
    cursor = res.status === 200 ? body.next : null;
  }
  return pages;
}

describe('the cases of a month, a page at a time', () => {
  it('pages of 50 follow one another to the month’s end, each audited with its own count', async () => {
    const before = value(await f.access.auditLog({ keyId: f.keys.officerA.info.id }));
    const pages = await allPages('2026-10', 50);
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 200, 200]);
    const whole = value(await f.store.caseList(A, asIsoMonth('2026-10')));
    expect(pages.flatMap((p) => p.body.cases)).toEqual(whole.cases);
    expect(pages.map((p) => p.body.cases.length)).toEqual([50, 50, 50, 50, 6]);
    for (const p of pages) expect(p.body).toMatchObject({ total: 206, storedAt: whole.storedAt });
    expect(pages.at(-1)?.body.next).toBeNull();
    const after = value(await f.access.auditLog({ keyId: f.keys.officerA.info.id }));
    const added = after.slice(0, after.length - before.length).reverse();
    expect(added.map((e) => [e.action, e.month, e.count])).toEqual(
      [50, 50, 50, 50, 6].map((n) => ['read-cases', '2026-10', n]),
    );
  });

  it('a cursor names a position and a moment, never a case, a household or a name', async () => {
    const [first] = await allPages('2026-10', 3);
    const next = String(first?.body.next);
    expect(next).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(next, 'base64url').toString('utf8')).toBe(`2|${first?.body.storedAt}`);
  });

  it('answers a page of 1,000 when none is asked for, and at most 10,000', async () => {
    const asked: (CaseListPage | undefined)[] = [];
    const store = new Proxy(f.store, {
      get: (target, key) =>
        key === 'caseList'
          ? (code: MunicipalityCode, month: IsoMonth, page?: CaseListPage) => {
              asked.push(page);
              return target.caseList(code, month, page);
            }
          : Reflect.get(target, key),
    }) as CaseStore;
    const app = f.serviceWith({ store });
    expect((await app.request(casesOf('2026-10'), f.auth(f.keys.officerA.key))).status).toBe(200);
    expect(
      (await app.request(casesOf('2026-10', `?limit=${CASE_PAGE_MAX}`), f.auth(f.keys.officerA.key))).status,
    ).toBe(200);
    expect(asked).toEqual([{ limit: CASE_PAGE_DEFAULT }, { limit: CASE_PAGE_MAX }]);
  });

  it('refuses a limit or cursor that is none (422), in Dutch by default and in English on request', async () => {
    const garbage = Buffer.from('7|gisteren', 'utf8').toString('base64url');
    const cases: [string, string, string][] = [
      ['?limit=0', 'query.limit', ''],
      [`?limit=${CASE_PAGE_MAX + 1}`, 'query.limit', ''],
      ['?limit=twee', 'query.limit', ''],
      ['?cursor=a/b', 'query.cursor', ''],
      [`?cursor=${garbage}`, 'query.cursor', 'bad_cursor'],
      [`?cursor=${caseCursor(3, '2026-11-02T09:00:00.000Z')}x`, 'query.cursor', 'bad_cursor'],
    ];
    for (const [query, path, code] of cases) {
      const res = await f.app.request(casesOf('2026-10', query), f.auth(f.keys.officerA.key));
      const body = await json(res);
      expect(res.status, query).toBe(422);
      expect(body.title).toBe('Ongeldig verzoek');
      expect(
        body.issues.map((i: { path: string[] }) => i.path.join('.')),
        query,
      ).toEqual([path]);
      if (code) expect(body.issues[0].code).toBe(code);
    }
    const en = await f.app.request(
      casesOf('2026-10', `?cursor=${garbage}`),
      f.auth(f.keys.officerA.key, { 'accept-language': 'en' }),
    );
    expect((await json(en)).issues[0].message.en).toMatch(/^This cursor is not of this list/);
  });

  it('refuses the next page of a month stored again since the first (409), and starts again without a cursor', async () => {
    const [first] = await allPages('2026-09', 100);
    expect(first?.body.next).toBeTypeOf('string');
    const sep = (await exampleMonths())[1];
    if (!sep) throw new Error('no example September');
    value(await f.store.saveMonth(storedExample(sep, A), { replace: true }));
    const res = await f.app.request(
      casesOf('2026-09', `?limit=100&cursor=${first?.body.next}`),
      f.auth(f.keys.officerA.key),
    );
    const body = await json(res);
    expect(res.status).toBe(409);
    expect(body.type).toBe('urn:signaalreis:problem:month_changed');
    expect(body.detail).toMatch(/^Maand 2026-09 is opnieuw opgeslagen/);
    const again = await allPages('2026-09', 100);
    expect(again.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(again[0]?.body.storedAt).not.toBe(first?.body.storedAt);
  });

  it('a month that is not stored is 404, with or without a cursor', async () => {
    for (const q of ['', `?cursor=${caseCursor(5, '2026-11-02T09:00:00.000Z')}`])
      expect((await f.app.request(casesOf('2026-03', q), f.auth(f.keys.officerA.key))).status).toBe(404);
  });
});

const stamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

test.prop([fc.integer({ min: -1, max: 2_000_000_000 }), stamp])(
  'a cursor reads back as the position and moment it was made of',
  (after, storedAt) => {
    expect(readCaseCursor(caseCursor(after, storedAt))).toEqual({ after, storedAt });
  },
);

test.prop([fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/))])(
  'any other text is no cursor, or the very cursor of what it reads as',
  (text) => {
    const r = readCaseCursor(text);
    if (r !== undefined) expect(caseCursor(r.after, r.storedAt)).toBe(text);
  },
);
