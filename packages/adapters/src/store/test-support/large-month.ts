// A stored month of a national size — more JSON values than core's JSON_LIMITS allow in one
// document (a national month's ~57,000 cases hold ~4.6 million) — made cheaply: the example
// October's cases again and again, each copy with case and signal ids of its own, served by a
// store that holds just that month. Not part of the public API.
import {
  type CaseId,
  type CaseStore,
  JSON_LIMITS,
  type MunicipalityCode,
  numberedCaseId,
  ok,
  type SignalId,
  type StoredMonth,
  type StoredMonthSummary,
} from '@signaalreis/core';
import type { CaseFile } from '../../cases/case-file';
import { storedMonthOf } from '../stored-month';
import { exampleMonths } from './months';

/** How many values a JSON value holds, as `checkJsonValue` counts them (every object, array and scalar). */
export function jsonValues(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  let n = 1;
  for (const v of Object.values(value)) n += jsonValues(v);
  return n;
}

/**
 * The example October (type-medium) as one month of `municipality` with more values than
 * `JSON_LIMITS.maxValues`: its cases copied until they are, copy `k` with case numbers after the
 * copies before it and each signal id suffixed `-k`.
 */
export async function largeMonthFile(municipality: MunicipalityCode): Promise<CaseFile> {
  const october = (await exampleMonths())[2];
  if (!october) throw new Error('no example October');
  const base = october.file.cases;
  const perCopy = jsonValues(base);
  const copies = Math.ceil((JSON_LIMITS.maxValues + 1) / perCopy) + 1;
  const count = copies * base.length;
  const cases: CaseFile['cases'] = [];
  for (let k = 0; k < copies; k++)
    for (const [i, c] of base.entries())
      cases.push({
        ...c,
        caseId: numberedCaseId(october.month, k * base.length + i + 1, count) as CaseId,
        signalIds: c.signalIds.map((id) => `${id}-${k}` as SignalId),
        signals: c.signals.map((s) => ({ ...s, signalId: `${s.signalId}-${k}` as SignalId })),
      });
  return { ...october.file, municipality, cases };
}

/**
 * A store that holds one month (what `store.months`, `cases`, `deliverySignals` and `close` give;
 * `saveLifecycle` keeps nothing; anything else throws): for the commands that read a month from the
 * store.
 */
export function oneMonthStore(month: StoredMonth, storedAt = '2026-11-02T09:00:00Z'): CaseStore {
  const summary: StoredMonthSummary = {
    municipality: month.municipality,
    month: month.month,
    preset: month.preset,
    decidedOn: month.decidedOn,
    cases: month.cases.length,
    signals: month.signals.length,
    storedAt,
  };
  const held = (code: MunicipalityCode) => code === month.municipality;
  const served: Partial<CaseStore> = {
    months: async (code) => ok(held(code) ? [summary] : []),
    cases: async (code, m) => ok(held(code) && m === month.month ? month.cases : []),
    deliverySignals: async () => ok([]),
    // a feedback run's records: nothing kept, the output folder written as inside a transaction
    saveLifecycle: async (u, options) => {
      await options?.beforeCommit?.();
      return ok({ records: u.records.length, feedback: u.feedback.length });
    },
    close: async () => {},
  };
  return new Proxy(served as CaseStore, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (value !== undefined || typeof key === 'symbol' || key === 'then') return value;
      return () => {
        throw new Error(`oneMonthStore: ${String(key)} is not served`);
      };
    },
  });
}

/** {@link largeMonthFile} as a stored month. */
export async function largeStoredMonth(municipality: MunicipalityCode): Promise<StoredMonth> {
  return storedMonthOf(await largeMonthFile(municipality), municipality);
}
