// Spreadsheet formula ("CSV injection") neutralisation of one text cell: the one rule that every CSV
// (and, later, XLSX) file signaalreis writes applies to its text. Source: OWASP, "CSV Injection"
// (https://owasp.org/www-community/attacks/CSV_Injection), extended with the full-width and small-form
// variants of the trigger characters and with triggers hidden behind leading spaces or quotes.
// Why and what: docs/security.md, "Spreadsheet formulas".

/**
 * Characters that make a spreadsheet read a cell as a formula (or as the start of one) when the cell
 * starts with them: OWASP's `=`, `+`, `-`, `@`, tab and carriage return, and the full-width
 * (`＝＋－＠`) and small-form (`﹦﹢﹣﹫`) variants that some spreadsheets normalise to them.
 *
 * @example
 * ```ts
 * import { FORMULA_TRIGGERS } from '@signaalreis/adapters/output';
 * FORMULA_TRIGGERS.includes('='); // true
 * ```
 */
export const FORMULA_TRIGGERS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uff1d',
  '\uff0b',
  '\uff0d',
  '\uff20',
  '\ufe66',
  '\ufe62',
  '\ufe63',
  '\ufe6b',
];

/** Spaces (any Unicode white space, tab and line breaks included) and quotes before the first real character. */
const LEAD = /^[\s"']*/;
const TRIGGER = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

/** True when a spreadsheet could read `text` as a formula: a trigger after leading spaces/quotes, or a tab or CR among them. */
function needsQuote(text: string): boolean {
  // most cells start with a letter or a digit: nothing to look at (a fast path, same answer)
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  const lead = LEAD.exec(text)?.[0] ?? '';
  return /[\t\r]/.test(lead) || TRIGGER.test(text.slice(lead.length));
}

/**
 * Makes one text cell safe to open in a spreadsheet: when the text could start a formula (it starts
 * with a trigger, possibly after spaces or quotes, or with a tab or CR) it gets one leading `'`, which
 * spreadsheets treat as "this is text". Everything else is returned unchanged — also text that
 * merely starts with `'`, such as the Dutch city `'s-Hertogenbosch`. {@link restoreCell} undoes it
 * exactly. Only text is neutralised: write numbers as numbers.
 *
 * @example
 * ```ts
 * import { neutraliseCell } from '@signaalreis/adapters/output';
 * neutraliseCell("=cmd|' /C calc'!A0"); // "'=cmd|' /C calc'!A0"
 * neutraliseCell('  +31 6 12345678'); // "'  +31 6 12345678" (a trigger behind spaces counts too)
 * neutraliseCell("'s-Hertogenbosch"); // "'s-Hertogenbosch" (unchanged: nothing to neutralise)
 * ```
 */
export function neutraliseCell(text: string): string {
  return needsQuote(text) ? `'${text}` : text;
}

/**
 * The original text of a cell written by {@link neutraliseCell}: one leading `'` is removed when the
 * rest is text that would have been neutralised, and only then. `restoreCell(neutraliseCell(x)) === x`
 * for every string `x`.
 *
 * @example
 * ```ts
 * import { restoreCell } from '@signaalreis/adapters/output';
 * restoreCell("'=SUM(A1:A9)"); // '=SUM(A1:A9)'
 * restoreCell("''=1"); // "'=1" (the original started with a quote)
 * restoreCell("'s-Hertogenbosch"); // "'s-Hertogenbosch" (this quote is part of the name)
 * ```
 */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && needsQuote(cell.slice(1)) ? cell.slice(1) : cell;
}
