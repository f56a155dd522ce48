import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { IsoDate, Signal } from '@signaalreis/core';
import { parse } from 'csv-parse';
import { type CsvEncoding, openDecoded } from './decode';
import { type HeaderMapping, mapHeader } from './headers';
import type { RowProblem } from './problem';
import { rowToSignal } from './row-to-signal';

/**
 * What {@link streamSignalsCsv} yields, in file order: one `header` event (or one `fatal` event and
 * nothing else), then one `accepted` or `rejected` event per data record.
 *
 * @example
 * ```ts
 * import { type SignalImportEvent, streamSignalsCsv } from '@signaalreis/adapters';
 * for await (const e of streamSignalsCsv('signal_id\n1')) {
 *   if (e.type === 'fatal') console.error(e.problems.map((p) => p.message));
 * }
 * ```
 */
export type SignalImportEvent =
  | {
      type: 'header';
      delimiter: ',' | ';';
      encoding: CsvEncoding;
      columns: { header: string; field: string | null }[];
      warnings: RowProblem[];
    }
  | { type: 'accepted'; row: number; line: number; signal: Signal; flags: RowProblem[] }
  | { type: 'rejected'; row: number; line: number; problems: RowProblem[] }
  | { type: 'fatal'; problems: RowProblem[] };

/**
 * Options of the signal CSV reader.
 *
 * @example
 * ```ts
 * import type { ReadSignalsOptions } from '@signaalreis/adapters';
 * const options: ReadSignalsOptions = { today: '2026-11-01', encoding: 'auto' };
 * ```
 */
export interface ReadSignalsOptions {
  /** Signal dates after this day are rejected. Default: today in Europe/Amsterdam. */
  today?: IsoDate;
  /** Force an encoding; `auto` (the default) sniffs it. */
  encoding?: CsvEncoding | 'auto';
}

/**
 * Today's date in Europe/Amsterdam, as the reader's default `today`.
 *
 * @example
 * ```ts
 * import { todayInAmsterdam } from '@signaalreis/adapters';
 * todayInAmsterdam(); // e.g. '2026-11-22'
 * ```
 */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

const fatal = (code: string, message: string, column: string | null = null, line = 1): SignalImportEvent => ({
  type: 'fatal',
  problems: [{ row: 0, line, column, code, message }],
});

/** Counts `;` and `,` outside quotes in the first line; the more frequent one is the delimiter. */
function detectDelimiter(firstLine: string): ',' | ';' {
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ';') semicolons++;
    else if (!inQuotes && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads signals from CSV text or bytes as a stream of events, without loading the input whole
 * (a 100 MB file streams in constant memory besides the set of signal ids seen). Every data record
 * yields exactly one `accepted` or `rejected` event, so `rows = accepted + rejected` always. The
 * format is described in docs/formats/signals-csv.md.
 *
 * @example
 * ```ts
 * import { streamSignalsCsv } from '@signaalreis/adapters';
 * let accepted = 0;
 * for await (const e of streamSignalsCsv(csvText, { today: '2026-11-01' })) if (e.type === 'accepted') accepted++;
 * ```
 */
export async function* streamSignalsCsv(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  options: ReadSignalsOptions = {},
): AsyncGenerator<SignalImportEvent> {
  const today = options.today ?? todayInAmsterdam();
  const opened = await openDecoded(input, options.encoding === 'auto' ? undefined : options.encoding);
  if ('unsupported' in opened) {
    yield fatal('unsupported_encoding', opened.unsupported);
    return;
  }
  // Read until the first line is complete, to choose the delimiter.
  let buffered = '';
  let pending = await opened.text.next();
  while (!pending.done) {
    buffered += pending.value;
    pending = await opened.text.next();
    if (/\r?\n/.test(buffered)) break;
  }
  if (buffered.trim() === '') {
    yield fatal('empty_file', 'The file is empty: expected a header row and signal rows');
    return;
  }
  const delimiter = detectDelimiter(buffered.split(/\r?\n/, 1)[0] ?? '');
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    info: true,
  });
  const feed = (async () => {
    const write = async (chunk: string) => {
      if (!parser.write(chunk)) await once(parser, 'drain');
    };
    await write(buffered);
    while (!pending.done) {
      await write(pending.value);
      pending = await opened.text.next();
    }
    parser.end();
  })();
  feed.catch((error: unknown) => parser.destroy(error instanceof Error ? error : new Error(String(error))));

  let header: HeaderMapping | undefined;
  const seen = new Map<string, number>();
  let row = 0;
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = lastLine + 1;
      lastLine = info.lines;
      if (header === undefined) {
        header = mapHeader(record);
        if (header.fatal.length > 0) {
          yield { type: 'fatal', problems: header.fatal };
          return;
        }
        yield {
          type: 'header',
          delimiter,
          encoding: opened.encoding,
          columns: header.columns,
          warnings: header.warnings,
        };
        continue;
      }
      if (record.length === 1 && (record[0] ?? '').trim() === '') continue; // a blank line is not a record
      row++;
      const outcome = rowToSignal(record, header, { row, line }, today);
      if (!outcome.ok) {
        yield { type: 'rejected', row, line, problems: outcome.problems };
        continue;
      }
      const id = outcome.signal.signalId;
      const first = seen.get(id);
      if (first !== undefined) {
        const column = header.columns[header.index.signal_id ?? 0]?.header ?? 'signal_id';
        yield {
          type: 'rejected',
          row,
          line,
          problems: [
            {
              row,
              line,
              column,
              code: 'duplicate_signal_id',
              message: `Signal id "${id}" was already used in row ${first}`,
            },
          ],
        };
        continue;
      }
      seen.set(id, row);
      yield { type: 'accepted', row, line, signal: outcome.signal, flags: outcome.flags };
    }
    await feed;
  } catch (error) {
    const e = error as { code?: string; message?: string; lines?: number };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      yield fatal(
        'unclosed_quote',
        `A quoted field that starts after line ${lastLine} is never closed; fix the quote and read the file again (${row} rows were read before it)`,
        null,
        lastLine + 1,
      );
      return;
    }
    if (e.code?.startsWith('CSV_')) {
      yield fatal(
        'csv_syntax',
        `The file is not valid CSV after line ${lastLine}: ${e.message}`,
        null,
        lastLine + 1,
      );
      return;
    }
    throw error;
  }
  if (header === undefined)
    yield fatal('empty_file', 'The file is empty: expected a header row and signal rows');
}

/**
 * Streams a signal CSV file from disk (64 KiB chunks) through {@link streamSignalsCsv}. A file that
 * cannot be opened rejects with the file system's error.
 *
 * @example
 * ```ts
 * import { readSignalsFile } from '@signaalreis/adapters';
 * for await (const e of readSignalsFile('examples/data/signals-2026-10.csv')) if (e.type === 'rejected') console.log(e.problems);
 * ```
 */
export async function* readSignalsFile(
  path: string,
  options: ReadSignalsOptions = {},
): AsyncGenerator<SignalImportEvent> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  await once(stream, 'open');
  yield* streamSignalsCsv(stream as AsyncIterable<Uint8Array>, options);
}
