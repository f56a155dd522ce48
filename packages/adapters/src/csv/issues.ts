// Where a problem in a CSV file is, as an issue path: the one mapping of every CSV reader (signals,
// ledger, population register, debt assistance). Documented in docs/formats/signals-csv.md, "Problems".
import { type Bilingual, type Issue, type IssuePath, issue } from '@signaalreis/core';

/**
 * The issue of a data record (`row` from 1), in one cell (`column`: the header as written in the
 * file) or in the record as a whole (`column` null): path `['rows', row, column]` or `['rows', row]`;
 * `line` is the physical line the record starts on.
 */
export function rowIssue(
  row: number,
  line: number,
  column: string | null,
  code: string,
  message: Bilingual,
): Issue {
  const path: IssuePath = column === null ? ['rows', row] : ['rows', row, column];
  return { code, path, message, line };
}

/** The issue of the header line, in one column (path `['header', column]`) or as a whole (`['header']`). */
export function headerIssue(line: number, column: string | null, code: string, message: Bilingual): Issue {
  return { code, path: column === null ? ['header'] : ['header', column], message, line };
}

/** The issue of the file as a whole (path `[]`): its encoding, an empty file; `line` when known. */
export function fileIssue(code: string, message: Bilingual, line?: number): Issue {
  return issue(code, [], message, line);
}

/**
 * The row and column of an issue of a CSV reader, read from its path: `['rows', 3, 'bsn']` is row 3,
 * column `bsn`; `['rows', 3]` row 3 as a whole (column `null`); `['header', 'amount']` the header
 * (row 0), column `amount`; `[]` the file as a whole (row 0, column `null`). The physical line is
 * the issue's `line`.
 *
 * @example
 * ```ts
 * import { csvIssuePlace, importSignalsCsv } from '@signaalreis/adapters/csv';
 * declare const csvText: string;
 * const r = await importSignalsCsv(csvText);
 * if (r.ok) for (const i of r.value.rejected) {
 *   const { row, column } = csvIssuePlace(i);
 *   console.log(`row ${row} (line ${i.line}), column ${column ?? '-'}: ${i.message.nl}`);
 * }
 * ```
 */
export function csvIssuePlace(issue: Pick<Issue, 'path'>): { row: number; column: string | null } {
  const [where, at, column] = issue.path;
  if (where === 'rows' && typeof at === 'number')
    return { row: at, column: typeof column === 'string' ? column : null };
  if (where === 'header') return { row: 0, column: typeof at === 'string' ? at : null };
  return { row: 0, column: null };
}
