// The per-household helpers of case-facts.ts as they were before issue 14's twentieth round (chains
// of `filter`, `map`, `Set` and `sort`), kept only to hold the one-pass ones to them
// (case-facts.property.test.ts). Not part of the public API.
import { addMonths, monthsBetween } from '../calendar/months';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Cents } from '../model/money';
import { historyCounts } from './case-facts';
import type { MatchingConfig } from './config';
import type { HistoryEntry } from './history';
import type { Case, CaseSignal, CaseTotals, MatchInfo } from './types';

/** The match, as before. */
export function oldMatchInfo(
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
    isMatch: partners.length >= config.match.minDistinctPartners,
    matchPartners: partners,
    matchPartnersFromPreviousMonth: partners.filter((p) => !now.has(p)),
    matchSource: config.match.source,
  };
}

/** Recidive, as before. */
export function oldRecidiveOf(
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

/** Consecutive creditors, as before. */
export function oldConsecutiveCreditorsOf(
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

/** Totals, as before. */
export function oldTotalsOf(signals: readonly CaseSignal[]): CaseTotals {
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
