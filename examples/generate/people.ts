// Fictional residents: names drawn from small arrays of common Dutch-looking names, random birth
// dates, random BSNs that pass the elfproef. No register was consulted; any match with a real
// person is chance.
import type { Rand } from './rng';

const FIRST_NAMES = [
  'Jan',
  'Pieter',
  'Kees',
  'Mohamed',
  'Fatima',
  'Sanne',
  'Daniëlle',
  'Noël',
  'Zoë',
  'Anouk',
  'Bram',
  'Lotte',
  'Aylin',
  'Emre',
  'Priya',
  'Kevin',
  'Chantal',
  'Wilma',
  'Henk',
  'Gerrit',
  'Ingrid',
  'Maria',
  'José',
  'Rachid',
  'Nadia',
  'Tamara',
  'Dewi',
  'Sophie',
  'Thijs',
  'Mirjam',
  'Joyce',
  'Angélique',
  'Ruud',
  'Esra',
  'Marloes',
  'Youssef',
  'Bianca',
  'Dirk',
  'Hanneke',
  'Stefan',
] as const;

/** `[prefix (tussenvoegsel), surname]` */
const SURNAMES: readonly (readonly [string, string])[] = [
  ['', 'Jansen'],
  ['de', 'Vries'],
  ['van', 'Dijk'],
  ['', 'Bakker'],
  ['', 'Visser'],
  ['', 'Smit'],
  ['', 'Meijer'],
  ['de', 'Boer'],
  ['', 'Mulder'],
  ['de', 'Groot'],
  ['', 'Bos'],
  ['van der', 'Linden'],
  ['', 'Hendriks'],
  ['', 'Dekker'],
  ['van den', 'Berg'],
  ['', 'Brouwer'],
  ['', 'Kok'],
  ['', 'Öztürk'],
  ['', 'Çelik'],
  ['el', 'Amrani'],
  ['', 'Haddou'],
  ['', 'Kaya'],
  ['', 'Nieuwenhuis'],
  ['ter', 'Horst'],
  ['', 'Wolters'],
  ['', 'Hoekstra'],
  ['', 'Postma'],
  ['van', 'Leeuwen'],
  ['', 'Schouten'],
  ['', 'Pinas'],
  ['', 'Martínez'],
  ['', 'Nguyen'],
  ['', 'Kowalski'],
  ['', 'Lindeboom'],
  ['', 'Veldkamp'],
  ['', 'Gerritsen'],
  ['', 'Brinkman'],
  ['te', 'Velde'],
  ['', 'Achterberg'],
  ['', 'Roelofs'],
  ['', 'Daniëls'],
];

const TRADE_NAMES = [
  'Bakkerij De Korenschoof',
  'Klussenbedrijf Vakwerk',
  'Kapsalon Knipwerk',
  'Transport Snelweg',
];

/** Legal forms of the canonical CSV. */
export type LegalForm = 'individual' | 'eenmanszaak' | 'maatschap' | 'vof' | 'cv' | 'bv' | 'nv' | 'other';

/** A fictional person (or, for a BV, a company) as a partner knows it. */
export interface Person {
  firstName: string;
  initials: string;
  prefix: string;
  surname: string;
  birthDate: string;
  bsn: string;
  legalForm: LegalForm;
  /** Mobile number as 8 digits after `06`, or '' when unknown. */
  mobile: string;
  emailLocal: string;
}

/** The elfproef: 9a+8b+7c+6d+5e+4f+3g+2h−1i ≡ 0 (mod 11), nine digits. */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const d = [...bsn].map(Number);
  const sum = d.slice(0, 8).reduce((s, v, i) => s + v * (9 - i), 0) - (d[8] ?? 0);
  return sum % 11 === 0;
}

/** A random nine-digit number that passes the elfproef and was not handed out before. */
export function randomBsn(rand: Rand, used: Set<string>): string {
  for (;;) {
    const digits = [rand.int(1, 6), ...Array.from({ length: 7 }, () => rand.int(0, 9))];
    const check = digits.reduce((s, v, i) => s + v * (9 - i), 0) % 11;
    if (check === 10) continue;
    const bsn = `${digits.join('')}${check}`;
    if (used.has(bsn)) continue;
    used.add(bsn);
    return bsn;
  }
}

function birthDate(rand: Rand): string {
  const age = rand.weighted([
    [rand.int(18, 27), 15],
    [rand.int(28, 45), 40],
    [rand.int(46, 66), 35],
    [rand.int(67, 85), 10],
  ] as const);
  const year = 2026 - age - 1;
  const month = rand.int(1, 12);
  const day = rand.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A fictional natural person; `surname` may be shared with a household member. */
export function makePerson(rand: Rand, usedBsn: Set<string>, family?: readonly [string, string]): Person {
  const firstName = rand.pick(FIRST_NAMES);
  const second = rand.chance(0.3) ? rand.pick(FIRST_NAMES) : '';
  const [prefix, surname] = family ?? rand.pick(SURNAMES);
  const initials = `${firstName[0]}.${second ? `${second[0]}.` : ''}`;
  const local = `${slug(firstName)[0]}.${slug(prefix)}${slug(surname)}${rand.int(1, 99)}`;
  return {
    firstName,
    initials,
    prefix,
    surname,
    birthDate: birthDate(rand),
    bsn: randomBsn(rand, usedBsn),
    legalForm: 'individual',
    mobile: rand.chance(0.92) ? String(rand.int(10_000_000, 69_999_999)) : '',
    emailLocal: rand.chance(0.75) ? local : '',
  };
}

/** A small business: a self-employed person (eenmanszaak, vof) or a company (bv). */
export function makeBusiness(
  rand: Rand,
  usedBsn: Set<string>,
  legalForm: 'eenmanszaak' | 'vof' | 'bv',
): Person {
  const owner = makePerson(rand, usedBsn);
  const trade = rand.pick(TRADE_NAMES);
  if (legalForm !== 'bv') return { ...owner, legalForm };
  return {
    ...owner,
    firstName: '',
    initials: '',
    prefix: '',
    surname: `${trade} B.V.`,
    birthDate: '',
    bsn: '',
    legalForm,
    emailLocal: slug(trade).slice(0, 12),
  };
}

/** The family name pair of a person, for a second resident of the same household. */
export const familyOf = (p: Person): readonly [string, string] => [p.prefix, p.surname];
