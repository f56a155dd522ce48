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
import { LookupCsvReader } from './csv-stream';

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
  const reader = new LookupCsvReader(required, optional, maxChars);
  const rows = [...reader.push(text), ...reader.end()];
  return reader.failure ? fail(reader.failure) : ok({ rows, issues: reader.issues });
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
