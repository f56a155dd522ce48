// The tolerant population-register matcher. Sources: signaalreis-2023 (BRP check: wrong
// fall-out by swapped name parts and placeholder birth dates; right fall-out: a garage box, people
// who moved); DDAS v1.2 (a move within the municipality is picked up; "geen inwoner (meer)";
// "overleden").
import type { HouseholdKey } from '../model/ids';
import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { RegisterRecord } from './lookups';
import { MATCH_PERSON_MESSAGES } from './messages';
import { compareBirthDates, compareInitials, compareNames, normaliseInitials } from './names';

/**
 * The person of a signal, as the matcher compares it, with the signal's household key.
 *
 * @example
 * ```ts
 * import type { PersonQuery } from '@signaalreis/core';
 * import { asHouseholdKey, asIsoDate } from '@signaalreis/core';
 * const p: PersonQuery = {
 *   surname: 'Jansen', initials: 'J.', birthDate: asIsoDate('1980-05-17'), householdKey: asHouseholdKey('7411AB 12'),
 * };
 * ```
 */
export interface PersonQuery {
  /** BSN, when the partner supplied one. */
  bsn?: string | undefined;
  /** Surname. */
  surname: string;
  /** Prefix (tussenvoegsel). */
  prefix?: string | undefined;
  /** Initials. */
  initials?: string | undefined;
  /** Birth date (placeholders count as unknown). */
  birthDate?: IsoDate | undefined;
  /** Household key of the signal's address. */
  householdKey: HouseholdKey;
}

/**
 * The matcher's answer. `match`: the person is a resident (possibly moved within the municipality,
 * or deceased — see the flags); `mismatch`: not this person or not a resident; `uncertain`: a
 * person must look (manual review, never silently out).
 *
 * @example
 * ```ts
 * import type { PersonMatch } from '@signaalreis/core';
 * const m: PersonMatch = {
 *   verdict: 'match', movedWithinMunicipality: false,
 *   reason: { nl: 'BSN gevonden in de BRP; ingeschreven op het adres', en: 'BSN found in the register; registered at the address' },
 * };
 * ```
 */
export interface PersonMatch {
  /** The verdict. */
  verdict: 'match' | 'mismatch' | 'uncertain';
  /** Why, in Dutch and English (no personal data). */
  reason: Bilingual;
  /** The person is registered at another address in the municipality. */
  movedWithinMunicipality?: boolean;
  /** The person was found but is not (or no longer) registered in the municipality. */
  notResident?: boolean;
  /** The person was found and has died. */
  deceased?: boolean;
}

type Evidence = 'match' | 'uncertain' | 'none';
const T = MATCH_PERSON_MESSAGES;

/** Joins bilingual parts with a separator. */
const join = (parts: readonly Bilingual[], sep: string): Bilingual => ({
  nl: parts.map((p) => p.nl).join(sep),
  en: parts.map((p) => p.en).join(sep),
});
/** "a but b" in both languages: the Dutch part starts with "maar", the English one with "but". */
const but = (how: Bilingual, what: Bilingual): Bilingual => ({
  nl: `${how.nl}, ${what.nl}`,
  en: `${how.en} ${what.en}`,
});

function evaluate(q: PersonQuery, r: RegisterRecord): { evidence: Evidence; why: Bilingual } {
  const name = compareNames(q, r);
  const initials = compareInitials(q.initials, r.initials);
  const birth = compareBirthDates(q.birthDate, r.birthDate);
  const bsnDiffers = q.bsn !== undefined && r.bsn !== undefined && q.bsn !== r.bsn;
  if (name === 'none') {
    // First name and surname swapped (signaalreis-2023): only initials to compare, so a birth date must agree.
    const swapped =
      compareInitials(q.surname, normaliseInitials(r.initials).slice(0, 1)) === 'agree' &&
      compareInitials(r.surname, normaliseInitials(q.initials).slice(0, 1)) === 'agree';
    if (!swapped || bsnDiffers) return { evidence: 'none', why: T.nameDiffers };
    if (birth === 'agree') return { evidence: 'match', why: T.swappedBirthAgrees };
    return { evidence: 'uncertain', why: T.maybeSwapped };
  }
  const how = name === 'same' ? T.nameSame : T.nameTolerated;
  if (bsnDiffers) return { evidence: 'uncertain', why: but(how, T.butBsn) };
  if (initials === 'differ') return { evidence: 'uncertain', why: but(how, T.butInitials) };
  if (birth === 'conflict') return { evidence: 'uncertain', why: but(how, T.butBirthDate) };
  const extra = [
    ...(initials === 'agree' ? [T.initialsAgree] : []),
    ...(birth === 'agree' ? [T.birthDateAgrees] : []),
  ];
  return { evidence: 'match', why: join([how, ...extra], ', ') };
}

