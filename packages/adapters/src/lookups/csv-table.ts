// Shared reading of the small lookup CSV files (register, debt assistance) with csv-parse (sync).
import { householdKey, normaliseBsn, parseAddress } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import type { RowProblem } from '../csv/problem';

/** One data record of a lookup CSV: its position and a getter by (normalised) column name. */
export interface LookupRow {
  row: number;
  line: number;
  get(column: string): string;
}

/** Parses CSV text (`,` or `;`, optional BOM) with the given required and optional columns. */
export function readLookupCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[],
): { rows: LookupRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { rows: [], problems: [{ row: 0, line: 0, column: null, code: 'invalid_csv', message }] };
  }
  const [header, ...data] = records;
  if (!header) {
    return {
      rows: [],
      problems: [{ row: 0, line: 1, column: null, code: 'empty_file', message: 'The file has no header' }],
    };
  }
  const names = header.record.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missing = required.filter((c) => !names.includes(c));
  for (const c of missing) {
    problems.push({
      row: 0,
      line: 1,
      column: c,
      code: 'missing_column',
      message: `Required column "${c}" is missing`,
    });
  }
  names.forEach((n, i) => {
    if (!required.includes(n) && !optional.includes(n)) {
      const message = `Column "${header.record[i]}" is not used`;
      problems.push({ row: 0, line: 1, column: header.record[i] ?? n, code: 'unknown_column', message });
    }
  });
  if (missing.length > 0) return { rows: [], problems };
  const rows = data.map((r, i) => ({
    row: i + 1,
    line: r.info.lines,
    get: (column: string) => {
      const at = names.indexOf(column);
      return at < 0 ? '' : (r.record[at] ?? '');
    },
  }));
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
