// The tolerant population-register matcher. Sources: signaalreis-2023 (BRP check: wrong
// fall-out by swapped name parts and placeholder birth dates; right fall-out: a garage box, people
// who moved); DDAS v1.2 (a move within the municipality is picked up; "geen inwoner (meer)";
// "overleden").
import type { IsoDate } from '../model/iso-date';
import type { RegisterRecord } from './lookups';
import { compareBirthDates, compareInitials, compareNames, normaliseInitials } from './names';

/**
 * The person of a signal, as the matcher compares it, with the signal's household key.
 *
 * @example
 * ```ts
 * import type { PersonQuery } from '@signaalreis/core';
 * const p: PersonQuery = { surname: 'Jansen', initials: 'J.', birthDate: '1980-05-17', householdKey: '7411AB 12' };
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
  householdKey: string;
}

/**
 * The matcher's answer. `match`: the person is a resident (possibly moved within the municipality,
 * or deceased — see the flags); `mismatch`: not this person or not a resident; `uncertain`: a
 * person must look (manual review, never silently out).
 *
 * @example
 * ```ts
 * import type { PersonMatch } from '@signaalreis/core';
 * const m: PersonMatch = { verdict: 'match', reason: 'BSN is registered at the address', movedWithinMunicipality: false };
 * ```
 */
export interface PersonMatch {
  /** The verdict. */
  verdict: 'match' | 'mismatch' | 'uncertain';
  /** Why, in one English sentence (no personal data). */
  reason: string;
  /** The person is registered at another address in the municipality. */
  movedWithinMunicipality?: boolean;
  /** The person was found but is not (or no longer) registered in the municipality. */
  notResident?: boolean;
  /** The person was found and has died. */
  deceased?: boolean;
}

type Evidence = 'match' | 'uncertain' | 'none';

function evaluate(q: PersonQuery, r: RegisterRecord): { evidence: Evidence; why: string } {
  const name = compareNames(q, r);
  const initials = compareInitials(q.initials, r.initials);
  const birth = compareBirthDates(q.birthDate, r.birthDate);
  const bsnDiffers = q.bsn !== undefined && r.bsn !== undefined && q.bsn !== r.bsn;
  if (name === 'none') {
    // First name and surname swapped (signaalreis-2023): only initials to compare, so a birth date must agree.
    const swapped =
      compareInitials(q.surname, normaliseInitials(r.initials).slice(0, 1)) === 'agree' &&
      compareInitials(r.surname, normaliseInitials(q.initials).slice(0, 1)) === 'agree';
    if (!swapped || bsnDiffers) return { evidence: 'none', why: 'name does not match' };
    if (birth === 'agree')
      return { evidence: 'match', why: 'first name and surname swapped, birth date agrees' };
    return { evidence: 'uncertain', why: 'first name and surname may be swapped' };
  }
  const how = name === 'same' ? 'name matches' : 'name matches with tolerance';
  if (bsnDiffers) return { evidence: 'uncertain', why: `${how} but the BSN differs` };
  if (initials === 'differ') return { evidence: 'uncertain', why: `${how} but the initials differ` };
  if (birth === 'conflict') return { evidence: 'uncertain', why: `${how} but the birth date differs` };
  const extra = [initials === 'agree' ? 'initials agree' : '', birth === 'agree' ? 'birth date agrees' : '']
    .filter(Boolean)
    .join(', ');
  return { evidence: 'match', why: extra ? `${how}, ${extra}` : how };
}

function conclude(r: RegisterRecord, q: PersonQuery, why: string): PersonMatch {
  if (r.deceased === true) return { verdict: 'match', reason: `${why}; the person has died`, deceased: true };
  if (!r.inMunicipality) {
    return { verdict: 'mismatch', reason: `${why}; not registered in the municipality`, notResident: true };
  }
  const moved = r.householdKey !== q.householdKey;
  return {
    verdict: 'match',
    reason: moved
      ? `${why}; registered at another address in the municipality`
      : `${why}; registered at the address`,
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
 * import { matchPerson } from '@signaalreis/core';
 * matchPerson(
 *   { surname: 'Berg', prefix: 'van der', initials: 'A.', birthDate: '2000-01-01', householdKey: '7411AB 12' },
 *   [{ surname: 'Van der Berg', initials: 'A', birthDate: '1979-03-04', householdKey: '7411AB 12', inMunicipality: true }],
 * ).verdict; // 'match'
 * ```
 */
export function matchPerson(query: PersonQuery, records: readonly RegisterRecord[]): PersonMatch {
  const ordered = [
    ...records.filter((r) => r.householdKey === query.householdKey),
    ...records.filter((r) => r.householdKey !== query.householdKey),
  ];
  if (query.bsn !== undefined) {
    const byBsn = ordered.find((r) => r.bsn === query.bsn);
    if (byBsn) return conclude(byBsn, query, 'BSN found in the register');
  }
  let uncertain: string | undefined;
  for (const r of ordered) {
    const atAddress = r.householdKey === query.householdKey;
    const { evidence, why } = evaluate(query, r);
    if (evidence === 'none') continue;
    if (evidence === 'match') {
      if (atAddress || compareBirthDates(query.birthDate, r.birthDate) === 'agree')
        return conclude(r, query, why);
      uncertain ??= `${why}, at another address without an agreeing birth date`;
      continue;
    }
    uncertain ??= atAddress ? why : `${why}, at another address`;
  }
  if (uncertain !== undefined) return { verdict: 'uncertain', reason: `Partial match: ${uncertain}` };
  const residents = ordered.filter((r) => r.householdKey === query.householdKey && r.inMunicipality);
  if (residents.length > 0) {
    return {
      verdict: 'mismatch',
      reason: 'Other people are registered at the address; nobody matches the name',
    };
  }
  if (query.bsn !== undefined) {
    return {
      verdict: 'mismatch',
      reason: 'Nobody is registered at the address and the BSN is not in the register',
    };
  }
  return {
    verdict: 'uncertain',
    reason: 'Nobody is registered at the address (a non-residential address or a moved person?)',
  };
}