function conclude(r: RegisterRecord, q: PersonQuery, why: Bilingual): PersonMatch {
  if (r.deceased === true) return { verdict: 'match', reason: join([why, T.died], '; '), deceased: true };
  if (!r.inMunicipality) {
    return { verdict: 'mismatch', reason: join([why, T.notInMunicipality], '; '), notResident: true };
  }
  const moved = r.householdKey !== q.householdKey;
  return {
    verdict: 'match',
    reason: join([why, moved ? T.otherAddress : T.atAddress], '; '),
    movedWithinMunicipality: moved,
  };
}

/**
 * Decides whether a signal's person is the resident the population register knows, tolerantly:
 *
 * 1. A record with the same BSN identifies the person.
 * 2. Otherwise names are compared normalised ({@link compareNames}: case, diacritics, prefix joined
 *    or split, double surnames, parts swapped), with initials ({@link compareInitials}) and birth
 *    dates ({@link compareBirthDates}; placeholders such as 2000-01-01 count as unknown). Someone
 *    at another address counts only with an agreeing birth date or BSN.
 * 3. An identified person who died → `match` + `deceased`; who is not in the municipality →
 *    `mismatch` + `notResident`; at another address → `match` + `movedWithinMunicipality`.
 * 4. A partial match (initials, birth date or BSN differ) → `uncertain`.
 * 5. Nobody fits: other residents at the address → `mismatch`; nobody at the address and no BSN
 *    → `uncertain` (a garage box or a moved person, signaalreis-2023); a BSN that the register does not know →
 *    `mismatch`.
 *
 * Deterministic: records at the address are preferred, then records in the given order.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, asIsoDate, matchPerson } from '@signaalreis/core';
 * const home = asHouseholdKey('7411AB 12');
 * const m = matchPerson(
 *   { surname: 'Berg', prefix: 'van der', initials: 'A.', birthDate: asIsoDate('2000-01-01'), householdKey: home },
 *   [{ surname: 'Van der Berg', initials: 'A', birthDate: asIsoDate('1979-03-04'), householdKey: home, inMunicipality: true }],
 * );
 * m.verdict; // 'match'
 * m.reason.nl; // 'naam klopt, voorletters kloppen; ingeschreven op het adres'
 * ```
 */
export function matchPerson(query: PersonQuery, records: readonly RegisterRecord[]): PersonMatch {
  const ordered = [
    ...records.filter((r) => r.householdKey === query.householdKey),
    ...records.filter((r) => r.householdKey !== query.householdKey),
  ];
  if (query.bsn !== undefined) {
    const byBsn = ordered.find((r) => r.bsn === query.bsn);
    if (byBsn) return conclude(byBsn, query, T.bsnFound);
  }
  let uncertain: Bilingual | undefined;
  for (const r of ordered) {
    const atAddress = r.householdKey === query.householdKey;
    const { evidence, why } = evaluate(query, r);
    if (evidence === 'none') continue;
    if (evidence === 'match') {
      if (atAddress || compareBirthDates(query.birthDate, r.birthDate) === 'agree')
        return conclude(r, query, why);
      uncertain ??= join([why, T.elsewhereNoBirthDate], ', ');
      continue;
    }
    uncertain ??= atAddress ? why : join([why, T.elsewhere], ', ');
  }
  if (uncertain !== undefined) {
    return { verdict: 'uncertain', reason: join([T.partial, uncertain], ': ') };
  }
  const residents = ordered.filter((r) => r.householdKey === query.householdKey && r.inMunicipality);
  if (residents.length > 0) {
    return { verdict: 'mismatch', reason: T.othersAtAddress };
  }
  if (query.bsn !== undefined) return { verdict: 'mismatch', reason: T.unknownBsn };
  return { verdict: 'uncertain', reason: T.nobodyAtAddress };
}
