// The one CSV writer of signaalreis: csv-stringify with every text cell (header included) passed
// through neutraliseCell. Numbers written as numbers are left alone, so an amount column stays
// numeric; columns declared `numeric` may hold numbers as text ("12.50", "-3.00") and keep them as
// they are as long as they are plain decimal numbers. Why: docs/security.md, "Spreadsheet formulas".
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './csv-cell';
import { csvFields, DECIMAL } from './csv-field';

/**
 * A cell value for {@link csvTable}: text (neutralised), a number (written as it is), or nothing.
 *
 * @example
 * ```ts
 * import type { CsvCell } from '@signaalreis/adapters/output';
 * const row: Record<string, CsvCell> = { case_id: 'C-1', priority: 2, deadline: undefined };
 * ```
 */
export type CsvCell = string | number | null | undefined;

/**
 * Options of {@link csvTable}.
 *
 * @example
 * ```ts
 * import type { CsvTableOptions } from '@signaalreis/adapters/output';
 * const options: CsvTableOptions = { columns: ['case_id', 'total_amount'], numeric: ['total_amount'] };
 * ```
 */
export interface CsvTableOptions {
  /** The columns in order; each is the key in the rows, and the header unless `headers` names another. */
  columns: readonly string[];
  /** The header to write for a column (e.g. its Dutch title); a column not named here is its own header. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Columns that hold numbers written as text (e.g. an amount with two decimals): a value that is a
   * plain decimal number (`-12.50`) is written unchanged, anything else is neutralised like text.
   */
  numeric?: readonly string[];
  /** The flavour of CSV: `rfc4180` (default) or `excel-nl` (see {@link CsvDialect}). */
  dialect?: CsvDialect;
}

/**
 * The flavours of CSV that {@link csvTable} writes:
 * - `rfc4180` (the default): `,` between fields, `.` in decimals, LF line ends, no byte-order mark;
 * - `excel-nl`: what Excel with Dutch settings opens by double-click without the import wizard —
 *   `;` between fields, a decimal comma in numbers and numeric columns (`1527,96`, `-3,5`), a UTF-8
 *   byte-order mark (so `ë` and `€` are not read as Windows-1252) and CRLF line ends.
 *
 * Both neutralise formulas the same way. Dates stay `YYYY-MM-DD`, which Dutch Excel reads as dates.
 *
 * @example
 * ```ts
 * import { type CsvDialect, csvTable } from '@signaalreis/adapters/output';
 * const dialect: CsvDialect = 'excel-nl';
 * csvTable([{ total: '12.50', n: 2 }], { columns: ['total', 'n'], numeric: ['total'], dialect });
 * // '\uFEFFtotal;n\r\n12,50;2\r\n'
 * ```
 */
export type CsvDialect = 'rfc4180' | 'excel-nl';

/**
 * The dialects, in order: for command-line choices and checks.
 *
 * @example
 * ```ts
 * import { CSV_DIALECTS } from '@signaalreis/adapters/output';
 * CSV_DIALECTS.includes('excel-nl'); // true
 * ```
 */
export const CSV_DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-nl'];

/**
 * A table as the writers take it: columns, the numeric ones among them, and rows — written as CSV by
 * {@link csvTable} (`csvTable(t.rows, t)`) or as a sheet by `xlsxWorkbook`.
 *
 * @example
 * ```ts
 * import { csvTable, type OutputTable } from '@signaalreis/adapters/output';
 * const table: OutputTable = { columns: ['case_id', 'total_amount'], numeric: ['total_amount'], rows: [] };
 * csvTable(table.rows, table); // 'case_id,total_amount\n'
 * ```
 */
export interface OutputTable {
  columns: readonly string[];
  /** The header (CSV) or title (Excel) of a column, when not its name or its `XLSX_COLUMNS` title. */
  headers?: Readonly<Record<string, string>>;
  numeric?: readonly string[];
  rows: readonly Record<string, CsvCell>[];
}

/**
 * CSV text (RFC 4180, `,`, LF, header row) of `rows`, safe to open in a spreadsheet: every text
 * cell and header goes through {@link neutraliseCell}. A non-finite number is written as neutralised
 * text. The header is written also when there are no rows.
 *
 * @example
 * ```ts
 * import { csvTable } from '@signaalreis/adapters/output';
 * csvTable([{ name: '=HYPERLINK("http://x")', amount: -12.5, total: '-3.00' }], {
 *   columns: ['name', 'amount', 'total'],
 *   numeric: ['total'],
 * });
 * // 'name,amount,total\n"\'=HYPERLINK(""http://x"")",-12.5,-3.00\n'
 * ```
 */
export function csvTable(rows: readonly Record<string, CsvCell>[], options: CsvTableOptions): string {
  return csvText(rows, options, true);
}

