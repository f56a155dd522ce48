// The stored months of a period as case files: what an export over several months and
// municipalities (DDAS, reports) reads, in the shape `signaalreis run` writes to cases.json.
import { type CaseStore, type IsoMonth, type MunicipalityCode, ok, type Result } from '@signaalreis/core';
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
  const out: CaseFile[] = [];
  for (const municipality of municipalities) {
    const months = await store.months(municipality);
    if (!months.ok) return months;
    for (const m of months.value.filter((x) => x.month >= from && x.month <= to)) {
      const cases = await store.cases(municipality, m.month);
      if (!cases.ok) return cases;
      out.push(caseFileOfStored(m, cases.value));
    }
  }
  return ok(out);
}
