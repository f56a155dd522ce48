// The stored months of a period as case files: what an export over several months and
// municipalities (DDAS, reports) reads, in the shape `signaalreis run` writes to cases.json.
import {
  type CaseStore,
  type IsoMonth,
  type MunicipalityCode,
  ok,
  type Result,
  type StoredMonthSummary,
} from '@signaalreis/core';
import type { CaseFile } from '../cases/case-file';
import { caseFileOfStored } from './stored-month';

/**
 * The case files of every stored month from `from` to `to` (both included) of each of
 * `municipalities`, each case with its lifecycle record when it has one — the shape of a run's
 * `cases.json` after `signaalreis feedback`. Ordered by municipality as given, then month. A
 * municipality without months in the period gives none; a store failure is a failed Result.
 *
 * @example
 * ```ts
 * import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
 * import { caseFilesOfPeriod, openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore('data/store');
 * if (opened.ok) {
 *   const files = await caseFilesOfPeriod(opened.value, [asMunicipalityCode('0363'), asMunicipalityCode('0518')], asIsoMonth('2026-07'), asIsoMonth('2026-12'));
 *   if (files.ok) files.value.map((f) => `${f.municipality} ${f.month}: ${f.cases.length}`); // e.g. ['0363 2026-09: 216', …]
 *   await opened.value.close();
 * }
 * ```
 */
export async function caseFilesOfPeriod(
  store: CaseStore,
  municipalities: readonly MunicipalityCode[],
  from: IsoMonth,
  to: IsoMonth,
): Promise<Result<CaseFile[]>> {
  const listed = await monthsOfPeriod(store, municipalities, from, to);
  if (!listed.ok) return listed;
  const out: CaseFile[] = [];
  for (const m of listed.value) {
    const file = await caseFileOfMonth(store, m);
    if (!file.ok) return file;
    out.push(file.value);
  }
  return ok(out);
}

/**
 * The stored months from `from` to `to` (both included) of each of `municipalities`, listed without
 * their cases (how many each holds is in the summary), in the order of {@link caseFilesOfPeriod}:
 * to read a long period a month at a time with {@link caseFileOfMonth}, never all of it at once.
 *
 * @example
 * ```ts
 * import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
 * import { caseFileOfMonth, monthsOfPeriod, openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore('data/store');
 * if (opened.ok) {
 *   const listed = await monthsOfPeriod(opened.value, [asMunicipalityCode('0363')], asIsoMonth('2026-01'), asIsoMonth('2026-12'));
 *   if (listed.ok)
 *     for (const m of listed.value) {
 *       const file = await caseFileOfMonth(opened.value, m); // one month's cases held at a time
 *       if (file.ok) file.value.cases.length === m.cases; // true (unless purged in between)
 *     }
 *   await opened.value.close();
 * }
 * ```
 */
export async function monthsOfPeriod(
  store: CaseStore,
  municipalities: readonly MunicipalityCode[],
  from: IsoMonth,
  to: IsoMonth,
): Promise<Result<StoredMonthSummary[]>> {
  const out: StoredMonthSummary[] = [];
  for (const municipality of municipalities) {
    const months = await store.months(municipality);
    if (!months.ok) return months;
    out.push(...months.value.filter((x) => x.month >= from && x.month <= to));
  }
  return ok(out);
}

/** One stored month listed by {@link monthsOfPeriod} as a case file (each case with its lifecycle record when it has one). */
export async function caseFileOfMonth(
  store: CaseStore,
  month: StoredMonthSummary,
): Promise<Result<CaseFile>> {
  const cases = await store.cases(month.municipality, month.month);
  if (!cases.ok) return cases;
  return ok(caseFileOfStored(month, cases.value));
}
