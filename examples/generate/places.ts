// Addresses in the fictional municipality "Voorbeeldstad" (postcodes 7411–7439) and the ways
// partners spell them, so that household matching has to normalise.
import type { Rand } from './rng';

/** Name of the fictional municipality. */
export const CITY = 'Voorbeeldstad';

/** Letters used in Dutch postcodes (F, I, O, Q, U and Y are never used). */
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
/** Letter pairs that are never issued. */
const FORBIDDEN_PAIRS = new Set(['SA', 'SD', 'SS']);

const NEIGHBOURHOODS: readonly (readonly [number, string])[] = [
  [7413, 'Centrum'],
  [7417, 'Noord'],
  [7421, 'Oost'],
  [7426, 'Zuid'],
  [7431, 'West'],
  [7435, 'De Hoven'],
  [7439, 'Buitengebied'],
];

/** A household's address, canonical: postcode `7412AB`, number, optional letter and addition. */
export interface Address {
  postcode: string;
  number: number;
  letter: string;
  addition: string;
  neighbourhood: string;
}

/** The neighbourhood (wijk) of a postcode number. */
export function neighbourhoodOf(postcode: string): string {
  const n = Number(postcode.slice(0, 4));
  return NEIGHBOURHOODS.find(([upTo]) => n <= upTo)?.[1] ?? 'Buitengebied';
}

/** A random address not handed out before. */
export function makeAddress(rand: Rand, used: Set<string>): Address {
  for (;;) {
    let letters = '';
    do letters = rand.pick([...POSTCODE_LETTERS]) + rand.pick([...POSTCODE_LETTERS]);
    while (FORBIDDEN_PAIRS.has(letters));
    const postcode = `${rand.int(7411, 7439)}${letters}`;
    const number = rand.weighted([
      [rand.int(1, 40), 6],
      [rand.int(41, 180), 3],
      [rand.int(181, 400), 1],
    ] as const);
    const kind = rand.weighted([
      ['none', 75],
      ['letter', 11],
      ['number', 9],
      ['hs', 3],
      ['bis', 2],
    ] as const);
    const letter = kind === 'letter' ? rand.pick(['a', 'b', 'c', 'd']) : '';
    const addition =
      kind === 'number' ? String(rand.int(1, 4)) : kind === 'hs' ? 'hs' : kind === 'bis' ? 'bis' : '';
    const key = `${postcode}|${number}|${letter}|${addition}`;
    if (used.has(key)) continue;
    used.add(key);
    return { postcode, number, letter, addition, neighbourhood: neighbourhoodOf(postcode) };
  }
}

/** How a partner writes postcodes and house numbers. */
export interface AddressStyle {
  postcode: 'space' | 'glued' | 'lower';
  /** `glued`: 12A / 12-2; `column`: 12 + suffix A; `dash`: 12-a; `space`: 12 a. */
  houseNumber: 'glued' | 'column' | 'dash' | 'space';
}

/** The address as a partner writes it: `[postcode, house_number, house_number_suffix]`. */
export function spellAddress(a: Address, style: AddressStyle): [string, string, string] {
  const digits = a.postcode.slice(0, 4);
  const letters = a.postcode.slice(4);
  const postcode =
    style.postcode === 'space'
      ? `${digits} ${letters}`
      : style.postcode === 'glued'
        ? `${digits}${letters}`
        : `${digits}${letters.toLowerCase()}`;
  const suffix = a.letter || a.addition;
  if (!suffix) return [postcode, String(a.number), ''];
  const isLetter = a.letter !== '';
  switch (style.houseNumber) {
    case 'glued':
      return [postcode, isLetter ? `${a.number}${a.letter.toUpperCase()}` : `${a.number}-${suffix}`, ''];
    case 'column':
      return [postcode, String(a.number), isLetter ? a.letter.toUpperCase() : suffix];
    case 'dash':
      return [postcode, `${a.number}-${suffix}`, ''];
    case 'space':
      return [postcode, `${a.number} ${suffix}`, ''];
  }
}

/** A mobile number in one of the styles partners use. */
export function spellPhone(mobile: string, style: 'dash' | 'plain' | 'intl' | 'intl-space'): string {
  if (!mobile) return '';
  switch (style) {
    case 'dash':
      return `06-${mobile}`;
    case 'plain':
      return `06${mobile}`;
    case 'intl':
      return `+316${mobile}`;
    case 'intl-space':
      return `+31 6 ${mobile}`;
  }
}
