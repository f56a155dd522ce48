// Shared reading of the small CSV files (register, debt assistance, partner ledger): the same
// record reader, limits and cell checks as the signal CSV (docs/formats/signals-csv.md, "Security"),
// and the same issue paths (`['rows', row, column]`, `['header', column]`).
import {
  type Bilingual,
  fail,
  type HouseholdKey,
  householdKey,
  type Issue,
  normaliseBsn,
  ok,
  parseAddress,
  type Result,
} from '@signaalreis/core';
import { badLineIssue, cellIssues } from '../csv/cells';
import { fileIssue, headerIssue, rowIssue } from '../csv/issues';
import { DEFAULT_FIELD_MAX_CHARS, hasControl } from '../csv/limits';
import { CSV_MESSAGES } from '../csv/messages';
import { type CsvRecordEvent, CsvRecordReader, MAX_RECORD_CHARS } from '../csv/records';
import { LOOKUP_MESSAGES as M } from './messages';

/**
 * One data record of a lookup CSV: its position, a getter by (normalised) column name, and the
 * issues of the line or its cells found while reading (a quote left open, a line or cell too long,
 * a control character). A row with such issues is not usable; `get` returns '' for a bad cell
 * (and for every cell of a line that is not a record).
 */
export interface LookupRow {
  row: number;
  line: number;
  get(column: string): string;
  issues: Issue[];
  /** An issue of this row in `column` (the column's name as the reader knows it). */
  issue(column: string | null, code: string, message: Bilingual): Issue;
}

/** A lookup CSV read: its rows, and remarks that did not stop reading (`unknown_column`). */
export interface LookupTable {
  rows: LookupRow[];
  issues: Issue[];
}

/**
 * Parses CSV text (`,` or `;`, optional BOM, spaces around fields trimmed) with the given required
 * and optional columns. Every non-blank line after the header becomes exactly one row (or part of a
 * well-formed multi-line row); `maxChars` overrides the per-column length limit (default
 * {@link DEFAULT_FIELD_MAX_CHARS}). Fails on an empty file, a header line that cannot be read and
 * missing required columns.
 */
export function readLookupCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[],
  maxChars: Readonly<Record<string, number>> = {},
): Result<LookupTable> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const reader = new CsvRecordReader({ delimiter, trim: true });
  // (no line is skipped: the reader has no `skipLine`)
  const events = [...reader.push(body), ...reader.end()].filter(
    (e): e is Exclude<CsvRecordEvent, { type: 'skipped' }> =>
      e.type === 'bad' || (e.type === 'record' && (e.fields.length > 1 || (e.fields[0] ?? '').trim() !== '')),
  );
  const [header, ...data] = events;
  if (!header) return fail(fileIssue('empty_file', M.noHeader(), 1));
  if (header.type === 'bad') {
    const message = CSV_MESSAGES.headerBroken(header.line, header.code, MAX_RECORD_CHARS);
    return fail(headerIssue(header.line, null, header.code, message));
  }
  const written = header.fields.map((h) => h.trim());
  const names = written.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = required.filter((c) => !names.includes(c));
  const issues: Issue[] = missing.map((c) =>
    headerIssue(header.line, c, 'missing_column', M.missingColumn(c)),
  );
  names.forEach((n, i) => {
    if (!required.includes(n) && !optional.includes(n)) {
      const column = written[i] ?? n;
      issues.push(headerIssue(header.line, column, 'unknown_column', M.unusedColumn(column)));
    }
  });
  if (missing.length > 0) return fail(issues);
  const checkControl = hasControl(body);
  const columnName = (i: number) => written[i] ?? String(i + 1);
  const limit = (i: number) => maxChars[names[i] ?? ''] ?? DEFAULT_FIELD_MAX_CHARS;
  const rows = data.map((e, i): LookupRow => {
    const row = i + 1;
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
    const cells = cellIssues(e.fields, { row, line: e.line }, columnName, limit, checkControl);
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
  });
  return ok({ rows, issues });
}

/** A column value as an optional BSN (empty → undefined), pushing an issue when invalid. */
export function bsnOf(r: LookupRow, issues: Issue[]): string | undefined | null {
  const raw = r.get('bsn');
  if (raw === '') return undefined;
  const b = normaliseBsn(raw);
  if (b.ok) return b.value;
  for (const i of b.issues) issues.push(r.issue('bsn', 'invalid_bsn', i.message));
  return null;
}

/** The household key of the row's address columns, pushing issues when they are invalid. */
export function householdOf(r: LookupRow, issues: Issue[]): HouseholdKey | null {
  const a = parseAddress({
    postcode: r.get('postcode'),
    houseNumber: r.get('house_number'),
    addition: r.get('house_number_suffix') || undefined,
  });
  if (a.ok) return householdKey(a.value);
  for (const i of a.issues)
    issues.push(r.issue(i.path[0] === 'postcode' ? 'postcode' : 'house_number', i.code, i.message));
  return null;
}
