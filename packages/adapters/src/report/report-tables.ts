// The tables of the monthly report, once, in the reader's language: report.html shows them under
// its charts and report.xlsx writes one sheet per table, so both say the same.
import {
  CHANNEL_LABELS,
  type CountOf,
  type Lang,
  type MonthlyReport,
  NEIGHBOURHOOD_MEASURES,
  publishedCountText,
  TEAM_LABELS,
} from '@signaalreis/core';
import { KIND_TEXTS, MEASURE_TEXTS, OUTCOME_TEXTS, SECTOR_TEXTS, REPORT_TEXTS as T } from './messages';

/** How a column shows its values: text, a count, an amount in euros, or a share (0–1) as a percentage. */
export type ReportColumnKind = 'text' | 'count' | 'amount' | 'share';

/**
 * One table of the report: an id (also the HTML section's), a title and columns in the reader's
 * language, and rows of plain values (counts as numbers; a suppressed count as its text `< 5`). A
 * row's `kind` (not a column) overrides the kind of its numbers (the key figures' amount).
 *
 * @example
 * ```ts
 * import type { ReportTable } from '@signaalreis/adapters/report';
 * const csvLine = (t: ReportTable, i: number) => t.columns.map((c) => String(t.rows[i]?.[c.key] ?? '')).join(';');
 * ```
 */
export interface ReportTable {
  id: string;
  title: string;
  columns: { key: string; title: string; kind: ReportColumnKind }[];
  rows: Record<string, string | number | null>[];
}

const col = (key: string, title: string, kind: ReportColumnKind = 'count') => ({ key, title, kind });

/** Rows of a vocabulary count, non-zero ones only (a table of twenty zeros reads badly). */
const nonZero = <V extends string>(rows: CountOf<V>[], label: (v: V) => string, key: string) =>
  rows.filter((r) => r.count > 0).map((r) => ({ [key]: label(r.value), count: r.count }));

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The key figures: what a council member reads first. */
function keyFigures(r: MonthlyReport, lang: Lang): ReportTable {
  const t = r.totals;
  const rows: [string, number, ReportColumnKind][] = [
    [MEASURE_TEXTS.signals[lang], t.signals, 'count'],
    [MEASURE_TEXTS.households[lang], t.households, 'count'],
    [T.cases[lang], t.cases, 'count'],
    [T.amount[lang], t.amountCents / 100, 'amount'],
    [MEASURE_TEXTS.matches[lang], t.matches, 'count'],
    [MEASURE_TEXTS.consecutiveCreditors[lang], t.consecutiveCreditors, 'count'],
    [T.repeatSignals[lang], t.repeatSignals, 'count'],
    [MEASURE_TEXTS.recidive[lang], t.recidive, 'count'],
    [MEASURE_TEXTS.pickedUp[lang], t.pickedUp, 'count'],
    [T.crisisCases[lang], r.crisis.cases, 'count'],
  ];
  return {
    id: 'key-figures',
    title: T.keyFigures[lang],
    columns: [col('measure', T.measure[lang], 'text'), col('count', T.count[lang])],
    // the amount in the count column: `kind` (not a column) tells the HTML to show it in euros
    rows: rows.map(([measure, count, kind]) => ({ measure, count, kind })),
  };
}

/** The neighbourhood's name as shown: a postcode stands in when no partner named a neighbourhood. */
const areaName = (row: MonthlyReport['neighbourhoods']['rows'][number], lang: Lang) =>
  row.name === '?' ? T.unknownArea[lang] : row.fromPostcode ? T.postcode(row.name)[lang] : row.name;

/**
 * The tables of a report in `lang`: key figures, sectors, kinds, partners, neighbourhoods
 * (suppressed counts as `< 5` and `×`), intake outcomes, DDAS statuses and results, contact per DDAS
 * kind, planned channels, capacity, crisis deadlines and the trend.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from '@signaalreis/core';
 * import { reportTables } from '@signaalreis/adapters/report';
 * declare const figures: MonthlyReport;
 * reportTables(figures, 'nl').find((t) => t.id === 'neighbourhoods')?.rows[0]; // e.g. { neighbourhood: 'Centrum', signals: 41, matches: '< 5', … }
 * ```
 */