/** CSV text of `rows`; `head`: with the header row (and the byte-order mark of `excel-nl`). */
function csvText(rows: readonly Record<string, CsvCell>[], options: CsvTableOptions, head: boolean): string {
  const numeric = new Set(options.numeric ?? []);
  const excel = options.dialect === 'excel-nl';
  // A plain decimal number is the only text that gets a decimal comma: it cannot start a formula.
  const decimal = (n: string) => (excel ? n.replace('.', ',') : n);
  return stringify(rows as Record<string, CsvCell>[], {
    header: head,
    columns: options.columns.map((key) => ({ key, header: options.headers?.[key] ?? key })),
    // a cell with a lone LF or CR is quoted in both dialects (csv-stringify quotes only the record
    // delimiter itself once one is given; readers also end a row at LF: issue 14)
    ...(excel
      ? { delimiter: ';', record_delimiter: 'windows' as const, quote_record_delimiter: true, bom: head }
      : {}),
    cast: {
      string: (value, context) =>
        !context.header && numeric.has(String(context.column)) && DECIMAL.test(value)
          ? decimal(value)
          : neutraliseCell(value),
      number: (value) => (Number.isFinite(value) ? decimal(String(value)) : neutraliseCell(String(value))),
    },
  });
}

/** Rows per piece of {@link csvPieces}, of the worklist pieces of `run` and of its history index (project default). */
export const PIECE_ROWS = 64;

/** Column keys that csv-stringify reads as they are (no `a.b` or `a[0]` paths). */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * The records of {@link csvText} without csv-stringify's per-field machinery, for large tables:
 * the same cast (neutraliseCell, decimal comma) and the same quoting (a field with the delimiter,
 * a quote, CR or LF is quoted, quotes doubled). `undefined` for a row it does not know how to write
 * (a value of another type): that row goes through csv-stringify. The property test in
 * csv-writer.property.test.ts holds the two to the same bytes.
 */
function recordWriter(
  options: CsvTableOptions,
): ((row: Record<string, CsvCell>) => string | undefined) | undefined {
  if (!options.columns.every((c) => PLAIN_KEY.test(c))) return undefined;
  const f = csvFields(options.dialect);
  const numeric = new Set(options.numeric ?? []);
  const columns = options.columns.map((key) => ({ key, text: numeric.has(key) ? f.numericText : f.text }));
  return (row) => {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const { key, text } = columns[i] as (typeof columns)[number];
      const v = row[key];
      if (i > 0) line += f.delimiter;
      if (typeof v === 'string') line += text(v);
      else if (typeof v === 'number') line += f.number(v);
      else if (v !== undefined && v !== null) return undefined;
    }
    return line + f.end;
  };
}

/**
 * The text of {@link csvTable} a line at a time, for a writer that keeps rows apart and joins them
 * later (internal: `signaalreis criteria` on a large ledger): `head` is the header row (with the
 * byte-order mark of `excel-nl`), `line(row)` one record with its line break. `head` and the lines
 * of the rows, joined, are `csvTable` of the rows.
 */
export function csvLines(options: CsvTableOptions): {
  head: string;
  line: (row: Record<string, CsvCell>) => string;
} {
  const write = recordWriter(options);
  return { head: csvText([], options, true), line: (row) => write?.(row) ?? csvText([row], options, false) };
}

/**
 * The text of {@link csvTable} a piece at a time: the header, then the rows a few thousand at a
 * time, each row made when its piece is — so a worklist of a hundred thousand rows is never held as
 * rows or as one string. Joined, the pieces are exactly `csvTable` of all the rows. Columns are
 * plain keys of the rows (as in every table of signaalreis).
 *
 * @example
 * ```ts
 * import { csvPieces, writeOutputFolder } from '@signaalreis/adapters/output';
 * declare const cases: { id: string; total: number }[];
 * const rows = function* () {
 *   for (const c of cases) yield { case_id: c.id, total_amount: (c.total / 100).toFixed(2) };
 * };
 * const options = { columns: ['case_id', 'total_amount'], numeric: ['total_amount'] };
 * writeOutputFolder('out', [{ name: 'cases.csv', data: () => csvPieces(rows(), options) }]);
 * ```
 */
export function* csvPieces(
  rows: Iterable<Record<string, CsvCell>>,
  options: CsvTableOptions,
): Generator<string> {
  const lines = csvLines(options);
  yield lines.head;
  let piece: string[] = [];
  for (const row of rows) {
    piece.push(lines.line(row));
    if (piece.length < PIECE_ROWS) continue;
    yield piece.join('');
    piece = [];
  }
  if (piece.length > 0) yield piece.join('');
}
