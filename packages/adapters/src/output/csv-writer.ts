// The one CSV writer of signaalreis: csv-stringify with every text cell (header included) passed
// through neutraliseCell. Numbers written as numbers are left alone, so an amount column stays
// numeric; columns declared `numeric` may hold numbers as text ("12.50", "-3.00") and keep them as
// they are as long as they are plain decimal numbers. Why: docs/security.md, "Spreadsheet formulas".
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './csv-cell';

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
  /** The columns in order; each is both the key in the rows and the header. */
  columns: readonly string[];
  /**
   * Columns that hold numbers written as text (e.g. an amount with two decimals): a value that is a
   * plain decimal number (`-12.50`) is written unchanged, anything else is neutralised like text.
   */
  numeric?: readonly string[];
}

/** A plain decimal number: what a `numeric` column may hold without neutralising. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

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
  const numeric = new Set(options.numeric ?? []);
  return stringify(rows as Record<string, CsvCell>[], {
    header: true,
    columns: [...options.columns],
    cast: {
      string: (value, context) =>
        !context.header && numeric.has(String(context.column)) && DECIMAL.test(value)
          ? value
          : neutraliseCell(value),
      number: (value) => (Number.isFinite(value) ? String(value) : neutraliseCell(String(value))),
    },
  });
}
