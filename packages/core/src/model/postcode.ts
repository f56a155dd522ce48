import { issue, type Result } from './issue';
import { excerpt } from './redact';

const POSTCODE = /^([1-9][0-9]{3})\s*-?\s*([A-Za-z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

/**
 * Normalises a Dutch postcode to its canonical form `1234AB`: four digits (the first not 0) and two
 * capital letters. Accepts any case and spaces (or one hyphen) between and around the parts:
 * `1234 ab`, ` 1234  AB `, `1234-ab`. The letter pairs SA, SD and SS are never issued (PostNL
 * postcode rules) and are rejected. Issue code: `invalid_postcode`.
 *
 * @example
 * ```ts
 * import { normalisePostcode } from '@signaalreis/core';
 * normalisePostcode(' 1234  ab '); // { ok: true, value: '1234AB' }
 * normalisePostcode('0123AB').ok; // false: a postcode never starts with 0
 * normalisePostcode('1234SS').ok; // false: SS is never issued
 * ```
 */
export function normalisePostcode(input: string): Result<string> {
  if (isPostcodeKey(input)) return { ok: true, value: input };
  // `1234 AB`, as many partners write it: the same key, without the expression's match (issue 14)
  if (input.length === 7 && input.charCodeAt(4) === 32) {
    const key = input.slice(0, 4) + input.slice(5);
    if (isPostcodeKey(key)) return { ok: true, value: key };
  }
  const m = POSTCODE.exec(input.trim());
  const digits = m?.[1];
  const letters = m?.[2]?.toUpperCase();
  if (digits === undefined || letters === undefined) {
    return {
      ok: false,
      issues: [
        issue('invalid_postcode', [], {
          nl: `"${excerpt(input)}" is geen Nederlandse postcode (vier cijfers en twee letters, bijv. 1234 AB)`,
          en: `"${excerpt(input)}" is not a Dutch postcode (four digits and two letters, e.g. 1234 AB)`,
        }),
      ],
    };
  }
  if (NEVER_ISSUED.has(letters)) {
    return {
      ok: false,
      issues: [
        issue('invalid_postcode', [], {
          nl: `"${excerpt(input)}" is geen Nederlandse postcode: de letters ${letters} worden nooit uitgegeven`,
          en: `"${excerpt(input)}" is not a Dutch postcode: the letters ${letters} are never issued`,
        }),
      ],
    };
  }
  return { ok: true, value: `${digits}${letters}` };
}

/**
 * Whether `p` is a postcode in its canonical form, read by its characters: four digits (the first
 * not 0), two capital letters, not a pair that is never issued — exactly the texts
 * {@link normalisePostcode} gives back as they are (issue 14: nearly every postcode of a national
 * month is written so, and is read twice — by the reader and by the signal's schema; the regular
 * expression allocates a match each time). address.property.test.ts holds it to the expression.
 *
 * @example
 * ```ts
 * import { isPostcodeKey } from './postcode';
 * isPostcodeKey('1234AB'); // true
 * isPostcodeKey('1234 AB'); // false: normalisePostcode writes it 1234AB
 * ```
 */
export function isPostcodeKey(p: string): boolean {
  if (p.length !== 6) return false;
  const first = p.charCodeAt(0);
  if (first < 49 || first > 57) return false; // 1–9
  for (let i = 1; i < 4; i++) {
    const c = p.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const a = p.charCodeAt(4);
  const b = p.charCodeAt(5);
  if (a < 65 || a > 90 || b < 65 || b > 90) return false; // A–Z
  return a !== 83 || !NEVER_ISSUED.has(p.slice(4)); // only pairs with an S are never issued
}
