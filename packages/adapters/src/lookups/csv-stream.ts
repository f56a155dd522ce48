// The small CSV files' reader a chunk at a time (readLookupCsv reads a whole text through it): for
// a partner's ledger of a million customers, which as one text and one list of rows does not fit
// in memory (docs/criteria.md, "Large ledgers"). The same records, rows and issues however the text
// is cut into chunks (csv-stream.property.test.ts).
import type { Bilingual, Issue } from '@signaalreis/core';
import { badLineIssue, cellIssues } from '../csv/cells';
import { fileIssue, headerIssue, rowIssue } from '../csv/issues';
import { DEFAULT_FIELD_MAX_CHARS, hasControl } from '../csv/limits';
import { CSV_MESSAGES } from '../csv/messages';
import { type CsvRecordEvent, CsvRecordReader, MAX_RECORD_CHARS } from '../csv/records';
import type { LookupRow } from './csv-table';
import { LOOKUP_MESSAGES as M } from './messages';

type Kept = Exclude<CsvRecordEvent, { type: 'skipped' }>;

/** A blank line (one empty field) is no record of a lookup file. */
const kept = (e: CsvRecordEvent): e is Kept =>
  e.type === 'bad' || (e.type === 'record' && (e.fields.length > 1 || (e.fields[0] ?? '').trim() !== ''));

/** What the header said: its columns as written and as names, or why the file cannot be read. */
type Header = { written: string[]; names: string[] } | { failed: Issue[] };

/**
 * Reads a lookup CSV (`,` or `;` — whichever the first line has more of —, optional BOM, spaces
 * around fields trimmed) from text given a chunk at a time: {@link LookupCsvReader.push} returns the
 * rows each chunk completes, {@link LookupCsvReader.end} the last ones. The header's problems
 * (`empty_file` at the end, a header line that cannot be read, missing required columns) are in
 * `failure`, after which no rows come; `issues` holds the remarks that do not stop reading
 * (`unknown_column`). Internal to the adapters (the ledger reader and `readLookupCsv` use it).
 */
export class LookupCsvReader {
  #failure: Issue[] | undefined;
  /** Remarks about the file that did not stop reading. */
  readonly issues: Issue[] = [];
  readonly #required: readonly string[];
  readonly #optional: readonly string[];
  readonly #maxChars: Readonly<Record<string, number>>;
  #reader: CsvRecordReader | undefined;
  #pending = '';
  #started = false;
  #header: Header | undefined;
  #rows = 0;
  #control = false;

  /** Why the file cannot be read (set once the header is known to be bad, or at the end of an empty file). */
  get failure(): Issue[] | undefined {
    return this.#failure;
  }

  constructor(
    required: readonly string[],
    optional: readonly string[],
    maxChars: Readonly<Record<string, number>> = {},
  ) {
    this.#required = required;
    this.#optional = optional;
    this.#maxChars = maxChars;
  }

  /** Reads the next chunk of text; returns the rows it completes. */
  push(chunk: string): LookupRow[] {
    if (this.failure) return [];
    let text = chunk;
    if (!this.#started && text !== '') {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!this.#control && hasControl(text)) this.#control = true;
    if (this.#reader) return this.#rowsOf(this.#reader.push(text));
    // the delimiter is chosen from the first line (of at most MAX_RECORD_CHARS characters)
    this.#pending += text;
    const firstLine = this.#pending.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '';
    if (firstLine.length === this.#pending.length && this.#pending.length < MAX_RECORD_CHARS) return [];
    return this.#start(firstLine);
  }

  /** Ends the text; returns the rows of its last lines. */
  end(): LookupRow[] {
    if (this.failure) return [];
    const rows = this.#reader ? [] : this.#start(this.#pending.split(/\r\n|\r|\n/, 1)[0] ?? '');
    if (this.failure) return [];
    rows.push(...this.#rowsOf((this.#reader as CsvRecordReader).end()));
    if (!this.#header && !this.failure) this.#failure = [fileIssue('empty_file', M.noHeader(), 1)];
    return this.failure ? [] : rows;
  }

  #start(firstLine: string): LookupRow[] {
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    // (no line is skipped: the reader has no `skipLine`)
    this.#reader = new CsvRecordReader({ delimiter, trim: true });
    const text = this.#pending;
    this.#pending = '';
    return this.#rowsOf(this.#reader.push(text));
  }

  #rowsOf(events: readonly CsvRecordEvent[]): LookupRow[] {
    const rows: LookupRow[] = [];
    for (const e of events) {
      if (!kept(e) || this.failure) continue;
      const header = this.#header;
      if (!header) this.#header = this.#readHeader(e);
      else if (!('failed' in header)) rows.push(this.#row(e, header));
    }
    return rows;
  }

  #readHeader(header: Kept): Header {
    const fail = (issues: Issue[]): Header => {
      this.#failure = issues;
      return { failed: issues };
    };
    if (header.type === 'bad') {
      const message = CSV_MESSAGES.headerBroken(header.line, header.code, MAX_RECORD_CHARS);
      return fail([headerIssue(header.line, null, header.code, message)]);
    }
    const written = header.fields.map((h) => h.trim());
    const names = written.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
    const missing = this.#required.filter((c) => !names.includes(c));
    const issues: Issue[] = missing.map((c) =>
      headerIssue(header.line, c, 'missing_column', M.missingColumn(c)),
    );
    names.forEach((n, i) => {
      if (!this.#required.includes(n) && !this.#optional.includes(n)) {
        const column = written[i] ?? n;
        issues.push(headerIssue(header.line, column, 'unknown_column', M.unusedColumn(column)));
      }
    });
    if (missing.length > 0) return fail(issues);
    this.issues.push(...issues);
    return { written, names };
  }

  #row(e: Kept, { written, names }: { written: string[]; names: string[] }): LookupRow {
    const row = ++this.#rows;
    const columnName = (i: number) => written[i] ?? String(i + 1);
    const issue = (column: string | null, code: string, message: Bilingual) =>
      rowIssue(row, e.line, column, code, message);
    if (e.type === 'bad')
      return {
        row,
        line: e.line,
        get: () => '',
        issues: [badLineIssue(e, row, columnName, MAX_RECORD_CHARS)],
        issue,
      };
    const limit = (i: number) => this.#maxChars[names[i] ?? ''] ?? DEFAULT_FIELD_MAX_CHARS;
    const cells = cellIssues(e.fields, { row, line: e.line }, columnName, limit, this.#control);
    const bad = new Set(cells.map((c) => c.path[2]));
    return {
      row,
      line: e.line,
      get: (column: string) => {
        const index = names.indexOf(column);
        return index < 0 || bad.has(columnName(index)) ? '' : (e.fields[index] ?? '');
      },
      issues: cells,
      issue,
    };
  }
}
