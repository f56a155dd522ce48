// The one call for a month (phases 3 of the journey): signals + history + configuration + lookups →
// cases with intake decisions, every signal accounted for.
import { deliveryDay } from '../calendar/delivery';
import { DEFAULT_INTAKE_CONFIG, type IntakeConfig } from '../intake/config';
import { intakeCase } from '../intake/intake-case';
import type { IntakeLookups } from '../intake/lookups';
import type { IntakeBucket, IntakeDecision } from '../intake/types';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig } from '../matching/config';
import type { HistoryEntry } from '../matching/history';
import { matchMonth } from '../matching/match-month';
import type { Case, MonthMatch } from '../matching/types';
import type { DdasSignalStatus } from '../model/enums';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Signal } from '../model/signal';

/**
 * What {@link runMonth} reads.
 *
 * @example
 * ```ts
 * import type { MonthInput } from '@signaalreis/core';
 * const input: MonthInput = { month: '2026-10', signals: [] };
 * ```
 */
export interface MonthInput {
  month: IsoMonth;
  signals: readonly Signal[];
  history?: readonly HistoryEntry[];
  matching?: MatchingConfig;
  intake?: IntakeConfig;
  lookups?: IntakeLookups;
  /** The date intake decides on; default: the month's delivery day (the 25th or the next working day). */
  decidedOn?: IsoDate;
  /** Called after each case's intake, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The result of {@link runMonth}: a journey per case with its `match` and `intake` sections, in
 * rank order, and what matching set aside.
 *
 * @example
 * ```ts
 * import type { MonthResult } from '@signaalreis/core';
 * const pickedUp = (r: MonthResult) => r.counts.byOutcome['picked-up'];
 * ```
 */
export interface MonthResult {
  month: IsoMonth;
  decidedOn: IsoDate;
  journeys: IntakenJourney[];
  /** Matching's view: set-aside and invalid signals, input issues and matching counts. */
  matching: Omit<MonthMatch, 'journeys'>;
  /** Warnings about the run as a whole (e.g. `lookup_unused`: a register was given but the check is off). */
  issues: Issue[];
  counts: {
    signals: number;
    cases: number;
    byOutcome: Record<IntakeOutcome, number>;
    bySignalStatus: Partial<Record<DdasSignalStatus, number>>;
  };
}

function finalBucket(c: Case, d: IntakeDecision): Pick<MonthCase, 'status' | 'bucket'> {
  if (c.manualReview && d.bucket === 'picked-up')
    return { status: 'Nog niet opgepakt', bucket: 'manual-review' };
  return { status: d.status, bucket: d.bucket };
}

/**
 * Runs matching and intake for a month: groups the signals into cases per household (with
 * history: matches across months, repeats, recidive), then decides each case's intake with the
 * configuration and the two lookups (population register, debt assistance). Cases come in rank
 * order; every signal is in exactly one case or in `matching.setAside`. Deterministic; lookups are
 * called one case at a time, in rank order.
 *
 * @example
 * ```ts
 * import { runMonth } from '@signaalreis/core';
 * const r = await runMonth({ month: '2026-10', signals: october });
 * r.counts.byBucket; // { 'picked-up': 180, crisis: 3, 'manual-review': 2, 'not-picked-up': 21 }
 * ```
 */
export async function runMonth(input: MonthInput): Promise<MonthResult> {
  const matched = matchMonth({
    month: input.month,
    signals: input.signals,
    history: input.history ?? [],
    config: input.matching ?? DEFAULT_MATCHING_CONFIG,
  });
  const decidedOn = input.decidedOn ?? deliveryDay(input.month);
  const config = input.intake ?? DEFAULT_INTAKE_CONFIG;
  const cases: MonthCase[] = [];
  for (const c of matched.cases) {
    const intake = await intakeCase(c, config, input.lookups ?? {}, decidedOn);
    cases.push({ case: c, intake, ...finalBucket(c, intake) });
    input.onProgress?.(cases.length, matched.cases.length);
  }
  const byBucket: Record<IntakeBucket, number> = {
    'picked-up': 0,
    crisis: 0,
    'manual-review': 0,
    'not-picked-up': 0,
  };
  const byStatus: Partial<Record<DdasSignalStatus, number>> = {};
  for (const c of cases) {
    byBucket[c.bucket] += 1;
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  }
  const { cases: _omit, ...rest } = matched;
  return {
    month: input.month,
    decidedOn,
    cases,
    matching: rest,
    counts: { signals: input.signals.length, cases: cases.length, byBucket, byStatus },
  };
}
