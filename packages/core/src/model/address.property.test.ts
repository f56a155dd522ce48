import { fc, test } from '@fast-check/vitest';
import {
  addressFromHouseholdKey,
  householdKey,
  normalisePostcode,
  parseHouseNumber,
} from '@signaalreis/core';

const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRTUVWXYZ'.split(''));
const postcode = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), letters, letters)
  .filter(([, a, b]) => !['SA', 'SD', 'SS'].includes(a + b))
  .map(([d, a, b]) => ({ digits: String(d), letters: a + b }));
const spaces = fc.constantFrom('', ' ', '  ', '\t');
const flipCase = (s: string, mask: boolean[]) =>
  s
    .split('')
    .map((c, i) => (mask[i % mask.length] ? c.toLowerCase() : c.toUpperCase()))
    .join('');

test.prop([postcode, spaces, spaces, spaces, fc.array(fc.boolean(), { minLength: 1, maxLength: 4 })])(
  'a postcode normalises to one key whatever its case and spacing, and normalising is idempotent',
  (pc, before, between, after, mask) => {
    const written = `${before}${pc.digits}${between}${flipCase(pc.letters, mask)}${after}`;
    const r = normalisePostcode(written);
    if (!r.ok) throw new Error(`rejected ${JSON.stringify(written)}`);
    if (r.value !== `${pc.digits}${pc.letters}`) throw new Error(`${written} → ${r.value}`);
    const again = normalisePostcode(r.value);
    return again.ok && again.value === r.value;
  },
);

const additionTokens = fc.constantFrom('bis', 'hs', '1', '2', 'II', 'III', 'ZW', 'rd');
const sep = fc.constantFrom('', '-', ' ', ' - ');
const nonEmptySep = fc.constantFrom('-', ' ', ' - ', '/');

test.prop([
  fc.integer({ min: 1, max: 99999 }),
  fc.option(letters, { nil: undefined }),
  fc.option(additionTokens, { nil: undefined }),
  sep,
  nonEmptySep,
  fc.boolean(),
  fc.boolean(),
])(
  'different spellings of one house number give one household key, which reads back',
  (n, letter, addition, sep1, sep2, lowerLetter, separateColumn) => {
    // The same parts as the BAG has them...
    const expected = householdKey({
      postcode: '1234AB',
      houseNumber: n,
      ...(letter ? { houseLetter: letter } : {}),
      ...(addition ? { houseNumberAddition: addition.toUpperCase() } : {}),
    });
    // ...written the way people write them.
    const l = letter ? (lowerLetter ? letter.toLowerCase() : letter) : '';
    // Additions are never a single letter here, so they cannot be read as a huisletter.
    const tail = addition ? sep2 + addition : '';
    const full = `${n}${l ? sep1 + l : ''}${tail}`;
    const r = separateColumn ? parseHouseNumber(String(n), `${l}${tail}`) : parseHouseNumber(full);
    if (!r.ok) throw new Error(`rejected ${full}: ${r.issues[0]?.message}`);
    const key = householdKey({ postcode: '1234AB', ...r.value });
    if (key !== expected) throw new Error(`${JSON.stringify(full)} → ${key}, expected ${expected}`);
    const back = addressFromHouseholdKey(key);
    return back !== undefined && householdKey(back) === key;
  },
);