export function reportTables(r: MonthlyReport, lang: Lang): ReportTable[] {
  const teamText = (team: string | undefined) =>
    team === undefined ? T.allTeams[lang] : (TEAM_LABELS[team as keyof typeof TEAM_LABELS]?.[lang] ?? team);
  const c = r.contact;
  return [
    keyFigures(r, lang),
    {
      id: 'sectors',
      title: T.perSector[lang],
      columns: [col('sector', T.sector[lang], 'text'), col('count', MEASURE_TEXTS.signals[lang])],
      rows: nonZero(r.bySector, (s) => SECTOR_TEXTS[s][lang], 'sector'),
    },
    {
      id: 'kinds',
      title: T.perKind[lang],
      columns: [col('kind', T.kind[lang], 'text'), col('count', MEASURE_TEXTS.signals[lang])],
      rows: nonZero(r.byKind, (k) => KIND_TEXTS[k][lang], 'kind'),
    },
    {
      id: 'partners',
      title: T.byPartner[lang],
      columns: [
        col('partner', T.partner[lang], 'text'),
        col('name', T.partnerName[lang], 'text'),
        col('sector', T.sector[lang], 'text'),
        col('signals', MEASURE_TEXTS.signals[lang]),
        col('households', MEASURE_TEXTS.households[lang]),
        col('total_amount', T.amount[lang], 'amount'),
      ],
      rows: r.byPartner.map((p) => ({
        partner: p.partnerId,
        name: p.partnerName ?? '',
        sector: SECTOR_TEXTS[p.sector][lang],
        signals: p.signals,
        households: p.households,
        total_amount: p.amountCents / 100,
      })),
    },
    {
      id: 'neighbourhoods',
      title: T.byNeighbourhood[lang],
      columns: [
        col('neighbourhood', T.neighbourhood[lang], 'text'),
        ...NEIGHBOURHOOD_MEASURES.map((m) => col(m, MEASURE_TEXTS[m][lang])),
      ],
      rows: r.neighbourhoods.rows.map((row) => ({
        neighbourhood: areaName(row, lang),
        ...Object.fromEntries(
          NEIGHBOURHOOD_MEASURES.map((m) => {
            const cell = row.counts[m];
            return [m, typeof cell === 'number' ? cell : publishedCountText(cell)];
          }),
        ),
      })),
    },
    {
      id: 'intake',
      title: T.outcome[lang],
      columns: [col('outcome', T.outcome[lang], 'text'), col('count', T.cases[lang])],
      rows: nonZero(r.byIntakeOutcome, (o) => OUTCOME_TEXTS[o][lang], 'outcome'),
    },
    {
      id: 'statuses',
      title: T.status[lang],
      columns: [col('status', T.status[lang], 'text'), col('count', T.cases[lang])],
      rows: nonZero(r.byStatus, (s) => s, 'status'),
    },
    {
      id: 'results',
      title: T.results[lang],
      columns: [col('result', T.result[lang], 'text'), col('count', T.cases[lang])],
      rows: [
        ...nonZero(r.byResult, (s) => s, 'result'),
        ...(r.withoutResult > 0 ? [{ result: T.noResult[lang], count: r.withoutResult }] : []),
      ],
    },
    {
      id: 'contact',
      title: T.contact[lang],
      columns: [
        col('kind', T.contactKind[lang], 'text'),
        col('attempts', T.attempts[lang]),
        col('attemptsReached', T.attemptsReached[lang]),
        col('casesAttempted', T.casesAttempted[lang]),
        col('casesReached', T.casesReached[lang]),
        col('reach', T.reach[lang], 'share'),
      ],
      rows: c.byKind
        .filter((k) => k.attempts > 0)
        .map((k) => ({ ...k, reach: share(k.casesReached, k.casesAttempted) })),
    },
    {
      id: 'channels',
      title: T.primaryChannel[lang],
      columns: [col('channel', T.channel[lang], 'text'), col('count', T.cases[lang])],
      rows: [
        ...nonZero(c.plannedPrimary, (ch) => CHANNEL_LABELS[ch][lang], 'channel'),
        ...(c.withoutPlan > 0 ? [{ channel: T.noPlan[lang], count: c.withoutPlan }] : []),
      ],
    },
    {
      id: 'capacity',
      title: T.capacity[lang],
      columns: [
        col('channel', T.channel[lang], 'text'),
        col('team', T.team[lang], 'text'),
        col('per_month', T.perMonth[lang]),
        col('used', T.used[lang]),
        col('available', T.available[lang]),
        col('overflowed_in', T.overflowedIn[lang]),
        col('overflowed_out', T.overflowedOut[lang]),
        col('unplaced', T.unplaced[lang]),
      ],
      rows: r.capacity.rows.map((u) => ({
        channel: CHANNEL_LABELS[u.channel][lang],
        team: teamText(u.team),
        per_month: u.perMonth ?? (r.capacity.known ? T.noLimit[lang] : '?'),
        used: u.used,
        available: u.available ?? '',
        overflowed_in: u.overflowedIn,
        overflowed_out: u.overflowedOut,
        unplaced: u.unplaced,
      })),
    },
    {
      id: 'crisis',
      title: T.crisis[lang],
      columns: [col('measure', T.measure[lang], 'text'), col('count', T.cases[lang])],
      rows: [
        [T.crisisCases, r.crisis.cases],
        [T.deadlineMet, r.crisis.met],
        [T.reachedByDeadline, r.crisis.reachedByDeadline],
        [T.deadlineMissed, r.crisis.missed],
        [T.deadlineOpen, r.crisis.open],
        [T.deadlineUnknown, r.crisis.unknown],
      ].map(([text, count]) => ({
        measure: (text as { nl: string; en: string })[lang],
        count: count as number,
      })),
    },
    {
      id: 'trend',
      title: T.trend(r.trend.length)[lang],
      columns: [
        col('month', T.month[lang], 'text'),
        col('signals', MEASURE_TEXTS.signals[lang]),
        col('cases', T.cases[lang]),
        col('matches', MEASURE_TEXTS.matches[lang]),
        col('pickedUp', MEASURE_TEXTS.pickedUp[lang]),
        col('crisis', T.crisisCases[lang]),
        col('attempts', T.attempts[lang]),
        col('casesReached', T.casesReached[lang]),
      ],
      rows: r.trend.map((m) => {
        if (!m.present) return { month: m.month, signals: T.noData[lang] };
        const { present: _present, ...counts } = m;
        return counts;
      }),
    },
  ];
}
