import type { Result } from '@signaalreis/core';
import { collectSignalImport, type SignalImport } from '../csv/import-signals';
import { type ReadSignalsXlsxOptions, readSignalsXlsxFile } from './read-signals-xlsx';

/**
 * Reads a whole Excel signal file into a `SignalImport` — the accepted signals and every rejected
 * row with all its issues, as `importSignalsCsv` does for CSV; `line` is the Excel row number. What
 * stops reading (not a workbook, a password, a missing sheet or column, an empty sheet) fails the
 * result with those issues. For large files use {@link readSignalsXlsxFile}.
 *
 * @example
 * ```ts
 * import { importSignalsXlsxFile } from '@signaalreis/adapters/xlsx';
 * import { asIsoDate } from '@signaalreis/core';
 * const r = await importSignalsXlsxFile('signals.xlsx', { sheet: 'Oktober', today: asIsoDate('2026-11-01') });
 * if (!r.ok) r.issues.map((i) => i.code); // e.g. ['sheet_not_found'] — the message lists the sheets
 * ```
 */
export async function importSignalsXlsxFile(
  path: string,
  options: ReadSignalsXlsxOptions = {},
): Promise<Result<SignalImport>> {
  return collectSignalImport(readSignalsXlsxFile(path, options));
}
