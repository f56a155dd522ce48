import { formatEuro, SECTORS, SIGNAL_KINDS } from '@signaalreis/core';
import type { CodeCount, ValidationReport } from './validation-report';

const TOP_PARTNERS = 15;

const pct = (n: number, total: number): string => (total === 0 ? '' : `${((100 * n) / total).toFixed(1)}%`);

/** Left-aligned label, right-aligned number, optional tail. */
const line = (label: string, value: number | string, tail = '', width = 24): string =>
  `  ${label.padEnd(width)} ${String(value).padStart(6)}${tail ? `  ${tail}` : ''}`;

const rowList = (c: CodeCount): string => {
  const more = c.count > c.firstRows.length ? ', …' : '';
  return `${c.firstRows.length === 1 ? 'row' : 'rows'} ${c.firstRows.join(', ')}${more}`;
};

function codeSection(title: string, codes: CodeCount[], none: string): string[] {
  if (codes.length === 0) return [title, `  ${none}`];
  return [title, ...codes.map((c) => line(c.code, c.count, rowList(c)))];
}

/** The human-readable `validate` report. */
export function formatValidationText(
  report: ValidationReport,
  rejectedCodes: CodeCount[],
  flagCodes: CodeCount[],
) {
  const rejected = report.rows - report.accepted;
  const signals = report.accepted;
  const out: string[] = [
    `signaalreis validate ${report.file}`,
    report.sheet !== undefined
      ? `  Excel workbook, sheet '${report.sheet}'`
      : `  encoding ${report.encoding ?? '?'}, delimiter '${report.delimiter ?? '?'}'`,
    '',
    'Rows',
    line('read', report.rows),
    line('accepted', report.accepted, pct(report.accepted, report.rows)),
    line('rejected', rejected, pct(rejected, report.rows)),
    '',
    ...codeSection('Rejected rows per reason (a row may have several)', rejectedCodes, 'none'),
    '',
    ...codeSection('Flags on accepted rows (e.g. legal persons)', flagCodes, 'none'),
    '',
    'Warnings',
    ...(report.warnings.length === 0
      ? ['  none']
      : report.warnings.map((w) => `  ${w.code}${w.column ? ` (${w.column})` : ''}: ${w.message}`)),
    '',
    'Signals per sector',
    ...SECTORS.filter((s) => report.bySector[s] > 0).map((s) =>
      line(s, report.bySector[s], pct(report.bySector[s], signals)),
    ),
    '',
    'Signals per kind',
    ...SIGNAL_KINDS.filter((k) => report.byKind[k] > 0).map((k) =>
      line(k, report.byKind[k], pct(report.byKind[k], signals)),
    ),
    '',
    `Signals per partner${report.byPartner.length > TOP_PARTNERS ? ` (top ${TOP_PARTNERS} of ${report.byPartner.length})` : ''}`,
    ...report.byPartner
      .slice(0, TOP_PARTNERS)
      .map((p) => line(`${p.partnerId}`, p.signals, `${p.sector.padEnd(13)} ${p.partnerName}`, 16)),
    '',
    'Households',
    line('households', report.households),
    line(
      'signals from ≥ 2 partners',
      report.multiPartnerHouseholds,
      pct(report.multiPartnerHouseholds, report.households),
    ),
    '',
    `Total amount  ${formatEuro(report.totalAmountCents)}`,
  ];
  return `${out.join('\n')}\n`;
}
