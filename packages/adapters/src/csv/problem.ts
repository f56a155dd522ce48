/**
 * One problem found in a CSV file: where (data row, physical line, column) and what (code, message).
 *
 * - `row` is the 1-based index of the data record: the first record after the header is row 1;
 *   blank lines are not records. A line that cannot be read as a record (a quote not closed on it,
 *   longer than the limit) is a row of its own. Problems of the file as a whole (header, encoding)
 *   have row 0.
 * - `line` is the physical line of the file where the record starts (the header is line 1). It
 *   differs from `row + 1` when a well-formed quoted field contains a newline or blank lines occur.
 * - `column` is the header as written in the file, or `null` for the row or file as a whole.
 *
 * @example
 * ```ts
 * import type { RowProblem } from '@signaalreis/adapters';
 * const p: RowProblem = { row: 3, line: 4, column: 'bsn', code: 'invalid_bsn', message: 'BSN ****6789 fails the elfproef' };
 * ```
 */
export interface RowProblem {
  row: number;
  line: number;
  column: string | null;
  code: string;
  message: string;
}
