// Per-household findings of matching: case signals (window, repeat), the match, recidive,
// consecutive creditors and totals. Pure helpers for match-month.ts.
import { arrearAgeDays } from '../calendar/arrear-age';
import { addMonths, monthsBetween } from '../calendar/months';
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import type { PartnerId } from '../model/ids';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Cents } from '../model/money';
import { mayFollowUpAllowed } from '../model/person';
import { EMPTY_LIST, subsetLists } from '../model/shared-lists';
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

/** Adds `x` to `list` unless it is there (a case has a few signals and entries: a list beats a `Set`). */
function addDistinct<T>(list: T[], x: T): void {
  if (!list.includes(x)) list.push(x);
}

/**
 * `list` as the case keeps it: a list grown by `push` keeps room for 16 more values, and a month
 * keeps a few lists for each of its hundred thousand cases (issue 14, memory) — so a copy of its size.
 */
const kept = <T>(list: T[]): T[] => (list.length === 0 ? EMPTY_LIST : list.slice());

/**
 * The distinct strings of `list` sorted in place as `sort()` sorts them (by UTF-16 code units, as
 * `<` compares strings), or by `before` — by insertion for the few values of a case: `sort` allocates
 * its working state on every call, ~0.9 KB, tens of thousands of times a month (issue 14).
 *
 * @example
 * ```ts
 * import { sorted } from './case-facts';
 * sorted(['ZV-1', 'EN-2', 'WO-1']); // ['EN-2', 'WO-1', 'ZV-1'], the same array
 * sorted(['2026-08', '2026-09'], (a, b) => a > b); // ['2026-09', '2026-08']: newest first
 * ```
 */
export function sorted<T extends string>(list: T[], before: (a: T, b: T) => boolean = (a, b) => a < b): T[] {
  if (list.length > 16) return list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && before(x, list[j] as T); j--) list[j + 1] = list[j] as T;
    list[j + 1] = x;
  }
  return list;
}

// The helpers below run once per household — a national month has ~57,000 — and most households
// have one signal and no history: loops over the few values, without the arrays and sets a chain of
// `filter`/`map`/`Set` makes per call (issue 14, docs/performance.md, "Twentieth round").

/** The match: distinct counting partners of this month and, when this month counts, last month. */
export function matchInfo(
  signals: readonly CaseSignal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): MatchInfo {
  const partners: PartnerId[] = [];
  for (const s of signals) if (s.countsForMatch) addDistinct(partners, s.signal.partner.id);
  // this month's partners first; those added after them count only through last month
  const own = partners.length;
  if (own > 0 && past.length > 0) {
    const previous = addMonths(month, -1);
    for (const e of past)
      if (e.month === previous && historyCounts(e, config)) addDistinct(partners, e.partnerId);
  }
  const fromPrevious = own === partners.length ? EMPTY_LIST : sorted(partners.slice(own));
  sorted(partners);
  return {
    // partners, not signals: a project default reading of "Minimaal 2 signalen" (see MatchingConfig.match)
    isMatch: partners.length >= config.match.minDistinctPartners,
    matchPartners: kept(partners),
    matchPartnersFromPreviousMonth: fromPrevious,
    matchSource: config.match.source,
  };
}

/** Recidive: the household's signals in the `months` before this month. */
export function recidiveOf(
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): Case['recidive'] {
  if (past.length === 0) return undefined;
  const months: IsoMonth[] = [];
  for (const e of past) {
    const ago = monthsBetween(e.month, month);
    if (ago >= 1 && ago <= config.recidive.months) addDistinct(months, e.month);
  }
  sorted(months, (a, b) => a > b); // newest first
  return months.length === 0
    ? undefined
    : { months: config.recidive.months, previousMonths: kept(months), source: config.recidive.source };
}

/** Arrears at other creditors last month (VPS "consecutive arrears at different creditors", `vps-bkr`). */
export function consecutiveCreditorsOf(
  signals: readonly CaseSignal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
): Case['consecutiveCreditors'] {
  if (past.length === 0) return undefined;
  const previousMonth = addMonths(month, -1);
  const partners: PartnerId[] = [];
  for (const e of past) {
    if (e.month !== previousMonth || partners.includes(e.partnerId)) continue;
    if (!signals.some((s) => s.signal.partner.id === e.partnerId)) partners.push(e.partnerId);
  }
  sorted(partners);
  return partners.length === 0 ? undefined : { previousMonth, partners: kept(partners) };
}

/** Whether the household was reached before, when history says so. */
export function reachedBeforeOf(past: readonly HistoryEntry[]): boolean | undefined {
  if (past.some((e) => e.reached === true)) return true;
  return past.some((e) => e.reached === false) ? false : undefined;
}

// a case's sectors and kinds sorted (as `sorted` sorts them): one shared frozen list per subset
const sortedSectors = subsetLists([...SECTORS].sort());
const sortedKinds = subsetLists([...SIGNAL_KINDS].sort());

/**
 * Sums over the signals of a case. The total is a plain sum of whole cents (branded without a
 * check: amounts are safe integers, and a sum beyond 2^53 cents, some 90 trillion euros, only loses
 * precision — it must not throw on a month of data).
 */
export function totalsOf(signals: readonly CaseSignal[]): CaseTotals {
  let total = 0;
  let largest = 0;
  let oldest: IsoDate | undefined;
  const partners: PartnerId[] = [];
  const sectors: CaseTotals['sectors'] = [];
  const kinds: CaseTotals['kinds'] = [];
  for (const { signal: s } of signals) {
    total += s.amountCents;
    largest = Math.max(largest, s.amountCents);
    // (the first of the dates sorted as strings: the smallest by `<`)
    if (oldest === undefined || s.arrearSince < oldest) oldest = s.arrearSince;
    addDistinct(partners, s.partner.id);
    addDistinct(sectors, s.partner.sector);
    addDistinct(kinds, s.kind);
  }
  return {
    signalCount: signals.length,
    distinctPartners: partners.length,
    totalAmountCents: total as Cents,
    largestAmountCents: largest as Cents,
    oldestArrearSince: oldest as IsoDate,
    sectors: sortedSectors(sectors) ?? kept(sorted(sectors)),
    kinds: sortedKinds(kinds) ?? kept(sorted(kinds)),
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
