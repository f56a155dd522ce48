// Shared reading of the small CSV files (register, debt assistance, partner ledger): the same
// record reader, limits and cell checks as the signal CSV (docs/formats/signals-csv.md, "Security").
import { excerpt, householdKey, normaliseBsn, parseAddress } from '@signaalreis/core';
import { badLineProblem, cellProblems } from '../csv/cells';
import { DEFAULT_FIELD_MAX_CHARS, hasControl } from '../csv/limits';
import { CSV_MESSAGES } from '../csv/messages';
import type { RowProblem } from '../csv/problem';
import { CsvRecordReader, MAX_RECORD_CHARS } from '../csv/records';

/**
 * One data record of a lookup CSV: its position, a getter by (normalised) column name, and the
 * problems of the line or its cells found while reading (a quote left open, a line or cell too long,
 * a control character). A row with such problems is not usable; `get` returns '' for a bad cell
 * (and for every cell of a line that is not a record).
 */
export interface LookupRow {
  row: number;
  line: number;
  get(column: string): string;
  problems: RowProblem[];
}

const HEADER_BROKEN: Record<string, string> = {
  unbalanced_quote: 'a quote opens and is not closed on the line',
  record_too_long: `it is longer than ${MAX_RECORD_CHARS} characters`,
  csv_syntax: 'it is not valid CSV',
};

/**
 * Parses CSV text (`,` or `;`, optional BOM, spaces around fields trimmed) with the given required
 * and optional columns. Every non-blank line after the header becomes exactly one row (or part of a
 * well-formed multi-line row); `maxChars` overrides the per-column length limit (default
 * {@link DEFAULT_FIELD_MAX_CHARS}).
 */
export function readLookupCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[],
  maxChars: Readonly<Record<string, number>> = {},
): { rows: LookupRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const reader = new CsvRecordReader({ delimiter, trim: true });
  const events = [...reader.push(body), ...reader.end()].filter(
    (e) => e.type === 'bad' || e.fields.length > 1 || (e.fields[0] ?? '').trim() !== '',
  );
  const [header, ...data] = events;
  if (!header) {
    return {
      rows: [],
      problems: [{ row: 0, line: 1, column: null, code: 'empty_file', message: 'The file has no header' }],
    };
  }
  if (header.type === 'bad') {
    const message = CSV_MESSAGES.headerBroken(header.line, HEADER_BROKEN[header.code] ?? header.code);
    return { rows: [], problems: [{ row: 0, line: header.line, column: null, code: header.code, message }] };
  }
  const written = header.fields.map((h) => h.trim());
  const names = written.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = required.filter((c) => !names.includes(c));
  for (const c of missing) {
    problems.push({
      row: 0,
      line: header.line,
      column: c,
      code: 'missing_column',
      message: `Required column "${c}" is missing`,
    });
  }
  names.forEach((n, i) => {
    if (!required.includes(n) && !optional.includes(n)) {
      const message = `Column "${excerpt(written[i] ?? n)}" is not used`;
      problems.push({ row: 0, line: header.line, column: written[i] ?? n, code: 'unknown_column', message });
    }
  });
  if (missing.length > 0) return { rows: [], problems };
  const checkControl = hasControl(body);
  const columnName = (i: number) => written[i] ?? String(i + 1);
  const limit = (i: number) => maxChars[names[i] ?? ''] ?? DEFAULT_FIELD_MAX_CHARS;
  const rows = data.map((e, i): LookupRow => {
    const row = i + 1;
    if (e.type === 'bad') {
      const problem = badLineProblem(e, row, columnName, MAX_RECORD_CHARS);
      return { row, line: e.line, get: () => '', problems: [problem] };
    }
    const at = { row, line: e.line };
    const cells = cellProblems(e.fields, at, columnName, limit, checkControl);
    const bad = new Set(cells.map((p) => p.column));
    return {
      ...at,
      get: (column: string) => {
        const index = names.indexOf(column);
        return index < 0 || bad.has(columnName(index)) ? '' : (e.fields[index] ?? '');
      },
      problems: cells,
    };
  });
  return { rows, problems };
}

/** A column value as an optional BSN (empty → undefined), pushing a problem when invalid. */
export function bsnOf(r: LookupRow, problems: RowProblem[]): string | undefined | null {
  const raw = r.get('bsn');
  if (raw === '') return undefined;
  const b = normaliseBsn(raw);
  if (b.ok) return b.value;
  problems.push({
    row: r.row,
    line: r.line,
    column: 'bsn',
    code: 'invalid_bsn',
    message: b.issues[0]?.message ?? 'Invalid BSN',
  });
  return null;
}

/** The household key of the row's address columns, pushing problems when they are invalid. */
export function householdOf(r: LookupRow, problems: RowProblem[]): string | null {
  const a = parseAddress({
    postcode: r.get('postcode'),
    houseNumber: r.get('house_number'),
    addition: r.get('house_number_suffix') || undefined,
  });
  if (a.ok) return householdKey(a.value);
  for (const i of a.issues) {
    const column = i.path[0] === 'postcode' ? 'postcode' : 'house_number';
    problems.push({ row: r.row, line: r.line, column, code: i.code, message: i.message });
  }
  return null;
}
