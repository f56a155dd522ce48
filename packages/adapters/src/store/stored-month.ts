// Between the case file and the store: a run's case file becomes the month to store (the same
// cases, the same history entries), and stored cases become a case file again for `feedback`.
import type {
  CaseRecord,
  IsoDate,
  JsonLimits,
  LifecycleTable,
  MunicipalityCode,
  PlannedMonth,
  Result,
  StoredCase,
  StoredMonth,
  StoredMonthParts,
  StoredMonthSummary,
  StoredSignal,
} from '@signaalreis/core';
import { type CaseFile, FULL_CASE_FILE_FORMAT, historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { plannedCaseFile } from '../cases/run-output';

/**
 * The JSON limits a stored month is read against as a case file (`readStoredMonth`; project
 * default): core's `JSON_LIMITS` without the count of values. A national month's ~57,000 cases hold ~4.6 million
 * values, more than one document may (4 million); the count guards the reading of a text, and a
 * stored month is no text — its rows are in memory already, each case within core's limits when it
 * was read (a large case file is counted a case at a time too, `caseFileValueFromLines`). Nesting
 * and the length of strings are still checked.
 *
 * @example
 * ```ts
 * import { STORED_MONTH_LIMITS } from '@signaalreis/adapters/store';
 * STORED_MONTH_LIMITS.maxValues === Number.MAX_SAFE_INTEGER; // true
 * ```
 */
export const STORED_MONTH_LIMITS: Readonly<Partial<JsonLimits>> = Object.freeze({
  maxValues: Number.MAX_SAFE_INTEGER,
});

/**
 * A stored month (`caseFilesOfPeriod`, `caseFileOfStored`) read as a case file, with the checks of
 * `readCaseFile` (anyone may edit a store) and the limits of {@link STORED_MONTH_LIMITS}: a
 * national month reads, as its case file does.
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * import { readStoredMonth } from '@signaalreis/adapters/store';
 * declare const october: CaseFile; // caseFilesOfPeriod(…).value[0]: 57,000 cases
 * readStoredMonth(october).ok; // true, where readCaseFile(october) refuses it (more than 4,000,000 values)
 * ```
 */
export function readStoredMonth(file: CaseFile): Result<CaseFile> {
  return readCaseFile(file, STORED_MONTH_LIMITS);
}

/**
 * The day a lifecycle record was closed: the day of the audit entry that brought it into its
 * current status, when that status is final in the table; `undefined` while the case is open
 * (retention counts from this day).
 *
 * @example
 * ```ts
 * import type { CaseRecord, LifecycleTable } from '@signaalreis/core';
 * import { closedOn } from '@signaalreis/adapters/store';
 * declare const record: CaseRecord; // closed by the automatic closure on 2026-11-23
 * declare const ddas: LifecycleTable;
 * closedOn(record, ddas); // '2026-11-23'
 * ```
 */
export function closedOn(record: CaseRecord, table: LifecycleTable): IsoDate | undefined {
  const final = table.statuses.find((s) => s.id === record.status)?.final === true;
  const last = record.audit.at(-1);
  return final && last ? (last.at.slice(0, 10) as IsoDate) : undefined;
}

/**
 * A run's case file (`plannedCaseFile` of `@signaalreis/adapters/cases`) as the month to store:
 * each case with its typed keys and its case-file entry as data (the record apart), and each
 * signal as the history entry `historyFromCaseFile` gives for it, without `reached` (the store
 * reads that from the case's record). `closedAt` gives each record's closing day when the file
 * holds records.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode, type PlannedMonth } from '@signaalreis/core';
 * import { plannedCaseFile } from '@signaalreis/adapters/cases';
 * import { storedMonthOf } from '@signaalreis/adapters/store';
 * declare const planned: PlannedMonth; // runPresetMonth(…).value
 * const month = storedMonthOf(plannedCaseFile(planned, 'type-medium'), asMunicipalityCode('0363'));
 * month.signals.length; // one per signal of the month, each with its caseId
 * ```
 */
export function storedMonthOf(
  file: CaseFile,
  municipality: MunicipalityCode,
  closedAt: (record: CaseRecord) => IsoDate | undefined = () => undefined,
): StoredMonth {
  const cases: StoredCase[] = [];
  const signals: StoredSignal[] = [];
  for (const c of file.cases) {
    const { record, ...data } = c as typeof c & { record?: CaseRecord };
    const bucket = typeof c.worklistBucket === 'string' ? c.worklistBucket : c.intakeOutcome;
    const closed = record ? closedAt(record) : undefined;
    cases.push({
      caseId: c.caseId,
      householdKey: c.householdKey,
      signalStatus: c.signalStatus,
      intakeOutcome: c.intakeOutcome,
      worklistBucket: bucket,
      ...(c.reached === undefined ? {} : { reached: c.reached }),
      data,
      ...(record ? { record } : {}),
      ...(closed ? { closedOn: closed } : {}),
    });
    for (const { reached: _reached, ...entry } of historyFromCaseFile({
      ...file,
      cases: [data] as CaseFile['cases'],
    }))
      signals.push({ ...entry, caseId: c.caseId });
  }
  return { municipality, month: file.month, preset: file.preset, decidedOn: file.decidedOn, cases, signals };
}

/**
 * Cases per part when a run's month is stored in parts (project default: as many as a page of the store's reads,
 * `STORE_READ_PAGE`; a national month's 57,000 full case-file entries made at once held ~300 MB more at
 * the peak of `run --store`: docs/performance.md, "Forty-fourth round").
 *
 * @example
 * ```ts
 * import { STORE_PART_CASES } from '@signaalreis/adapters/store';
 * Math.ceil(56_999 / STORE_PART_CASES); // 12: the parts of a national month
 * ```
 */
export const STORE_PART_CASES = 5000;

/**
 * A run's month as the store takes it in parts (`CaseStore.saveMonthInParts`): each part's cases
 * made into case-file entries (`plannedCaseFile`) and stored values ({@link storedMonthOf}) only when
 * the store asks for the part — the same cases and signals, in the same order, as `storedMonthOf`
 * of the month's whole case file.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode, type CaseStore, type PlannedMonth } from '@signaalreis/core';
 * import { storedMonthParts } from '@signaalreis/adapters/store';
 * declare const planned: PlannedMonth; // runPresetMonth(…).value, 57,000 cases
 * declare const store: CaseStore;
 * const month = storedMonthParts(planned, 'type-large', asMunicipalityCode('0363'));
 * await store.saveMonthInParts?.(month); // 12 parts of 5,000 cases, each made as it is written
 * ```
 */
export function storedMonthParts(
  m: PlannedMonth,
  preset: string,
  municipality: MunicipalityCode,
  size: number = STORE_PART_CASES,
): StoredMonthParts {
  const step = Number.isSafeInteger(size) && size >= 1 ? size : STORE_PART_CASES;
  const parts = function* () {
    for (let i = 0; i < m.journeys.length; i += step) {
      const part = { ...m, journeys: m.journeys.slice(i, i + step) };
      const { cases, signals } = storedMonthOf(plannedCaseFile(part, preset, municipality), municipality);
      yield { cases, signals };
    }
  };
  return {
    municipality,
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    parts: { [Symbol.iterator]: parts },
  };
}

/**
 * Stored cases as a case file again (the full form, format {@link FULL_CASE_FILE_FORMAT}): each case's data with its
 * record, as `signaalreis feedback` reads a case file.
 *
 * @example
 * ```ts
 * import type { StoredCase, StoredMonthSummary } from '@signaalreis/core';
 * import { readCaseFile } from '@signaalreis/adapters/cases';
 * import { caseFileOfStored } from '@signaalreis/adapters/store';
 * declare const month: StoredMonthSummary;
 * declare const cases: StoredCase[]; // store.cases(…).value
 * readCaseFile(caseFileOfStored(month, cases)).ok; // true: the same checks as a file
 * ```
 */
export function caseFileOfStored(month: StoredMonthSummary, cases: readonly StoredCase[]): CaseFile {
  return {
    format: FULL_CASE_FILE_FORMAT,
    month: month.month,
    preset: month.preset,
    decidedOn: month.decidedOn,
    municipality: month.municipality,
    cases: cases.map((c) => ({
      ...(c.data as CaseFile['cases'][number]),
      ...(c.record ? { record: c.record } : {}),
    })),
  };
}
