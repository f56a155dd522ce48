// The figures of the monthly report: plain, typed, JSON-ready counts — no case ids, no household
// keys, no names. Per neighbourhood, small counts are suppressed (./suppression.ts).

import type { IntakeOutcome } from '../intake/types';
import type { DdasContactKind } from '../lifecycle/contact-kinds';
import type { Channel, DdasCaseResult, DdasSignalStatus, Sector, SignalKind, Team } from '../model/enums';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Issue } from '../model/issue';
import type { PublishedCount, SuppressionSummary } from './suppression';

/**
 * The `format` of the figures this version makes; a tool that reads `report.json` checks it.
 *
 * @example
 * ```ts
 * import { MONTHLY_REPORT_FORMAT } from '@signaalreis/core';
 * MONTHLY_REPORT_FORMAT; // 'signaalreis-report/1'
 * ```
 */
export const MONTHLY_REPORT_FORMAT = 'signaalreis-report/1';

/**
 * The month's signals of one partner (creditor).
 *
 * @example
 * ```ts
 * import type { PartnerFigures } from '@signaalreis/core';
 * const share = (p: PartnerFigures, total: number) => Math.round((100 * p.signals) / total);
 * ```
 */
export interface PartnerFigures {
  partnerId: string;
  /** The name the partner used most (ties: the first in code-unit order); absent when no signal named it. */
  partnerName?: string;
  /** The sector the partner used most (ties: the first in code-unit order). */
  sector: Sector;
  signals: number;
  /** Households with at least one signal of this partner. */
  households: number;
  amountCents: number;
}

/**
 * The measures counted per neighbourhood, in the order reports show them: signals, households,
 * matches, consecutive arrears at different creditors, recidive, and cases picked up at intake.
 *
 * @example
 * ```ts
 * import { NEIGHBOURHOOD_MEASURES, type NeighbourhoodRow, publishedCountText } from '@signaalreis/core';
 * const cells = (r: NeighbourhoodRow) => NEIGHBOURHOOD_MEASURES.map((m) => publishedCountText(r.counts[m]));
 * ```
 */
export const NEIGHBOURHOOD_MEASURES = [
  'signals',
  'households',
  'matches',
  'consecutiveCreditors',
  'recidive',
  'pickedUp',
] as const;

/**
 * One measure counted per neighbourhood (see {@link NEIGHBOURHOOD_MEASURES}).
 */
export type NeighbourhoodMeasure = (typeof NEIGHBOURHOOD_MEASURES)[number];

/**
 * One neighbourhood's row: its name (`fromPostcode`: no signal named a neighbourhood, so the four
 * digits of the postcode stand in) and its counts as published.
 *
 * @example
 * ```ts
 * import { publishedCountText, type NeighbourhoodRow } from '@signaalreis/core';
 * const line = (r: NeighbourhoodRow) => `${r.fromPostcode ? 'postcode ' : ''}${r.name}: ${publishedCountText(r.counts.signals)}`;
 * ```
 */
export interface NeighbourhoodRow {
  name: string;
  fromPostcode: boolean;
  counts: Record<NeighbourhoodMeasure, PublishedCount>;
}

/**
 * A count per value of a vocabulary (a DDAS status, a result, a channel …), every value present.
 *
 * @example
 * ```ts
 * import type { CountOf } from '@signaalreis/core';
 * const top = (rows: CountOf<string>[]) => [...rows].sort((a, b) => b.count - a.count)[0]?.value;
 * ```
 */
export interface CountOf<V extends string> {
  value: V;
  count: number;
}

/**
 * Contact attempts of one DDAS kind (`Brief`, `Telefoon`, `Huisbezoek` …) in the month's records.
 *
 * @example
 * ```ts
 * import type { ContactKindFigures } from '@signaalreis/core';
 * const reach = (k: ContactKindFigures) => (k.casesAttempted === 0 ? null : k.casesReached / k.casesAttempted);
 * ```
 */
export interface ContactKindFigures {
  kind: DdasContactKind;
  attempts: number;
  attemptsReached: number;
  /** Cases with at least one attempt of this kind. */
  casesAttempted: number;
  /** Cases with at least one attempt of this kind that reached the household. */
  casesReached: number;
}

/**
 * One capacity of the report's month: per channel and team (no `team`: all teams together), the
 * capacity when known, what was used, what is left, and what overflowed in and out or fit nowhere.
 *
 * @example
 * ```ts
 * import type { CapacityFigures } from '@signaalreis/core';
 * const full = (c: CapacityFigures) => c.available === 0 || c.overflowedOut > 0;
 * ```
 */
