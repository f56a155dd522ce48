// Matching one month: signals (+ history) → cases per household, ranked, each signal accounted for.

import { monthOf } from '../calendar/months';
import { numberedCaseId } from '../model/case-id';
import type { HouseholdKey } from '../model/ids';
import { type IsoMonth, isIsoDate, parseIsoMonth } from '../model/iso-date';
import { fail, type Issue, issue, ok, prefixIssues, type Result } from '../model/issue';
import { EMPTY_LIST } from '../model/shared-lists';
import { type Signal, signalHouseholdKey } from '../model/signal';
import { issuesFromZod } from '../model/zod-issues';
import {
  caseSignal,
  compareCases,
  consecutiveCreditorsOf,
  matchInfo,
  reachedBeforeOf,
  recidiveOf,
  totalsOf,
} from './case-facts';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig, MatchingConfigSchema } from './config';
import { checkHistory, type HistoryEntry } from './history';
import { MATCHING_MESSAGES as M } from './messages';
import { PairSet } from './pair-set';
import { invalidSignalIssues, rememberingCheck, signalProblem, usableSignalId } from './signal-check';
import type { Case, InvalidSignal, MatchCounts, MatchedJourney, MonthMatch, SetAsideSignal } from './types';

/**
 * What {@link matchMonth} reads: the month, its signals and the history of earlier months.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type MatchMonthInput } from '@signaalreis/core';
 * const input: MatchMonthInput = { month: asIsoMonth('2026-10'), signals: [] };
 * ```
 */
