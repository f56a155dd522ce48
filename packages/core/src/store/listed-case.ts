// A stored case as a list shows it (the CLI's `cases list`, the service's cases route): ids,
// statuses, bucket and counts — no household key, no names, no amounts per signal.
import type { CaseStore } from './port';
import type { StoredCase, StoredMonthSummary } from './types';

/** One line of a list of stored cases. */
export interface ListedCase {
  caseId: string;
  signalStatus: string;
  intakeOutcome: string;
  worklistBucket: string;
  /** How many signals the case holds. */
  signals: number;
  /** The case's total arrears in cents (0 when the stored case has none). */
  totalAmountCents: number;
  /** The lifecycle status, once `feedback` made a record. */
  lifecycleStatus: string | null;
  /** The DDAS end result, once there is one. */
  result: string | null;
  closedOn: string | null;
}

/**
 * Which part of a stored month's list {@link CaseStore.caseList} answers: the cases after the
 * position `after` (a `next` of an earlier answer; default: from the first case), at most `limit`
 * of them (a positive integer; default: all). An `after` or `limit` that is not such a number is a
 * programming error (a `RangeError`): a service checks what its callers send first.
 */
export interface CaseListPage {
  after?: number;
  limit?: number;
}

/**
 * A stored month's list of cases, or a page of it: the lines in the month's order, how many cases
 * the month holds, when it was stored, and the `after` of the next page (`null` after the last
 * case). A page asked for after a month was stored again lists the cases of the new month: compare
 * `storedAt` to know.
 *
 * @example
 * ```ts
 * import type { CaseStore } from '@signaalreis/core/store';
 * import { asIsoMonth, asMunicipalityCode } from '@signaalreis/core';
 * declare const store: CaseStore;
 * const ids: string[] = [];
 * let after: number | undefined; // from the first case
 * do {
 *   const page = await store.caseList(asMunicipalityCode('0363'), asIsoMonth('2026-10'), { after, limit: 1000 });
 *   if (!page.ok) break;
 *   ids.push(...page.value.cases.map((c) => c.caseId));
 *   after = page.value.next ?? undefined; // null after the last case: the loop ends
 * } while (after !== undefined);
 * ```
 */
export interface CaseList {
  cases: ListedCase[];
  /** How many cases the month holds (fewer after a purge). */
  total: number;
  /** When the month was stored (as {@link StoredMonthSummary.storedAt}). */
  storedAt: string;
  /** The `after` of the next page; `null` when this page ends the month. */
  next: number | null;
}

/**
 * A stored case as one line of a list. The counts come from the case as the case file writes it
 * (`signalIds`, `totalAmountCents`); a case stored without them lists 0, not an error.
 *
 * @example
 * ```ts
 * import { listedCase, type StoredCase } from '@signaalreis/core/store';
 * declare const stored: StoredCase;
 * const line = listedCase(stored);
 * line.lifecycleStatus; // null until `feedback` made a record for the case
 * ```
 */
export function listedCase(c: StoredCase): ListedCase {
  const d = c.data as Record<string, unknown>;
  return {
    caseId: c.caseId,
    signalStatus: c.signalStatus,
    intakeOutcome: c.intakeOutcome,
    worklistBucket: c.worklistBucket,
    signals: Array.isArray(d.signalIds) ? d.signalIds.length : 0,
    totalAmountCents: typeof d.totalAmountCents === 'number' ? d.totalAmountCents : 0,
    lifecycleStatus: c.record?.status ?? null,
    result: c.record?.result ?? null,
    closedOn: c.closedOn ?? null,
  };
}