export interface CapacityFigures {
  channel: Channel;
  team?: Team;
  /** The capacity per month; `null` when nothing limits the row or it is unknown. */
  perMonth: number | null;
  used: number;
  available: number | null;
  overflowedIn: number;
  overflowedOut: number;
  unplaced: number;
}

/**
 * One month of the trend; `present: false` when no cases of that month were given.
 *
 * @example
 * ```ts
 * import type { TrendMonth } from '@signaalreis/core';
 * const signals = (t: TrendMonth) => (t.present ? t.signals : null);
 * ```
 */
export type TrendMonth =
  | { month: IsoMonth; present: false }
  | {
      month: IsoMonth;
      present: true;
      signals: number;
      cases: number;
      matches: number;
      pickedUp: number;
      crisis: number;
      attempts: number;
      casesReached: number;
    };

/**
 * The figures of the monthly report (`report.json`): the month's signals per partner, sector and
 * kind, per neighbourhood (suppressed), households, matches and consecutive arrears at different
 * creditors, repeats and recidive, intake outcomes, DDAS statuses and results, contact attempts and
 * reach per DDAS contact kind, planned channels, capacity and overflow, crisis deadlines, and the
 * trend over the last months. Warnings (a trend month without data, a record status the lifecycle
 * table does not know) are in `issues`.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from '@signaalreis/core';
 * const matchShare = (r: MonthlyReport) => (r.totals.cases === 0 ? 0 : r.totals.matches / r.totals.cases);
 * ```
 */
export interface MonthlyReport {
  format: typeof MONTHLY_REPORT_FORMAT;
  month: IsoMonth;
  /** The day of the report (crisis deadlines after it are still open). */
  on: IsoDate;
  decidedOn: IsoDate;
  totals: {
    signals: number;
    cases: number;
    households: number;
    amountCents: number;
    /** Cases that are a match (samenloop). */
    matches: number;
    /** Cases with arrears at different creditors in consecutive months (`vps-bkr`). */
    consecutiveCreditors: number;
    /** Signals that repeat the same partner's signal of an earlier month. */
    repeatSignals: number;
    /** Cases of a household with signals in earlier months (recidive). */
    recidive: number;
    pickedUp: number;
  };
  bySector: CountOf<Sector>[];
  byKind: CountOf<SignalKind>[];
  byPartner: PartnerFigures[];
  neighbourhoods: { rows: NeighbourhoodRow[]; suppression: SuppressionSummary };
  byIntakeOutcome: CountOf<IntakeOutcome>[];
  /** Cases per DDAS signal status now: the record's status through the lifecycle table, else intake's. */
  byStatus: CountOf<DdasSignalStatus>[];
  /** Cases per DDAS case result: the record's, else intake's status when that is a result. */
  byResult: CountOf<DdasCaseResult>[];
  /** Cases without a result yet. */
  withoutResult: number;
  contact: {
    /** Cases per primary (most intensive) channel of their final plan. */
    plannedPrimary: CountOf<Channel>[];
    /** Cases without a contact plan. */
    withoutPlan: number;
    byKind: ContactKindFigures[];
    attempts: number;
    casesAttempted: number;
    casesReached: number;
    /** Cases with a lifecycle record (only those can have attempts). */
    casesWithRecord: number;
  };
  capacity: {
    rows: CapacityFigures[];
    /** Whether the capacities were given (else `perMonth` and `available` are `null`). */
    known: boolean;
    /**
     * Whether every case with a contact plan says what allocation did (case files of runs before the
     * report do not): else overflow and unplaced counts are too low.
     */
    overflowKnown: boolean;
    /** Cases whose plan capacity changed (a step overflowed to another channel or team). */
    casesOverflowed: number;
    /** Cases with a step that fit nowhere (allocation's `unplaced` and `partial`, unrouted cases included). */
    casesUnplaced: number;
  };
  crisis: {
    cases: number;
    /** A contact attempt on or before the deadline. */
    met: number;
    /** …of which the household was reached by the deadline. */
    reachedByDeadline: number;
    /** The deadline passed (before the report's day) without an attempt. */
    missed: number;
    /** No attempt yet and the deadline is the report's day or later. */
    open: number;
    /** No lifecycle record, so no attempts are known. */
    unknown: number;
  };
  trend: TrendMonth[];
  issues: Issue[];
}
