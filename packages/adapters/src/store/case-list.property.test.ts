// A stored month read from the store's columns (case-list.ts): its list page by page, whatever the
// sizes, exactly the lines `listedCase` makes of the cases read whole — with their lifecycle statuses
// and results — the month's count and stored moment; a partner's signal ids and the cases in outline
// as the cases read whole give them (also for data edited into odd shapes); bad pages and edited rows
// refused.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  type CaseList,
  caseOutline,
  type ListedCase,
  listedCase,
} from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_SCHEMA } from './schema';
import type { SqlCaseStore } from './sql-store';
import { BACKENDS, type TestStore } from './test-support/backends';
import { exampleMonths, storedExample } from './test-support/months';
import { recordsFor } from './test-support/records';
import { codes, codesFrom, value } from './test-support/results';

const code = codesFrom(800);
const OCT = asIsoMonth('2026-10');

describe.each(BACKENDS)('a month listed from the columns on $name', (backend) => {
  let t: TestStore;
  let store: SqlCaseStore;
  const m = code();
  let whole: ListedCase[];
  let storedAt: string;

  beforeAll(async () => {
    const [fresh, months] = await Promise.all([backend.fresh(), exampleMonths()]);
    t = fresh;
    store = t.store as SqlCaseStore;
    const oct = months[2];
    if (!oct) throw new Error('no example October');
    const stored = storedExample(oct, m);
    value(await store.saveMonth(stored));
    value(await store.saveLifecycle(recordsFor(stored, asIsoDate('2026-11-05'))));
    whole = value(await store.cases(m, OCT)).map(listedCase);
    storedAt = value(await store.months(m))[0]?.storedAt ?? '';
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  it('lists every case as listedCase does, records and all, in one answer', async () => {
    const list = value(await store.caseList(m, OCT));
    expect(list.cases).toEqual(whole);
    expect(list).toMatchObject({ total: whole.length, storedAt, next: null });
    // the example month has records with a status and a result, closed cases and open ones
    expect(whole.some((c) => c.result !== null && c.closedOn !== null)).toBe(true);
    expect(whole.some((c) => c.lifecycleStatus !== null && c.result === null)).toBe(true);
    expect(new Set(whole.map((c) => c.signals)).size).toBeGreaterThan(1);
  });

  test.prop([fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 60 })], { numRuns: 10 })(
    'pages of any size, read with any page of the store, add up to the month in order',
    async (limit, readPage) => {
      store.page = readPage;
      try {
        const pages: CaseList[] = [];
        let after: number | undefined;
        do {
          const page = value(await store.caseList(m, OCT, { after, limit }));
          pages.push(page);
          after = page.next ?? undefined;
          expect(pages.length).toBeLessThanOrEqual(whole.length + 1);
        } while (after !== undefined);
        expect(pages.flatMap((p) => p.cases)).toEqual(whole);
        expect(pages.map((p) => p.cases.length)).toEqual(
          pages.map((_, i) => Math.min(limit, whole.length - i * limit)),
        );
        for (const p of pages) expect(p).toMatchObject({ total: whole.length, storedAt });
      } finally {
        store.page = 5000;
      }
    },
    120_000,
  );

  it('a page after the last case is empty and ends the month', async () => {
    const last = value(await store.caseList(m, OCT, { limit: whole.length }));
    expect(last.next).toBeNull();
    const before = value(await store.caseList(m, OCT, { limit: whole.length - 1 }));
    expect(before.next).not.toBeNull();
    const rest = value(await store.caseList(m, OCT, { after: before.next ?? 0 }));
    expect(rest.cases).toEqual(whole.slice(-1));
    expect(value(await store.caseList(m, OCT, { after: 1_000_000 }))).toMatchObject({
      cases: [],
      next: null,
    });
  });

  it('refuses a page that is no page, as a programming error', async () => {
    for (const page of [
      { limit: 0 },
      { limit: -3 },
      { limit: 1.5 },
      { limit: Number.NaN },
      { after: -2 },
      { after: 0.5 },
    ])
      await expect(store.caseList(m, OCT, page), JSON.stringify(page)).rejects.toThrow(RangeError);
  });

  it('a partner’s signal ids are those of its signals in the cases read whole, in their order', async () => {
    const cases = value(await store.cases(m, OCT));
    const idsOf = (partner: string) =>
      cases.flatMap((c) =>
        ((c.data as { signals?: { partnerId?: unknown; signalId?: unknown }[] }).signals ?? []).flatMap(
          (s) => (s.partnerId === partner && typeof s.signalId === 'string' ? [s.signalId] : []),
        ),
      );
    const partners = [
      ...new Set(
        cases.flatMap((c) =>
          (c.data as { signals: { partnerId: string }[] }).signals.map((s) => s.partnerId),
        ),
      ),
    ];
    expect(partners.length).toBeGreaterThan(3);
    for (const partner of [...partners, 'XX-NONE'])
      expect(value(await store.partnerSignalIds(m, OCT, asPartnerId(partner))), partner).toEqual(
        idsOf(partner),
      );
    expect(
      codes(await store.partnerSignalIds(m, asIsoMonth('2026-03'), asPartnerId(partners[0] ?? ''))),
    ).toEqual(['month_not_found']);
  });

  it('the outlines are caseOutline of the cases read whole, attempts and results included', async () => {
    const cases = value(await store.cases(m, OCT));
    const outlines = value(await store.caseOutlines(m, OCT));
    expect(outlines).toEqual(cases.map(caseOutline));
    expect(outlines.some((o) => o.firstReachedOn !== null)).toBe(true);
    expect(outlines.some((o) => o.sectors.length > 1)).toBe(true);
    expect(codes(await store.caseOutlines(m, asIsoMonth('2026-03')))).toEqual(['month_not_found']);
  });

  it('outlines agree with caseOutline on data edited into odd shapes', async () => {
    const odd = code();
    const oct = (await exampleMonths())[2];
    if (!oct) throw new Error('no example October');
    value(await store.saveMonth(storedExample(oct, odd)));
    const db = store.db.withSchema(STORE_SCHEMA);
    const edit = (ordinal: number, set: string) =>
      db
        .updateTable('cases')
        .set({ data: sql`${sql.raw(set)}` as never })
        .where('municipality', '=', odd)
        .where('ordinal', '=', ordinal)
        .execute();
    await edit(0, `jsonb_set(data, '{signals,0,sector}', 'null')`);
    await edit(1, `data #- '{signals,0,sector}'`);
    await edit(2, `jsonb_set(data #- '{signals}', '{signalIds}', '["a","b","c"]')`);
    await edit(3, `jsonb_set(jsonb_set(data, '{totalAmountCents}', '"12"'), '{primaryChannel}', '7')`);
    await edit(4, `data #- '{signals}' #- '{signalIds}' #- '{totalAmountCents}' #- '{primaryChannel}'`);
    const cases = value(await store.cases(odd, OCT));
    expect(value(await store.caseOutlines(odd, OCT))).toEqual(cases.map(caseOutline));
    expect(
      cases
        .slice(0, 5)
        .map(caseOutline)
        .map((o) => [o.sectors.includes('unknown'), o.signals, o.totalAmountCents, o.primaryChannel]),
    ).toEqual([
      [true, expect.any(Number), expect.any(Number), expect.anything()],
      [true, expect.any(Number), expect.any(Number), expect.anything()],
      [false, 3, expect.any(Number), expect.anything()],
      [expect.any(Boolean), expect.any(Number), 0, null],
      [false, 0, 0, null],
    ]);
  });

  it('the cases of one worklist are the cases whose plan has that team and channel, in order', async () => {
    const cases = value(await store.cases(m, OCT));
    type Step = { team: string; channel: string };
    const planOf = (c: (typeof cases)[number]) => ((c.data as { plan?: Step[] }).plan ?? []) as Step[];
    const steps = new Map(cases.flatMap(planOf).map((p) => [`${p.team}/${p.channel}`, p]));
    expect(steps.size).toBeGreaterThan(3);
    for (const { team, channel } of [
      ...steps.values(),
      { team: 'nobody', channel: 'phone' },
      { team: `o"'); --`, channel: 'phone' },
    ]) {
      const picked = value(await store.cases(m, OCT, { withStep: { team, channel } }));
      const expected = cases.filter((c) => planOf(c).some((p) => p.team === team && p.channel === channel));
      expect(picked, `${team}/${channel}`).toEqual(expected);
    }
  });

  it('a month not stored is not found; an edited row is store_row_invalid without its case id', async () => {
    expect(codes(await store.caseList(m, asIsoMonth('2026-03'), { limit: 5 }))).toEqual(['month_not_found']);
    const other = code();
    const oct = (await exampleMonths())[2];
    if (!oct) throw new Error('no example October');
    const stored = storedExample(oct, other);
    value(await store.saveMonth(stored));
    await store.db
      .withSchema(STORE_SCHEMA)
      .updateTable('cases')
      .set({ intake_outcome: 'misschien' })
      .where('municipality', '=', other)
      .where('ordinal', '=', 4)
      .execute();
    expect(value(await store.caseList(other, OCT, { limit: 4 })).cases).toHaveLength(4);
    const r = await store.caseList(other, OCT, { limit: 5 });
    expect(codes(r)).toEqual(['store_row_invalid']);
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(['cases', '2026-10 #4']);
    expect(JSON.stringify(r)).not.toContain(stored.cases[4]?.caseId);
  });
});
