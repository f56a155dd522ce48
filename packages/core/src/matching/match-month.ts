// Matching one month: signals (+ history) → cases per household, ranked, each signal accounted for.

import { assertIsoMonth } from '../calendar/iso';
import { monthOf } from '../calendar/months';
import type { IsoMonth } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { type Signal, signalHouseholdKey } from '../model/signal';
import {
  caseSignal,
  compareCases,
  consecutiveCreditorsOf,
  matchInfo,
  reachedBeforeOf,
  recidiveOf,
  totalsOf,
} from './case-facts';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig } from './config';
import { checkHistory, type HistoryEntry } from './history';
import type { Case, MatchCounts, MonthMatch, SetAsideSignal } from './types';

/**
 * What {@link matchMonth} reads.
 *
 * @example
 * ```ts
 * import type { MatchMonthInput } from '@signaalreis/core';
 * const input: MatchMonthInput = { month: '2026-10', signals: [] };
 * ```
 */
export interface MatchMonthInput {
  /** The matching month, `YYYY-MM`: the month of the signals' dates. */
  month: IsoMonth;
  signals: readonly Signal[];
  /** Signals of earlier months (see `historyFromSignals`). */
  history?: readonly HistoryEntry[];
  config?: MatchingConfig;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Keyed {
  key: string;
  signal: Signal;
  /** The whole signal as JSON, computed only when two signals tie on every sort key. */
  text?: string;
}

const textOf = (k: Keyed): string => {
  k.text ??= JSON.stringify(k.signal);
  return k.text;
};

function inArea(signal: Signal, config: MatchingConfig): boolean {
  if (!config.area) return true;
  const n = signal.address.postcode.slice(0, 4);
  return config.area.postcodeRanges.some((r) => r.from <= n && n <= r.to);
}

function setAside(signal: Signal, code: string, message: string): SetAsideSignal {
  return { signal, issue: issue(code, ['signals', signal.signalId], message) };
}

/** Sorts the input into a canonical order and sets aside what cannot become part of a case. */
function sortAndFilter(input: MatchMonthInput, config: MatchingConfig) {
  const keyed: Keyed[] = input.signals.map((signal) => ({
    key: signalHouseholdKey(signal),
    signal,
  }));
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
  const ids = new Set<string>();
  for (const k of keyed) {
    const s = k.signal;
    const id = `${s.partner.id}\u0000${s.signalId}`;
    if (monthOf(s.signalDate) !== input.month) {
      aside.push(
        setAside(
          s,
          'signal_not_in_month',
          `Signal ${s.signalId} is dated ${s.signalDate}, not in ${input.month}`,
        ),
      );
    } else if (!inArea(s, config)) {
      aside.push(
        setAside(
          s,
          'outside_municipality',
          `Signal ${s.signalId}: postcode ${s.address.postcode} is outside the municipality's postcode ranges`,
        ),
      );
    } else if (ids.has(id)) {
      aside.push(
        setAside(s, 'duplicate_signal', `Signal ${s.signalId} of ${s.partner.id} occurs more than once`),
      );
    } else {
      ids.add(id);
      kept.push(k);
    }
  }
  return { kept, aside };
}

function buildCase(
  key: string,
  signals: readonly Signal[],
  month: IsoMonth,
  past: readonly HistoryEntry[],
  config: MatchingConfig,
): Case {
  const css = signals.map((s) => caseSignal(s, month, past, config));
  const match = matchInfo(css, month, past, config);
  const forwarded = config.forward === 'all' || match.isMatch;
  const issues: Issue[] = [];
  if (css.length > config.maxSignalsPerHousehold) {
    issues.push(
      issue(
        'too_many_signals',
        ['cases', `${month}/${key}`],
        `${css.length} signals for one household (more than ${config.maxSignalsPerHousehold}): an institution or a data error? Review by hand`,
      ),
    );
  }
  const first = signals[0] as Signal;
  return {
    caseId: `${month}/${key}`,
    month,
    householdKey: key,
    address: first.address,
    signals: css,
    match,
    forwarded,
    ...(forwarded ? {} : { notForwardedReason: 'no match (only matches are forwarded)' }),
    rank: 0,
    totals: totalsOf(css),
    recidive: recidiveOf(month, past, config),
    consecutiveCreditors: consecutiveCreditorsOf(css, month, past),
    reachedBefore: reachedBeforeOf(past),
    issues,
    manualReview: issues.length > 0,
  };
}

function countsOf(signals: number, cases: readonly Case[], aside: number): MatchCounts {
  const n = (f: (c: Case) => boolean) => cases.filter(f).length;
  return {
    signals,
    inCases: cases.reduce((k, c) => k + c.signals.length, 0),
    setAside: aside,
    cases: cases.length,
    matches: n((c) => c.match.isMatch),
    forwarded: n((c) => c.forwarded),
    repeats: cases.reduce((k, c) => k + c.signals.filter((s) => s.repeat).length, 0),
    recidive: n((c) => c.recidive !== undefined),
    consecutiveCreditors: n((c) => c.consecutiveCreditors !== undefined),
    manualReview: n((c) => c.manualReview),
  };
}

/**
 * Groups a month's signals per household into cases, finds matches (2+ distinct partners in the
 * same or the consecutive month, inside the arrear-age window), repeats, recidive and consecutive
 * creditors, and ranks the cases (more signals, higher total amount, older arrear). Every signal
 * ends up in exactly one case or in `setAside` with a reason; the result does not depend on the
 * order of the input. See `docs/matching.md`.
 *
 * @example
 * ```ts
 * import { historyFromSignals, matchMonth } from '@signaalreis/core';
 * const m = matchMonth({ month: '2026-10', signals: october, history: historyFromSignals(september) });
 * m.counts.signals === m.counts.inCases + m.counts.setAside; // true
 * m.cases.filter((c) => c.match.isMatch).length; // the matches, best ranked first
 * ```
 */
export function matchMonth(input: MatchMonthInput): MonthMatch {
  assertIsoMonth(input.month, 'matching month');
  const config = input.config ?? DEFAULT_MATCHING_CONFIG;
  const history = checkHistory(input.history ?? [], input.month);
  const { kept, aside } = sortAndFilter(input, config);
  const pastByKey = new Map<string, HistoryEntry[]>();
  for (const e of history.entries) {
    const list = pastByKey.get(e.householdKey);
    if (list) list.push(e);
    else pastByKey.set(e.householdKey, [e]);
  }
  const groups = new Map<string, Signal[]>();
  for (const k of kept) {
    const list = groups.get(k.key);
    if (list) list.push(k.signal);
    else groups.set(k.key, [k.signal]);
  }
  const cases = [...groups].map(([key, signals]) =>
    buildCase(key, signals, input.month, pastByKey.get(key) ?? [], config),
  );
  cases.sort(compareCases);
  cases.forEach((c, i) => {
    c.rank = i + 1;
  });
  return {
    month: input.month,
    cases,
    setAside: aside,
    issues: history.issues,
    counts: countsOf(input.signals.length, cases, aside.length),
  };
}
