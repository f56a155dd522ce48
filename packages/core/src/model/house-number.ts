import { issue, type Result } from './issue';
import { excerpt } from './redact';
import type { Bilingual } from './text';

/**
 * A house number split as the BAG (Basisregistratie Adressen en Gebouwen) does: huisnummer
 * (1–99999), huisletter (one capital letter) and huisnummertoevoeging (up to 4 capital letters or
 * digits).
 *
 * @example
 * ```ts
 * import type { HouseNumber } from '@signaalreis/core';
 * const n: HouseNumber = { houseNumber: 12, houseLetter: 'A', houseNumberAddition: '1' };
 * ```
 */
export interface HouseNumber {
  houseNumber: number;
  houseLetter?: string;
  houseNumberAddition?: string;
}

const NUMBER_PART = /^(\d{1,6})(.*)$/;
const SEPARATORS = /[\s\-/.,]+/g;
const ONLY_DIGITS = /^\d{1,6}$/;

function fail(number: string, addition: string | undefined, why: Bilingual): Result<HouseNumber> {
  const shown = excerpt(addition ? `${number} ${addition}` : number);
  return {
    ok: false,
    issues: [
      issue('invalid_house_number', [], {
        nl: `Huisnummer "${shown}" ${why.nl}`,
        en: `House number "${shown}" ${why.en}`,
      }),
    ],
  };
}

/**
 * Parses a house number as people write it, with an optional separate addition column (CSV column
 * `house_number_suffix` / `toevoeging`), into BAG parts. Rules (BAG; the letter rule is a project
 * default where the BAG leaves spelling open):
 * - the number is 1–99999;
 * - a **single letter** right after the number — with or without a separator (`12a`, `12-A`,
 *   `12 a`), possibly followed directly by digits (`12a1` = `12a-1`) — is the huisletter;
 * - everything else after it is the toevoeging, separators removed and capitalised: `12 bis` → BIS,
 *   `12 hs` → HS, `12-2` → 2, `12 II` → II, `12a-1` → letter A + addition 1;
 * - a toevoeging longer than 4 characters is rejected.
 *
 * Issue code: `invalid_house_number`.
 *
 * @example
 * ```ts
 * import { parseHouseNumber } from '@signaalreis/core';
 * parseHouseNumber('12-A'); // { ok: true, value: { houseNumber: 12, houseLetter: 'A' } }
 * parseHouseNumber('12', 'bis'); // { ok: true, value: { houseNumber: 12, houseNumberAddition: 'BIS' } }
 * parseHouseNumber('12a-1'); // { ok: true, value: { houseNumber: 12, houseLetter: 'A', houseNumberAddition: '1' } }
 * parseHouseNumber('abc').ok; // false
 * ```
 */
export function parseHouseNumber(number: string, addition?: string): Result<HouseNumber> {
  // The common case, a number alone: the full parse below gives `{ houseNumber }` for it too.
  const trimmed = number.trim();
  if (ONLY_DIGITS.test(trimmed) && (addition === undefined || addition.trim() === '')) {
    const houseNumber = Number(trimmed);
    if (houseNumber >= 1 && houseNumber <= 99999) return { ok: true, value: { houseNumber } };
  }
  return parseHouseNumberInFull(number, addition);
}

/**
 * {@link parseHouseNumber} without its shortcut for a number alone (internal to core; not exported
 * by the package): house-number.property.test.ts holds the two to the same answers.
 */
export function parseHouseNumberInFull(number: string, addition?: string): Result<HouseNumber> {
  const m = NUMBER_PART.exec(number.trim());
  if (!m?.[1])
    return fail(number, addition, { nl: 'begint niet met een getal', en: 'does not start with a number' });
  const houseNumber = Number(m[1]);
  if (houseNumber < 1 || houseNumber > 99999)
    return fail(number, addition, { nl: 'ligt buiten 1–99999', en: 'is outside 1–99999' });
  // The rest after the digits, then the separate addition column, as one sequence of tokens.
  const rest = `${m[2] ?? ''} ${addition ?? ''}`;
  if (/[^\sA-Za-z0-9\-/.,]/.test(rest))
    return fail(number, addition, {
      nl: 'bevat andere tekens dan letters en cijfers',
      en: 'contains characters other than letters and digits',
    });
  const tokens = rest
    .trim()
    .split(SEPARATORS)
    .filter((t) => t.length > 0);
  // A first token that starts with a letter may begin with the huisletter: 'a', 'a1' (12a1).
  let houseLetter: string | undefined;
  const lead = /^([A-Za-z])(\d*)$/.exec(tokens[0] ?? '');
  if (lead?.[1] !== undefined) {
    houseLetter = lead[1].toUpperCase();
    tokens.splice(0, 1, ...(lead[2] ? [lead[2]] : []));
  }
  const houseNumberAddition = tokens.join('').toUpperCase();
  if (houseNumberAddition.length > 4) {
    return fail(number, addition, {
      nl: `heeft een toevoeging "${excerpt(houseNumberAddition)}" van meer dan 4 tekens`,
      en: `has an addition "${excerpt(houseNumberAddition)}" longer than 4 characters`,
    });
  }
  const value: HouseNumber = { houseNumber };
  if (houseLetter !== undefined) value.houseLetter = houseLetter;
  if (houseNumberAddition.length > 0) value.houseNumberAddition = houseNumberAddition;
  return { ok: true, value };
}
