// Reading CSV records so that nothing is lost: every physical line ends up in exactly one record or
// one bad line, each with its real line number. A quote that does not close on its own line cannot
// swallow the lines after it. Parsing is csv-parse's; this file only decides where records may
// start again after a problem. The rules are in docs/formats/signals-csv.md, "Quotes and lines".
// Bytes are plain `Uint8Array`s (TextEncoder/TextDecoder), never Node's `Buffer`, so that the reader
// runs in a browser too; there `csv-parse/sync` is its browser build (package.json "browser").
import { parse } from 'csv-parse/sync';
import { afterLastBreak, countLines, LineWalker, lineAt, longLines } from './lines';
import { simpleFields } from './simple-fields';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
// Bytes back to the very text they were encoded from: a byte-order mark at the start stays.
const TEXT = new TextDecoder('utf-8', { ignoreBOM: true });
// A UTF-16 surrogate: a text with one may hold a lone one, which TextEncoder (and so csv-parse,
// which reads bytes) turns into U+FFFD. The reader does the same first, so that a line split here
// and a line read by csv-parse give the same fields.
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const asEncoded = (s: string): string => (SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\uFFFD') : s);

/**
 * Longest record (and so longest line) the CSV readers accept, in characters, counting delimiters
 * and quotes and the line breaks inside a quoted field. Source: project default — a signal row is
 * about 200 characters; the limit keeps one broken line from filling memory. A longer line is one
 * rejected row (`record_too_long`), read past without holding it.
 *
 * @example
 * ```ts
 * import { importSignalsCsv, MAX_RECORD_CHARS, REQUIRED_SIGNAL_CSV_FIELDS } from '@signaalreis/adapters/csv';
 * MAX_RECORD_CHARS; // 10000
 * const header = REQUIRED_SIGNAL_CSV_FIELDS.join(',');
 * const r = await importSignalsCsv(`${header}\n${'x'.repeat(MAX_RECORD_CHARS + 1)}\n`);
 * if (r.ok) r.value.rejected[0]?.code; // 'record_too_long'
 * ```
 */
export const MAX_RECORD_CHARS = 10_000;

/** What a {@link CsvRecordReader} yields, in file order. */
export type CsvRecordEvent =
  | {
      type: 'record';
      fields: string[];
      /** Physical line where the record starts (the first line of the file is 1). */
      line: number;
      /** Physical line where it ends (`line` unless a quoted field holds a line break). */
      lastLine: number;
    }
  | {
      type: 'bad';
      line: number;
      /**
       * `unbalanced_quote`: a quote opens and is not closed on this line (or, with `trim`, a closing
       * quote is followed by other characters); `record_too_long`: longer than the limit;
       * `csv_syntax`: any other CSV error.
       */
      code: 'unbalanced_quote' | 'record_too_long' | 'csv_syntax';
      /** 0-based field where the quote opens (`unbalanced_quote`), else null. */
      field: number | null;
      /** Characters of the line (`record_too_long`). */
      length?: number;
    }
  | {
      /** A line without a quote that {@link CsvRecordReaderOptions.skipLine} left unsplit. */
      type: 'skipped';
      line: number;
    };

/** Options of a {@link CsvRecordReader}. */
export interface CsvRecordReaderOptions {
  delimiter: ',' | ';';
  /** Trim spaces around fields (csv-parse `trim`). Default false. */
  trim?: boolean;
  /** Default {@link MAX_RECORD_CHARS}. */
  maxRecordChars?: number;
  /**
   * Asked, in order, for each line without a quote after the first record (the header; its text,
   * without the line break) when fields are not trimmed: `true` yields `{ type: 'skipped', line }`
   * instead of splitting it into a record — for a reader that needs only some records and can tell
   * them by the line's text (the command line's history reading, docs/performance.md). Default:
   * none skipped.
   */
  skipLine?: (line: string) => boolean;
}

// csv-parse errors that mean a quote is not closed where it should be: left open at the end of
// the line, or (with `trim`) a closing quote followed by other characters.
const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE']);

type Stop = { kind: 'done' | 'open' | 'bad'; at: number };
const STOP = Symbol('stop');
const PAUSE = Symbol('pause');

/**
 * Reads CSV text pushed in chunks of any size into records and bad lines (see {@link CsvRecordEvent}).
 * Records are found by csv-parse with relaxed quotes; a record that spans lines is kept only when
 * it is well formed ({@link CsvRecordReader.wellFormed}); otherwise, and whenever csv-parse cannot
 * finish a record, its first line is read on its own (rejected as `unbalanced_quote` when its quote
 * stays open) and reading starts again on the next line. Lines longer than the limit are reported
 * without being parsed or held in memory. The result does not depend on how the text is chunked.
 * It is the parser `streamSignalsCsv` reads every signal file with, before any field is checked
 * (and the floor of `pnpm bench:run`: docs/performance.md).
 *
 * @example
 * ```ts
 * import { CsvRecordReader } from '@signaalreis/adapters/csv';
 * const reader = new CsvRecordReader({ delimiter: ',' });
 * const first = reader.push('signal_id,amount\nA-1,"12,50"\nA-2,"7');
 * // [{ type: 'record', fields: ['signal_id', 'amount'], line: 1, lastLine: 1 },
 * //  { type: 'record', fields: ['A-1', '12,50'], line: 2, lastLine: 2 }]: line 3 may go on
 * const last = reader.end();
 * // [{ type: 'bad', line: 3, code: 'unbalanced_quote', field: 1 }]: the quote is never closed
 * ```
 */
export class CsvRecordReader {
  readonly #delimiter: ',' | ';';
  readonly #trim: boolean;
  readonly #limit: number;
  readonly #skipLine: ((line: string) => boolean) | undefined;
  #line = 1;
  #partial = '';
  #carry = '';
  #skipping: { line: number; chars: number } | null = null;
  #afterCr = false;
  #columns: number | undefined;

  constructor(options: CsvRecordReaderOptions) {
    this.#delimiter = options.delimiter;
    this.#trim = options.trim ?? false;
    this.#limit = options.maxRecordChars ?? MAX_RECORD_CHARS;
    this.#skipLine = options.skipLine;
  }

  /** Field count of the first non-blank record (the header), once seen. */
  get columns(): number | undefined {
    return this.#columns;
  }

  /** Reads the next chunk of text; returns the records and bad lines it completes. */
  push(chunk: string): CsvRecordEvent[] {
    const out: CsvRecordEvent[] = [];
    let text = chunk;
    if (this.#afterCr && text !== '') {
      this.#afterCr = false;
      if (text.charCodeAt(0) === 10) text = text.slice(1);
    }
    if (this.#skipping) {
      text = this.#skip(text, out);
      if (this.#skipping) return out;
    }
    const s = this.#partial + text;
    const cut = afterLastBreak(s);
    this.#partial = s.slice(cut);
    if (cut > 0) this.#feed(s.slice(0, cut), false, out);
    const partialChars = this.#partial.length;
    if (partialChars > this.#limit + 1 || (partialChars > this.#limit && !this.#partial.endsWith('\r'))) {
      // The current line is already too long: report it when it ends, without keeping it.
      this.#process('', true, out);
      const rest = this.#partial;
      this.#partial = '';
      this.#skipping = { line: this.#line, chars: 0 };
      this.#skip(rest, out);
    }
    return out;
  }

  /** Ends the input; returns what the last, unfinished lines hold. */
  end(): CsvRecordEvent[] {
    const out: CsvRecordEvent[] = [];
    if (this.#skipping) this.#endSkip(out);
    const rest = this.#partial;
    this.#partial = '';
    this.#feed(rest, true, out);
    return out;
  }

  /** Drops the text of a too-long line up to its line break; returns what follows it. */
  #skip(text: string, out: CsvRecordEvent[]): string {
    const skipping = this.#skipping;
    if (!skipping) return text;
    const line = lineAt(text, 0);
    skipping.chars += line.end;
    if (line.end === text.length) return '';
    this.#endSkip(out);
    if (line.end === text.length - 1 && text.charCodeAt(line.end) === 13) this.#afterCr = true;
    return text.slice(line.next);
  }

  #endSkip(out: CsvRecordEvent[]): void {
    const skipping = this.#skipping;
    if (!skipping) return;
    out.push({
      type: 'bad',
      line: skipping.line,
      code: 'record_too_long',
      field: null,
      length: skipping.chars,
    });
    this.#line = skipping.line + 1;
    this.#skipping = null;
  }

  /** Complete lines: cut out the ones that are too long, parse the rest. */
  #feed(text: string, final: boolean, out: CsvRecordEvent[]): void {
    let from = 0;
    for (const long of longLines(text, this.#limit)) {
      // A record cannot continue across a line that is too long: finish what is open first.
      this.#process(text.slice(from, long.start), true, out);
      out.push({
        type: 'bad',
        line: this.#line,
        code: 'record_too_long',
        field: null,
        length: long.end - long.start,
      });
      this.#line++;
      from = long.next;
    }
    this.#process(text.slice(from), final, out);
  }

  /**
   * Parses complete lines (after what was carried). A line without a quote is split on the
   * delimiter here: csv-parse reads such a line into exactly those fields (records.property.test.ts
   * holds the two equal), only slower. Every stretch of lines with quotes goes to csv-parse.
   */
  #process(text: string, final: boolean, out: CsvRecordEvent[]): void {
    const s = asEncoded(this.#carry + text);
    this.#carry = '';
    const lines = new LineWalker(s);
    let pos = 0;
    while (pos < s.length) {
      pos = this.#plainLines(s, lines, pos, final, out);
      if (pos < s.length) pos = this.#quotedLines(s, lines, pos, final, out);
    }
  }

  /**
   * Reads the lines from `pos` on that need no csv-parse — those without a quote, and those whose
   * quotes are simple (simple-fields.ts) — and, with `trim`, the lines without a quote that have
   * blanks to take off, with csv-parse a stretch at a time; returns where the first other line starts.
   */
  #plainLines(s: string, lines: LineWalker, pos: number, final: boolean, out: CsvRecordEvent[]): number {
    let quote = s.indexOf('"', pos);
    let at = pos;
    // with trim: the stretch of lines (from `from`) that csv-parse trims, read before the next record
    let from = pos;
    let count = 0;
    let unended = false;
    const flush = (until: number) => {
      if (count === 0) return;
      // csv-parse trims (its own set of blanks) and reads one record per line without quotes; only
      // a last line of blanks with no line break after it gives none.
      const records = parse(s.slice(from, until), this.#options(false)) as string[][];
      if (records.length !== count && !(unended && records.length === count - 1))
        throw new Error(`csv-parse read ${records.length} records from ${count} lines`);
      for (const fields of records) this.#record(fields, 1, out);
      count = 0;
    };
    while (at < s.length) {
      let end = lines.end(at);
      let next = lines.next;
      let open = false;
      if (end < 0) {
        if (!final) break;
        end = s.length;
        next = s.length;
        open = true;
      }
      if (quote >= 0 && quote < at) quote = s.indexOf('"', at);
      if (quote >= 0 && quote < end) {
        const fields = simpleFields(s.slice(at, end), this.#delimiter, this.#trim);
        if (!fields) break;
        flush(at);
        this.#record(fields, 1, out);
      } else if (!this.#trim) {
        const line = s.slice(at, end);
        // (never the first record: its field count is the header's, which a record over lines must have)
        if (this.#columns !== undefined && this.#skipLine?.(line))
          out.push({ type: 'skipped', line: this.#line++ });
        else this.#record(line.split(this.#delimiter), 1, out);
      } else {
        const fields = simpleFields(s.slice(at, end), this.#delimiter, true);
        if (fields) {
          flush(at);
          this.#record(fields, 1, out);
        } else {
          if (count === 0) from = at;
          count++;
          unended = open;
        }
      }
      at = next;
    }
    flush(at);
    return at;
  }

  /**
   * Reads the stretch of lines with a quote that starts at `pos` with csv-parse, restarting after
   * every bad record; returns where it ends. A record still open at the end of the stretch goes on
   * in the lines after it: it is read by {@link CsvRecordReader.#oneRecord}.
   */
  #quotedLines(s: string, lines: LineWalker, pos: number, final: boolean, out: CsvRecordEvent[]): number {
    let end = pos;
    let quote = pos;
    while (end < s.length) {
      const lineEnd = lines.end(end);
      if (lineEnd < 0) {
        end = s.length;
        break;
      }
      if (quote >= 0 && quote < end) quote = s.indexOf('"', end);
      if (quote < 0 || quote >= lineEnd) break;
      // a later line whose quotes are simple starts the reader's own lines again (a record still open
      // before it is read to its end by #oneRecord, as at a line without a quote)
      if (end > pos && simpleFields(s.slice(end, lineEnd), this.#delimiter, this.#trim)) break;
      end = lines.next;
    }
    const buf = ENCODER.encode(s.slice(pos, end));
    const rest = end >= s.length;
    let offset = 0;
    while (offset < buf.length) {
      const stop = this.#parseFrom(buf, offset, out, false);
      if (stop.kind === 'done') break;
      if (stop.kind === 'open') {
        if (!rest) return this.#oneRecord(s, pos + TEXT.decode(buf.subarray(0, stop.at)).length, final, out);
        if (!final && this.#fits(buf, stop.at)) {
          this.#carry = TEXT.decode(buf.subarray(stop.at)); // an unfinished record: wait for more lines
          return s.length;
        }
      }
      offset = this.#lineAlone(buf, stop.at, out);
    }
    return end;
  }

  /**
   * Reads the one record (or bad line) that starts at `from`, from as many lines as decide it: the
   * rest of the text, or complete lines just over the limit — a record open past those is longer
   * than the limit, so its first line is read alone, as it would be from the whole text.
   */
  #oneRecord(s: string, from: number, final: boolean, out: CsvRecordEvent[]): number {
    const lines = new LineWalker(s);
    let end = from;
    while (end < s.length && end - from < this.#limit + 2) end = lines.end(end) < 0 ? s.length : lines.next;
    const buf = ENCODER.encode(s.slice(from, end));
    const chars = (bytes: number) => TEXT.decode(buf.subarray(0, bytes)).length;
    const stop = this.#parseFrom(buf, 0, out, true);
    if (stop.kind === 'done') return from + chars(stop.at);
    if (stop.kind === 'open' && end >= s.length && !final && this.#fits(buf, 0)) {
      this.#carry = s.slice(from);
      return s.length;
    }
    return from + chars(this.#lineAlone(buf, stop.at, out));
  }

  #fits(buf: Uint8Array, from: number): boolean {
    const bytes = buf.length - from;
    return bytes <= this.#limit || DECODER.decode(buf.subarray(from)).length <= this.#limit;
  }

  #options(strict: boolean) {
    return {
      delimiter: this.#delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: !strict,
      relax_column_count: true,
      trim: this.#trim,
      // Never reached by a record within the limit (UTF-8 takes at most 3 bytes per character);
      // it only stops csv-parse from growing a runaway field.
      max_record_size: 3 * this.#limit + 3,
    };
  }

  /**
   * Parses `buf` from `offset`, emitting good records (only the first when `first`); says why it
   * stopped and where (`done`: after the last record emitted).
   */
  #parseFrom(buf: Uint8Array, offset: number, out: CsvRecordEvent[], first: boolean): Stop {
    const sub = buf.subarray(offset);
    let prevLines = 0;
    let prevEnd = 0;
    let badAt = -1;
    try {
      parse(sub, {
        ...this.#options(false),
        on_record: (fields: string[], info) => {
          const physical = info.lines - prevLines;
          let lines = 1;
          if (physical > 1) {
            // the very text csv-parse read (a byte-order mark in it stays: TEXT, not DECODER)
            const raw = TEXT.decode(sub.subarray(prevEnd, info.bytes));
            if (!this.wellFormed(raw)) {
              badAt = prevEnd;
              throw STOP;
            }
            lines = countLines(raw);
          }
          prevLines = info.lines;
          prevEnd = info.bytes;
          this.#record(fields, lines, out);
          if (first) throw PAUSE;
          return null;
        },
      });
    } catch (error) {
      if (error === PAUSE) return { kind: 'done', at: offset + prevEnd };
      if (error === STOP) return { kind: 'bad', at: offset + badAt };
      const code = (error as { code?: unknown }).code;
      if (code === 'CSV_QUOTE_NOT_CLOSED') return { kind: 'open', at: offset + prevEnd };
      return { kind: 'bad', at: offset + prevEnd };
    }
    return { kind: 'done', at: buf.length };
  }

  #record(fields: string[], lines: number, out: CsvRecordEvent[]): void {
    if (this.#columns === undefined && (fields.length > 1 || (fields[0] ?? '').trim() !== ''))
      this.#columns = fields.length;
    out.push({ type: 'record', fields, line: this.#line, lastLine: this.#line + lines - 1 });
    this.#line += lines;
  }

  /** Reads the physical line at `from` on its own; returns where the next line starts. */
  #lineAlone(buf: Uint8Array, from: number, out: CsvRecordEvent[]): number {
    let end = buf.indexOf(10, from);
    const cr = buf.subarray(from, end < 0 ? buf.length : end).indexOf(13);
    if (cr >= 0) end = buf[from + cr + 1] === 10 ? from + cr + 1 : from + cr;
    const next = end < 0 ? buf.length : end + 1;
    try {
      const records = parse(buf.subarray(from, next), this.#options(false)) as string[][];
      const [fields] = records;
      if (fields) this.#record(fields, 1, out);
      else this.#line++;
    } catch (error) {
      const e = error as { code?: unknown; column?: unknown };
      const code = QUOTE_ERRORS.has(String(e.code))
        ? 'unbalanced_quote'
        : e.code === 'CSV_MAX_RECORD_SIZE'
          ? 'record_too_long'
          : 'csv_syntax';
      const field = code === 'unbalanced_quote' && typeof e.column === 'number' ? e.column : null;
      out.push({ type: 'bad', line: this.#line, code, field });
      this.#line++;
    }
    return next;
  }

  /**
   * Whether a record that spans several lines is kept as one record: it is at most the limit long,
   * every quote is well formed (a quoted field ends with a quote followed by the delimiter or the
   * line end; csv-parse without `relax_quotes` accepts it), it has the header's number of fields,
   * and none of its later lines would on its own be a complete row (which means a stray quote has
   * joined rows).
   */
  wellFormed(raw: string): boolean {
    const body = raw.replace(/\r\n$|\r$|\n$/, '');
    if (body.length > this.#limit) return false;
    let strict: string[][];
    try {
      strict = parse(raw, this.#options(true)) as string[][];
    } catch {
      return false;
    }
    const [record] = strict;
    if (strict.length !== 1 || !record) return false;
    const columns = this.#columns;
    if (columns === undefined) return true;
    if (record.length !== columns) return false;
    let at = lineAt(body, 0).next;
    while (at < body.length) {
      const line = lineAt(body, at);
      try {
        const alone = parse(body.slice(line.start, line.end), this.#options(false)) as string[][];
        if (alone.length === 1 && alone[0]?.length === columns) return false;
      } catch {
        // not a row on its own: fine
      }
      at = line.next;
    }
    return true;
  }
}
