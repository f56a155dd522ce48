// The monthly management report's figures: one pure function over months of cases (case files or
// the store's stored months) — what VPS gives a municipality each month (`vps-bkr`), in DDAS terms.
import { addMonths } from '../calendar/months';
import { SECTORS, type Sector, SIGNAL_KINDS } from '../model/enums';
import { isIsoDate, isIsoMonth } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { capacityFigures } from './capacity-figures';
import { contactFigures, countAll, crisisFigures, statusFigures } from './case-figures';
import { REPORT_MESSAGES as M } from './messages';
import type { MonthlyReportInput, ReportCase, ReportMonth } from './monthly-input';
import {
  MONTHLY_REPORT_FORMAT,
  type MonthlyReport,
  type PartnerFigures,
  type TrendMonth,
} from './monthly-types';
import { neighbourhoodFigures } from './neighbourhoods';
import { SMALL_COUNT_MIN } from './suppression';

/**
 * Most months a trend of {@link monthlyReport} shows (project default: three years of monthly
 * deliveries).
 *
 * @example
 * ```ts
 * import { MAX_TREND_MONTHS } from '@signaalreis/core';
 * const months = Math.min(12, MAX_TREND_MONTHS); // a year of trend
 * ```
 */
export const MAX_TREND_MONTHS = 36;

/** The most frequent key; ties: the first in code-unit order. */
function mostFrequent<K extends string>(tally: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  for (const [key, n] of tally) {
    const b = best === undefined ? -1 : (tally.get(best) ?? 0);
    if (n > b || (n === b && best !== undefined && key < best)) best = key;
  }
  return best;
}

const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

function partnerFigures(cases: readonly ReportCase[]): PartnerFigures[] {
  const partners = new Map<
    string,
    {
      names: Map<string, number>;
      sectors: Map<Sector, number>;
      signals: number;
      homes: Set<string>;
      cents: number;
    }
  >();
  for (const c of cases)
    for (const s of c.signals) {
      const p = partners.get(s.partnerId) ?? {
        names: new Map(),
        sectors: new Map(),
        signals: 0,
        homes: new Set(),
        cents: 0,
      };
      if (s.partnerName) bump(p.names, s.partnerName);
      bump(p.sectors, s.sector);
      p.signals += 1;
      p.homes.add(c.householdKey);
      p.cents += s.amountCents;
      partners.set(s.partnerId, p);
    }
  const rows = [...partners].map(([partnerId, p]) => {
    const name = mostFrequent(p.names);
    return {
      partnerId,
      ...(name === undefined ? {} : { partnerName: name }),
      sector: mostFrequent(p.sectors) ?? 'other',
      signals: p.signals,
      households: p.homes.size,
      amountCents: p.cents,
    };
  });
  return rows.sort((a, b) => b.signals - a.signals || (a.partnerId < b.partnerId ? -1 : 1));
}

function trendMonth(m: ReportMonth | undefined, month: MonthlyReport['month']): TrendMonth {
  if (m === undefined) return { month, present: false };
  const contact = contactFigures(m.cases);
  return {
    month,
    present: true,
    signals: m.cases.reduce((n, c) => n + c.signals.length, 0),
    cases: m.cases.length,
    matches: m.cases.filter((c) => c.isMatch).length,
    pickedUp: m.cases.filter((c) => c.signalStatus === 'Opgepakt').length,
    crisis: crisisFigures(m.cases, m.decidedOn).cases,
    attempts: contact.attempts,
    casesReached: contact.casesReached,
  };
}

/** Problems of the input that leave no report: bad month, count or day, a month twice, the report's month missing. */
function inputIssues(input: MonthlyReportInput): Issue[] {
  const out: Issue[] = [];
  if (!isIsoMonth(input.month)) out.push(issue('report_bad_month', ['month'], M.badMonth));
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_TREND_MONTHS)
    out.push(issue('report_bad_months', ['months'], M.badMonths(MAX_TREND_MONTHS)));
  if (!isIsoDate(input.on)) out.push(issue('report_bad_day', ['on'], M.badDay));
  const min = input.minCount ?? SMALL_COUNT_MIN;
  if (!Number.isInteger(min) || min < 1) out.push(issue('report_bad_min_count', ['minCount'], M.badMinCount));
  const seen = new Map<string, number>();
  input.cases.forEach((m, i) => {
    const first = seen.get(m.month);
    if (first !== undefined)
      out.push(issue('report_month_twice', ['cases', i, 'month'], M.monthTwice(m.month, first)));
    else seen.set(m.month, i);
  });
  if (out.length === 0 && !seen.has(input.month))
    out.push(issue('report_month_missing', ['month'], M.monthMissing(input.month)));
  return out;
}

