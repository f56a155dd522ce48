import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { excerpt, type IsoDate, type Signal } from '@signaalreis/core';
import { badLineProblem } from './cells';
import { type CsvEncoding, openDecoded } from './decode';
import { type HeaderMapping, mapHeader } from './headers';
import { hasControl } from './limits';
import { CSV_MESSAGES } from './messages';
import type { RowProblem } from './problem';
import { type CsvRecordEvent, CsvRecordReader, MAX_RECORD_CHARS } from './records';
import { rowToSignal } from './row-to-signal';

/**
 * What {@link streamSignalsCsv} yields, in file order: one `header` event (or one `fatal` event and
 * nothing else), then one `accepted` or `rejected` event per data record. `line` is the physical
 * line where the record starts, `lastLine` where it ends (they differ only for a well-formed quoted
 * field holding a line break); every non-blank line after the header lies in exactly one record.
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
  | { type: 'accepted'; row: number; line: number; lastLine: number; signal: Signal; flags: RowProblem[] }
  | { type: 'rejected'; row: number; line: number; lastLine: number; problems: RowProblem[] }
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

const HEADER_BROKEN: Record<string, string> = {
  unbalanced_quote: 'a quote opens and is not closed on the line',
  record_too_long: `it is longer than ${MAX_RECORD_CHARS} characters`,
  csv_syntax: 'it is not valid CSV',
};

/** Turns the record reader's events into signal import events; holds the header and the ids seen. */
function signalEvents(delimiter: ',' | ';', encoding: CsvEncoding, today: IsoDate) {
  let header: HeaderMapping | undefined;
  let stopped = false;
  let row = 0;
  const seen = new Map<string, number>();
  const columnName = (i: number) => header?.columns[i]?.header;
  function* onRecord(e: CsvRecordEvent, checkControl: boolean): Generator<SignalImportEvent> {
    if (header === undefined) {
      if (e.type === 'bad') {
        stopped = true;
        yield fatal(e.code, CSV_MESSAGES.headerBroken(e.line, HEADER_BROKEN[e.code] ?? e.code), null, e.line);
        return;
      }
      header = mapHeader(e.fields);
      if (header.fatal.length > 0) {
        stopped = true;
        yield { type: 'fatal', problems: header.fatal };
        return;
      }
      yield { type: 'header', delimiter, encoding, columns: header.columns, warnings: header.warnings };
      return;
    }
    const { line, type } = e;
    if (type === 'bad') {
      row++;
      const problem = badLineProblem(e, row, columnName, MAX_RECORD_CHARS);
      yield { type: 'rejected', row, line, lastLine: line, problems: [problem] };
      return;
    }
    const { fields, lastLine } = e;
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') return; // a blank line is not a record
    row++;
    const outcome = rowToSignal(fields, header, { row, line }, today, checkControl);
    if (!outcome.ok) {
      yield { type: 'rejected', row, line, lastLine, problems: outcome.problems };
      return;
    }
    const id = outcome.signal.signalId;
    const first = seen.get(id);
    if (first !== undefined) {
      const column = header.columns[header.index.signal_id ?? 0]?.header ?? 'signal_id';
      const message = `Signal id "${excerpt(id)}" was already used in row ${first}`;
      const problems = [{ row, line, column, code: 'duplicate_signal_id', message }];
      yield { type: 'rejected', row, line, lastLine, problems };
      return;
    }
    seen.set(id, row);
    yield { type: 'accepted', row, line, lastLine, signal: outcome.signal, flags: outcome.flags };
  }
  return {
    onRecord,
    get stopped() {
      return stopped;
    },
    get sawHeader() {
      return header !== undefined;
    },
  };
}

/**
 * Reads signals from CSV text or bytes as a stream of events, without loading the input whole
 * (a 100 MB file streams in constant memory besides the set of signal ids seen). Every data record
 * yields exactly one `accepted` or `rejected` event, so `rows = accepted + rejected` always. A
 * quote that is not closed on its own line never joins the lines after it: that line is rejected
 * (`unbalanced_quote`) and reading goes on with the next. The format, its limits and what is
 * refused are described in docs/formats/signals-csv.md.
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
  try {
    // Read until the first line is complete (or clearly too long), to choose the delimiter.
    let buffered = '';
    let pending = await opened.text.next();
    while (!pending.done) {
      buffered += pending.value;
      pending = await opened.text.next();
      if (/[\r\n]/.test(buffered) || buffered.length > MAX_RECORD_CHARS) break;
    }
    if (buffered.trim() === '') {
      yield fatal('empty_file', 'The file is empty: expected a header row and signal rows');
      return;
    }
    const delimiter = detectDelimiter(buffered.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '');
    const reader = new CsvRecordReader({ delimiter });
    const events = signalEvents(delimiter, opened.encoding, today);
    // Once a control character has been seen, every later row is scanned for one.
    let controlSeen = false;
    let chunk: string | undefined = buffered;
    while (chunk !== undefined) {
      controlSeen = controlSeen || hasControl(chunk);
      for (const e of reader.push(chunk)) {
        yield* events.onRecord(e, controlSeen);
        if (events.stopped) return;
      }
      if (pending.done) chunk = undefined;
      else {
        chunk = pending.value;
        pending = await opened.text.next();
      }
    }
    for (const e of reader.end()) {
      yield* events.onRecord(e, controlSeen);
      if (events.stopped) return;
    }
    if (!events.sawHeader)
      yield fatal('empty_file', 'The file is empty: expected a header row and signal rows');
  } finally {
    await opened.text.return(undefined);
  }
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
