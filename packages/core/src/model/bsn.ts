import { issue, type Result } from './issue';
import { maskBsn } from './redact';

/**
 * Whether a string is a valid BSN (burgerservicenummer): exactly 9 digits, not all zeros, passing
 * the elfproef: 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11
 * (source: Wet algemene bepalingen burgerservicenummer; BSN "elfproef"). DDAS v1.2 requires exactly
 * 9 characters, so 8-digit inputs must be left-padded by {@link normaliseBsn} first.
 *
 * @example
 * ```ts
 * import { isValidBsn } from '@signaalreis/core';
 * isValidBsn('111222333'); // true
 * isValidBsn('123456789'); // false
 * ```
 */
export function isValidBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s) || s === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  sum -= Number(s[8]);
  return sum % 11 === 0;
}

/**
 * Normalises a written BSN: removes spaces, dots and hyphens, left-pads an 8-digit number with one
 * zero (older BSNs and A-numbers were written with 8 digits — project default), and checks the
 * elfproef with {@link isValidBsn}. Issue code: `invalid_bsn`; the message shows the number masked
 * (`****9427`, see `maskBsn`), never in full.
 *
 * @example
 * ```ts
 * import { normaliseBsn } from '@signaalreis/core';
 * normaliseBsn('1112.22.333'); // { ok: true, value: '111222333' }
 * normaliseBsn('123456789').ok; // false: fails the elfproef
 * ```
 */
export function normaliseBsn(input: string): Result<string> {
  let digits = input.replace(/[\s.-]/g, '');
  if (/^\d{8}$/.test(digits)) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits)) {
    return {
      ok: false,
      issues: [
        issue('invalid_bsn', [], {
          nl: `BSN ${maskBsn(input)} heeft geen 9 cijfers`,
          en: `BSN ${maskBsn(input)} is not 9 digits`,
        }),
      ],
    };
  }
  if (!isValidBsn(digits)) {
    return {
      ok: false,
      issues: [
        issue('invalid_bsn', [], {
          nl: `BSN ${maskBsn(input)} voldoet niet aan de elfproef`,
          en: `BSN ${maskBsn(input)} fails the elfproef`,
        }),
      ],
    };
  }
  return { ok: true, value: digits };
}
