import { fc, test } from '@fast-check/vitest';
import {
  addressFromHouseholdKey,
  householdKey,
  normalisePostcode,
  parseHouseNumber,
} from '@signaalreis/core';
import { isCanonicalPostcode } from './address';
import { isPostcodeKey } from './postcode';

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

// The character-read canonical check against its definition by expression (the form
// normalisePostcode gives back, and the schema's): any text near a postcode — digits, letters of
// both cases, the never-issued pairs, spaces, hyphens, a non-ASCII digit, any length up to 8.
const POSTCODE_REFERENCE = /^([1-9][0-9]{3})\s*-?\s*([A-Za-z]{2})$/;
const keyByExpression = (p: string): boolean => {
  const m = POSTCODE_REFERENCE.exec(p.trim());
  const key = m ? `${m[1]}${m[2]?.toUpperCase()}` : undefined;
  return key === p && !['SA', 'SD', 'SS'].includes(p.slice(4));
};
// letters, the never-issued pairs' letters, and the characters either side of A–Z and a–z
const edgeLetter = fc.constantFrom(...'SADZsaz@[`{'.split(''));
const nearPostcode = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0159SADZsa -٣'.split('')), maxLength: 8 }),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), edgeLetter, edgeLetter)
    .map(([d, a, b]) => `${String(d).padStart(4, '0')}${a}${b}`),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'0119/:'.split('')), minLength: 4, maxLength: 4 }),
      edgeLetter,
      edgeLetter,
    )
    .map(([d, a, b]) => `${d}${a}${b}`),
);

test.prop([nearPostcode], { numRuns: 5000 })(
  'a postcode is canonical, read by its characters, exactly when its expression gives it back as it is',
  (p) => {
    const expected = keyByExpression(p);
    if (isPostcodeKey(p) !== expected || isCanonicalPostcode(p) !== expected) return false;
    const r = normalisePostcode(p);
    return !expected || (r.ok && r.value === p);
  },
);

// normalisePostcode's character-read paths (`1234AB`, `1234 AB`) against the expression alone, over
// written forms of every kind: any separator, case, the never-issued pairs, a leading 0.
const writtenPostcode = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'0119/:'.split('')), minLength: 3, maxLength: 5 }),
    fc.constantFrom('', ' ', '  ', '-', ' - ', '\t', '_'),
    edgeLetter,
    edgeLetter,
    fc.constantFrom('', ' '),
  )
  .map(([d, sep, a, b, end]) => `${d}${sep}${a}${b}${end}`);

test.prop([fc.oneof(writtenPostcode, nearPostcode)], { numRuns: 5000 })(
  'a written postcode normalises as its expression reads it',
  (p) => {
    const m = POSTCODE_REFERENCE.exec(p.trim());
    const key = m ? `${m[1]}${m[2]?.toUpperCase()}` : undefined;
    const expected = key !== undefined && !['SA', 'SD', 'SS'].includes(key.slice(4)) ? key : undefined;
    const r = normalisePostcode(p);
    return expected === undefined
      ? !r.ok && r.issues[0]?.code === 'invalid_postcode'
      : r.ok && r.value === expected;
  },
);
