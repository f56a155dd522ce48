// Showing a bad value without leaking it: short excerpts of long or odd text, and masks for the
// personal data (BSN, e-mail, phone) that must never appear in full in a message, log or report.
// Source: project default (docs/security.md); BSN masking follows the usual "last four" practice.

/**
 * Longest excerpt of a bad value that a message may show (characters). Project default.
 *
 * @example
 * ```ts
 * import { EXCERPT_LENGTH, excerpt } from '@signaalreis/core';
 * excerpt('x'.repeat(EXCERPT_LENGTH)) === 'x'.repeat(EXCERPT_LENGTH); // true: not cut
 * ```
 */
export const EXCERPT_LENGTH = 40;

/**
 * A short, printable excerpt of a value for an error message: control characters become `\uXXXX`,
 * and text beyond `max` characters is cut with `…` and the full length in characters.
 *
 * @example
 * ```ts
 * import { excerpt } from '@signaalreis/core';
 * excerpt('x'.repeat(5_000_000)); // 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (5000000 characters)'
 * excerpt('a\u001b[31mb'); // 'a\\u001b[31mb'
 * ```
 */
export function excerpt(value: string, max: number = EXCERPT_LENGTH): string {
  const cut = value.length > max ? value.slice(0, max) : value;
  const printable = escapeControl(cut);
  return value.length > max ? `${printable}… (${value.length} characters)` : printable;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Replaces C0 and C1 control characters (except tab and line breaks when `keepLines`) by a visible
 * `\uXXXX`, so that text read from a file cannot move the cursor, recolour or clear a terminal.
 *
 * @example
 * ```ts
 * import { escapeControl } from '@signaalreis/core';
 * escapeControl('ok\u001b[2J'); // 'ok\\u001b[2J'
 * escapeControl('a\nb', { keepLines: true }); // 'a\nb'
 * ```
 */
export function escapeControl(text: string, options: { keepLines?: boolean } = {}): string {
  return text.replace(
    options.keepLines ? CONTROL_EXCEPT_LINES : CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Masks a BSN (or anything written as one) to its last four digits: `****9427`. Values that are
 * not mostly digits are masked whole.
 *
 * @example
 * ```ts
 * import { maskBsn } from '@signaalreis/core';
 * maskBsn('123459427'); // '****9427'
 * maskBsn('12.34.59.427'); // '****9427'
 * ```
 */
export function maskBsn(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 6 ? `****${digits.slice(-4)}` : '****';
}

/**
 * Masks an e-mail address to its first character and the domain's last part: `j***@***.nl`.
 *
 * @example
 * ```ts
 * import { maskEmail } from '@signaalreis/core';
 * maskEmail('jan.jansen@example.nl'); // 'j***@***.nl'
 * maskEmail('not an address'); // 'n***'
 * ```
 */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const first = escapeControl(value.trim().slice(0, 1));
  if (at < 0) return `${first}***`;
  const tld = /\.([A-Za-z]{2,10})\s*$/.exec(value.slice(at + 1))?.[1];
  return `${first}***@***${tld ? `.${tld}` : ''}`;
}

/**
 * Masks a phone number to its last two digits: `********78`.
 *
 * @example
 * ```ts
 * import { maskPhone } from '@signaalreis/core';
 * maskPhone('06-12345678'); // '********78'
 * ```
 */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 4 ? `${'*'.repeat(Math.max(digits.length - 2, 2))}${digits.slice(-2)}` : '****';
}
