// What the monthly report is made of: the months of cases as a run writes them (the case file's
// cases, or a store's stored month — the same entries), each case with its contact plan and
// lifecycle record when it has them, and the capacities of the channels. Plain data, no names.
import type { IntakeOutcome } from '../intake/types';
import type { CaseRecord } from '../lifecycle/record';
import type { LifecycleTable } from '../lifecycle/schema';
import type { Channel, DdasSignalStatus, Sector, SignalKind, Team } from '../model/enums';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { AllocationOutcome } from '../routing/allocate';

/**
 * One signal of a {@link ReportCase}: what a case file holds of it (no names, no contact data).
 *
 * @example
 * ```ts
 * import type { ReportSignal } from '@signaalreis/core';
 * const s: ReportSignal = { signalId: 'S1', partnerId: 'ZV-ZLD', sector: 'health', kind: 'early', amountCents: 31_250, neighbourhood: 'Zuid' };
 * ```
 */
export interface ReportSignal {
  signalId: string;
  partnerId: string;
  /** The partner's name as the signal gave it (case files of runs before the report have none). */
  partnerName?: string | undefined;
  sector: Sector;
  kind: SignalKind;
  amountCents: number;
  /** The neighbourhood (wijk, buurt or kern) the partner gave with the signal, when it gave one. */
  neighbourhood?: string | undefined;
  /** The signal this one repeats (the same partner's signal of an earlier month), when it is a repeat. */
  repeatOf?: string | undefined;
}

/**
 * What capacity allocation did to a case's contact plan, as the run's case file records it: the
 * outcome, each step that found a full capacity and moved on (`overflowed`), and each step that fit
 * nowhere (`unplaced`, at the channel and team where it ended).
 *
 * @example
 * ```ts
 * import type { ReportAllocation } from '@signaalreis/core';
 * const a: ReportAllocation = {
 *   outcome: 'placed',
 *   overflowed: [{ from: { channel: 'home-visit', team: 'municipality' }, to: { channel: 'email', team: 'municipality' } }],
 *   unplaced: [],
 * };
 * ```
 */
export interface ReportAllocation {
  outcome: AllocationOutcome;
  overflowed: readonly { from: { channel: Channel; team: Team }; to: { channel: Channel; team: Team } }[];
  unplaced: readonly { channel: Channel; team: Team }[];
}

/**
 * One case of a month as the report reads it: a case-file entry (`signaalreis run` writes them;
 * the store keeps the same), with its final contact plan, what allocation did, and its lifecycle
 * record when `signaalreis feedback` or the service made one.
 *
 * @example
 * ```ts
 * import type { ReportCase } from '@signaalreis/core';
 * const visited = (c: ReportCase) => c.plan?.some((s) => s.channel === 'home-visit') ?? false;
 * ```
 */
export interface ReportCase {
  caseId: string;
  /** `<postcode> <number>`: the report uses only its four postcode digits (when no signal names a neighbourhood). */
  householdKey: string;
  /** The DDAS status intake gave the case. */
  signalStatus: DdasSignalStatus;
  intakeOutcome: IntakeOutcome;
  isMatch: boolean;
  /** Earlier months with signals for the household (recidive), when any. */
  recidiveMonths: readonly string[];
  /** Partners with arrears in consecutive months (the VPS figure, `vps-bkr`), when any. */
  consecutiveCreditors: readonly string[];
  /** The 3-working-day deadline of a threatening situation (Wgs), when there is one. */
  crisisDeadline?: IsoDate | undefined;
  signals: readonly ReportSignal[];
  /** The final contact steps after capacity (absent: not contacted, or a case file of `match`). */
  plan?: readonly { channel: Channel; team: Team }[] | undefined;
  allocation?: ReportAllocation | undefined;
  /** The lifecycle record's status, result and contact attempts, once there is a record. */
  record?: Pick<CaseRecord, 'status' | 'result' | 'attempts'> | undefined;
}

/**
 * One month of cases of one municipality. `lifecycle` maps a record's status to its DDAS status
 * (the table the records follow; without it, a record's status counts as intake's DDAS status).
 *
 * @example
 * ```ts
 * import { asIsoDate, asIsoMonth, type ReportMonth } from '@signaalreis/core';
 * const empty: ReportMonth = { month: asIsoMonth('2026-10'), decidedOn: asIsoDate('2026-10-26'), cases: [] };
 * ```
 */
export interface ReportMonth {
  month: IsoMonth;
  /** The day the month was decided on (intake's date). */
  decidedOn: IsoDate;
  cases: readonly ReportCase[];
  lifecycle?: Pick<LifecycleTable, 'statuses'> | undefined;
}

/**
 * The capacity of a channel per month (for one team, or all teams together): the routing
 * configuration's capacity entry.
 *
 * @example
 * ```ts
 * import type { ReportCapacity } from '@signaalreis/core';
 * const visits: ReportCapacity = { channel: 'home-visit', perMonth: 40 };
 * ```
 */
export interface ReportCapacity {
  channel: Channel;
  team?: Team | undefined;
  perMonth: number;
}

/**
 * What {@link monthlyReport} needs: the report's month, how many months the trend shows (ending
 * with that month), the months of cases (others are left out), the capacities of the report's
 * month when known, the day of the report (deadlines after it are still open) and, optionally, the
 * smallest count shown per neighbourhood.
 *
 * @example
 * ```ts
 * import { asIsoDate, asIsoMonth, type MonthlyReportInput, type ReportMonth } from '@signaalreis/core';
 * declare const months: ReportMonth[]; // e.g. August to October from the store
 * const input: MonthlyReportInput = {
 *   month: asIsoMonth('2026-10'), months: 3, cases: months, on: asIsoDate('2026-11-30'),
 *   capacity: [{ channel: 'home-visit', perMonth: 40 }],
 * };
 * ```
 */
export interface MonthlyReportInput {
  month: IsoMonth;
  /** Months in the trend, the report's month included (1–36). */
  months: number;
  cases: readonly ReportMonth[];
  /** Capacities of the report's month; absent: unknown (the report shows use only). */
  capacity?: readonly ReportCapacity[] | undefined;
  /** The day of the report: a crisis deadline after it is still open. */
  on: IsoDate;
  /** The smallest count shown per neighbourhood (default `SMALL_COUNT_MIN`, 5). */
  minCount?: number | undefined;
}
