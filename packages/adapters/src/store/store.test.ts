// The store suite (issue 11): one set of tests, run against every backend — PGlite always, and a
// real PostgreSQL server when SIGNAALREIS_TEST_PG_URL names one (.ci/run starts one).
import {
  asCaseId,
  asIsoDate,
  asIsoMonth,
  type CaseStore,
  DEFAULT_RETENTION,
  type MunicipalityCode,
  retentionCutoffs,
} from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyFromCaseFile } from '../cases/case-file';
import { caseFileOfMonth, caseFilesOfPeriod, monthsOfPeriod } from './period';
import { STORE_SCHEMA } from './schema';
import type { SqlCaseStore } from './sql-store';
import { caseFileOfStored } from './stored-month';
import { BACKENDS, type TestStore } from './test-support/backends';
import { type ExampleMonth, exampleMonths, storedExample } from './test-support/months';
import { recordsFor } from './test-support/records';
import { codes, codesFrom, value } from './test-support/results';

/** A municipality code of its own for each test: tests share a store and must not see each other. */
const code = codesFrom(100);

describe.each(BACKENDS)('the case store on $name', (backend) => {
  let t: TestStore;
  let store: CaseStore;
  let months: ExampleMonth[];
  let aug: ExampleMonth;
  let sep: ExampleMonth;
  let oct: ExampleMonth;

  beforeAll(async () => {
    [t, months] = await Promise.all([backend.fresh(), exampleMonths()]);
    store = t.store;
    [aug, sep, oct] = months as [ExampleMonth, ExampleMonth, ExampleMonth];
  });
  afterAll(async () => {
    await store.close();
    await t.dispose();
  });

  /** Everything the store holds for a municipality, to compare before and after. */
  const snapshot = async (m: MunicipalityCode) => {
    const listed = value(await store.months(m));
    const cases = await Promise.all(listed.map(async (x) => value(await store.cases(m, x.month))));
    const audit = value(await store.audit(m)).map(({ at: _at, ...rest }) => rest);
    return {
      listed: listed.map(({ storedAt: _s, ...rest }) => rest),
      cases,
      audit,
      history: value(await store.history(m, asIsoMonth('2099-12'))),
    };
  };

  it('stores a month and reads it back: the month, its cases in order, the audit entry', async () => {
    const m = code();
    const stored = storedExample(sep, m);
    expect(value(await store.saveMonth(stored))).toEqual({ replaced: false });
    const listed = value(await store.months(m));
    expect(listed).toMatchObject([
      {
        municipality: m,
        month: '2026-09',
        preset: 'type-medium',
        decidedOn: sep.planned.decidedOn,
        cases: stored.cases.length,
        signals: stored.signals.length,
      },
    ]);
    expect(value(await store.cases(m, sep.month))).toEqual(stored.cases);
    const [first] = stored.cases;
    expect(value(await store.caseDetail(m, first?.caseId ?? asCaseId('2026-10-0000')))).toEqual({
      municipality: m,
      month: '2026-09',
      case: first,
      feedback: [],
    });
    expect(value(await store.audit(m))).toMatchObject([
      {
        action: 'month-stored',
        month: '2026-09',
        details: { cases: stored.cases.length, signals: stored.signals.length },
      },
    ]);
    // the case file made from the store is the run's case file
    expect(caseFileOfStored(listed[0] as never, value(await store.cases(m, sep.month)))).toEqual({
      ...sep.file,
      municipality: m,
    });
  });

  it('gives the same history as the case files of the same runs', async () => {
    const m = code();
    value(await store.saveMonth(storedExample(aug, m)));
    value(await store.saveMonth(storedExample(sep, m)));
    const fromStore = value(await store.history(m, oct.month));
    expect(fromStore).toEqual(oct.history);
    expect(fromStore).toEqual([...historyFromCaseFile(aug.file), ...historyFromCaseFile(sep.file)]);
    expect(fromStore.length).toBeGreaterThan(400);
    // only months before the one asked for
    expect(value(await store.history(m, sep.month))).toEqual(historyFromCaseFile(aug.file));
  });

  it('takes `reached` from the stored records, as historyFromCaseFile does from a file with records', async () => {
    const m = code();
    const stored = storedExample(sep, m);
    value(await store.saveMonth(stored));
    const update = recordsFor(stored, asIsoDate('2026-11-30'));
    const sent = update.records.slice(0, 3).flatMap((r) =>
      r.record.signals.map((s) => ({
        caseId: r.caseId,
        partnerId: s.partnerId,
        signalId: s.signalId,
        code: 'not-reached-or-no-help',
        sentOn: update.on,
      })),
    );
    expect(value(await store.saveLifecycle({ ...update, feedback: sent }))).toEqual({
      records: stored.cases.length,
      feedback: sent.length,
    });
    const recordOf = new Map(update.records.map((r) => [r.caseId, r.record]));
    const file = {
      ...sep.file,
      cases: sep.file.cases.map((c) => ({ ...c, record: recordOf.get(c.caseId) })),
    };
    const history = value(await store.history(m, oct.month));
    expect(history).toEqual(historyFromCaseFile(file));
    expect(history.some((e) => e.reached === true) && history.some((e) => e.reached === false)).toBe(true);
    // records, closing days and feedback come back
    const [first] = update.records;
    const detail = value(await store.caseDetail(m, first?.caseId ?? asCaseId('2026-10-0000')));
    expect(detail.case.record).toEqual(first?.record);
    expect(detail.case.closedOn).toBe(first?.closedOn);
    expect(detail.feedback).toEqual(sent.filter((f) => f.caseId === first?.caseId));
    // the month's feedback: every row sent, of this month and municipality only
    const byKey = (f: { caseId: string; partnerId: string; signalId: string }) =>
      `${f.caseId} ${f.partnerId} ${f.signalId}`;
    const month = value(await store.feedback(m, sep.month));
    expect(month.map(byKey).sort()).toEqual(sent.map(byKey).sort());
    expect(codes(await store.feedback(code(), sep.month))).toEqual(['month_not_found']);
    expect(codes(await store.feedback(m, oct.month))).toEqual(['month_not_found']);
    // the same feedback again is kept once
    expect(value(await store.saveLifecycle({ ...update, feedback: sent }))).toEqual({
      records: stored.cases.length,
      feedback: 0,
    });
  });

  it('refuses a second run of a month without replace; replaces it until records exist', async () => {
    const m = code();
    const stored = storedExample(sep, m);
    value(await store.saveMonth(stored));
    const before = await snapshot(m);
    expect(codes(await store.saveMonth(stored))).toEqual(['month_exists']);
    expect(await snapshot(m)).toEqual(before);
    const smaller = {
      ...stored,
      cases: stored.cases.slice(0, 5),
      signals: stored.signals.filter((s) => stored.cases.slice(0, 5).some((c) => c.caseId === s.caseId)),
    };
    expect(value(await store.saveMonth(smaller, { replace: true }))).toEqual({ replaced: true });
    expect(value(await store.cases(m, sep.month))).toEqual(smaller.cases);
    expect(value(await store.history(m, oct.month))).toHaveLength(smaller.signals.length);
    value(await store.saveLifecycle(recordsFor(smaller, asIsoDate('2026-10-26'))));
    const withRecords = await snapshot(m);
    expect(codes(await store.saveMonth(stored, { replace: true }))).toEqual(['month_has_records']);
    expect(await snapshot(m)).toEqual(withRecords);
    expect(value(await store.audit(m)).map((a) => a.action)).toEqual([
      'month-stored',
      'month-replaced',
      'lifecycle-updated',
    ]);
  });

  it('leaves the store as it was when the run fails inside the transaction', async () => {
    const m = code();
    value(await store.saveMonth(storedExample(aug, m)));
    const before = await snapshot(m);
    const boom = new Error('writing the worklists failed');
    await expect(
      store.saveMonth(storedExample(sep, m), { beforeCommit: () => Promise.reject(boom) }),
    ).rejects.toBe(boom);
    expect(await snapshot(m)).toEqual(before);
    const update = recordsFor(storedExample(aug, m), asIsoDate('2026-11-30'));
    await expect(
      store.saveLifecycle(update, {
        beforeCommit: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
    expect(await snapshot(m)).toEqual(before);
    // a case of another month is refused as a whole: nothing of the update is stored
    const stray = {
      ...update,
      records: [...update.records, { ...update.records[0], caseId: asCaseId('2026-10-9999') } as never],
    };
    expect(codes(await store.saveLifecycle(stray))).toEqual(['case_not_found']);
    expect(await snapshot(m)).toEqual(before);
  });

  it('keeps municipalities apart: the same month and case ids, never each other’s rows', async () => {
    const [a, b] = [code(), code()];
    value(await store.saveMonth(storedExample(aug, a)));
    value(await store.saveMonth(storedExample(sep, a)));
    value(await store.saveMonth(storedExample(sep, b)));
    const caseId = storedExample(sep, b).cases[0]?.caseId ?? asCaseId('2026-10-0000');
    value(await store.saveLifecycle(recordsFor(storedExample(sep, b), asIsoDate('2026-11-30'))));
    const ids = (h: { signalId: string }[]) => h.map((e) => e.signalId);
    expect(ids(value(await store.history(b, oct.month)))).toEqual(ids(historyFromCaseFile(sep.file)));
    expect(value(await store.history(a, oct.month))).toEqual(oct.history);
    expect(value(await store.months(a)).map((x) => x.month)).toEqual(['2026-08', '2026-09']);
    expect(value(await store.months(b)).map((x) => x.month)).toEqual(['2026-09']);
    expect(value(await store.caseDetail(a, caseId)).case.record).toBeUndefined();
    expect(value(await store.caseDetail(b, caseId)).case.record).toBeDefined();
    expect(codes(await store.cases(b, aug.month))).toEqual(['month_not_found']);
    expect(value(await store.audit(a)).every((e) => e.municipality === a)).toBe(true);
    const before = await snapshot(a);
    const cutoffs = retentionCutoffs(
      { ...DEFAULT_RETENTION, casesMonthsAfterClosure: 0, matchingMonthsIfPickedUp: 6 },
      asIsoDate('2030-01-01'),
    );
    value(await store.purge({ municipality: b, cutoffs, dryRun: false }));
    expect(value(await store.months(b))).toEqual([]);
    expect(await snapshot(a)).toEqual(before);
  });

  it('gives the case files of a period for the municipalities asked, and nothing of others', async () => {
    const [a, b, c] = [code(), code(), code()];
    for (const e of [aug, sep, oct]) value(await store.saveMonth(storedExample(e, a)));
    value(await store.saveMonth(storedExample(sep, b)));
    value(await store.saveMonth(storedExample(sep, c)));
    value(await store.saveLifecycle(recordsFor(storedExample(sep, b), asIsoDate('2026-10-30'))));
    const files = value(await caseFilesOfPeriod(store, [b, a], asIsoMonth('2026-09'), asIsoMonth('2026-10')));
    expect(files.map((f) => `${f.municipality} ${f.month}`)).toEqual([
      `${b} 2026-09`,
      `${a} 2026-09`,
      `${a} 2026-10`,
    ]);
    // the same cases as the run's case file; b's with the records feedback made
    const { cases: _c, ...head } = files[1] ?? sep.file;
    expect(files[1]?.cases).toEqual(sep.file.cases);
    expect(head).toMatchObject({ month: '2026-09', preset: 'type-medium', municipality: a });
    expect(files[0]?.cases.every((x) => (x as { record?: unknown }).record !== undefined)).toBe(true);
    expect(value(await caseFilesOfPeriod(store, [a], asIsoMonth('2027-01'), asIsoMonth('2027-12')))).toEqual(
      [],
    ); // listed first, then read a month at a time: the same case files, each summary counting its cases
    const listed = value(await monthsOfPeriod(store, [b, a], asIsoMonth('2026-09'), asIsoMonth('2026-10')));
    expect(listed.map((m) => `${m.municipality} ${m.month} ${m.cases}`)).toEqual(
      files.map((f) => `${f.municipality} ${f.month} ${f.cases.length}`),
    );
    for (const [i, m] of listed.entries()) expect(value(await caseFileOfMonth(store, m))).toEqual(files[i]);
    // a month listed but gone when read (purged in between), or never stored: refused, not an empty file
    const gone = { ...(listed[0] as (typeof listed)[number]), month: asIsoMonth('2027-01') };
    expect(codes(await caseFileOfMonth(store, gone))).toEqual(['month_not_found']);
    expect(value(await monthsOfPeriod(store, [b], asIsoMonth('2026-11'), asIsoMonth('2026-10')))).toEqual([]); // a period backwards holds no month
  });

  it('purges exactly what the dry run lists, and writes an audit entry with counts only', async () => {
    const m = code();
    for (const e of [aug, sep, oct]) value(await store.saveMonth(storedExample(e, m)));
    const stored = storedExample(aug, m);
    value(await store.saveLifecycle(recordsFor(stored, asIsoDate('2026-11-30'))));
    const on = asIsoDate('2027-04-01'); // August's unpicked signals (6 months) are gone, picked-up ones (12) stay
    const retention = { ...DEFAULT_RETENTION, casesMonthsAfterClosure: 3 };
    const request = { municipality: m, cutoffs: retentionCutoffs(retention, on), dryRun: true };
    const before = await snapshot(m);
    const dry = value(await store.purge(request));
    expect(await snapshot(m)).toEqual(before);
    expect(dry.signals.map((s) => s.month)).toEqual(['2026-08', '2026-09']);
    expect(dry.signals.reduce((n, s) => n + s.count, 0)).toBe(
      before.history.filter((e) => !e.pickedUp && e.month < '2026-10').length,
    );
    expect(dry.cases.map((c) => c.month)).toEqual(['2026-08']);
    const real = value(await store.purge({ ...request, dryRun: false }));
    expect(real).toEqual({ ...dry, dryRun: false });
    const after = await snapshot(m);
    const removedCases = new Set(dry.cases.flatMap((c) => c.caseIds));
    // a signal whose case is gone no longer knows whether the household was reached
    const caseOf = new Map(storedExample(aug, m).signals.map((x) => [x.signalId, x.caseId]));
    const kept = before.history
      .filter((e) => e.pickedUp || e.month >= '2026-10')
      .map(({ reached, ...e }) =>
        removedCases.has(caseOf.get(e.signalId) ?? asCaseId('2026-10-0000')) || reached === undefined
          ? e
          : { ...e, reached },
      );
    expect(after.history).toEqual(kept);
    expect(after.cases.flat().map((c) => c.caseId)).toEqual(
      before.cases
        .flat()
        .map((c) => c.caseId)
        .filter((id) => !removedCases.has(id)),
    );
    const audit = value(await store.audit(m)).at(-1);
    expect(audit).toMatchObject({
      action: 'purged',
      details: { signals: dry.signals.reduce((n, s) => n + s.count, 0), cases: removedCases.size },
    });
    expect(JSON.stringify(audit)).not.toMatch(/\d{4}[A-Z]{2} /); // no household key in the audit trail
    // nothing left to purge on the same day; everything goes when the retention is over
    expect(value(await store.purge(request))).toMatchObject({ signals: [], cases: [], months: [] });
    const late = value(
      await store.purge({
        municipality: m,
        cutoffs: retentionCutoffs(retention, asIsoDate('2030-01-01')),
        dryRun: false,
      }),
    );
    expect(late.months).toEqual(['2026-08']); // September and October have open cases
    expect(value(await store.history(m, asIsoMonth('2099-12')))).toEqual([]);
  });

  it('refuses rows that were edited in the database to something signaalreis never writes', async () => {
    const m = code();
    const stored = storedExample(sep, m);
    value(await store.saveMonth(stored));
    const db = (store as SqlCaseStore).db.withSchema(STORE_SCHEMA);
    await db
      .updateTable('cases')
      .set({ signal_status: 'Onzin' })
      .where('municipality', '=', m)
      .where('ordinal', '=', 2)
      .execute();
    await db
      .updateTable('signals')
      .set({ signal_date: '2026-02-30' })
      .where('municipality', '=', m)
      .where('ordinal', '=', 0)
      .execute();
    const cases = await store.cases(m, sep.month);
    expect(codes(cases)).toEqual(['store_row_invalid']);
    expect(cases.ok ? [] : cases.issues[0]?.path).toEqual(['cases', '2026-09 #2']);
    expect(JSON.stringify(cases)).not.toContain(stored.cases[2]?.caseId);
    expect(codes(await store.history(m, oct.month))).toEqual(['store_row_invalid']);
    expect(codes(await store.caseDetail(m, asCaseId('2026-09-9999')))).toEqual(['case_not_found']);
  });

  it('runs its migrations once: opening the store again changes nothing', async () => {
    const m = code();
    value(await store.saveMonth(storedExample(aug, m)));
    const migrations = async (s: CaseStore) =>
      (
        await sql<{
          name: string;
        }>`select name from ${sql.table(`${STORE_SCHEMA}.kysely_migration`)}`.execute((s as SqlCaseStore).db)
      ).rows;
    const before = await migrations(store);
    await store.close();
    store = await t.reopen();
    expect(await migrations(store)).toEqual(before);
    expect(before.map((r) => r.name)).toEqual([
      '0001-initial',
      '0002-access-keys',
      '0003-deliveries',
      '0004-active-presets',
    ]);
    expect(value(await store.months(m))).toHaveLength(1);
  });

  it('refuses a store that a newer signaalreis migrated, and leaves it alone', async () => {
    const own = await backend.fresh();
    const db = (own.store as SqlCaseStore).db;
    await sql`insert into ${sql.table(`${STORE_SCHEMA}.kysely_migration`)} (name, timestamp) values ('0099-from-the-future', '2030-01-01')`.execute(
      db,
    );
    await own.store.close();
    await expect(own.reopen()).rejects.toThrow(
      /newer signaalreis \(schema version 0099-from-the-future; this version knows up to 0004-active-presets\)/,
    );
    await own.dispose();
  });
});
