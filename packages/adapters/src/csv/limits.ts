// What a cell may hold, for every CSV reader: no control characters, and a length limit per column.
// Source of every number here: project default (docs/formats/signals-csv.md, "Limits").
import type { SignalCsvField } from './headers';

/**
 * Longest value per signal CSV column, in characters (project default): ids 100, names and other
 * free text 200, an e-mail address 254 (the longest path RFC 5321 allows), everything else — codes,
 * dates, amounts, counts, postcode, house number, BSN, phone, initials, prefix — 50.
 *
 * @example
 * ```ts
 * import { SIGNAL_CSV_FIELD_MAX_CHARS } from '@signaalreis/adapters/csv';
 * SIGNAL_CSV_FIELD_MAX_CHARS.surname; // 200
 * ```
 */
export const SIGNAL_CSV_FIELD_MAX_CHARS: Readonly<Record<SignalCsvField, number>> = {
  signal_id: 100,
  partner_id: 100,
  partner_name: 200,
  sector: 50,
  kind: 50,
  signal_date: 50,
  arrear_since: 50,
  amount: 50,
  terms_overdue: 50,
  reminders_sent: 50,
  initials: 50,
  prefix: 50,
  surname: 200,
  birth_date: 50,
  legal_form: 50,
  bsn: 50,
  postcode: 50,
  house_number: 50,
  house_number_suffix: 50,
  city: 200,
  phone: 50,
  email: 254,
  neighbourhood: 200,
};

/** Longest value of a column of the ledger and lookup CSV files (project default, as above). */
export const DEFAULT_FIELD_MAX_CHARS = 200;

// C0 controls except tab and line breaks (a quoted field may hold a line break), DEL, C1 controls,
// and the Unicode line and paragraph separators: the characters `escapeControl` makes visible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** Whether a chunk of text holds any character {@link controlIn} would find (one fast scan). */
export const hasControl = (text: string): boolean => CONTROL.test(text);

/** The first control character in a cell: its 1-based position and `U+XXXX` name, or null. */
export function controlIn(value: string): { position: number; name: string } | null {
  const m = CONTROL.exec(value);
  if (!m) return null;
  const code = value.charCodeAt(m.index).toString(16).toUpperCase().padStart(4, '0');
  return { position: m.index + 1, name: `U+${code}` };
}
