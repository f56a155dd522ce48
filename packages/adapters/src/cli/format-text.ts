import { formatEuro, type Lang, SECTORS, SIGNAL_KINDS } from '@signaalreis/core';
import { KIND_TEXTS, labelOrId, SECTOR_TEXTS } from '../report/messages';
import { localize } from './lang';
import { issueCodeText, VALIDATE_MESSAGES } from './messages/validate';
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

/** The widest of `labels`, at least the column's usual 24 characters. */
const widthOf = (labels: readonly string[]): number => Math.max(24, ...labels.map((l) => l.length));

/** Issue codes by their words, the code after them (`issueCodeText`), each with its count and first rows. */
function codeSection(title: string, codes: CodeCount[], none: string, lang: Lang): string[] {
  if (codes.length === 0) return [title, `  ${none}`];
  const labels = codes.map((c) => issueCodeText(c.code, lang));
  const width = widthOf(labels);
  return [title, ...codes.map((c, i) => line(labels[i] as string, c.count, rowList(c, lang), width))];
}

/** A sector by its label in `lang`; an unknown one (a newer reader's) as it came. */
const sectorText = (sector: string, lang: Lang): string => labelOrId(SECTOR_TEXTS, sector, lang);

/** The partners' lines: id, signals, sector (by its label) and name. */
function partnerLines(partners: ValidationReport['byPartner'], lang: Lang): string[] {
  const sectors = partners.map((p) => sectorText(p.sector, lang));
  const width = Math.max(13, ...sectors.map((s) => s.length));
  return partners.map((p, i) =>
    line(`${p.partnerId}`, p.signals, `${(sectors[i] as string).padEnd(width)} ${p.partnerName}`, 16),
  );
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
      : report.warnings.map(
          (w) => `  ${issueCodeText(w.code, lang)}${w.column ? ` (${w.column})` : ''}: ${w.message}`,
        )),
    '',
    t.perSector,
    ...SECTORS.filter((s) => report.bySector[s] > 0).map((s) =>
      line(sectorText(s, lang), report.bySector[s], pct(report.bySector[s], signals)),
    ),
    '',
    t.perKind,
    ...SIGNAL_KINDS.filter((k) => report.byKind[k] > 0).map((k) =>
      line(KIND_TEXTS[k][lang], report.byKind[k], pct(report.byKind[k], signals)),
    ),
    '',
    t.perPartner(Math.min(TOP_PARTNERS, report.byPartner.length), report.byPartner.length),
    ...partnerLines(report.byPartner.slice(0, TOP_PARTNERS), lang),
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
