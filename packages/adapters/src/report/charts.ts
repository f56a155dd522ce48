// The charts of the monthly report as vega-lite specifications, in the reader's language: bars for
// sectors, partners, statuses, results, contact and channels, capacity used against capacity, and
// the trend as lines. A chart without data is left out (the section says so in words instead).
import { CHANNEL_LABELS, type Lang, type MonthlyReport, TEAM_LABELS } from '@signaalreis/core';
import { MEASURE_TEXTS, SECTOR_TEXTS, REPORT_TEXTS as T } from './messages';

/** A vega-lite specification as plain JSON (the report builds them; vega-lite compiles them). */
export type ChartSpec = Record<string, unknown>;

/** One chart of the report: the section it belongs to, a caption, and its specification. */
export interface ReportChart {
  id: string;
  section: string;
  caption: string;
  spec: ChartSpec;
}

/** Width of a chart in CSS pixels: fits the 180 mm text width of an A4 page (680 px) with room to spare. */
export const CHART_WIDTH = 600;
const COLOR = '#2f6f8f';
const REACHED = '#e07b39';

/** Shared settings: fit the width, readable labels, whole-number axes, no chart title (the section has it). */
const base = (description: string, values: readonly object[]): ChartSpec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  description,
  width: CHART_WIDTH,
  autosize: { type: 'fit-x', contains: 'padding' },
  background: 'white',
  data: { values },
  config: {
    font: 'Arial, Helvetica, sans-serif',
    axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220, grid: true },
    legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom', labelLimit: 300 },
    view: { stroke: null },
  },
});

/** Horizontal bars: one per label, longest first. */
function bars(
  description: string,
  values: { label: string; count: number }[],
  countTitle: string,
): ChartSpec {
  return {
    ...base(description, values),
    height: { step: 20 },
    mark: { type: 'bar', color: COLOR },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: '-x', axis: { labelLimit: 300 } },
      x: { field: 'count', type: 'quantitative', title: countTitle, axis: { tickMinStep: 1, format: ',d' } },
    },
  };
}

/** Two bars per label (e.g. attempts and reached), side by side. */
function pairedBars(
  description: string,
  values: { label: string; series: string; count: number }[],
  countTitle: string,
) {
  return {
    ...base(description, values),
    height: { step: 14 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 300 } },
      yOffset: { field: 'series', type: 'nominal', sort: null },
      x: { field: 'count', type: 'quantitative', title: countTitle, axis: { tickMinStep: 1, format: ',d' } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        sort: null,
        scale: { range: [COLOR, REACHED, '#8c8c8c'] },
      },
    },
  };
}

/** The charts of a report in `lang`, each with its section id (see `reportTables`). */
export function reportCharts(r: MonthlyReport, lang: Lang): ReportChart[] {
  const out: ReportChart[] = [];
  const add = (id: string, section: string, caption: string, spec: ChartSpec | undefined) => {
    if (spec) out.push({ id, section, caption, spec });
  };
  const signals = MEASURE_TEXTS.signals[lang];
  const cases = T.cases[lang];
  const some = <V>(rows: V[]) => (rows.length > 0 ? rows : undefined);

  const sectors = some(
    r.bySector
      .filter((s) => s.count > 0)
      .map((s) => ({ label: SECTOR_TEXTS[s.value][lang], count: s.count })),
  );
  add('sectors', 'sectors', T.bySector[lang], sectors && bars(T.bySector[lang], sectors, signals));

  const partners = some(r.byPartner.map((p) => ({ label: p.partnerName ?? p.partnerId, count: p.signals })));
  add('partners', 'partners', T.byPartner[lang], partners && bars(T.byPartner[lang], partners, signals));

  const statuses = some(
    r.byStatus.filter((s) => s.count > 0).map((s) => ({ label: s.value, count: s.count })),
  );
  add('statuses', 'statuses', T.status[lang], statuses && bars(T.status[lang], statuses, cases));

  const results = some([
    ...r.byResult.filter((s) => s.count > 0).map((s) => ({ label: s.value as string, count: s.count })),
    ...(r.withoutResult > 0 ? [{ label: T.noResult[lang], count: r.withoutResult }] : []),
  ]);
  add('results', 'results', T.result[lang], results && bars(T.result[lang], results, cases));

  const contact = some(
    r.contact.byKind
      .filter((k) => k.attempts > 0)
      .flatMap((k) => [
        { label: k.kind, series: T.casesAttempted[lang], count: k.casesAttempted },
        { label: k.kind, series: T.casesReached[lang], count: k.casesReached },
      ]),
  );
  add('contact', 'contact', T.contact[lang], contact && pairedBars(T.contact[lang], contact, cases));

  const channels = some(
    r.contact.plannedPrimary
      .filter((c) => c.count > 0)
      .map((c) => ({ label: CHANNEL_LABELS[c.value][lang], count: c.count })),
  );
  add(
    'channels',
    'channels',
    T.primaryChannel[lang],
    channels && bars(T.primaryChannel[lang], channels, cases),
  );

  const teamText = (team: string | undefined) =>
    team === undefined ? T.allTeams[lang] : (TEAM_LABELS[team as keyof typeof TEAM_LABELS]?.[lang] ?? team);
  // the capacities that limit something: used against the capacity, and what overflowed out
  const capacity = some(
    r.capacity.rows
      .filter((u) => u.perMonth !== null)
      .flatMap((u) => {
        const label = `${CHANNEL_LABELS[u.channel][lang]} (${teamText(u.team)})`;
        return [
          { label, series: T.perMonth[lang], count: u.perMonth ?? 0 },
          { label, series: T.used[lang], count: u.used },
          { label, series: T.overflowedOut[lang], count: u.overflowedOut },
        ];
      }),
  );
  add('capacity', 'capacity', T.capacity[lang], capacity && pairedBars(T.capacity[lang], capacity, cases));

  const trend = some(
    r.trend.flatMap((m) =>
      m.present
        ? [
            { month: m.month, series: signals, count: m.signals },
            { month: m.month, series: cases, count: m.cases },
            { month: m.month, series: MEASURE_TEXTS.matches[lang], count: m.matches },
            { month: m.month, series: MEASURE_TEXTS.pickedUp[lang], count: m.pickedUp },
          ]
        : [],
    ),
  );
  const months = r.trend.map((m) => m.month);
  add(
    'trend',
    'trend',
    T.trend(r.trend.length)[lang],
    trend && {
      ...base(T.trend(r.trend.length)[lang], trend),
      height: 220,
      mark: { type: 'line', point: true },
      encoding: {
        x: {
          field: 'month',
          type: 'ordinal',
          title: T.month[lang],
          sort: months,
          scale: { domain: months },
          axis: { labelAngle: 0 },
        },
        y: { field: 'count', type: 'quantitative', title: null, axis: { tickMinStep: 1, format: ',d' } },
        color: { field: 'series', type: 'nominal', title: null },
      },
    },
  );
  return out;
}