export interface MatchMonthInput {
  /** The matching month, `YYYY-MM`: the month of the signals' dates. */
  month: IsoMonth;
  /**
   * The month's signals. Signals are normally validated (`validateSignal`); one that is not a
   * usable signal after all (an unchecked object, a cast) is reported in `MonthMatch.invalid`.
   */
  signals: readonly Signal[];
  /** Signals of earlier months (see `historyFromSignals`). */
  history?: readonly HistoryEntry[];
  /**
   * Where matching keeps its work on these signals for the next call with the same list, month
   * and area — checking, sorting, setting aside and grouping them does not depend on history or on
   * the rest of the configuration (see {@link monthSignalsMemo}). The list and its signals must not
   * change between the calls.
   */
  memo?: MonthSignalsMemo;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Keyed {
  key: HouseholdKey;
  signal: Signal;
  /** The whole signal as JSON, computed only when two signals tie on every sort key. */
  text?: string;
}

const textOf = (k: Keyed): string => {
  if (k.text === undefined) {
    try {
      k.text = JSON.stringify(k.signal);
    } catch {
      k.text = ''; // an unchecked object with a cycle in a field matching does not read
    }
  }
  return k.text;
};

function inArea(signal: Signal, config: MatchingConfig): boolean {
  if (!config.area) return true;
  const n = signal.address.postcode.slice(0, 4);
  return config.area.postcodeRanges.some((r) => r.from <= n && n <= r.to);
}

const setAside = (signal: Signal, code: string, message: Issue['message']): SetAsideSignal => ({
  signal,
  issue: issue(code, ['signals', signal.signalId], message),
});

/** Splits the input into usable signals (with their household key) and invalid ones. */
function checkSignals(signals: readonly Signal[]): { usable: Keyed[]; invalid: InvalidSignal[] } {
  const usable: Keyed[] = [];
  const invalid: InvalidSignal[] = [];
  const isDate = rememberingCheck(isIsoDate);
  for (let index = 0; index < signals.length; index++) {
    const s: unknown = signals[index];
    const problem = signalProblem(s, isDate);
    if (problem === undefined) {
      usable.push({ key: signalHouseholdKey(s as Signal), signal: s as Signal });
      continue;
    }
    const signalId = usableSignalId(s);
    invalid.push({
      index,
      ...(signalId === undefined ? {} : { signalId }),
      issues: invalidSignalIssues(s, index, problem),
    });
  }
  return { usable, invalid };
}

/** Sorts the signals into a canonical order and sets aside what cannot become part of a case. */
function sortAndFilter(keyed: Keyed[], month: IsoMonth, config: MatchingConfig) {
  keyed.sort(
    (a, b) =>
      cmp(a.key, b.key) ||
      cmp(a.signal.signalDate, b.signal.signalDate) ||
      cmp(a.signal.partner.id, b.signal.partner.id) ||
      cmp(a.signal.signalId, b.signal.signalId) ||
      cmp(textOf(a), textOf(b)),
  );
  const kept: Keyed[] = [];
  const aside: SetAsideSignal[] = [];
  const ids = new PairSet();
  for (const k of keyed) {
    const s = k.signal;
    if (monthOf(s.signalDate) !== month) {
      aside.push(setAside(s, 'signal_not_in_month', M.signalNotInMonth(s.signalId, s.signalDate, month)));
    } else if (!inArea(s, config)) {
      const area = s.address.postcode.slice(0, 4);
      aside.push(setAside(s, 'outside_municipality', M.outsideMunicipality(s.signalId, area)));
    } else if (!ids.add(s.partner.id, s.signalId)) {
      aside.push(setAside(s, 'duplicate_signal', M.duplicateSignal(s.signalId, s.partner.id)));
    } else {
      kept.push(k);
    }
  }
  return { kept, aside };
}

/** The month's signals checked, sorted, set aside and grouped per household. */
interface SortedSignals {
  groups: ReadonlyMap<HouseholdKey, readonly Signal[]>;
  aside: SetAsideSignal[];
  invalid: InvalidSignal[];
}

function sortSignals(signals: readonly Signal[], month: IsoMonth, cfg: MatchingConfig): SortedSignals {
  const { usable, invalid } = checkSignals(signals);
  const { kept, aside } = sortAndFilter(usable, month, cfg);
  const groups = new Map<HouseholdKey, Signal[]>();
  for (const k of kept) {
    const list = groups.get(k.key);
    if (list) list.push(k.signal);
    else groups.set(k.key, [k.signal]);
  }
  return { groups, aside, invalid };
}

/**
 * A place where {@link matchMonth} keeps its work on a month's signals — checked, sorted, set aside
 * (another month, outside the area, a duplicate) and grouped per household — for the next call with
 * the same list of signals, the same month and the same area: what several policies matching one
 * month do again each (a simulation's scenarios). The result is the same with or without it; a
 * call with another list, month or area does the work again and keeps that instead.
 *
 * @example
 * ```ts
 * import { asIsoMonth, matchMonth, monthSignalsMemo, PILOT_MATCHING_CONFIG, type Signal } from '@signaalreis/core';
 * declare const october: Signal[];
 * const memo = monthSignalsMemo();
 * const a = matchMonth({ month: asIsoMonth('2026-10'), signals: october, memo });
 * const b = matchMonth({ month: asIsoMonth('2026-10'), signals: october, memo }, PILOT_MATCHING_CONFIG); // sorted once
 * ```
 */
export function monthSignalsMemo(): MonthSignalsMemo {
  return Object.freeze({ kind: 'month-signals-memo' as const });
}

/**
 * What {@link monthSignalsMemo} makes: a token that matching keeps its work under (one list of
 * signals at a time).
 *
 * @example
 * ```ts
 * import { monthSignalsMemo, type MonthSignalsMemo, type Signal } from '@signaalreis/core';
 * const memos = new WeakMap<readonly Signal[], MonthSignalsMemo>(); // one per month's list of signals
 * declare const october: Signal[];
 * memos.set(october, monthSignalsMemo());
 * ```
 */
export interface MonthSignalsMemo {
  readonly kind: 'month-signals-memo';
}

/** What each memo holds: the list, month and area it was made for, and the sorted signals. */
const KEPT = new WeakMap<
  MonthSignalsMemo,
  { signals: readonly Signal[]; month: IsoMonth; area: string; sorted: SortedSignals }
>();

/**
 * Does {@link matchMonth}'s work on a month's signals ahead, into a memo: checked, sorted, set aside
 * and grouped, as the next `matchMonth` with this memo and the same list, month and area wants them
 * (e.g. while the history is still being read). A month or configuration `matchMonth` would refuse
 * leaves the memo as it was: `matchMonth` says why.
 *
 * @example
 * ```ts
 * import { asIsoMonth, DEFAULT_MATCHING_CONFIG, matchMonth, monthSignalsMemo, prepareMonthSignals, type Signal } from '@signaalreis/core';
 * declare const october: Signal[];
 * const memo = monthSignalsMemo();
 * prepareMonthSignals(memo, { month: asIsoMonth('2026-10'), signals: october }, DEFAULT_MATCHING_CONFIG);
 * // … the history arrives …
 * matchMonth({ month: asIsoMonth('2026-10'), signals: october, history: [], memo }); // signals sorted already
 * ```
 */
export function prepareMonthSignals(
  memo: MonthSignalsMemo,
  input: Pick<MatchMonthInput, 'month' | 'signals'>,
  config: MatchingConfig = DEFAULT_MATCHING_CONFIG,
): void {
  const checked = checkInput({ ...input, memo }, config);
  if (checked.ok) sortedSignals({ ...input, memo }, checked.value.month, checked.value.config);
}

/**
 * The sorted signals of the input: from its memo when that holds them for this month and area.
 * Shared with the memo: a result gets copies of the lists (matchMonth).
 */
function sortedSignals(input: MatchMonthInput, month: IsoMonth, cfg: MatchingConfig): SortedSignals {
  const memo = input.memo;
  if (memo === undefined || typeof memo !== 'object' || memo === null)
    return sortSignals(input.signals, month, cfg);
  const area = JSON.stringify(cfg.area ?? null);
  const kept = KEPT.get(memo);
  const sorted =
    kept !== undefined && kept.signals === input.signals && kept.month === month && kept.area === area
      ? kept.sorted
      : sortSignals(input.signals, month, cfg);
  if (sorted !== kept?.sorted) KEPT.set(memo, { signals: input.signals, month, area, sorted });
  return sorted;
}

function buildCase(
  key: HouseholdKey,
  signals: readonly Signal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): Case {
  const css = signals.map((s) => caseSignal(s, month, past, config));
  const match = matchInfo(css, month, past, config);
  const forwarded = config.forward === 'all' || match.isMatch;
  // the path gets the case id once the case is ranked (matchMonth); no issue: the one empty list
  const issues: Issue[] =
    css.length > config.maxSignalsPerHousehold
      ? [issue('too_many_signals', [], M.tooManySignals(css.length, config.maxSignalsPerHousehold))]
      : EMPTY_LIST;
  const first = signals[0] as Signal;
  return {
    month,
    householdKey: key,
    address: first.address,
    signals: css,
    isMatch: match.isMatch,
    matchPartners: match.matchPartners,
    matchPartnersFromPreviousMonth: match.matchPartnersFromPreviousMonth,
    matchSource: match.matchSource,
    forwarded,
    ...(forwarded ? {} : { notForwardedReason: M.notForwarded }),
    rank: 0,
    totals: totalsOf(css),
    recidive: recidiveOf(month, past, config),
    consecutiveCreditors: consecutiveCreditorsOf(css, month, past),
    reachedBefore: reachedBeforeOf(past),
    issues,
    manualReview: issues.length > 0,
  };
}

function countsOf(signals: number, cases: readonly Case[], aside: number, invalid: number): MatchCounts {
  let inCases = 0;
  let matches = 0;
  let forwarded = 0;
  let repeats = 0;
  let recidive = 0;
  let consecutiveCreditors = 0;
  let manualReview = 0;
  for (const c of cases) {
    inCases += c.signals.length;
    if (c.isMatch) matches++;
    if (c.forwarded) forwarded++;
    for (const s of c.signals) if (s.repeat) repeats++;
    if (c.recidive !== undefined) recidive++;
    if (c.consecutiveCreditors !== undefined) consecutiveCreditors++;
    if (c.manualReview) manualReview++;
  }
  return {
    signals,
    inCases,
    setAside: aside,
    invalid,
    cases: cases.length,
    matches,
    forwarded,
    repeats,
    recidive,
    consecutiveCreditors,
    manualReview,
  };
}

/** The problems that stop matching altogether: a bad month, a bad configuration, no lists. */
function checkInput(
  input: MatchMonthInput,
  config: unknown,
): Result<{ month: IsoMonth; config: MatchingConfig }> {
  const issues: Issue[] = [];
  const month = parseIsoMonth((input as Partial<MatchMonthInput> | undefined)?.month);
  if (!month.ok) issues.push(...prefixIssues(month.issues, ['month']));
  const parsed = MatchingConfigSchema.safeParse(config);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['config']));
  if (!Array.isArray(input?.signals))
    issues.push(issue('invalid_signals', ['signals'], M.notAList('signals')));
  if (input?.history !== undefined && !Array.isArray(input.history))
    issues.push(issue('invalid_history', ['history'], M.notAList('history')));
  if (issues.length > 0 || !month.ok || !parsed.success) return fail(issues);
  return ok({ month: month.value, config: parsed.data });
}

