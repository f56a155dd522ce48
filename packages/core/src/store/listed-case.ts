// A stored case as a list shows it (the CLI's `cases list`, the service's cases route): ids,
// statuses, bucket and counts — no household key, no names, no amounts per signal.
import type { StoredCase } from './types';

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
