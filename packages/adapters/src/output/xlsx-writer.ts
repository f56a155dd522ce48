// The one Excel (.xlsx) writer of signaalreis: the same tables as the CSV files, as a workbook for
// people — Dutch column titles, amounts as euro numbers, dates as real date cells, a frozen header
// row with an autofilter, columns wide enough to read. Every text cell (titles included) goes
// through neutraliseCell, as in the CSV writer: a text cell of an .xlsx is no formula when opened,
// but it becomes one when someone edits it (F2, Enter) or saves the sheet as CSV. Why:
// docs/security.md, "Spreadsheet formulas". exceljs (4.4.0) is loaded on first use.
import { isIsoDate } from '@signaalreis/core';
import type { Cell, Workbook } from 'exceljs';
import { neutraliseCell } from './csv-cell';
import type { CsvCell, OutputTable } from './csv-writer';
import { XLSX_COLUMNS, type XlsxColumnKind } from './xlsx-columns';

/**
 * One sheet of {@link xlsxWorkbook}: a name and a table, as given to `csvTable` (the same columns,
 * the same rows). Titles and kinds come from `XLSX_COLUMNS`.
 *
 * @example
 * ```ts
 * import type { XlsxSheet } from '@signaalreis/adapters/output';
 * const sheet: XlsxSheet = { name: 'wijkteam huisbezoek', columns: ['case_id', 'deadline'], rows: [{ case_id: 'C-1', deadline: '2026-11-09' }] };
 * ```
 */
export interface XlsxSheet extends OutputTable {
  /** The tab's name; made safe and unique by {@link xlsxSheetNames}. */
  name: string;
}

/**
 * The number formats of {@link xlsxWorkbook} (Excel's codes; `[$€-413]` is the euro sign of the
 * Dutch locale, LCID 0x413, so the sign shows whatever the reader's own locale).
 *
 * @example
 * ```ts
 * import { XLSX_NUMBER_FORMATS } from '@signaalreis/adapters/output';
 * XLSX_NUMBER_FORMATS.amount; // '#,##0.00 [$€-413]': 1527.96 shows as € 1.527,96 in a Dutch Excel
 * ```
 */
export const XLSX_NUMBER_FORMATS = {
  amount: '#,##0.00 [$€-413]',
  date: 'dd-mm-yyyy',
  integer: '0',
} as const;

const DAY_MS = 86_400_000;
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
// Excel's sheet-name rules: at most 31 characters, none of \ / ? * [ ] :, no ' at either end.
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;
// Characters XML 1.0 cannot hold (and CR, which XML turns into LF), and a literal "_xHHHH_": written
// as ECMA-376's _xHHHH_ escape (part 1, §22.9.2.19), which Excel shows as the character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const xstring = (text: string) =>
  text.replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/**
 * Safe, unique sheet names for `names`, in order: forbidden characters become `_`, names are cut to
 * 31 characters, an empty name becomes `Blad`, `History` (reserved) gets a suffix, and a name that
 * equals an earlier one (case-insensitively, as Excel compares) gets ` (2)`, ` (3)` … within 31.
 *
 * @example
 * ```ts
 * import { xlsxSheetNames } from '@signaalreis/adapters/output';
 * xlsxSheetNames(['team/phone', 'Team/Phone', 'history']); // ['team_phone', 'Team_Phone (2)', 'history (2)']
 * ```
 */
export function xlsxSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return names.map((raw) => {
    const base =
      raw
        .replace(FORBIDDEN_IN_SHEET_NAME, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Blad';
    let name = base.slice(0, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Text as Excel keeps it: neutralised against formulas, then characters XML cannot hold escaped. */
const textValue = (text: string) => xstring(neutraliseCell(text));

/** Writes one value into a cell of a column of `kind`. */
function put(cell: Cell, value: CsvCell, kind: XlsxColumnKind): void {
  if (value === null || value === undefined || value === '') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) cell.value = textValue(String(value));
    else {
      cell.value = value;
      if (kind === 'amount' || kind === 'integer') cell.numFmt = XLSX_NUMBER_FORMATS[kind];
    }
    return;
  }
  if (kind === 'date' && isIsoDate(value) && value >= '1900-03-01') {
    cell.value = Date.parse(`${value}T00:00:00Z`) / DAY_MS + 25_569; // the serial number: no time zone
    cell.numFmt = XLSX_NUMBER_FORMATS.date;
  } else if ((kind === 'amount' && DECIMAL.test(value)) || (kind === 'integer' && INTEGER.test(value))) {
    cell.value = Number(value);
    cell.numFmt = XLSX_NUMBER_FORMATS[kind];
  } else cell.value = textValue(value);
}

const WIDTH = { min: 8, max: 60, sample: 1000 } as const;
const MIN_WIDTH: Record<XlsxColumnKind, number> = { text: 8, integer: 6, amount: 14, date: 12 };

function addSheet(book: Workbook, name: string, sheet: XlsxSheet): void {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const kinds = sheet.columns.map((c) => XLSX_COLUMNS[c]?.kind ?? 'text');
  const titles = sheet.columns.map((c) => sheet.headers?.[c] ?? XLSX_COLUMNS[c]?.title ?? c);
  const header = ws.addRow(titles.map(textValue));
  header.font = { bold: true };
  for (const row of sheet.rows) {
    const added = ws.addRow([]);
    sheet.columns.forEach((c, i) => {
      put(added.getCell(i + 1), row[c], kinds[i] ?? 'text');
    });
  }
  if (sheet.columns.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  sheet.columns.forEach((c, i) => {
    const longest = sheet.rows.slice(0, WIDTH.sample).reduce(
      (n, r) =>
        Math.max(
          n,
          ...String(r[c] ?? '')
            .split('\n')
            .map((l) => l.length),
        ),
      0,
    );
    const width = Math.max(longest, (titles[i] ?? '').length, MIN_WIDTH[kinds[i] ?? 'text']) + 2;
    ws.getColumn(i + 1).width = Math.min(Math.max(width, WIDTH.min), WIDTH.max);
  });
}

/**
 * An Excel workbook (.xlsx bytes) with one sheet per table: Dutch column titles (`XLSX_COLUMNS`;
 * an unlisted column keeps its name), a bold, frozen header row with an autofilter, column widths
 * from the content. Values by the column's kind: amounts (`total_amount` `'1527.96'` or a number)
 * become numbers shown `€ 1.527,96`, dates (`2026-11-09`) real date cells shown `09-11-2026`, whole
 * numbers numbers; anything else in such a column, and every text, is text through `neutraliseCell`.
 * Numbers given as numbers are never touched. Write the bytes with `writeOutputFolder` or
 * `writeOutputFile`.
 *
 * @example
 * ```ts
 * import { writeOutputFile, xlsxWorkbook } from '@signaalreis/adapters/output';
 * const bytes = await xlsxWorkbook([
 *   { name: 'Capaciteit', columns: ['channel', 'used'], rows: [{ channel: '=1+1', used: 3 }] }, // cell A2: "'=1+1"
 * ]);
 * writeOutputFile('capacity.xlsx', bytes);
 * ```
 */
export async function xlsxWorkbook(
  sheets: readonly XlsxSheet[],
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  book.creator = 'signaalreis';
  book.created = now;
  book.modified = now;
  const names = xlsxSheetNames(sheets.map((s) => s.name));
  sheets.forEach((s, i) => {
    addSheet(book, names[i] ?? `Blad ${i + 1}`, s);
  });
  if (sheets.length === 0) book.addWorksheet('Blad1'); // Excel cannot open a workbook without a sheet
  return new Uint8Array(await book.xlsx.writeBuffer());
}
