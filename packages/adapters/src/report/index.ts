// Public API of adapters/report: the monthly report (issue 15) as files — report.html with charts
// drawn to inline SVG (vega-lite, loaded on first use), report.xlsx with the same tables, and
// report.json with the figures of core's `monthlyReport`.
export { type ReportSource, reportHtml } from './report-html';
export { reportJson } from './report-json';
export { reportMonthOf } from './report-month';
export { type ReportColumnKind, type ReportTable, reportTables } from './report-tables';
export { reportWorkbook } from './report-xlsx';
