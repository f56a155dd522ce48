import {
  asIsoDate,
  type Bilingual,
  type IsoDate,
  type Issue,
  isIsoDate,
  parseIsoDate,
  prefixIssues,
  type Signal,
} from '@signaalreis/core';
import { badLineIssue } from './cells';
import { type CsvEncoding, openDecoded } from './decode';
import { type HeaderMapping, mapHeader } from './headers';
import { fileIssue, headerIssue, rowIssue } from './issues';
import { hasControl } from './limits';
import { CSV_MESSAGES, SIGNAL_CSV_MESSAGES as M } from './messages';
import { type CsvRecordEvent, CsvRecordReader, MAX_RECORD_CHARS } from './records';
import { rowToSignal } from './row-to-signal';

/**
 * What {@link streamSignalsCsv} yields, in file order: one `header` event (or one `fatal` event and
 * nothing else), then one `accepted` or `rejected` event per data record. `line` is the physical
 * line where the record starts, `lastLine` where it ends (they differ only for a well-formed quoted
 * field holding a line break); every non-blank line after the header lies in exactly one record.
 * Every problem is a core `Issue` with a Dutch and English message and its `line`; its path says
 * where: `['rows', row, column]` (a cell; `column` is the header as written), `['rows', row]` (the
 * record), `['header', column]` or `['header']` (the header line), `[]` (the file as a whole) — see
 * `csvIssuePlace`.
 *
 * @example
 * ```ts
 * import { type SignalImportEvent, streamSignalsCsv } from '@signaalreis/adapters/csv';
 * for await (const e of streamSignalsCsv('signal_id\n1')) {
 *   if (e.type === 'fatal') console.error(e.issues.map((i) => i.message.nl)); // 'De verplichte kolom "partner_id" …'
 * }
 * ```
 */
export type SignalImportEvent =
  | {
      type: 'header';
      delimiter: ',' | ';';
      encoding: CsvEncoding;
      columns: { header: string; field: string | null }[];
      /** Remarks about the header that do not stop reading (`unknown_column`). */
      warnings: Issue[];
    }
  | { type: 'accepted'; row: number; line: number; lastLine: number; signal: Signal; flags: Issue[] }
  | { type: 'rejected'; row: number; line: number; lastLine: number; issues: Issue[] }
  | { type: 'fatal'; issues: Issue[] };

/**
 * Options of the signal CSV reader.
 *
 * @example
 * ```ts
 * import type { ReadSignalsOptions } from '@signaalreis/adapters/csv';
 * import { asIsoDate } from '@signaalreis/core';
 * const options: ReadSignalsOptions = { today: asIsoDate('2026-11-01'), encoding: 'auto' };
 * ```
 */
export interface ReadSignalsOptions {
  /**
   * Signal dates after this day are rejected. Default: today in Europe/Amsterdam. A value that is
   * not a real date (only possible by a cast) is one `fatal` event, `invalid_date` at `['today']`.
   */
  today?: IsoDate;
  /** Force an encoding; `auto` (the default) sniffs it. */
  encoding?: CsvEncoding | 'auto';
}

/**
 * Today's date in Europe/Amsterdam, as the reader's default `today`.
 *
 * @example
 * ```ts
 * import { todayInAmsterdam } from '@signaalreis/adapters/csv';
 * todayInAmsterdam(); // e.g. '2026-11-22'
 * ```
 */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  // en-CA writes YYYY-MM-DD; asIsoDate throws only if the platform's calendar were broken.
  amsterdamDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
  return asIsoDate(amsterdamDay.format(now));
}

/** The formatter of {@link todayInAmsterdam}, made once: making one with a time zone costs ~0.1 ms, more when cold (issue 14: a batch reads 600 files). */
let amsterdamDay: Intl.DateTimeFormat | undefined;

const fatal = (issues: Issue[]): SignalImportEvent => ({ type: 'fatal', issues });
const fileFatal = (code: string, message: Bilingual, line = 1) => fatal([fileIssue(code, message, line)]);

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
 * Whether to leave a data line without a quote unchecked (not even split into its fields), from its
 * text, the file's delimiter and header (e.g. a history row of a household without a signal this
 * month): such a record keeps its row number but yields no event, and its id does not count as
 * seen. Asked only after the header, never for a line with a quote; it must say `false` for a line
 * that is not a record (blank).
 */
export type SkipRow = (line: string, delimiter: ',' | ';', header: HeaderMapping) => boolean;

