// saveCaseRecord on every backend (PGlite, and a PostgreSQL server when SIGNAALREIS_TEST_PG_URL
// names one): one case's record after an attempt, with optimistic concurrency — of two writers
// that read the same record, exactly one wins and nothing of the winner is lost.
import {
  asCaseId,
  asIsoDate,
  type CaseRecord,
  type CaseStore,
  deliveryDay,
  recordAttempt,
} from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOf } from '../cases/record-of';
import { BACKENDS, type TestStore } from './test-support/backends';
import { type ExampleMonth, exampleMonths, storedExample } from './test-support/months';
import { ddas, recordsFor } from './test-support/records';
import { codes, codesFrom, value } from './test-support/results';

/** A municipality code of its own for each test: tests share a store and must not see each other. */
const code = codesFrom(700);

describe.each(BACKENDS)('saveCaseRecord on $name', (backend) => {
  let t: TestStore;
  let store: CaseStore;
  let sep: ExampleMonth;

  beforeAll(async () => {
    let months: ExampleMonth[];
    [t, months] = await Promise.all([backend.fresh(), exampleMonths()]);
    store = t.store;
    sep = months[1] as ExampleMonth;
  });
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  /** A stored September of a new municipality, and the record of its first case with a plan. */
  const setUp = async () => {
    const m = code();
    const month = storedExample(sep, m);
    value(await store.saveMonth(month));
    const start = deliveryDay(month.month);
    const i = month.cases.findIndex((c) => (c.data as { plan?: unknown[] }).plan?.length);
    const c = month.cases[i];
    const made = recordOf(ddas(), c?.data, i, start);
    if (!made.record || !c) throw new Error('no record');
    return { m, month, caseId: c.caseId, created: made.record, start };
  };
  const attempt = (r: CaseRecord, day: string, reached = false) => {
    const d = asIsoDate(day);
    return value(recordAttempt(r, { kind: 'Huisbezoek', reached, date: d, partOfDay: 'Avond' }, ddas(), d));
  };

  it('stores a record that continues the stored one, and audits the change with counts only', async () => {
    const { m, caseId, created } = await setUp();
    const first = attempt(created, '2026-10-01');
    expect(
      value(await store.saveCaseRecord({ municipality: m, caseId, expected: null, record: first })),
    ).toEqual({ month: '2026-09' });
    const second = attempt(first, '2026-10-02');
    value(await store.saveCaseRecord({ municipality: m, caseId, expected: first, record: second }));
    const read = value(await store.caseDetail(m, caseId));
    expect(read.case.record).toEqual(second);
    const audit = value(await store.audit(m)).at(-1);
    expect(audit).toMatchObject({
      action: 'record-updated',
      month: '2026-09',
      details: { attempts: 2, events: 1 },
    });
    expect(JSON.stringify(audit)).not.toContain(caseId);
    // history now knows the household was tried, not reached
    expect(
      value(await store.cases(m, sep.month)).find((c) => c.caseId === caseId)?.record?.attempts,
    ).toHaveLength(2);
  });

  it('of two writers from the same record, stores exactly one; the other gets record_changed', async () => {
    const { m, caseId, created } = await setUp();
    const base = attempt(created, '2026-10-01');
    value(await store.saveCaseRecord({ municipality: m, caseId, expected: null, record: base }));
    const a = attempt(base, '2026-10-02');
    const b = attempt(base, '2026-10-03', true);
    const results = await Promise.all([
      store.saveCaseRecord({ municipality: m, caseId, expected: base, record: a }),
      store.saveCaseRecord({ municipality: m, caseId, expected: base, record: b }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['record_changed']);
    const winner = results[0]?.ok ? a : b;
    expect(value(await store.caseDetail(m, caseId)).case.record).toEqual(winner);
    // a writer that did not know there was no record yet is refused too
    expect(codes(await store.saveCaseRecord({ municipality: m, caseId, expected: null, record: a }))).toEqual(
      ['record_changed'],
    );
  });

  it('refuses a record that rewrites the stored one, of another case, or of a case not held', async () => {
    const { m, caseId, created } = await setUp();
    const base = attempt(created, '2026-10-01');
    value(await store.saveCaseRecord({ municipality: m, caseId, expected: null, record: base }));
    const before = value(await store.caseDetail(m, caseId));
    expect(
      codes(await store.saveCaseRecord({ municipality: m, caseId, expected: base, record: created })),
    ).toEqual(['record_conflict']);
    const other = { ...base, caseId: asCaseId('2026-09-0999') };
    expect(
      codes(await store.saveCaseRecord({ municipality: m, caseId, expected: base, record: other })),
    ).toEqual(['record_conflict']);
    const stranger = code();
    expect(
      codes(await store.saveCaseRecord({ municipality: stranger, caseId, expected: null, record: base })),
    ).toEqual(['case_not_found']);
    expect(value(await store.caseDetail(m, caseId))).toEqual(before);
  });

  it('refuses a feedback run whose records changed since it read them, as a whole', async () => {
    const { m, month, caseId, created } = await setUp();
    const update = recordsFor(month, asIsoDate('2026-11-30'));
    const read = new Map(value(await store.cases(m, month.month)).map((c) => [c.caseId, c.record ?? null]));
    value(
      await store.saveCaseRecord({
        municipality: m,
        caseId,
        expected: null,
        record: attempt(created, '2026-10-01'),
      }),
    );
    const stale = {
      ...update,
      records: update.records.map((r) => ({ ...r, expected: read.get(r.caseId) ?? null })),
    };
    const refused = await store.saveLifecycle(stale);
    expect(codes(refused)).toEqual(['record_changed']);
    expect(refused.ok ? [] : refused.issues[0]?.path[0]).toBe('records');
    expect(value(await store.caseDetail(m, caseId)).case.record?.attempts).toHaveLength(1);
    const other = value(await store.cases(m, month.month)).filter((c) => c.caseId !== caseId);
    expect(other.every((c) => c.record === undefined)).toBe(true);
  });
});
