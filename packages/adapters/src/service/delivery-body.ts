// Reading a signal delivery's body with the readers `signaalreis validate` uses: CSV bytes into the
// CSV reader (UTF-8 or Windows-1252, `;` or `,`), an Excel workbook through a private temporary file
// into the Excel reader, JSON rows written as CSV text first (so every row is checked exactly as a
// CSV row). The result is the validate report and the accepted signals, or why nothing was read.
import type { IsoDate, Issue, Lang, Signal } from '@signaalreis/core';
import { streamSignalsCsv } from '../csv/read-signals';
import { createValidationTally, type ValidationReport } from '../files/validation-report';
import { type RowCell, rowsAsCsvText, withPrivateTempFile } from '../output/reader-input';
import { readSignalsXlsxFile } from '../xlsx/read-signals-xlsx';

/** The media type of an Excel workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A delivery's body: CSV or workbook bytes, or JSON rows keyed by the CSV's column names. */
export type DeliveryBody =
  | { kind: 'csv' | 'xlsx'; bytes: Uint8Array }
  | { kind: 'json'; rows: readonly Record<string, RowCell>[] };

/** What reading a delivery gave. */
export type ReadDelivery =
  | { outcome: 'fatal'; issues: Issue[] }
  | { outcome: 'too-many-rows' }
  | {
      outcome: 'read';
      report: ValidationReport;
      /** The accepted signals in file order, with the data row each came from. */
      accepted: { row: number; signal: Signal }[];
      /**
       * The first problem of each of the first {@link KEPT_REJECTIONS} rejected rows, as the reader
       * gave it (its message in Dutch and English; the report's messages are in one language).
       */
      rejections: { row: number; line: number; issue: Issue }[];
    };

/** How many rejected rows' problems a read delivery keeps in both languages (a problem answer shows 100 at most). */
export const KEPT_REJECTIONS = 100;

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
    const rejections: { row: number; line: number; issue: Issue }[] = [];
    for await (const e of events) {
      if (e.type === 'fatal') return { outcome: 'fatal', issues: e.issues };
      if (e.type !== 'header' && tally.rows >= o.maxRows) return { outcome: 'too-many-rows' };
      tally.onEvent(e);
      if (e.type === 'accepted') accepted.push({ row: e.row, signal: e.signal });
      else if (e.type === 'rejected' && e.issues[0] && rejections.length < KEPT_REJECTIONS)
        rejections.push({ row: e.row, line: e.line, issue: e.issues[0] });
    }
    return {
      outcome: 'read',
      report: tally.report(body.kind === 'json' ? '(json rows)' : `(${body.kind} body)`),
      accepted,
      rejections,
    };
  };
  if (body.kind === 'json') return read(streamSignalsCsv(rowsAsCsvText(body.rows), { today: o.today }));
  if (body.kind === 'csv') return read(streamSignalsCsv(body.bytes, { today: o.today }));
  return withPrivateTempFile(body.bytes, 'delivery.xlsx', (path) =>
    read(readSignalsXlsxFile(path, { today: o.today })),
  );
}