/** Turns the record reader's events into signal import events; holds the header and the ids seen. */
function signalEvents(delimiter: ',' | ';', encoding: CsvEncoding, today: IsoDate) {
  let header: HeaderMapping | undefined;
  let stopped = false;
  let row = 0;
  const seen = new Map<string, number>();
  const columnName = (i: number) => header?.columns[i]?.header;
  // At most one event per record (none for a blank line).
  function onRecord(e: CsvRecordEvent, checkControl: boolean): SignalImportEvent | undefined {
    if (e.type === 'skipped') {
      row++; // (only after the header: see signalEventStream)
      return undefined;
    }
    if (header === undefined) {
      if (e.type === 'bad') {
        stopped = true;
        const message = CSV_MESSAGES.headerBroken(e.line, e.code, MAX_RECORD_CHARS);
        return fatal([headerIssue(e.line, null, e.code, message)]);
      }
      header = mapHeader(e.fields, e.line);
      if (header.fatal.length > 0) {
        stopped = true;
        return fatal(header.fatal);
      }
      return { type: 'header', delimiter, encoding, columns: header.columns, warnings: header.warnings };
    }
    const { line, type } = e;
    if (type === 'bad') {
      row++;
      const issue = badLineIssue(e, row, columnName, MAX_RECORD_CHARS);
      return { type: 'rejected', row, line, lastLine: line, issues: [issue] };
    }
    const { fields, lastLine } = e;
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') return undefined; // a blank line is not a record
    row++;
    const outcome = rowToSignal(fields, header, { row, line }, today, { checkControl });
    if (!outcome.ok) {
      return { type: 'rejected', row, line, lastLine, issues: outcome.issues };
    }
    const id = outcome.signal.signalId;
    const first = seen.get(id);
    if (first !== undefined) {
      const column = header.columns[header.index.signal_id ?? 0]?.header ?? 'signal_id';
      const issues = [rowIssue(row, line, column, 'duplicate_signal_id', M.duplicateSignalId(id, first))];
      return { type: 'rejected', row, line, lastLine, issues };
    }
    seen.set(id, row);
    return { type: 'accepted', row, line, lastLine, signal: outcome.signal, flags: outcome.flags };
  }
  return {
    onRecord,
    get stopped() {
      return stopped;
    },
    get sawHeader() {
      return header !== undefined;
    },
    get header() {
      return header;
    },
  };
}

/**
 * Reads signals from CSV text or bytes as a stream of events, without loading the input whole
 * (a 100 MB file streams in constant memory besides the set of signal ids seen). Every data record
 * yields exactly one `accepted` or `rejected` event, so `rows = accepted + rejected` always. A
 * quote that is not closed on its own line never joins the lines after it: that line is rejected
 * (`unbalanced_quote`) and reading goes on with the next. The format, its limits and what is
 * refused are described in docs/formats/signals-csv.md. Accepted signals are checked by core's
 * signal schema (through its fast path `isParsedSignal` for a row that passes): their ids, dates
 * and amounts are branded (`SignalId`, `IsoDate`, `Cents`).
 *
 * @example
 * ```ts
 * import { streamSignalsCsv } from '@signaalreis/adapters/csv';
 * import { asIsoDate } from '@signaalreis/core';
 * declare const chunks: AsyncIterable<Uint8Array>; // e.g. a browser File's stream(), or a fetch body
 * let accepted = 0;
 * for await (const e of streamSignalsCsv(chunks, { today: asIsoDate('2026-11-01') })) if (e.type === 'accepted') accepted++;
 * ```
 */
export function streamSignalsCsv(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  options: ReadSignalsOptions = {},
): AsyncGenerator<SignalImportEvent> {
  return signalEventStream(input, options);
}

/**
 * {@link streamSignalsCsv} with records left unchecked where `skip` says so (no event for them).
 * Internal to the command line (cli/history.ts reads history rows of other households unchecked);
 * `skip` is asked about data lines without a quote, after the header, in file order ({@link SkipRow}).
 */
export async function* signalEventStream(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  options: ReadSignalsOptions = {},
  skip?: SkipRow,
): AsyncGenerator<SignalImportEvent> {
  const today = options.today ?? todayInAmsterdam();
  if (!isIsoDate(today)) {
    const bad = parseIsoDate(today);
    yield fatal(bad.ok ? [] : prefixIssues(bad.issues, ['today']));
    return;
  }
  const opened = await openDecoded(input, options.encoding === 'auto' ? undefined : options.encoding);
  if ('unsupported' in opened) {
    yield fileFatal('unsupported_encoding', opened.unsupported);
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
      yield fileFatal('empty_file', M.emptyFile());
      return;
    }
    const delimiter = detectDelimiter(buffered.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '');
    const events = signalEvents(delimiter, opened.encoding, today);
    const skipLine =
      skip && ((line: string) => events.header !== undefined && skip(line, delimiter, events.header));
    const reader = new CsvRecordReader({ delimiter, ...(skipLine ? { skipLine } : {}) });
    // Once a control character has been seen, every later row is scanned for one.
    let controlSeen = false;
    // with `skip`, the first line goes in alone: the header is known before the lines after it in
    // the same chunk are asked about (the records do not depend on how the text is cut)
    const first = skip ? /\r\n|\r|\n/.exec(buffered) : null;
    const cut = first ? first.index + first[0].length : buffered.length;
    let next: string | undefined = cut < buffered.length ? buffered.slice(cut) : undefined;
    let chunk: string | undefined = buffered.slice(0, cut);
    while (chunk !== undefined) {
      controlSeen = controlSeen || hasControl(chunk);
      for (const e of reader.push(chunk)) {
        const event = events.onRecord(e, controlSeen);
        if (event) yield event;
        if (events.stopped) return;
      }
      if (next !== undefined) {
        chunk = next;
        next = undefined;
      } else if (pending.done) chunk = undefined;
      else {
        chunk = pending.value;
        pending = await opened.text.next();
      }
    }
    for (const e of reader.end()) {
      const event = events.onRecord(e, controlSeen);
      if (event) yield event;
      if (events.stopped) return;
    }
    if (!events.sawHeader) yield fileFatal('empty_file', M.emptyFile());
  } finally {
    await opened.text.return(undefined);
  }
}
