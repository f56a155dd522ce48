import { issue, type Result } from './issue';
import { maskPhone } from './redact';

/**
 * Normalises a phone number to E.164. Dutch numbers (`06-12345678`, `06 1234 5678`,
 * `+31 6 12345678`, `0031612345678`, `020-1234567`, `(020) 123 45 67`) become `+31` followed by the
 * 9 digits after the trunk 0 (Dutch numbering plan, ACM). A foreign number written with `+` or `00`
 * and a country code other than 31 is kept as E.164 when it has 8–15 digits (ITU-T E.164; project
 * default: we do not validate foreign numbering plans). Issue code: `invalid_phone`; the message
 * shows the number masked (`********78`).
 *
 * @example
 * ```ts
 * import { normaliseDutchPhone } from '@signaalreis/core';
 * normaliseDutchPhone('06-12345678'); // { ok: true, value: '+31612345678' }
 * normaliseDutchPhone('(020) 123 45 67'); // { ok: true, value: '+31201234567' }
 * normaliseDutchPhone('06-1234').ok; // false
 * ```
 */
export function normaliseDutchPhone(input: string): Result<string> {
  const bad = (nl: string, en: string): Result<string> => ({
    ok: false,
    issues: [
      issue('invalid_phone', [], {
        nl: `Telefoonnummer ${maskPhone(input)} ${nl}`,
        en: `Phone number ${maskPhone(input)} ${en}`,
      }),
    ],
  });
  const trimmed = input.trim();
  if (!/^[+\d\s\-().]+$/.test(trimmed))
    return bad(
      'bevat andere tekens dan cijfers, spaties, +, -, ( en )',
      'contains characters other than digits, spaces, +, -, ( and )',
    );
  let digits = trimmed.replace(/[\s\-().]/g, '');
  if (digits.indexOf('+') > 0)
    return bad('heeft een + die niet vooraan staat', 'has a + that is not at the start');
  if (digits.startsWith('+')) digits = `00${digits.slice(1)}`;
  if (digits.startsWith('0031')) {
    const national = digits.slice(4).replace(/^0/, '');
    return national.length === 9 && /^[1-9]/.test(national)
      ? { ok: true, value: `+31${national}` }
      : bad('heeft geen 9 cijfers na +31', 'does not have 9 digits after +31');
  }
  if (digits.startsWith('00')) {
    const international = digits.slice(2);
    return international.length >= 8 && international.length <= 15 && /^[1-9]/.test(international)
      ? { ok: true, value: `+${international}` }
      : bad(
          'is geen geldig internationaal nummer (8–15 cijfers)',
          'is not a valid international number (8–15 digits)',
        );
  }
  if (digits.startsWith('0')) {
    const national = digits.slice(1);
    return national.length === 9 && /^[1-9]/.test(national)
      ? { ok: true, value: `+31${national}` }
      : bad('heeft geen 10 cijfers', 'does not have 10 digits');
  }
  return bad('begint niet met 0, +31 of 0031', 'does not start with 0, +31 or 0031');
}
