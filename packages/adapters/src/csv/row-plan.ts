// What every row of one file needs to know about its header, worked out once per header rather
// than once per row: where each field's cell is, the column name its issues carry, and each
// column's length limit.
import type { HeaderMapping, SignalCsvField } from './headers';
import { SIGNAL_CSV_FIELDS } from './headers';
import { SIGNAL_CSV_FIELD_MAX_CHARS } from './limits';

/** A canonical field of the signal CSV format. */
export type Field = SignalCsvField;

/** A header worked out for reading rows. */
export interface RowPlan {
  /** Number of columns. */
  count: number;
  /** Per field, the index of its column, or -1 when the file has none. */
  at: Readonly<Record<Field, number>>;
  /** Per field, the column's header as written (the field's name when the file has none). */
  name: Readonly<Record<Field, string>>;
  /** A column's name for a cell issue (its header, or its 1-based number). */
  columnName: (index: number) => string;
  /** A column's length limit (none for a column that is not a field). */
  maxChars: (index: number) => number | undefined;
}

const PLANS = new WeakMap<HeaderMapping, RowPlan>();

/** The plan of a header, made on first use. */
export function planOf(header: HeaderMapping): RowPlan {
  const known = PLANS.get(header);
  if (known) return known;
  const at = {} as Record<Field, number>;
  const name = {} as Record<Field, string>;
  for (const field of SIGNAL_CSV_FIELDS) {
    const i = header.index[field];
    at[field] = i ?? -1;
    name[field] = i === undefined ? field : (header.columns[i]?.header ?? field);
  }
  const names = header.columns.map((c) => c.header);
  const limits = header.columns.map((c) => (c.field ? SIGNAL_CSV_FIELD_MAX_CHARS[c.field] : undefined));
  const plan: RowPlan = {
    count: header.columns.length,
    at,
    name,
    columnName: (i) => names[i] ?? String(i + 1),
    maxChars: (i) => limits[i],
  };
  PLANS.set(header, plan);
  return plan;
}
