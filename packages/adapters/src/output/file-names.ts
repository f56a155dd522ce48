// File names made from ids that come from data (a partner id names its feedback file): safe on every
// file system and injective, so that two partners never share — and overwrite — one file.
// Why: docs/security.md, "Partner file names". Length bound: project default.
import { createHash } from 'node:crypto';

/** An id that is used as it is: capitals, digits and `-`, not starting with `-`, at most 40 characters. */
const PLAIN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** Longest readable part of a changed id. Project default. */
const READABLE = 40;
/** Hex digits of SHA-256 that tell changed ids apart (64 bits). Project default. */
const HASH = 16;

/**
 * A file-name stem for an id read from data. An id of capitals, digits and `-` (up to 40
 * characters, not starting with `-`) is used as it is — `EN-WKR`. Any other id gets a readable part
 * (every character outside `A-Z a-z 0-9 -` as `_`, at most 40) and `_` with 16 hex digits of the
 * id's SHA-256: `EN.WKR` → `EN_WKR_…`. Stems of ids used as they are hold no `_`, so the two kinds
 * never meet; distinct ids give distinct stems, also on a case-insensitive file system (only the
 * hash can collide: one chance in 2⁶⁴). A stem never holds a path separator or starts with a dot
 * and is at most 57 characters.
 *
 * @example
 * ```ts
 * import { safeFileStem } from '@signaalreis/adapters/output';
 * safeFileStem('EN-WKR'); // 'EN-WKR'
 * safeFileStem('EN.WKR'); // 'EN_WKR_' + 16 hex digits
 * safeFileStem('EN_WKR') === safeFileStem('EN.WKR'); // false
 * safeFileStem('../etc/passwd'); // '___etc_passwd_' + 16 hex digits
 * ```
 */
export function safeFileStem(id: string): string {
  if (PLAIN.test(id)) return id;
  const readable = [...id]
    .slice(0, READABLE)
    .map((c) => (/^[A-Za-z0-9-]$/.test(c) ? c : '_'))
    .join('');
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, HASH);
  return `${readable}_${hash}`;
}

/**
 * The feedback file of a partner: `feedback-<stem>.csv` (or `.xlsx`) with {@link safeFileStem}.
 *
 * @example
 * ```ts
 * import { feedbackFileName } from '@signaalreis/adapters/output';
 * feedbackFileName('ZV-ZLD'); // 'feedback-ZV-ZLD.csv'
 * feedbackFileName('ZV-ZLD', 'xlsx'); // 'feedback-ZV-ZLD.xlsx' (the Excel workbook beside it)
 * ```
 */
export function feedbackFileName(partnerId: string, extension: 'csv' | 'xlsx' = 'csv'): string {
  return `feedback-${safeFileStem(partnerId)}.${extension}`;
}
