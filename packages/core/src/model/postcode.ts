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