/**
 * Groups a month's signals per household into cases, finds matches (2+ distinct partners in the
 * same or the consecutive month, inside the arrear-age window), repeats, recidive and consecutive
 * creditors, and ranks the cases (more signals, higher total amount, older arrear). It returns a
 * journey per case — the case id and matching's `match` section — in rank order. A case id is the
 * month and the rank, `2026-10-0001` for the first case (`numberedCaseId`): no address, no name.
 *
 * Every input signal ends up in exactly one case, in `setAside` with a reason (another month,
 * outside the municipality, a duplicate), or in `invalid` with its issues (an object that is not a
 * usable signal: never thrown, never dropped); `counts.signals = inCases + setAside + invalid`.
 * The result does not depend on the order of the input. A month that is not `YYYY-MM` or a
 * configuration that fails {@link MatchingConfigSchema} gives issues (paths `['month']`,
 * `['config', …]`) instead of a result. See `docs/matching.md`.
 *
 * @example
 * ```ts
 * import { asIsoMonth, historyFromSignals, type IsoMonth, matchMonth, type Signal } from '@signaalreis/core';
 * declare const october: Signal[]; // validated signals of October
 * declare const september: Signal[]; // last month's signals
 * const m = matchMonth({ month: asIsoMonth('2026-10'), signals: october, history: historyFromSignals(september) });
 * if (m.ok) {
 *   m.value.journeys.filter((j) => j.match.isMatch); // the matches, best ranked first
 *   m.value.journeys[0]?.caseId; // '2026-10-0001': the first ranked case (if there is a case)
 *   m.value.invalid.map((s) => s.index); // positions of input objects that were not signals
 * }
 * matchMonth({ month: '2026-13' as IsoMonth, signals: [] }).ok; // false: issue invalid_month at ['month']
 * ```
 */
