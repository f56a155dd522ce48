// A run's month into a case store: in parts when the store takes parts (`saveMonthInParts`), each
// part's case-file entries made when the store writes it; whole through `saveMonth` otherwise (a
// vendor's own store). One way for the command line's `run --store` and the service's run route.
import type {
  CaseStore,
  MunicipalityCode,
  PlannedMonth,
  Result,
  SaveMonthOptions,
  StoredCase,
  StoredSignal,
} from '@signaalreis/core';
import { ok } from '@signaalreis/core';
import { plannedCaseFile } from '../cases/run-output';
import { STORE_PART_CASES, storedMonthOf, storedMonthParts } from './stored-month';

/** One part of a month as the store takes it: its cases and their signals. */
type Part = { cases: StoredCase[]; signals: StoredSignal[] };

/** What {@link saveRunMonth} stored, and the cases per worklist bucket (an intake outcome for a case on no worklist). */
export interface SavedRunMonth {
  replaced: boolean;
  cases: number;
  signals: number;
  buckets: Record<string, number>;
}

/** How {@link saveRunMonth} stores: the store's own options, and how the month is taken in parts. */
export interface SaveRunMonthOptions extends SaveMonthOptions {
  /** Called with each part when it is made, before it is written (the command line collects the heap there). */
  beforePart?: (part: { cases: readonly StoredCase[]; signals: readonly StoredSignal[] }) => void;
  /** Cases per part (default {@link STORE_PART_CASES}; a bad number means the default). */
  partCases?: number;
}

/**
 * Stores a run's month (`runPresetMonth`'s planned month) for one municipality, the same rows either way:
 * in parts of `partCases` cases when the store has `saveMonthInParts` (a national month's case-file
 * entries are then never all made at once), else made whole and given to `saveMonth` (`beforePart`
 * then sees the month as one part). Refusals are the store's (`month_exists`, `month_has_records`, …), nothing stored.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode, type CaseStore, type PlannedMonth } from '@signaalreis/core';
 * import { saveRunMonth } from '@signaalreis/adapters/store';
 * declare const store: CaseStore;
 * declare const planned: PlannedMonth; // runPresetMonth(…).value
 * const saved = await saveRunMonth(store, planned, 'type-medium', asMunicipalityCode('0363'));
 * if (saved.ok) saved.value.buckets; // { visit: 12, letter: 80, … }: what the month's worklists hold
 * ```
 */
export async function saveRunMonth(
  store: CaseStore,
  m: PlannedMonth,
  preset: string,
  municipality: MunicipalityCode,
  options: SaveRunMonthOptions = {},
): Promise<Result<SavedRunMonth>> {
  const { beforePart = () => {}, partCases = STORE_PART_CASES, ...saveOptions } = options;
  const buckets: Record<string, number> = {};
  const counted = (part: Part) => {
    for (const c of part.cases) buckets[c.worklistBucket] = (buckets[c.worklistBucket] ?? 0) + 1;
    beforePart(part);
    return part;
  };
  if (store.saveMonthInParts) {
    const month = storedMonthParts(m, preset, municipality, partCases);
    const parts = month.parts;
    const saved = await store.saveMonthInParts(
      {
        ...month,
        parts: {
          *[Symbol.iterator]() {
            for (const part of parts) yield counted(part);
          },
        },
      },
      saveOptions,
    );
    return saved.ok ? ok({ ...saved.value, buckets }) : saved;
  }
  const month = storedMonthOf(plannedCaseFile(m, preset, municipality), municipality);
  counted(month);
  const saved = await store.saveMonth(month, saveOptions);
  return saved.ok
    ? ok({ ...saved.value, cases: month.cases.length, signals: month.signals.length, buckets })
    : saved;
}
