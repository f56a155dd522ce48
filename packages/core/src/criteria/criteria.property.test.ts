// Properties of partner criteria, in one file (importing @fast-check/vitest is slow per file).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import { asCents } from '../model/money';
import { findChronicLatePayers } from './chronic';
import { evaluateCriteria } from './evaluate';
import { loadCriteriaTable } from './facts';
import { ledgerRow, testTableJson } from './fixtures.test-support';
import { evaluateLedger, type LedgerRowOutcome, ledgerEvaluator, visitLedger } from './ledger';
import type { LedgerRow } from './ledger-row';

const loaded = loadCriteriaTable(testTableJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const table = loaded.value;

const DAY_MS = 86_400_000;
const plusDays = (iso: string, n: number): IsoDate =>
  asIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10));
// The test table's parameters start on 2021-01-01.
const onDate = fc.integer({ min: 0, max: 3000 }).map((n) => plusDays('2021-01-01', n));

/** A consistent row relative to an evaluation date. */
const row = (date: IsoDate) =>
  fc
    .record({
      customerId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
      amountOpenCents: fc.integer({ min: 1, max: 200_000 }).map(asCents),
      unpaidTerms: fc.integer({ min: 1, max: 8 }),
      age: fc.integer({ min: 0, max: 400 }),
      spread: fc.integer({ min: 0, max: 200 }),
      inDebtArrangement: fc.boolean(),
      contractEndIn: fc.option(fc.integer({ min: 0, max: 60 })),
    })
    .map(({ age, spread, unpaidTerms, contractEndIn, ...r }): LedgerRow => {
      const oldestDueDate = plusDays(date, -age);
      const newestDueDate =
        unpaidTerms === 1 ? oldestDueDate : plusDays(oldestDueDate, Math.min(spread, age));
      return ledgerRow({
        ...r,
        unpaidTerms,
        oldestDueDate,
        newestDueDate,
        ...(contractEndIn === null ? {} : { contractEndDate: plusDays(date, contractEndIn) }),
      });
    });

/** A date and a ledger of up to 25 rows for it, some of them anything at all. */
const ledgerOnDate = onDate.chain((d) =>
  fc.tuple(
    fc.constant(d),
    fc.array(fc.oneof({ weight: 4, arbitrary: row(d) }, { weight: 1, arbitrary: fc.anything() }), {
      maxLength: 25,
    }),
  ),
);

