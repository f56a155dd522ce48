// Files and text made for a reader of signaalreis itself, not for people: JSON rows as CSV text for
// the signal CSV reader (no spreadsheet protection: the reader must see the values as sent), and a
// private temporary file for the Excel reader, which reads from a path. The service's deliveries
// use both (issue 12). Writing stays in src/output (one-writer.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { FILE_MODE } from './atomic-file';

/** A cell of a JSON row: text, or a number, boolean or null taken as its text (null: empty). */
export type RowCell = string | number | boolean | null;

/**
 * Rows of objects as CSV text (`,`, `\n`, quoted where needed): the union of their keys as the
 * header, in the order first seen; a missing key is an empty cell. The values are written as they
 * are — this text is read back by the signal reader, never opened in a spreadsheet.
 */
export function rowsAsCsvText(rows: readonly Readonly<Record<string, RowCell>>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rows)
    for (const k of Object.keys(r))
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
  const text = (v: RowCell | undefined) => (v === null || v === undefined ? '' : String(v));
  const records = rows.map((r) => columns.map((k) => text(r[k])));
  return stringify(records, { header: true, columns, record_delimiter: '\n' });
}

/**
 * Runs `work` on `bytes` written to a private file (mode 0600, in a new 0700 folder of the system's
 * temporary folder), and removes the folder afterwards, whatever happens. A process killed in
 * between leaves the folder behind (`signaalreis-input-*` in the temporary folder).
 */
export async function withPrivateTempFile<T>(
  bytes: Uint8Array,
  name: string,
  work: (path: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-input-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes, { mode: FILE_MODE });
    return await work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
