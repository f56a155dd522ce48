// Who a case's letter, card, e-mail or SMS goes to: the names, the address, the e-mail addresses and
// the phone numbers of the case's own delivered signals (the case file holds none), only from
// signals at the case's household address — a letter goes to the household's address from the
// signal, nowhere else. Personal data: it stays in memory and in the outputs, never in a message.
import { addressFromHouseholdKey, type Lang, type Signal, signalHouseholdKey } from '@signaalreis/core';
import { RECIPIENT_WORDS as W } from './words';

/** The case fields this needs: its id, household key and signals (ids). */
export interface RecipientCase {
  caseId: string;
  householdKey: string;
  signals: readonly { partnerId: string; signalId: string }[];
}

/**
 * The contact data of one case, from its delivered signals at the household's address: names in
 * signal order (each once), the city, e-mail addresses and phone numbers (each once).
 *
 * @example
 * ```ts
 * import type { Recipient } from '@signaalreis/adapters/letters';
 * const canMail = (r: Recipient) => r.emails.length > 0;
 * ```
 */
export interface Recipient {
  householdKey: string;
  names: string[];
  /** The street of the household's address, from a street (BAG extract) file when one was given. */
  street?: string;
  city?: string;
  emails: string[];
  phones: string[];
}

const nameOf = (s: Signal) =>
  [s.person.initials, s.person.prefix, s.person.surname].filter((x) => x !== undefined && x !== '').join(' ');
const uniq = (xs: readonly (string | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => x !== undefined && x !== '')),
];

/**
 * The recipient of every case, from `signals` (the month's delivered signals: from the store or
 * from the signal files): a signal counts for a case when its partner and id are the case's and its
 * address is the case's household address. A case none of whose signals is found gets a recipient
 * without names, city, e-mail or phone (its letters are then skipped with a reason).
 *
 * @example
 * ```ts
 * import { recipientsOf } from '@signaalreis/adapters/letters';
 * import type { Signal } from '@signaalreis/core';
 * declare const signals: Signal[]; // e.g. loadSignals(…).signals
 * const cases = [{ caseId: '2026-10-0001', householdKey: '7411AB 12', signals: [{ partnerId: 'WO-LND', signalId: 'S1' }] }];
 * recipientsOf(cases, signals).get('2026-10-0001')?.emails; // the e-mail addresses given with S1, if it lies at 7411AB 12
 * ```
 */
export function recipientsOf(
  cases: readonly RecipientCase[],
  signals: readonly Signal[],
  streets: ReadonlyMap<string, { street: string; city?: string }> = new Map(),
): Map<string, Recipient> {
  const byId = new Map(signals.map((s) => [`${s.partner.id}\u0000${s.signalId}`, s]));
  const out = new Map<string, Recipient>();
  for (const c of cases) {
    const own = c.signals
      .map((s) => byId.get(`${s.partnerId}\u0000${s.signalId}`))
      .filter((s): s is Signal => s !== undefined && signalHouseholdKey(s) === c.householdKey);
    const bag = streets.get(c.householdKey);
    const city = own.find((s) => s.address.city)?.address.city ?? bag?.city;
    out.set(c.caseId, {
      householdKey: c.householdKey,
      names: uniq(own.map(nameOf)),
      ...(bag ? { street: bag.street } : {}),
      ...(city ? { city } : {}),
      emails: uniq(own.map((s) => s.contact.email)),
      phones: uniq(own.map((s) => s.contact.phone)),
    });
  }
  return out;
}

/** A Dutch mobile number (+316…, which can receive an SMS), or a number abroad (which may). */
export const isMobile = (phone: string): boolean => /^\+316\d{8}$/.test(phone) || !phone.startsWith('+31');

/**
 * How the letter addresses the resident: one or two names ("M. Çelik en A. Jansen"), else
 * "bewoner" / "resident" (no names, or more than two).
 */
export function residentName(r: Recipient, lang: Lang): string {
  if (r.names.length === 0 || r.names.length > 2) return W.resident[lang];
  return r.names.join(W.and[lang]);
}

/**
 * The address block of a letter or card: the name line, the street and house number (`Kerkstraat
 * 12A-1`, the street from a street file; without one "Huisnummer 12A-1": the signals hold no street,
 * a postcode and house number identify an address in the BAG), and `1234 AB  CITY` (one space in the
 * postcode, two before the city in capitals, as PostNL asks). `undefined` when the household key is
 * not an address or the city is unknown.
 */
export function addressLines(r: Recipient, lang: Lang): string[] | undefined {
  const a = addressFromHouseholdKey(r.householdKey);
  if (!a || !r.city) return undefined;
  const number = `${a.houseNumber}${a.houseLetter ?? ''}${a.houseNumberAddition ? `-${a.houseNumberAddition}` : ''}`;
  const nameLine = r.names.length >= 1 && r.names.length <= 2 ? r.names.join(W.and[lang]) : W.residents[lang];
  return [
    nameLine,
    r.street ? `${r.street} ${number}` : `${W.houseNumber[lang]} ${number}`,
    `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}  ${r.city.toLocaleUpperCase('nl-NL')}`,
  ];
}
