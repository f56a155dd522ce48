// report.xlsx: the tables of the monthly report, one sheet each, through the project's one Excel
// writer (Dutch titles, frozen header, every text cell neutralised against formulas), and a first
// sheet that says what the report is about and how small counts were treated.
import type { Lang, MonthlyReport } from '@signaalreis/core';
import { xlsxWorkbook } from '../output/xlsx-writer';
import { REPORT_TEXTS as T } from './messages';
import type { ReportSource } from './report-html';
import { reportTables } from './report-tables';

/**
 * The monthly report as an Excel workbook (.xlsx bytes) in `lang`: a sheet about the report (month,
 * municipality, preset, dates, the `< 5` legend, what was suppressed, warnings), then one sheet per
 * table of `reportTables` — the same tables as report.html. Counts are numbers, a suppressed count
 * is the text `< 5` or `×`; every text cell goes through `neutraliseCell`.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from '@signaalreis/core';
 * import { writeOutputFile } from '@signaalreis/adapters/output';
 * import { reportWorkbook } from '@signaalreis/adapters/report';
 * declare const figures: MonthlyReport;
 * writeOutputFile('out/report-2026-10/report.xlsx', await reportWorkbook(figures, { preset: 'type-medium' }, 'nl'));
 * ```
 */
export async function reportWorkbook(
  r: MonthlyReport,
  source: ReportSource,
  lang: Lang = 'nl',
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const s = r.neighbourhoods.suppression;
  const about = [
    [T.month[lang], r.month],
    [T.title[lang], T.subtitle(r.month, source.municipality ?? '', source.preset)[lang]],
    ['', T.dates(r.decidedOn, r.on)[lang]],
    ['', T.privacy[lang]],
    ['< 5 / ×', T.legend(s.min, s.source)[lang]],
    ['', T.suppressed(s.primary, s.secondary)[lang]],
    ...r.issues.map((i) => [T.notes[lang], i.message[lang]]),
  ].map(([measure, value]) => ({ measure, value }));
  const sheets = [
    {
      name: T.title[lang],
      columns: ['measure', 'value'],
      headers: { measure: T.measure[lang], value: '' },
      rows: about,
    },
    ...reportTables(r, lang).map((t) => ({
      name: t.title,
      columns: t.columns.map((c) => c.key),
      headers: Object.fromEntries(t.columns.map((c) => [c.key, c.title])),
      rows: t.rows,
    })),
  ];
  return xlsxWorkbook(sheets, options);
}
