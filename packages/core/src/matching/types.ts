// The data matching writes: the household case of one month (the `match` section of a case's
// journey), with matches, repeats, recidive — and the month's result.
import type { Address } from '../model/address';
import type { Sector, SignalKind } from '../model/enums';
import type { CaseId, HouseholdKey, PartnerId, SignalId } from '../model/ids';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Issue } from '../model/issue';
import type { Cents } from '../model/money';
import type { Signal } from '../model/signal';
import type { Bilingual } from '../model/text';

/**
 * Where an arrear's age falls relative to its sector's window.
 */
export type ArrearWindow = 'inside' | 'too-young' | 'too-old';

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
export interface CaseSignal {
  /** The signal. */
  signal: Signal;
  /** Days from `arrearSince` to `signalDate`. */
  ageDays: number;
  /** Where the arrear's age falls relative to its window. */
  window: ArrearWindow;
  /** The window rule that decided it (both bounds inclusive). */
  windowRule: { minAgeDays: number; maxAgeDays: number; source: string };
  /** Inside the window and from a natural person: it takes part in matching. */
  countsForMatch: boolean;
  /** Set when the same partner signalled this arrear in an earlier month and it was picked up. */
  repeat?: { previousMonth: IsoMonth; previousSignalId: SignalId; previousAmountCents: Cents } | undefined;
}

/**
 * Whether a case is a match (samenloop): distinct partners with signals inside the window in this
 * month or the month before.
 *
 * @example
 * ```ts
 * import type { MatchInfo } from '@signaalreis/core';
 * const partners = (m: MatchInfo) => m.matchPartners.join(', ');
 * ```
 */
export interface MatchInfo {
  isMatch: boolean;
  /** Distinct partners whose signals count, sorted (none: from matching, the one shared frozen empty list). */
  matchPartners: PartnerId[];
  /** Of those, the partners that count only through last month's history (none: from matching, the one shared frozen empty list). */
  matchPartnersFromPreviousMonth: PartnerId[];
  /** Source of the match rule. */
  matchSource: string;
}

/**
 * A case as matching finds it — the `match` section of a case's journey: the signals of one
 * household (address) in one matching month, with the match, rank, totals, recidive and what
 * else matching found. No case id inside: the journey holds it.
 *
 * @example
 * ```ts
 * import type { Case } from '@signaalreis/core';
 * const label = (c: Case) => `${c.householdKey}: ${c.signals.length} signal(s)${c.isMatch ? ', match' : ''}`;
 * ```
 */
export interface Case extends MatchInfo {
  month: IsoMonth;
  householdKey: HouseholdKey;
  address: Address;
  signals: CaseSignal[];
  /** Whether matching forwards the case to the municipality (pilot: only matches). */
  forwarded: boolean;
  /** Why not, when not forwarded. */
  notForwardedReason?: Bilingual | undefined;
  /** Position in the ranking of all cases of the month (1 = first): more signals, higher total, older arrear. */
  rank: number;
  totals: CaseTotals;
  /** The household had a signal in the `months` before this month (months listed, newest first). */
  recidive?: { months: number; previousMonths: IsoMonth[]; source: string } | undefined;
  /** Arrears at different creditors in consecutive months (the VPS report figure, `vps-bkr`). */
  consecutiveCreditors?: { previousMonth: IsoMonth; partners: PartnerId[] } | undefined;
  /** The household was reached in an earlier month (from history, when known). */
  reachedBefore?: boolean | undefined;
  /** Problems with this case that do not drop it (e.g. `too_many_signals`); none: from matching, the one shared frozen empty list. */
  issues: Issue[];
  /** Whether a person should look at the case before anything else happens. */
  manualReview: boolean;
}

/**
 * A case's journey record as matching starts it: the case id and the `match` section. Each later
 * stage returns the record with its own section added (intake → `IntakenJourney`, routing →
 * `RoutedJourney`, allocation → `AllocatedJourney`; all of them are a `CaseJourney`).
 *
 * @example
 * ```ts
 * import type { MatchedJourney } from '@signaalreis/core';
 * const line = (j: MatchedJourney) => `${j.caseId}: rank ${j.match.rank}`;
 * ```
 */
export interface MatchedJourney {
  /** `YYYY-MM-NNNN`: the month and the case's rank (`2026-10-0001`); never the household key. */
  caseId: CaseId;
  match: Case;
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
  totalAmountCents: Cents;
  largestAmountCents: Cents;
  oldestArrearSince: IsoDate;
  /** The distinct sectors, sorted; from matching, one shared frozen list per set of sectors. */
  sectors: Sector[];
  /** The distinct kinds, sorted; from matching, one shared frozen list per set of kinds. */
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
 * A signal given to matching that is not a valid {@link Signal} (e.g. an unchecked object from a
 * vendor's database): reported with its issues, never thrown and never silently dropped.
 *
 * @example
 * ```ts
 * import type { InvalidSignal } from '@signaalreis/core';
 * const line = (s: InvalidSignal) => `signal ${s.index}: ${s.issues.map((i) => i.code).join(', ')}`;
 * ```
 */
export interface InvalidSignal {
  /** Position in the input list. */
  index: number;
  /** The signal id, when the input had a usable one. */
  signalId?: string;
  issues: Issue[];
}

/**
 * The result of matching one month: a journey per household case (with only its `match`
 * section), in rank order; every input signal is in exactly one case, set aside, or invalid.
 *
 * @example
 * ```ts
 * import type { MonthMatch } from '@signaalreis/core';
 * const total = (m: MonthMatch) =>
 *   m.journeys.reduce((n, j) => n + j.match.signals.length, 0) + m.setAside.length + m.invalid.length;
 * ```
 */
export interface MonthMatch {
  month: IsoMonth;
  journeys: MatchedJourney[];
  setAside: SetAsideSignal[];
  invalid: InvalidSignal[];
  /** Issues about the input as a whole (history set aside, duplicate history). */
  issues: Issue[];
  counts: MatchCounts;
}

/**
 * Counts of a month's matching; `signals = inCases + setAside + invalid`.
 *
 * @example
 * ```ts
 * import type { MatchCounts } from '@signaalreis/core';
 * const ok = (c: MatchCounts) => c.signals === c.inCases + c.setAside + c.invalid;
 * ```
 */
export interface MatchCounts {
  signals: number;
  inCases: number;
  setAside: number;
  invalid: number;
  cases: number;
  matches: number;
  forwarded: number;
  repeats: number;
  recidive: number;
  consecutiveCreditors: number;
  manualReview: number;
}
