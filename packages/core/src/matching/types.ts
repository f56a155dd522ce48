// The data matching writes: cases per household for one month, with matches, repeats, recidive.
import type { IntakeCaseInput, IntakeCaseSignal } from '../intake/types';
import type { Address } from '../model/address';
import type { Sector, SignalKind } from '../model/enums';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Issue } from '../model/issue';
import type { Signal } from '../model/signal';

/**
 * One signal inside a case: the signal, its arrear age and window, whether it counts towards a
 * match, and the earlier signal it repeats (same partner and arrear, picked up recently).
 *
 * @example
 * ```ts
 * import type { CaseSignal } from '@signaalreis/core';
 * const counts = (s: CaseSignal) => s.countsForMatch;
 * ```
 */
export interface CaseSignal extends IntakeCaseSignal {
  /** Days from `arrearSince` to `signalDate`. */
  ageDays: number;
  /** Inside the window and from a natural person: it takes part in matching. */
  countsForMatch: boolean;
}

/**
 * Whether a case is a match (samenloop): distinct partners with signals inside the window in this
 * month or the month before.
 *
 * @example
 * ```ts
 * import type { MatchInfo } from '@signaalreis/core';
 * const partners = (m: MatchInfo) => m.partners.join(', ');
 * ```
 */
export interface MatchInfo {
  isMatch: boolean;
  /** Distinct partners whose signals count, sorted. */
  partners: string[];
  /** Of those, the partners that count only through last month's history. */
  partnersFromPreviousMonth: string[];
  source: string;
}

/**
 * A case: the signals of one household (address) in one matching month, with what matching found.
 * It is also the input of intake (`intakeCase`).
 *
 * @example
 * ```ts
 * import type { Case } from '@signaalreis/core';
 * const label = (c: Case) => `${c.caseId}: ${c.signals.length} signal(s)${c.match.isMatch ? ', match' : ''}`;
 * ```
 */
export interface Case extends IntakeCaseInput {
  /** `${month}/${householdKey}`. */
  caseId: string;
  month: IsoMonth;
  householdKey: string;
  address: Address;
  signals: CaseSignal[];
  match: MatchInfo;
  /** Position in the ranking of all cases of the month (1 = first): more signals, higher total, older arrear. */
  rank: number;
  totals: CaseTotals;
  /** The household had a signal in the `months` before this month (months listed, newest first). */
  recidive?: { months: number; previousMonths: IsoMonth[]; source: string } | undefined;
  /** Arrears at different creditors in consecutive months (the VPS report figure, `vps-bkr`). */
  consecutiveCreditors?: { previousMonth: IsoMonth; partners: string[] } | undefined;
  /** The household was reached in an earlier month (from history, when known). */
  reachedBefore?: boolean | undefined;
  /** Problems with this case that do not drop it (e.g. `too_many_signals`). */
  issues: Issue[];
  /** Whether a person should look at the case before anything else happens. */
  manualReview: boolean;
}

/**
 * Sums over a case's signals.
 *
 * @example
 * ```ts
 * import type { CaseTotals } from '@signaalreis/core';
 * const euros = (t: CaseTotals) => t.totalAmountCents / 100;
 * ```
 */
export interface CaseTotals {
  signalCount: number;
  distinctPartners: number;
  totalAmountCents: number;
  largestAmountCents: number;
  oldestArrearSince: IsoDate;
  sectors: Sector[];
  kinds: SignalKind[];
}

/**
 * A signal that did not become part of a case, with the reason.
 *
 * @example
 * ```ts
 * import type { SetAsideSignal } from '@signaalreis/core';
 * const code = (s: SetAsideSignal) => s.issue.code; // 'outside_municipality' | 'signal_not_in_month'
 * ```
 */
export interface SetAsideSignal {
  signal: Signal;
  issue: Issue;
}

/**
 * The result of matching one month: every input signal is in exactly one case or set aside.
 *
 * @example
 * ```ts
 * import type { MonthMatch } from '@signaalreis/core';
 * const total = (m: MonthMatch) => m.cases.reduce((n, c) => n + c.signals.length, 0) + m.setAside.length;
 * ```
 */
export interface MonthMatch {
  month: IsoMonth;
  cases: Case[];
  setAside: SetAsideSignal[];
  /** Issues about the input as a whole (history set aside, duplicate history). */
  issues: Issue[];
  counts: MatchCounts;
}

/**
 * Counts of a month's matching; `signals = inCases + setAside`.
 *
 * @example
 * ```ts
 * import type { MatchCounts } from '@signaalreis/core';
 * const ok = (c: MatchCounts) => c.signals === c.inCases + c.setAside;
 * ```
 */
export interface MatchCounts {
  signals: number;
  inCases: number;
  setAside: number;
  cases: number;
  matches: number;
  forwarded: number;
  repeats: number;
  recidive: number;
  consecutiveCreditors: number;
  manualReview: number;
}
