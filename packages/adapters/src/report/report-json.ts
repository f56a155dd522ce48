// report.json: the figures of the monthly report for other tools — core's MonthlyReport (its
// `format` names the version) with the municipality and preset it is about.
import type { MonthlyReport } from '@signaalreis/core';
import type { ReportSource } from './report-html';

/**
 * The figures as the JSON text of `report.json`: `{ format, month, …, municipality, preset }`,
 * indented, ending with a newline. Counts per neighbourhood are as published (`{ below: 5 }` for
 * `< 5`, `{ hidden: true }` for `×`), never the suppressed values.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from '@signaalreis/core';
 * import { reportJson } from '@signaalreis/adapters/report';
 * declare const figures: MonthlyReport;
 * JSON.parse(reportJson(figures, { municipality: '0363', preset: 'type-medium' })).format; // 'signaalreis-report/1'
 * ```
 */
export function reportJson(r: MonthlyReport, source: ReportSource): string {
  const about = {
    ...(source.municipality === undefined ? {} : { municipality: source.municipality }),
    preset: source.preset,
  };
  return `${JSON.stringify({ ...r, ...about }, null, 2)}\n`;
}