export function matchMonth(
  input: MatchMonthInput,
  config: MatchingConfig = DEFAULT_MATCHING_CONFIG,
): Result<MonthMatch> {
  const checked = checkInput(input, config);
  if (!checked.ok) return checked;
  const { month, config: cfg } = checked.value;
  const history = checkHistory(input.history ?? [], month);
  const sorted = sortedSignals(input, month, cfg);
  const { groups } = sorted;
  const aside = [...sorted.aside]; // the result's own lists: a memo may hand the same to the next call
  const invalid = [...sorted.invalid];
  // the history of the month's households only: no other is read
  const pastByKey = new Map<string, HistoryEntry[]>();
  for (const e of history.entries) {
    if (!groups.has(e.householdKey as HouseholdKey)) continue;
    const list = pastByKey.get(e.householdKey);
    if (list) list.push(e);
    else pastByKey.set(e.householdKey, [e]);
  }
  const cases: Case[] = [];
  for (const [key, signals] of groups)
    cases.push(buildCase(key, signals, month, pastByKey.get(key) ?? [], cfg));
  cases.sort(compareCases);
  // A case's id is its month and rank: the rank does not depend on the input order (compareCases
  // ends with the household key) and says nothing about the address (docs/matching.md#case-ids).
  const journeys: MatchedJourney[] = cases.map((c, i) => {
    c.rank = i + 1;
    const caseId = numberedCaseId(month, c.rank, cases.length);
    if (c.issues.length > 0) c.issues = prefixIssues(c.issues, ['cases', caseId]);
    return { caseId, match: c };
  });
  return ok({
    month,
    journeys,
    setAside: aside,
    invalid,
    issues: history.issues,
    counts: countsOf(input.signals.length, cases, aside.length, invalid.length),
  });
}
