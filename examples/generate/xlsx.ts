// The October rows as an Excel workbook (.xlsx), the way a partner's spreadsheet holds them: Dutch
// headers and words, amounts as numbers with a euro format, dates as real date cells, counts and
// plain house numbers as numbers — except that the housing corporations (WO-*) typed their amounts
// and dates as text (`1.527,96`, `26-10-2026`), as happens when a sheet was pasted from elsewhere.
// The deliberate bad rows stay bad: the zero amount is the number 0, the impossible date 30-02-2026 is
// text (Excel cannot make it a date), the future and late dates are date cells.
// Not byte-identical between runs (a workbook records when it was written): the test compares cells.
import ExcelJS from 'exceljs';
import { toDutchDate } from './dates';
import { DUTCH_HEADERS, dutchAmount, dutchRow } from './excel';
import { COLUMNS, type Column, type Row } from './rows';

const DATE_COLUMNS = new Set<Column>(['signal_date', 'arrear_since', 'birth_date']);
const COUNT_COLUMNS = new Set<Column>(['terms_overdue', 'reminders_sent']);
/** The moment recorded in the workbook's properties: fixed, so the cells are all that varies. */
const WRITTEN = new Date(Date.UTC(2026, 9, 27, 8, 0, 0));

/** Excel serial of an ISO date (1900 system; dates after 1900-03-01). */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
const isRealDate = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) &&
  !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
  new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

/** One cell's value and number format, as the partner's spreadsheet holds it. */
export function xlsxCell(
  row: Row,
  column: Column,
  dutch: string,
): { value: string | number; numFmt?: string } {
  const raw = row[column];
  const typedAsText = row.partner_id.startsWith('WO-');
  if (raw === '') return { value: '' };
  if (column === 'amount' && /^\d+\.\d{2}$/.test(raw))
    return typedAsText ? { value: dutchAmount(raw) } : { value: Number(raw), numFmt: '#,##0.00 [$€-413]' };
  if (DATE_COLUMNS.has(column))
    return !typedAsText && isRealDate(raw)
      ? { value: serial(raw), numFmt: 'dd-mm-yyyy' }
      : { value: toDutchDate(raw) };
  if (COUNT_COLUMNS.has(column) && /^\d+$/.test(raw)) return { value: Number(raw) };
  if (column === 'house_number' && /^[1-9]\d*$/.test(raw)) return { value: Number(raw) };
  return { value: dutch };
}

/** The workbook's bytes: one sheet "Signalen" with a frozen, bold header row and an autofilter. */
export async function signalsWorkbook(rows: readonly Row[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'signaalreis examples/generate';
  book.created = WRITTEN;
  book.modified = WRITTEN;
  const sheet = book.addWorksheet('Signalen', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(COLUMNS.map((c) => DUTCH_HEADERS[c])).font = { bold: true };
  for (const row of rows) {
    const dutch = dutchRow(row);
    const added = sheet.addRow([]);
    COLUMNS.forEach((column, i) => {
      const { value, numFmt } = xlsxCell(row, column, dutch[i] ?? '');
      if (value === '') return;
      const cell = added.getCell(i + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(10, DUTCH_HEADERS[c].length + 2);
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
