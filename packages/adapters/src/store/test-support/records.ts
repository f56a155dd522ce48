// Lifecycle records for stored example cases, made as `signaalreis feedback` makes them: created on
// the delivery day, a contact attempt for some, the timers applied on a later date. Not part of the
// public API.

import type { LifecycleUpdate, StoredCase, StoredMonth } from '@signaalreis/core';
import {
  applyDue,
  asIsoDate,
  type CaseRecord,
  deliveryDay,
  type IsoDate,
  type LifecycleTable,
  recordAttempt,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { recordOf } from '../../cases/record-of';
import { closedOn } from '../stored-month';

/** The ddas lifecycle table. */
export function ddas(): LifecycleTable {
  const t = lifecyclePreset('ddas');
  if (!t.ok) throw new Error('ddas does not load');
  return t.value;
}

/**
 * Records for every case of a stored month: every third case with a plan gets a phone attempt
 * (reached for every sixth), then the timers due on `on` are applied (the automatic closure after
 * 28 days closes the rest).
 */
export function recordsFor(month: StoredMonth, on: IsoDate): LifecycleUpdate {
  const table = ddas();
  const start = deliveryDay(month.month);
  const records: LifecycleUpdate['records'] = [];
  month.cases.forEach((c: StoredCase, i) => {
    const made = recordOf(table, c.data, i, start);
    if (!made.record) throw new Error(`no record for ${c.caseId}: ${made.issues[0]?.message.en}`);
    let record: CaseRecord = made.record;
    if (i % 3 === 0 && record.plan) {
      const tried = recordAttempt(
        record,
        { kind: 'Telefoon', reached: i % 6 === 0, date: asIsoDate(start), partOfDay: 'Middag' },
        table,
        start,
      );
      if (tried.ok) record = tried.value;
    }
    const applied = applyDue(record, table, on);
    if (applied.ok) record = applied.value.record;
    const closed = closedOn(record, table);
    records.push({ caseId: c.caseId, record, ...(closed ? { closedOn: closed } : {}) });
  });
  return { municipality: month.municipality, month: month.month, on, records, feedback: [] };
}
