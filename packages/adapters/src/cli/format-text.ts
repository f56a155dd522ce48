import { formatEuro, type Lang, SECTORS, SIGNAL_KINDS } from '@signaalreis/core';
import { localize } from './lang';
import { VALIDATE_MESSAGES } from './messages/validate';
import type { CodeCount, ValidationReport } from './validation-report';

const TOP_PARTNERS = 15;

const pct = (n: number, total: number): string => (total === 0 ? '' : `${((100 * n) / total).toFixed(1)}%`);

/** Left-aligned label, right-aligned number, optional tail. */
const line = (label: string, value: number | string, tail = '', width = 24): string =>
  `  ${label.padEnd(width)} ${String(value).padStart(6)}${tail ? `  ${tail}` : ''}`;

const rowList = (c: CodeCount, lang: Lang): string => {
  const more = c.count > c.firstRows.length ? ', …' : '';
  return VALIDATE_MESSAGES.rowList(c.firstRows.length, `${c.firstRows.join(', ')}${more}`)[lang];
};

function codeSection(title: string, codes: CodeCount[], none: string, lang: Lang): string[] {
  if (codes.length === 0) return [title, `  ${none}`];
  return [title, ...codes.map((c) => line(c.code, c.count, rowList(c, lang)))];
}

/** The human-readable `validate` report. */
export function formatValidationText(
  report: ValidationReport,
  rejectedCodes: CodeCount[],
  flagCodes: CodeCount[],
  lang: Lang = 'nl',
) {
  const t = localize(VALIDATE_MESSAGES, lang);
  const rejected = report.rows - report.accepted;
  const signals = report.accepted;
  const out: string[] = [
    `signaalreis validate ${report.file}`,
    report.sheet !== undefined
      ? t.workbook(report.sheet)
      : t.csvFile(report.encoding ?? '?', report.delimiter ?? '?'),
    '',
    t.rows,
    line(t.read, report.rows),
    line(t.accepted, report.accepted, pct(report.accepted, report.rows)),
    line(t.rejectedRows, rejected, pct(rejected, report.rows)),
    '',
    ...codeSection(t.rejectedPerReason, rejectedCodes, t.none, lang),
    '',
    ...codeSection(t.flags, flagCodes, t.none, lang),
    '',
    t.warnings,
    ...(report.warnings.length === 0
      ? [`  ${t.none}`]
      : report.warnings.map((w) => `  ${w.code}${w.column ? ` (${w.column})` : ''}: ${w.message}`)),
    '',
    t.perSector,
    ...SECTORS.filter((s) => report.bySector[s] > 0).map((s) =>
      line(s, report.bySector[s], pct(report.bySector[s], signals)),
    ),
    '',
    t.perKind,
    ...SIGNAL_KINDS.filter((k) => report.byKind[k] > 0).map((k) =>
      line(k, report.byKind[k], pct(report.byKind[k], signals)),
    ),
    '',
    t.perPartner(Math.min(TOP_PARTNERS, report.byPartner.length), report.byPartner.length),
    ...report.byPartner
      .slice(0, TOP_PARTNERS)
      .map((p) => line(`${p.partnerId}`, p.signals, `${p.sector.padEnd(13)} ${p.partnerName}`, 16)),
    '',
    t.households,
    line(t.householdsCount, report.households),
    line(
      t.multiPartner,
      report.multiPartnerHouseholds,
      pct(report.multiPartnerHouseholds, report.households),
    ),
    '',
    t.total(formatEuro(report.totalAmountCents)),
  ];
  return `${out.join('\n')}\n`;
}
