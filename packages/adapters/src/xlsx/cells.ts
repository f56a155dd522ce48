// One Excel cell as the text the signal CSV reader would read, per kind of column — so that every
// later check (lengths, control characters, the value parsers, the masking of personal data) is the
// CSV reader's own. What Excel stores as a typed value becomes canonical text: a number in an amount
// column `1527.96` (exact cents only), a date cell `2026-10-26`. A cell that cannot be such text is an
// issue of its own. What is read how: docs/formats/signals-xlsx.md, "What is read how".
import type { Bilingual } from '@signaalreis/core';
import type { SignalCsvField } from '../csv/headers';
import { type CellKindName, type ColumnKindName, XLSX_MESSAGES as M } from './messages';
import { excelSerialToIsoDate, serialOfExcelJsDate } from './serial-dates';

/** The kind of a signal column, for reading typed cells. */
export function columnKind(field: SignalCsvField | null): ColumnKindName {
  switch (field) {
    case 'amount':
      return 'amount';
    case 'signal_date':
    case 'arrear_since':
    case 'birth_date':
      return 'date';
    case 'terms_overdue':
    case 'reminders_sent':
      return 'count';
    default:
      return 'text';
  }
}

/** What a cell became: its text, or the issue (code and message) that rejects the row. */
export type CellText = { ok: true; text: string } | { ok: false; code: string; message: Bilingual };

/** Where a cell is and what it is called, for messages. */
export interface CellContext {
  /** The cell's address, `H12`. */
  address: string;
  /** The column's header as written. */
  column: string;
  kind: ColumnKindName;
  date1904: boolean;
}

// exceljs 4.4.0's cell values: text, number, boolean, Date, rich text, a formula with its cached
// result, an error value; `numFmt` is the cell's number format (styles read with `styles: 'cache'`).
type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };
type CellValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: { text: string }[] }
  | FormulaValue
  | { error: string }
  | { text: string; hyperlink: string };

// Excel writes characters that XML cannot hold as _xHHHH_ (ECMA-376 part 1, §22.9.2.19 ST_Xstring);
// a literal "_x" before four hex digits and "_" is itself written _x005F_x….
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const unescapeXstring = (text: string) =>
  text.includes('_x')
    ? text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

// A number format that shows a date or time (exceljs's own test, lib/utils/utils.js isDateFmt).
const isDateFormat = (format: string | undefined): boolean =>
  format !== undefined && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

const fail = (code: string, message: Bilingual): CellText => ({ ok: false, code, message });
const text = (t: string): CellText => ({ ok: true, text: t });

/** A number written without formatting: `1001`, `12.5`, `-3` (what the cell holds, not how it is shown). */
const plainNumber = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

/** A number in an amount column: exact cents only (the number nearest some n/100), else rejected. */
function amountText(n: number, at: CellContext): CellText {
  const cents = Math.round(n * 100);
  if (!Number.isSafeInteger(cents) || cents / 100 !== n)
    return fail('invalid_amount', M.amountDecimals(at.address, plainNumber(n)));
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return text(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
}

function serialText(serial: number, at: CellContext): CellText {
  const date = excelSerialToIsoDate(serial, at.date1904);
  return date === null ? fail('invalid_date', M.dateOutOfRange(at.address)) : text(date);
}

const wrongType = (found: CellKindName, at: CellContext): CellText =>
  found === 'date' && at.kind === 'text'
    ? fail('cell_type', M.dateInTextColumn(at.address, at.column))
    : fail('cell_type', M.cellType(at.address, at.column, found, at.kind));

/** A number (or a formula's numeric result), shown as a date when `dateFormat`. */
function numberText(n: number, dateFormat: boolean, at: CellContext): CellText {
  if (Number.isNaN(n)) return fail('cell_error', M.cellError(at.address, at.column, null));
  if (dateFormat) return at.kind === 'date' ? serialText(n, at) : wrongType('date', at);
  if (at.kind === 'date') return wrongType('number', at);
  if (at.kind === 'amount') return amountText(n, at);
  return text(plainNumber(n));
}

/**
 * The text of one cell for a column of kind `at.kind`, or why the row is rejected:
 * - text (also rich text, a hyperlink's text, a formula's text result) is read as it is, `_xHHHH_`
 *   escapes undone — then checked by the CSV reader like any CSV cell (an amount `€ 1.527,96`, a date
 *   `26-10-2026`);
 * - a number: in an amount column exact euros and cents (`invalid_amount` for more decimals), in a
 *   count or text column the number as written without formatting, in a date column `cell_type`;
 * - a date cell (a number with a date format, or a Date from exceljs): in a date column the calendar
 *   date (`invalid_date` outside 1900-01-01 … 9999-12-31 and for 1900-02-29), elsewhere `cell_type`;
 * - TRUE/FALSE `cell_type`; an error value (`#N/A`) `cell_error`; a formula is read by its cached
 *   result (never evaluated), and without one `formula_without_value`.
 */
export function cellText(value: CellValue, numFmt: string | undefined, at: CellContext): CellText {
  if (value === null || value === undefined) return text('');
  if (typeof value === 'string') return text(unescapeXstring(value));
  if (typeof value === 'number') return numberText(value, isDateFormat(numFmt), at);
  if (typeof value === 'boolean') return wrongType('boolean', at);
  if (value instanceof Date) {
    if (at.kind !== 'date') return wrongType('date', at);
    return serialText(serialOfExcelJsDate(value, at.date1904), at);
  }
  if ('richText' in value) return text(unescapeXstring(value.richText.map((r) => r.text ?? '').join('')));
  if ('error' in value) return fail('cell_error', M.cellError(at.address, at.column, String(value.error)));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null || result === '')
      return result === ''
        ? text('')
        : fail('formula_without_value', M.formulaWithoutValue(at.address, at.column));
    return cellText(result as CellValue, numFmt, at);
  }
  if ('text' in value) return text(unescapeXstring(String(value.text)));
  return fail('cell_type', M.cellType(at.address, at.column, 'number', at.kind));
}
