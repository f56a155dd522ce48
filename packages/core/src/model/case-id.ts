// The form of a case id (issue 12): the month and a number, `2026-10-0001` — no personal data, safe
// in a URL path segment, short enough to read out on the phone. Ids of the form signaalreis wrote
// before, `2026-10/7411AB 12` (month / household key: an address), are still read, never made.
import type { CaseId } from './ids';
import type { IsoMonth } from './iso-date';

/** Digits a case number has at least. Project default: 9,999 cases a month before it widens. */
const MIN_DIGITS = 4;

/**
 * The form of every case id signaalreis makes: the matching month `YYYY-MM`, a hyphen and the
 * case's number in that month, zero-padded to at least 4 digits. Only digits and hyphens, so it
 * needs no escaping in a URL, a file name or a CSV cell.
 *
 * @example
 * ```ts
 * import { CASE_ID_PATTERN } from '@signaalreis/core';
 * CASE_ID_PATTERN.test('2026-10-0001'); // true
 * CASE_ID_PATTERN.test('2026-10/7411AB 12'); // false: the older form, which holds an address
 * ```
 */
export const CASE_ID_PATTERN: RegExp = /^\d{4}-(?:0[1-9]|1[0-2])-\d{4,}$/;

/** The older form: month, a slash and a household key (postcode and house number). */
const LEGACY_CASE_ID = /^\d{4}-(?:0[1-9]|1[0-2])\/\S/;

/**
 * Whether a case id has the older form `YYYY-MM/<household key>` (e.g. `2026-10/7411AB 12`) that
 * case files and stores written before issue 12 hold. Such an id holds an address: it is still
 * read (a {@link CaseId}), so older case files keep working, but never made — and it must not go
 * into a URL, a log or a shared report.
 *
 * @example
 * ```ts
 * import { isLegacyCaseId } from '@signaalreis/core';
 * isLegacyCaseId('2026-10/7411AB 12'); // true: do not show it outside the case
 * isLegacyCaseId('2026-10-0001'); // false
 * ```
 */
export function isLegacyCaseId(value: string): boolean {
  return LEGACY_CASE_ID.test(value);
}

/** Whether a string has one of the two forms of a case id (lengths are checked by `isCaseId`). */
export const hasCaseIdForm = (value: string): boolean => CASE_ID_PATTERN.test(value) || isLegacyCaseId(value);

/**
 * The id of case `number` of `count` cases in `month`: `<month>-<number>`, the number zero-padded
 * to the width of `count` and at least 4 digits, so the ids of one month all have one length and
 * sort in number order. `matchMonth` numbers a month's cases by rank (1 = the first case of the
 * worklist), so the id says nothing about the household's address. Throws a RangeError when
 * `number` is not an integer from 1 to `count` (a programming error).
 *
 * @example
 * ```ts
 * import { asIsoMonth, numberedCaseId } from '@signaalreis/core';
 * numberedCaseId(asIsoMonth('2026-10'), 7, 240); // '2026-10-0007'
 * numberedCaseId(asIsoMonth('2026-10'), 7, 12_000); // '2026-10-00007': a month of 10,000+ cases
 * ```
 */
export function numberedCaseId(month: IsoMonth, number: number, count: number): CaseId {
  if (!Number.isSafeInteger(number) || !Number.isSafeInteger(count) || number < 1 || number > count)
    throw new RangeError(`A case number is 1 to ${count}, not ${number}`);
  const width = Math.max(MIN_DIGITS, String(count).length);
  return `${month}-${String(number).padStart(width, '0')}` as CaseId;
}
