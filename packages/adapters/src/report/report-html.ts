// report.html: the monthly report as one self-contained page — the charts drawn to inline SVG when
// the report is made, the tables of reportTables, every text escaped by Handlebars. No script, no
// font, image or style from elsewhere: it opens from a file share and prints on A4.
import { formatEuro, type Lang, type MonthlyReport } from '@signaalreis/core';
import { reportCharts } from './charts';
import { REPORT_TEXTS as T } from './messages';
import { chartSvg } from './render-svg';
import { type ReportColumnKind, type ReportTable, reportTables } from './report-tables';
import { REPORT_CSS, REPORT_TEMPLATE } from './report-template';

/**
 * What a report page says about where its figures come from: the municipality (CBS code) and the
 * preset of the month, when known.
 *
 * @example
 * ```ts
 * import type { ReportSource } from '@signaalreis/adapters/report';
 * const source: ReportSource = { municipality: '0363', preset: 'type-medium' };
 * ```
 */
export interface ReportSource {
  municipality?: string | undefined;
  preset: string;
}

/** The sections of the page, in order, with the tables and notes each shows (charts follow their section id). */
const SECTIONS: { id: string; title: (lang: Lang, r: MonthlyReport) => string; tables: string[] }[] = [
  { id: 'sectors', title: (l) => T.bySector[l], tables: ['sectors', 'kinds'] },
  { id: 'partners', title: (l) => T.byPartner[l], tables: ['partners'] },
  { id: 'neighbourhoods', title: (l) => T.byNeighbourhood[l], tables: ['neighbourhoods'] },
  { id: 'statuses', title: (l) => T.intakeStatus[l], tables: ['intake', 'statuses'] },
  { id: 'results', title: (l) => T.results[l], tables: ['results'] },
  { id: 'contact', title: (l) => T.contact[l], tables: ['contact', 'channels'] },
  { id: 'capacity', title: (l) => T.capacity[l], tables: ['capacity'] },
  { id: 'crisis', title: (l) => T.crisis[l], tables: ['crisis'] },
  { id: 'trend', title: (l, r) => T.trend(r.trend.length)[l], tables: ['trend'] },
];

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** A value as the page shows it: counts grouped, amounts in euros, shares as whole percentages. */
function cellText(value: string | number | null | undefined, kind: ReportColumnKind, lang: Lang): string {
  if (value === null || value === undefined || value === '') return kind === 'text' ? '' : '–';
  if (typeof value === 'string') return value;
  if (kind === 'amount')
    return lang === 'nl'
      ? formatEuro(Math.round(value * 100))
      : new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(value);
  if (kind === 'share') return new Intl.NumberFormat(locale(lang), { style: 'percent' }).format(value);
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A table for the template: column titles and kinds, each row's cells as text. */
function viewOf(t: ReportTable, lang: Lang, withTitle: boolean) {
  return {
    id: t.id,
    subtitle: withTitle ? t.title : '',
    columns: t.columns.map((c) => ({ title: c.title, numeric: c.kind !== 'text' })),
    rows: t.rows.map((row) =>
      t.columns.map((c) => {
        const kind = c.kind !== 'text' && row.kind === 'amount' ? 'amount' : c.kind;
        return { text: cellText(row[c.key], kind, lang), numeric: c.kind !== 'text' };
      }),
    ),
  };
}

/** What a section says before its charts: that there is nothing to show. */
function introOf(id: string, r: MonthlyReport, lang: Lang): string[] {
  switch (id) {
    case 'results':
      return r.withoutResult === r.totals.cases ? [T.noResults[lang]] : [];
    case 'contact':
      return r.contact.attempts === 0 ? [T.noAttempts(r.contact.casesWithRecord)[lang]] : [];
    case 'crisis':
      return r.crisis.cases === 0 ? [T.noCrisis[lang]] : [];
    default:
      return [];
  }
}

/** The notes under a section: the suppression legend, and what capacity did. */
function notesOf(id: string, r: MonthlyReport, lang: Lang): string[] {
  const s = r.neighbourhoods.suppression;
  switch (id) {
    case 'neighbourhoods':
      return [
        T.legend(s.min, s.source)[lang],
        T.suppressed(s.primary, s.secondary)[lang],
        ...(r.neighbourhoods.rows.some((n) => n.fromPostcode) ? [T.postcodeNote[lang]] : []),
      ];
    case 'capacity':
      return [
        ...(r.capacity.known ? [] : [T.capacityUnknown[lang]]),
        r.capacity.overflowKnown
          ? T.capacityChanged(r.capacity.casesOverflowed, r.capacity.casesUnplaced)[lang]
          : T.overflowUnknown[lang],
      ];
    default:
      return [];
  }
}

/**
 * The monthly report as one HTML page in `lang` (Dutch by default): header, key figures, and per
 * section the charts (vega-lite, drawn to inline SVG now, so no script is needed to view it), the
 * tables of `reportTables` and notes — the neighbourhood table with its `< 5` legend and what was
 * suppressed. Every text is HTML-escaped (Handlebars); the page loads nothing from elsewhere and
 * prints on A4.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from '@signaalreis/core';
 * import { writeOutputFile } from '@signaalreis/adapters/output';
 * import { reportHtml } from '@signaalreis/adapters/report';
 * declare const figures: MonthlyReport; // monthlyReport(…).value
 * const html = await reportHtml(figures, { municipality: '0363', preset: 'type-medium' }, 'nl');
 * writeOutputFile('out/report-2026-10/report.html', html);
 * ```
 */
export async function reportHtml(r: MonthlyReport, source: ReportSource, lang: Lang = 'nl'): Promise<string> {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  const tables = new Map(reportTables(r, lang).map((t) => [t.id, t]));
  const charts = reportCharts(r, lang);
  const svgs = await Promise.all(charts.map((c) => chartSvg(c.spec, lang)));
  const monthLabel = new Intl.DateTimeFormat(locale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${r.month}-01T00:00:00Z`));
  const key = tables.get('key-figures');
  const sections = SECTIONS.map((s) => {
    const own = charts
      .map((c, i) => ({ ...c, svg: svgs[i] }))
      .filter((c) => c.section === s.id || s.tables.includes(c.section));
    const list = s.tables.flatMap((id) => {
      const t = tables.get(id);
      return t && t.rows.length > 0 ? [viewOf(t, lang, s.tables.length > 1)] : [];
    });
    return {
      id: s.id,
      title: s.title(lang, r),
      charts: own.map((c) => ({ id: c.id, svg: c.svg, caption: c.caption })),
      tables: list,
      intro: introOf(s.id, r, lang),
      notes: notesOf(s.id, r, lang),
    };
  });
  sections.push({
    id: 'notes',
    title: T.notes[lang],
    charts: [],
    tables: [],
    intro: [],
    notes: r.issues.map((i) => i.message[lang]),
  });
  return hb.compile(REPORT_TEMPLATE, { strict: true })({
    lang,
    css: REPORT_CSS,
    title: T.title[lang],
    monthLabel,
    subtitle: T.subtitle(monthLabel, source.municipality ?? '', source.preset)[lang],
    dates: T.dates(r.decidedOn, r.on)[lang],
    privacy: T.privacy[lang],
    keyFigures: {
      title: T.keyFigures[lang],
      items: (key?.rows ?? []).map((row) => ({
        label: String(row.measure),
        // whole euros: a key figure is read at a glance
        value:
          row.kind === 'amount' && typeof row.count === 'number'
            ? cellText(Math.round(row.count), 'amount', lang).replace(/[,.]00$/, '')
            : cellText(row.count, 'count', lang),
      })),
    },
    sections: sections.filter((s) => s.charts.length + s.tables.length + s.intro.length + s.notes.length > 0),
    footer: T.footer[lang],
  });
}
