// A month's cases are read a page at a time (STORE_READ_PAGE, sql-store.ts): whatever the size of
// a page, the same cases in the same order as read in one page; and the rows' checks over pages
// report what they report over all rows at once (AllOk against allOk).
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, fail, type Issue, issue, ok, type Result } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { AllOk, allOk } from './rows';
import type { SqlCaseStore } from './sql-store';
import { BACKENDS, type TestStore } from './test-support/backends';
import { exampleMonths, storedExample } from './test-support/months';
import { codesFrom, value } from './test-support/results';

const code = codesFrom(700);

describe.each(BACKENDS)('a month read a page at a time on $name', (backend) => {
  let t: TestStore;
  let store: SqlCaseStore;
  const m = code();
  let whole: unknown;

  beforeAll(async () => {
    const [fresh, months] = await Promise.all([backend.fresh(), exampleMonths()]);
    t = fresh;
    store = t.store as SqlCaseStore;
    const oct = months[2];
    if (!oct) throw new Error('no example October');
    value(await store.saveMonth(storedExample(oct, m)));
    whole = value(await store.cases(m, asIsoMonth('2026-10')));
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  test.prop([fc.integer({ min: 1, max: 260 })], { numRuns: 12 })(
    'the same cases in the same order, whatever the page size',
    async (page) => {
      store.page = page;
      try {
        const paged = value(await store.cases(m, asIsoMonth('2026-10')));
        expect(paged).toHaveLength((whole as unknown[]).length);
        expect(paged).toEqual(whole);
      } finally {
        store.page = 5000;
      }
    },
    120_000,
  );

  test('a month that is not stored is still not found', async () => {
    store.page = 7;
    try {
      const r = await store.cases(m, asIsoMonth('2026-03'));
      expect(r.ok ? 'found' : r.issues[0]?.code).toBe('month_not_found');
    } finally {
      store.page = 5000;
    }
  });
});

const result = fc.oneof(
  fc.integer().map((n) => ok(n)),
  fc
    .array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((codes) => fail(codes.map((c) => issue(`bad_${c}`, [], { nl: c, en: c })) as Issue[])),
);

test.prop([
  fc.array(result, { maxLength: 60 }),
  fc.array(fc.nat(), { maxLength: 10 }),
  fc.integer({ min: 1, max: 25 }),
])(
  'the checks of rows taken a page at a time report what allOk of all of them reports',
  (results: Result<number>[], cuts, max) => {
    const all = new AllOk<number>(max);
    let from = 0;
    for (const cut of [...cuts.map((c) => c % (results.length + 1)).sort((a, b) => a - b), results.length]) {
      all.take(results.slice(from, Math.max(from, cut)));
      from = Math.max(from, cut);
    }
    expect(all.result()).toEqual(allOk(results, max));
    expect(allOk(results, max)).toEqual(
      results.some((r) => !r.ok)
        ? fail(results.flatMap((r) => (r.ok ? [] : r.issues)).slice(0, max))
        : ok(results.map((r) => (r as { value: number }).value)),
    );
  },
);