describe('criteria properties', () => {
  test.prop([onDate.chain((d) => fc.tuple(fc.constant(d), row(d), fc.integer({ min: 0, max: 500_000 })))])(
    'raising the amount never turns deliver into not-deliver (floor-only amount condition)',
    ([date, r, raise]) => {
      const before = evaluateCriteria(table, r, date);
      const after = evaluateCriteria(table, { ...r, amountOpenCents: r.amountOpenCents + raise }, date);
      expect(before.ok && after.ok).toBe(true);
      if (before.ok && after.ok && before.value.deliver) {
        expect(after.value.deliver).toBe(true);
        expect(after.value.kind).toBe(before.value.kind);
      }
    },
  );

  test.prop([ledgerOnDate])(
    'evaluateLedger accounts for every row exactly once, in input order',
    ([date, rows]) => {
      const r = evaluateLedger(table, rows, date);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const { counts, delivered, notDelivered, invalid } = r.value;
      expect(counts.rows).toBe(rows.length);
      expect(counts.delivered + counts.notDelivered + counts.invalid).toBe(counts.rows);
      expect(Object.values(counts.byKind).reduce((a, b) => a + b, 0)).toBe(counts.delivered);
      expect(
        delivered.every((e) => e.deliver && e.deliveryDate !== undefined && e.deliveryDate >= date),
      ).toBe(true);
      expect(notDelivered.every((e) => !e.deliver && e.deliveryDate === undefined)).toBe(true);
      const indexes = invalid.map((i) => i.index);
      expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
      const accepted = new Set([...delivered, ...notDelivered].map((e) => e.customerId));
      expect(accepted.size).toBe(delivered.length + notDelivered.length); // duplicates are rejected
    },
  );

  test.prop([ledgerOnDate])(
    'visitLedger visits each row once, in input order, with what evaluateLedger keeps',
    ([date, rows]) => {
      const visited: LedgerRowOutcome[] = [];
      const v = visitLedger(table, rows, date, (o) => visited.push(o));
      const r = evaluateLedger(table, rows, date);
      if (!v.ok || !r.ok) throw new Error('the table resolves on every date here');
      expect(visited.map((o) => o.index)).toEqual(rows.map((_, i) => i));
      expect(v.value.counts).toEqual(r.value.counts);
      const evaluations = visited.flatMap((o) => ('evaluation' in o ? [o.evaluation] : []));
      expect(evaluations.filter((e) => e.deliver)).toEqual(r.value.delivered);
      expect(evaluations.filter((e) => !e.deliver)).toEqual(r.value.notDelivered);
      expect(visited.flatMap((o) => ('invalid' in o ? [o.invalid] : []))).toEqual(r.value.invalid);
    },
  );

  test.prop([ledgerOnDate])(
    'ledgerEvaluator: rows given one at a time are numbered in turn, and the counts add up after each',
    ([date, rows]) => {
      const evaluator = ledgerEvaluator(table, date);
      if (!evaluator.ok) throw new Error('the table resolves on every date here');
      rows.forEach((row, i) => {
        const o = evaluator.value.next(row);
        expect(o.index).toBe(i);
        const c = evaluator.value.counts();
        expect(c.rows).toBe(i + 1);
        expect(c.delivered + c.notDelivered + c.invalid).toBe(c.rows);
        expect(Object.values(c.byKind).reduce((a, b) => a + b, 0)).toBe(c.delivered);
      });
      // counts() is a copy: changing it changes nothing
      evaluator.value.counts().rows = -1;
      expect(evaluator.value.counts().rows).toBe(rows.length);
    },
  );

  test.prop([fc.integer({ min: 1, max: 3000 }).map((n) => plusDays('2021-01-01', -n))])(
    'ledgerEvaluator fails before any row on a date before the table is in effect',
    (date) => {
      const evaluator = ledgerEvaluator(table, date);
      expect(evaluator.ok).toBe(false);
      if (!evaluator.ok) expect(evaluator.issues[0]?.code).toBe('parameter_not_in_effect');
    },
  );

  const history = fc.array(
    fc.record({
      month: fc.integer({ min: 0, max: 11 }).map((m) => `2026-${String(m + 1).padStart(2, '0')}`),
      partnerId: fc.constantFrom('p1', 'p2'),
      customerId: fc.constantFrom('c1', 'c2', 'c3'),
      amountOpenCents: fc.integer({ min: 1, max: 50_000 }),
      unpaidTerms: fc.integer({ min: 0, max: 2 }),
      arrearAgeDays: fc.integer({ min: 0, max: 60 }),
    }),
    { maxLength: 40 },
  );
  const unique = <E extends { partnerId: string; customerId: string; month: string }>(h: E[]) => {
    const seen = new Set<string>();
    return h.filter((e) => {
      const k = `${e.partnerId}|${e.customerId}|${e.month}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };

  test.prop([
    history
      .map(unique)
      .chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length }))),
  ])('chronic detection is invariant under shuffling the history', ([h, shuffled]) => {
    expect(findChronicLatePayers(shuffled)).toEqual(findChronicLatePayers(h));
  });

  test.prop([history.map(unique), fc.integer({ min: 1, max: 6 })])(
    'every reported run is long enough, consecutive and made of qualifying entries',
    (h, minMonths) => {
      const r = findChronicLatePayers(h, { minMonths });
      if (!r.ok) throw new Error('unexpected issues');
      for (const p of r.value) {
        expect(p.months).toBeGreaterThanOrEqual(minMonths);
        expect(p.evidence).toHaveLength(p.months);
        p.evidence.forEach((e, i) => {
          expect(e.unpaidTerms).toBe(1);
          expect(e.arrearAgeDays).toBeGreaterThanOrEqual(15);
          expect(e.arrearAgeDays).toBeLessThanOrEqual(45);
          expect(Number(e.month.slice(5))).toBe(Number(p.from.slice(5)) + i);
        });
      }
    },
  );
});
