// A feedback run's records are written a thousand cases an UPDATE (updateRecords, case-record.ts):
// whatever the number per UPDATE, each case holds its own record afterwards, and no other case
// changes — on every backend.
import { asIsoDate, asIsoMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { updateRecords } from './case-record';
import { STORE_SCHEMA } from './schema';
import { BACKENDS, storeOfBlock } from './test-support/backends';
import { exampleMonths, storedExample } from './test-support/months';
import { recordsFor } from './test-support/records';
import { codesFrom, value } from './test-support/results';

const code = codesFrom(760);

describe.each(BACKENDS)('records written many to an UPDATE on $name', (backend) => {
  const storeOf = storeOfBlock(backend);

  it.each([1, 7, 1000])(
    '%i a statement: each case its own record, the cases left out untouched',
    async (per) => {
      const m = code();
      const oct = (await exampleMonths())[2];
      if (!oct) throw new Error('no October');
      const month = storedExample(oct, m);
      value(await storeOf().saveMonth(month));
      const update = recordsFor(month, asIsoDate('2026-11-30'));
      const some = update.records.filter((_, i) => i % 3 !== 1); // every third case keeps no record
      await storeOf()
        .db.transaction()
        .execute((trx) => updateRecords(trx, STORE_SCHEMA, m, some, per));
      const read = value(await storeOf().cases(m, asIsoMonth('2026-10')));
      const wanted = new Map(some.map((r) => [r.caseId as string, r]));
      expect(read).toHaveLength(month.cases.length);
      for (const c of read) {
        const w = wanted.get(c.caseId);
        expect(c.record ?? null).toEqual(w ? w.record : null);
        expect(c.closedOn).toEqual(w?.closedOn);
      }
      expect(some.length).toBeGreaterThan(100);
    },
  );
});
