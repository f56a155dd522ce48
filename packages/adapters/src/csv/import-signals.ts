import type { Issue, Result, Signal } from '@signaalreis/core';
import { type ReadSignalsOptions, type SignalImportEvent, streamSignalsCsv } from './read-signals';

/**
 * A whole signal file read into memory: the accepted signals and every rejected row with all its
 * issues. `rows === accepted.length + rejectedRows.length` always. Issue paths say where (see
 * `csvIssuePlace`): `['rows', 3, 'bsn']` is row 3, column `bsn`. For files too large to hold, use
 * {@link streamSignalsCsv}.
 *
 * @example
 * ```ts
 * import type { SignalImport } from '@signaalreis/adapters/csv';
 * const show = (r: SignalImport) => `${r.accepted.length} of ${r.rows} rows accepted`;
 * ```
 */
export interface SignalImport {
  /** Data records read (blank lines are not records). */
  rows: number;
  accepted: Signal[];
  /** One entry per rejected row: its first issue. */
  rejected: Issue[];
  /** Every rejected row with all its issues. */
  rejectedRows: { row: number; line: number; issues: Issue[] }[];
  /** Accepted rows with something to know (legal persons, dropped contact data). */
  flags: Issue[];
  /** File-level remarks that did not stop reading (unknown columns). */
  warnings: Issue[];
}

/**
 * Reads a whole signal CSV into a {@link SignalImport}. What stops reading (an empty file, a missing
 * or doubled column, a header line that cannot be read, UTF-16) fails the result with those issues.
 *
 * @example
 * ```ts
 * import { importSignalsCsv } from '@signaalreis/adapters/csv';
 * import { asIsoDate } from '@signaalreis/core';
 * declare const bytes: Uint8Array; // e.g. new Uint8Array(await file.arrayBuffer()) in a browser
 * const r = await importSignalsCsv(bytes, { today: asIsoDate('2026-11-01') }); // UTF-8 or Windows-1252
 * if (r.ok) r.value.rows === r.value.accepted.length + r.value.rejectedRows.length; // true
 * else r.issues.map((i) => i.message.nl); // e.g. ['Het bestand is leeg: …']
 * ```
 */
export async function importSignalsCsv(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  options: ReadSignalsOptions = {},
): Promise<Result<SignalImport>> {
  return collectSignalImport(streamSignalsCsv(input, options));
}

/**
 * Folds a stream of signal import events (of the CSV or the Excel reader) into a {@link SignalImport};
 * a `fatal` event fails the result with its issues. Internal: not exported from the package.
 */
export async function collectSignalImport(
  events: AsyncIterable<
    Exclude<SignalImportEvent, { type: 'header' }> | { type: 'header'; warnings: Issue[] }
  >,
): Promise<Result<SignalImport>> {
  const result: SignalImport = {
    rows: 0,
    accepted: [],
    rejected: [],
    rejectedRows: [],
    flags: [],
    warnings: [],
  };
  for await (const event of events) {
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
        const [first] = event.issues;
        if (first) result.rejected.push(first);
        result.rejectedRows.push({ row: event.row, line: event.line, issues: event.issues });
        break;
      }
      case 'fatal':
        return { ok: false, issues: event.issues };
    }
  }
  return { ok: true, value: result };
}
