// A stored case as the researcher's export counts it (the service's `GET /research/cases`): its
// household (to be pseudonymised), statuses, bucket, the sectors and number of its signals, its
// amount, channel, result and the day of the first attempt that reached the household — nothing of
// the signals' own data (names, addresses, contact data).
import type { StoredCase } from './types';

/** A stored case in outline: what a research row is made of. */
export interface CaseOutline {
  caseId: string;
  /** The household key (an address): pseudonymise it before it leaves the store's process. */
  householdKey: string;
  signalStatus: string;
  worklistBucket: string;
  /** How many signals the case holds (`signals`, else `signalIds`; 0 when neither is a list). */
  signals: number;
  /** The distinct sectors of its signals (`unknown` for a signal without one), sorted. */
  sectors: string[];
  /** The case's total arrears in cents (0 when the stored case has none). */
  totalAmountCents: number;
  primaryChannel: string | null;
  /** The lifecycle result, once there is one. */
  result: string | null;
  /** The earliest date of an attempt that reached the household, when there is one. */
  firstReachedOn: string | null;
}

const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * A stored case in outline — the definition `CaseStore.caseOutlines` answers by, read from the
 * store without the case's data.
 *
 * @example
 * ```ts
 * import { caseOutline, type StoredCase } from '@signaalreis/core/store';
 * declare const stored: StoredCase;
 * caseOutline(stored).sectors; // e.g. ['energy', 'unknown']: a signal without a sector counts as 'unknown'
 * ```
 */
export function caseOutline(c: StoredCase): CaseOutline {
  const d = c.data as Record<string, unknown>;
  const signals = list(d.signals);
  const sectors = new Set<string>();
  for (const s of signals ?? []) {
    const sector = (s as { sector?: unknown } | null)?.sector;
    sectors.add(sector === undefined || sector === null ? 'unknown' : String(sector));
  }
  const reached = (c.record?.attempts ?? [])
    .filter((a) => a.reached)
    .map((a) => a.date)
    .sort()[0];
  return {
    caseId: c.caseId,
    householdKey: c.householdKey,
    signalStatus: c.signalStatus,
    worklistBucket: c.worklistBucket,
    signals: signals?.length ?? list(d.signalIds)?.length ?? 0,
    sectors: [...sectors].sort(),
    totalAmountCents: typeof d.totalAmountCents === 'number' ? d.totalAmountCents : 0,
    primaryChannel: text(d.primaryChannel),
    result: c.record?.result ?? null,
    firstReachedOn: reached ?? null,
  };
}
