// Reading a signal delivery's body with the readers `signaalreis validate` uses: CSV bytes into the
// CSV reader (UTF-8 or Windows-1252, `;` or `,`), an Excel workbook through a private temporary file
// into the Excel reader, JSON rows written as CSV text first (so every row is checked exactly as a
// CSV row). The result is the validate report and the accepted signals, or why nothing was read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IsoDate, Issue, Lang, Signal } from '@signaalreis/core';
import { stringify } from 'csv-stringify/sync';
import { streamSignalsCsv } from '../csv/read-signals';
import { createValidationTally, type ValidationReport } from '../files/validation-report';
import { readSignalsXlsxFile } from '../xlsx/read-signals-xlsx';

/** The media type of an Excel workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A delivery's body: CSV or workbook bytes, or JSON rows keyed by the CSV's column names. */
export type DeliveryBody =
  | { kind: 'csv' | 'xlsx'; bytes: Uint8Array }
  | { kind: 'json'; rows: readonly Record<string, string | number | boolean | null>[] };

/** What reading a delivery gave. */
export type ReadDelivery =
  | { outcome: 'fatal'; issues: Issue[] }
  | { outcome: 'too-many-rows' }
  | {
      outcome: 'read';
      report: ValidationReport;
      /** The accepted signals in file order, with the data row each came from. */
      accepted: { row: number; signal: Signal }[];
    };

/** JSON rows as CSV text: the union of their keys as the header, in the order first seen. */
function rowsAsCsv(rows: readonly Record<string, string | number | boolean | null>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rows)
    for (const k of Object.keys(r))
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
  const records = rows.map((r) =>
    columns.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))),
  );
  return stringify(records, { header: true, columns, record_delimiter: '\n' });
}

/** Runs `work` on the bytes written to a private file (0600 in a 0700 folder), removed afterwards. */
async function withTempFile<T>(bytes: Uint8Array, work: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-delivery-'));
  try {
    const path = join(dir, 'delivery.xlsx');
    writeFileSync(path, bytes, { mode: 0o600 });
    return await work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads a delivery: stops at `maxRows` + 1 data rows (`too-many-rows`), a file the readers cannot
 * read at all is `fatal` with their issues, else the report (`validate --format json`) and the
 * accepted signals. An Excel workbook's fatal event after rows (damaged further on) is fatal too:
 * a delivery is read whole or not at all.
 */
export async function readDelivery(
  body: DeliveryBody,
  o: { today: IsoDate; maxRows: number; lang: Lang },
): Promise<ReadDelivery> {
  const read = async (
    events: AsyncIterable<
      Parameters<ReturnType<typeof createValidationTally>['onEvent']>[0] | { type: 'fatal'; issues: Issue[] }
    >,
  ): Promise<ReadDelivery> => {
    const tally = createValidationTally(true, o.lang);
    const accepted: { row: number; signal: Signal }[] = [];
    for await (const e of events) {
      if (e.type === 'fatal') return { outcome: 'fatal', issues: e.issues };
      if (e.type !== 'header' && tally.rows >= o.maxRows) return { outcome: 'too-many-rows' };
      tally.onEvent(e);
      if (e.type === 'accepted') accepted.push({ row: e.row, signal: e.signal });
    }
    return {
      outcome: 'read',
      report: tally.report(body.kind === 'json' ? '(json rows)' : `(${body.kind} body)`),
      accepted,
    };
  };
  if (body.kind === 'json') return read(streamSignalsCsv(rowsAsCsv(body.rows), { today: o.today }));
  if (body.kind === 'csv') return read(streamSignalsCsv(body.bytes, { today: o.today }));
  return withTempFile(body.bytes, (path) => read(readSignalsXlsxFile(path, { today: o.today })));
}
