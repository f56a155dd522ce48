// A run's month stored in parts (storedMonthParts, saveMonthInParts; `run --store`): the parts
// together are the month made whole (storedMonthOf of its case file) whatever the part size, and a
// store given them holds what `saveMonth` of the whole month holds — its cases, its history, its
// counts and its audit entry — on PGlite and on a PostgreSQL server.
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveRunMonth } from './save-run';
import { STORE_PART_CASES, storedMonthParts } from './stored-month';
import { BACKENDS, storeOfBlock, withoutParts } from './test-support/backends';
import { type ExampleMonth, exampleMonths, storedExample } from './test-support/months';
import { codesFrom, value } from './test-support/results';

const code = codesFrom(940);
const sizes = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(0, -2, 2.5, Number.NaN));

/** The parts of a month, taken as a store takes them, joined again. */
function joined(m: ExampleMonth, size: number) {
  const parts = [...storedMonthParts(m.planned, 'type-medium', asMunicipalityCode('0363'), size).parts];
  return { parts, cases: parts.flatMap((p) => p.cases), signals: parts.flatMap((p) => p.signals) };
}

let months: ExampleMonth[];
beforeAll(async () => {
  months = await exampleMonths();
}, 120_000);

describe('a month in parts', () => {
  test.prop([fc.integer({ min: 0, max: 2 }), sizes], { numRuns: 20 })(
    'is the month made whole, in the same order, whatever the part size',
    (i, size) => {
      const m = months[i] as ExampleMonth;
      const whole = storedExample(m, asMunicipalityCode('0363'));
      const { parts, cases, signals } = joined(m, size);
      expect(cases).toEqual(whole.cases);
      expect(signals).toEqual(whole.signals);
      const step = Number.isSafeInteger(size) && size >= 1 ? size : STORE_PART_CASES;
      expect(parts).toHaveLength(Math.ceil(whole.cases.length / step));
      // each part's signals are its own cases'
      for (const p of parts) {
        const ids = new Set(p.cases.map((c) => c.caseId));
        expect(p.signals.every((s) => ids.has(s.caseId))).toBe(true);
      }
    },
  );

  it('has parts to compare (the property above is not about empty months)', () => {
    expect(months.map((m) => m.planned.journeys.length).every((n) => n > 100)).toBe(true);
  });
});

describe.each(BACKENDS)('a month stored in parts on $name', (backend) => {
  const storeOf = storeOfBlock(backend);

  /** What a store holds of a municipality: months, the cases of each, the history after them, the audit's details. */
  async function held(municipality: ReturnType<typeof code>) {
    const stored = value(await storeOf().months(municipality));
    const cases = [];
    for (const m of stored) cases.push(value(await storeOf().cases(municipality, m.month)));
    const history = value(await storeOf().history(municipality, asIsoMonth('2027-01')));
    const audit = value(await storeOf().audit(municipality)).map((a) => [a.action, a.month, a.details]);
    return { months: stored.map(({ storedAt: _, ...m }) => m), cases, history, audit };
  }

  test.prop([fc.array(sizes, { minLength: 3, maxLength: 3 })], { numRuns: 4 })(
    'holds what the month stored whole holds',
    async (partSizes) => {
      const [whole, inParts] = [code(), code()];
      for (const [i, m] of months.entries()) {
        const month = storedExample(m, whole);
        expect(value(await storeOf().saveMonth(month))).toEqual({ replaced: false });
        const parts = storedMonthParts(m.planned, 'type-medium', inParts, partSizes[i] as number);
        expect(value(await storeOf().saveMonthInParts(parts))).toEqual({
          replaced: false,
          cases: month.cases.length,
          signals: month.signals.length,
        });
      }
      const [a, b] = [await held(whole), await held(inParts)];
      expect(b.months.map((m) => ({ ...m, municipality: whole }))).toEqual(a.months);
      expect(b.cases).toEqual(a.cases);
      expect(b.history).toEqual(a.history);
      expect(b.audit).toEqual(a.audit);
      expect(a.cases.flat().length).toBeGreaterThan(500);
    },
    300_000,
  );

  it('refuses a month stored already, and stores nothing of a month whose part fails', async () => {
    const m = months[0] as ExampleMonth;
    const municipality = code();
    const parts = () => storedMonthParts(m.planned, 'type-medium', municipality, 50);
    value(await storeOf().saveMonthInParts(parts()));
    const again = await storeOf().saveMonthInParts(parts());
    expect(again.ok ? 'stored' : again.issues.map((i) => i.code)).toEqual(['month_exists']);
    // a part that cannot be written (a signal id PostgreSQL cannot hold) fails the whole month
    const other = code();
    const spoilt = storedMonthParts(m.planned, 'type-medium', other, 50);
    const taken = [...spoilt.parts];
    const last = taken.at(-1);
    const first = last?.signals[0];
    if (!last || !first) throw new Error('no signal to spoil');
    last.signals[0] = { ...first, signalId: `${first.signalId}\ud800` as typeof first.signalId };
    const r = await storeOf().saveMonthInParts({ ...spoilt, parts: taken });
    expect(r.ok ? 'stored' : r.issues.map((i) => i.code)).toEqual(['store_failed']);
    expect(value(await storeOf().months(other))).toEqual([]);
  }, 120_000);

  it('saveRunMonth: in parts with a store that takes parts, whole with one that does not — the same rows, the same buckets', async () => {
    const m = months[1] as ExampleMonth;
    const [inParts, whole] = [code(), code()];
    const seen: number[][] = [];
    const parted = value(
      await saveRunMonth(storeOf(), m.planned, 'type-medium', inParts, {
        beforePart: (p) => seen.push([p.cases.length]),
        partCases: 37,
      }),
    );
    // a vendor's store without saveMonthInParts
    const noParts = withoutParts(storeOf());
    const wholes: number[] = [];
    const made = value(
      await saveRunMonth(noParts, m.planned, 'type-medium', whole, {
        beforePart: (p) => wholes.push(p.cases.length),
      }),
    );
    const n = m.planned.journeys.length;
    expect(seen).toHaveLength(Math.ceil(n / 37));
    expect(seen.flat().reduce((a, b) => a + b, 0)).toBe(n);
    expect(wholes).toEqual([n]);
    expect(made).toEqual(parted);
    const [a, b] = [await held(inParts), await held(whole)];
    expect(a.cases).toEqual(b.cases);
    expect(a.history).toEqual(b.history);
    const counted: Record<string, number> = {};
    for (const c of a.cases.flat()) counted[c.worklistBucket] = (counted[c.worklistBucket] ?? 0) + 1;
    expect(parted.buckets).toEqual(counted);
    expect(Object.keys(counted).length).toBeGreaterThan(2);
    // stored already: refused, nothing changed
    const again = await saveRunMonth(storeOf(), m.planned, 'type-medium', inParts);
    expect(again.ok ? 'stored' : again.issues.map((i) => i.code)).toEqual(['month_exists']);
    expect((await held(inParts)).cases).toEqual(a.cases);
  }, 120_000);
});
