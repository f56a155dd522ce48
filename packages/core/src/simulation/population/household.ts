// The synthetic households of a simulated municipality (issue 16): a clearly fictional name, a
// Dutch-looking address and contact data, all derived from the household's own stream, so a
// household looks the same every month and in every scenario.
import type { Address } from '../../model/address';
import type { Contact } from '../../model/contact';
import type { Person } from '../../model/person';
import { draw, keyedGenerator, keyedStream } from '../random';
import type { DayCache } from './day-cache';

// Fictional surname parts: Dutch-looking, but made of words no family is called ("Proefveld").
const PREFIXES = ['', '', '', 'de', 'van', 'van der', 'ter', 'van den'] as const;
const STEMS = ['Proef', 'Voorbeeld', 'Model', 'Schets', 'Oefen', 'Toets', 'Simul', 'Fictie'] as const;
const ENDINGS = ['veld', 'huis', 'berg', 'stra', 'ink', 'sma', 'man', 'hof', 'kamp', 'dijk'] as const;
const INITIALS = [...'ABCDEGHJKLMNPRSTW'];
const BORN_FROM = -10958; // 1940-01-01 in days since 1970-01-01
/** Letters of Dutch postcodes (F, I, O, Q, U and Y are never used); SA, SD and SS never issued. */
const PAIRS = (() => {
  const letters = 'ABCDEGHJKLMNPRSTVWXZ';
  const out: string[] = [];
  for (const a of letters) for (const b of letters) if (!['SA', 'SD', 'SS'].includes(a + b)) out.push(a + b);
  return out;
})();
const PER_POSTCODE = 50; // house numbers 1–50 per six-position postcode (project default)

/** What a simulated household is, apart from its arrears. */
export interface SimulatedHousehold {
  person: Person;
  address: Address;
  contact: Contact;
  neighbourhood: string;
}

const pick = <T>(list: readonly T[], u: number): T =>
  list[Math.min(list.length - 1, Math.floor(u * list.length))] as T;

/** The number of four-digit postcode areas that `households` addresses need. */
export const postcodeAreas = (households: number): number =>
  Math.ceil(households / (PER_POSTCODE * PAIRS.length));

/**
 * The address of household `index` (0-based): a bijection of the index onto postcode, house
 * number, so two households never share an address; `firstArea` is the municipality's first
 * four-digit postcode.
 */
export function addressOf(index: number, firstArea: number, city: string): Address {
  const number = 1 + (index % PER_POSTCODE);
  const rest = Math.floor(index / PER_POSTCODE);
  const letters = PAIRS[rest % PAIRS.length] as string;
  const area = firstArea + Math.floor(rest / PAIRS.length);
  return { postcode: `${area}${letters}`, houseNumber: number, city };
}

/** The household's legal form from the first number of its stream (also known to the ledgers). */
export function legalFormOf(u: number, shares: { eenmanszaak: number; bv: number }): Person['legalForm'] {
  if (u < shares.bv) return 'bv';
  if (u < shares.bv + shares.eenmanszaak) return 'eenmanszaak';
  return 'individual';
}

/** Numbers 2–5 of a household's stream choose its partner in each sector (health, energy, rent, water). */
export const PARTNER_DRAWS = 4;

/**
 * The legal form and the partner numbers of a household: the first 1 + {@link PARTNER_DRAWS}
 * numbers of its stream.
 */
export function householdBasics(
  base: string,
  index: number,
  shares: { eenmanszaak: number; bv: number },
  sector: number,
): { legalForm: Person['legalForm']; partnerDraw: number } {
  const rng = keyedGenerator(householdKey(base, index));
  const legalForm = legalFormOf(draw(rng), shares);
  let partnerDraw = 0;
  for (let i = 0; i < PARTNER_DRAWS; i++) {
    const u = draw(rng);
    if (i === sector) partnerDraw = u;
  }
  return { legalForm, partnerDraw };
}

/** The household stream's key. */
export const householdKey = (base: string, index: number): string => `${base}\u0000h\u0000${index}`;

/**
 * The household's fictional identity, from its own stream (the first number decides the legal
 * form, see {@link legalFormOf}).
 */
export function householdOf(
  base: string,
  index: number,
  place: { firstArea: number; city: string },
  shares: { eenmanszaak: number; bv: number; phone: number; email: number },
  days: DayCache,
): SimulatedHousehold {
  const next = keyedStream(householdKey(base, index));
  const legalForm = legalFormOf(next(), shares);
  for (let i = 0; i < PARTNER_DRAWS; i++) next(); // the partners' numbers (partnerDraws)
  const prefix = pick(PREFIXES, next());
  const surname = `${pick(STEMS, next())}${pick(ENDINGS, next())}`;
  const initials = `${pick(INITIALS, next())}.`;
  const birthDate = days.iso(BORN_FROM + Math.floor(next() * 65 * 365.25)); // born 1940–2004
  const phone =
    next() < shares.phone ? `+316${String(Math.floor(next() * 1e8)).padStart(8, '0')}` : undefined;
  if (phone === undefined) next(); // the same count of draws either way
  const email = next() < shares.email ? `${surname.toLowerCase()}.${index}@voorbeeld.invalid` : undefined;
  const address = addressOf(index, place.firstArea, place.city);
  const person: Person = {
    initials,
    ...(prefix ? { prefix } : {}),
    surname,
    birthDate,
    legalForm,
  };
  return {
    person,
    address,
    contact: { ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
    neighbourhood: `Wijk ${1 + (Math.floor(index / (PER_POSTCODE * 20)) % 12)}`,
  };
}
