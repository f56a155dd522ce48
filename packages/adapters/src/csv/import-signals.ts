import type { Signal } from '@signaalreis/core';
import type { RowProblem } from './problem';
import { type ReadSignalsOptions, streamSignalsCsv } from './read-signals';

/**
 * A whole signal file read into memory: the accepted signals and every rejected row with all its
 * problems. `rows === accepted.length + rejectedRows.length` always. For files too large to hold,
 * use {@link streamSignalsCsv}.
 *
 * @example
 * ```ts
 * import type { SignalImport } from '@signaalreis/adapters';
 * const show = (r: SignalImport) => `${r.accepted.length} of ${r.rows} rows accepted`;
 * ```
 */
export interface SignalImport {
  /** Data records read (blank lines are not records). */
  rows: number;
  accepted: Signal[];
  /** One entry per rejected row: its first problem. */
  rejected: RowProblem[];
  /** Every rejected row with all its problems. */
  rejectedRows: { row: number; line: number; problems: RowProblem[] }[];
  /** Accepted rows with something to know (legal persons, dropped contact data). */
  flags: RowProblem[];
  /** File-level remarks that did not stop reading (unknown columns). */
  warnings: RowProblem[];
  /** Problems that stopped reading (empty file, missing column, a header line that cannot be read, UTF-16). */
  fatal: RowProblem[];
}

/**
 * Reads a whole signal CSV into a {@link SignalImport}.
 *
 * @example
 * ```ts
 * import { importSignalsCsv } from '@signaalreis/adapters';
 * const result = await importSignalsCsv(csvText, { today: '2026-11-01' });
 * result.rows === result.accepted.length + result.rejectedRows.length; // true
 * ```
 */
export async function importSignalsCsv(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  options: ReadSignalsOptions = {},
): Promise<SignalImport> {
  const result: SignalImport = {
    rows: 0,
    accepted: [],
    rejected: [],
    rejectedRows: [],
    flags: [],
    warnings: [],
    fatal: [],
  };
  for await (const event of streamSignalsCsv(input, options)) {
    switch (event.type) {
      case 'header':
        result.warnings.push(...event.warnings);
        break;
      case 'accepted':
        result.rows++;
        result.accepted.push(event.signal);
        result.flags.push(...event.flags);
        break;
      case 'rejected': {
        result.rows++;
        const [first] = event.problems;
        if (first) result.rejected.push(first);
        result.rejectedRows.push({ row: event.row, line: event.line, problems: event.problems });
        break;
      }
      case 'fatal':
        result.fatal.push(...event.problems);
        break;
    }
  }
  return result;
}
