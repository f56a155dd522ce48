// Per-household findings of matching: case signals (window, repeat), the match, recidive,
// consecutive creditors and totals. Pure helpers for match-month.ts.
import { arrearAgeDays } from '../calendar/arrear-age';
import { addMonths, monthsBetween } from '../calendar/months';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Cents } from '../model/money';
import { mayFollowUpAllowed } from '../model/person';
import type { Signal } from '../model/signal';
import { type MatchingConfig, sharedWindowFor, type WindowRule } from './config';
import type { HistoryEntry } from './history';
import type { Case, CaseSignal, CaseTotals, MatchInfo } from './types';

const NO_WINDOW: WindowRule = {
  minAgeDays: 0,
  maxAgeDays: Number.POSITIVE_INFINITY,
  source: 'project default: no window configured for this date',
};

// arrearAgeDays remembered per (signal date, arrear start), at most 65,536 pairs at a time.
const ages = new Map<string, Map<string, number>>();
let remembered = 0;

/**
 * {@link arrearAgeDays}, remembered: a month's signals share few (arrear start, signal date) pairs
 * and the calendar checks its input on every call. Bounded; `arrearAgeDays` is pure.
 */
function ageOf(since: IsoDate, on: IsoDate): number {
  // per date, then per date: no key string joined per signal
  let bySince = ages.get(on);
  if (bySince === undefined) {
    bySince = new Map();
    ages.set(on, bySince);
  }
  let age = bySince.get(since);
  if (age === undefined) {
    if (remembered >= 65_536) {
      ages.clear();
      remembered = 0;
      bySince = new Map();
      ages.set(on, bySince);
    }
    age = arrearAgeDays(since, on);
    bySince.set(since, age);
    remembered++;
  }
  return age;
}

function windowOf(age: number, w: WindowRule): CaseSignal['window'] {
  if (age < w.minAgeDays) return 'too-young';
  if (age > w.maxAgeDays) return 'too-old';
  return 'inside';
}

/** Whether a history entry would have counted towards a match in its own month. */
export function historyCounts(e: HistoryEntry, config: MatchingConfig): boolean {
  const w = sharedWindowFor(config, e.sector, e.signalDate) ?? NO_WINDOW;
  return e.naturalPerson && windowOf(ageOf(e.arrearSince, e.signalDate), w) === 'inside';
}

/** The newest picked-up history signal of the same partner and arrear within the look-back. */
function repeatOf(s: Signal, month: IsoMonth, past: readonly HistoryEntry[], config: MatchingConfig) {
  let best: HistoryEntry | undefined;
  for (const e of past) {
    if (!e.pickedUp || e.partnerId !== s.partner.id || e.arrearSince !== s.arrearSince) continue;
    const ago = monthsBetween(e.month, month);
    if (ago < 1 || ago > config.repeat.lookbackMonths) continue;
    if (!best || e.month > best.month || (e.month === best.month && e.signalId > best.signalId)) best = e;
  }
  return (
    best && {
      previousMonth: best.month,
      previousSignalId: best.signalId,
      previousAmountCents: best.amountCents,
    }
  );
}

/** One signal as part of a case. */
export function caseSignal(
  s: Signal,
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): CaseSignal {
  const ageDays = ageOf(s.arrearSince, s.signalDate);
  const windowRule = sharedWindowFor(config, s.partner.sector, s.signalDate) ?? NO_WINDOW;
  const window = windowOf(ageDays, windowRule);
  const repeat = repeatOf(s, month, past, config);
  const cs: CaseSignal = {
    signal: s,
    ageDays,
    window,
    windowRule,
    countsForMatch: window === 'inside' && mayFollowUpAllowed(s.person),
  };
  if (repeat) cs.repeat = repeat;
  return cs;
}

/** The match: distinct counting partners of this month and, when this month counts, last month. */
export function matchInfo(
  signals: readonly CaseSignal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): MatchInfo {
  const now = new Set(signals.filter((s) => s.countsForMatch).map((s) => s.signal.partner.id));
  const previous = addMonths(month, -1);
  const before = new Set(
    past.filter((e) => e.month === previous && historyCounts(e, config)).map((e) => e.partnerId),
  );
  const partners = now.size === 0 ? [] : [...new Set([...now, ...before])].sort();
  return {
    // partners, not signals: a project default reading of "Minimaal 2 signalen" (see MatchingConfig.match)
    isMatch: partners.length >= config.match.minDistinctPartners,
    matchPartners: partners,
    matchPartnersFromPreviousMonth: partners.filter((p) => !now.has(p)),
    matchSource: config.match.source,
  };
}

/** Recidive: the household's signals in the `months` before this month. */
export function recidiveOf(
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): Case['recidive'] {
  const months = [
    ...new Set(
      past
        .filter((e) => {
          const ago = monthsBetween(e.month, month);
          return ago >= 1 && ago <= config.recidive.months;
        })
        .map((e) => e.month),
    ),
  ].sort((a, b) => (a < b ? 1 : -1));
  return months.length === 0
    ? undefined
    : { months: config.recidive.months, previousMonths: months, source: config.recidive.source };
}

/** Arrears at other creditors last month (VPS "consecutive arrears at different creditors", `vps-bkr`). */
export function consecutiveCreditorsOf(
  signals: readonly CaseSignal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
): Case['consecutiveCreditors'] {
  const previousMonth = addMonths(month, -1);
  const now = new Set(signals.map((s) => s.signal.partner.id));
  const partners = [
    ...new Set(
      past.filter((e) => e.month === previousMonth && !now.has(e.partnerId)).map((e) => e.partnerId),
    ),
  ].sort();
  return partners.length === 0 ? undefined : { previousMonth, partners };
}

/** Whether the household was reached before, when history says so. */
export function reachedBeforeOf(past: readonly HistoryEntry[]): boolean | undefined {
  if (past.some((e) => e.reached === true)) return true;
  return past.some((e) => e.reached === false) ? false : undefined;
}

/**
 * Sums over the signals of a case. The total is a plain sum of whole cents (branded without a
 * check: amounts are safe integers, and a sum beyond 2^53 cents, some 90 trillion euros, only loses
 * precision — it must not throw on a month of data).
 */
export function totalsOf(signals: readonly CaseSignal[]): CaseTotals {
  const xs = signals.map((s) => s.signal);
  return {
    signalCount: xs.length,
    distinctPartners: new Set(xs.map((s) => s.partner.id)).size,
    totalAmountCents: xs.reduce((n, s) => n + s.amountCents, 0) as Cents,
    largestAmountCents: xs.reduce((m, s) => Math.max(m, s.amountCents), 0) as Cents,
    oldestArrearSince: xs.map((s) => s.arrearSince).sort()[0] as IsoDate,
    sectors: [...new Set(xs.map((s) => s.partner.sector))].sort(),
    kinds: [...new Set(xs.map((s) => s.kind))].sort(),
  };
}

/** Ranking: more signals, then higher total amount, then older arrear, then household key. */
export function compareCases(a: Case, b: Case): number {
  return (
    b.totals.signalCount - a.totals.signalCount ||
    b.totals.totalAmountCents - a.totals.totalAmountCents ||
    (a.totals.oldestArrearSince < b.totals.oldestArrearSince
      ? -1
      : a.totals.oldestArrearSince > b.totals.oldestArrearSince
        ? 1
        : 0) ||
    (a.householdKey < b.householdKey ? -1 : a.householdKey > b.householdKey ? 1 : 0)
  );
}