/**
 * The figures of the monthly report for `input.month`, with a trend over the `input.months` months
 * that end with it. Cases of other months are left out. Per neighbourhood (the neighbourhood the
 * signals name, else the postcode's four digits) counts from 1 to 4 are suppressed (`< 5`,
 * `SMALL_COUNT_MIN`, project default after CBS practice), and one more count per column where the
 * column total would give a small one away. Everything else is counts over the whole municipality.
 *
 * Issues instead of figures: a month that is not `YYYY-MM` (`report_bad_month`), a trend of fewer
 * than 1 or more than 36 months (`report_bad_months`), a bad day (`report_bad_day`) or minimum
 * (`report_bad_min_count`), a month given twice (`report_month_twice`), or no cases of the report's
 * month (`report_month_missing`: a month without any case has nothing to report). Warnings in the
 * figures' `issues`: a trend month without cases (`report_trend_month_missing`), record statuses the
 * lifecycle table does not know (`report_unknown_status`; intake's status counts for them).
 *
 * @example
 * ```ts
 * import { asIsoDate, asIsoMonth, monthlyReport, publishedCountText, type ReportMonth } from '@signaalreis/core';
 * declare const months: ReportMonth[]; // August–October 2026, from case files or the store
 * const r = monthlyReport({ month: asIsoMonth('2026-10'), months: 3, cases: months, on: asIsoDate('2026-11-30') });
 * if (r.ok) {
 *   r.value.totals.matches; // cases that are a match
 *   r.value.neighbourhoods.rows.map((n) => `${n.name}: ${publishedCountText(n.counts.signals)}`); // e.g. ['Centrum: 41', 'Haven: < 5', …]
 *   r.value.trend.map((t) => (t.present ? t.signals : null)); // e.g. [236, 244, 242]
 * }
 * ```
 */
export function monthlyReport(input: MonthlyReportInput): Result<MonthlyReport> {
  const problems = inputIssues(input);
  if (problems.length > 0) return fail(problems);
  const byMonth = new Map(input.cases.map((m) => [m.month as string, m]));
  const current = byMonth.get(input.month) as ReportMonth;
  const cases = current.cases;
  const issues: Issue[] = [];
  const trend: TrendMonth[] = [];
  for (let i = input.months - 1; i >= 0; i -= 1) {
    const month = addMonths(input.month, -i);
    const t = trendMonth(byMonth.get(month), month);
    if (!t.present) issues.push(issue('report_trend_month_missing', ['cases'], M.trendMonthMissing(month)));
    trend.push(t);
  }
  const status = statusFigures(cases, current.lifecycle);
  if (status.unknownStatuses.length > 0)
    issues.push(issue('report_unknown_status', ['cases'], M.unknownStatus(status.unknownStatuses)));
  const signals = cases.flatMap((c) => c.signals);
  return ok({
    format: MONTHLY_REPORT_FORMAT,
    month: input.month,
    on: input.on,
    decidedOn: current.decidedOn,
    totals: {
      signals: signals.length,
      cases: cases.length,
      households: new Set(cases.map((c) => c.householdKey)).size,
      amountCents: signals.reduce((n, s) => n + s.amountCents, 0),
      matches: cases.filter((c) => c.isMatch).length,
      consecutiveCreditors: cases.filter((c) => c.consecutiveCreditors.length > 0).length,
      repeatSignals: signals.filter((s) => s.repeatOf !== undefined).length,
      recidive: cases.filter((c) => c.recidiveMonths.length > 0).length,
      pickedUp: cases.filter((c) => c.signalStatus === 'Opgepakt').length,
    },
    bySector: countAll(
      SECTORS,
      signals.map((s) => s.sector),
    ),
    byKind: countAll(
      SIGNAL_KINDS,
      signals.map((s) => s.kind),
    ),
    byPartner: partnerFigures(cases),
    neighbourhoods: neighbourhoodFigures(cases, input.minCount ?? SMALL_COUNT_MIN),
    byIntakeOutcome: countAll(
      ['picked-up', 'crisis', 'manual-review', 'not-picked-up'] as const,
      cases.map((c) => c.intakeOutcome),
    ),
    byStatus: status.byStatus,
    byResult: status.byResult,
    withoutResult: status.withoutResult,
    contact: contactFigures(cases),
    capacity: capacityFigures(cases, input.capacity),
    crisis: crisisFigures(cases, input.on),
    trend,
    issues,
  });
}
