// What routing reads about a case, and the declared facts routing tables may use. Routing reads a
// plain structural input (journey-input.ts makes it from a case's journey), so that a vendor can
// also route cases it did not match with signaalreis.

import { SECTORS, type Sector, SIGNAL_KINDS, type SignalKind } from '../model/enums';
import type { PartnerId, SignalId } from '../model/ids';
import type { IsoDate } from '../model/iso-date';
import type { Cents } from '../model/money';
import { plainRecords } from '../model/plain-record';
import { subsetLists } from '../model/shared-lists';
import { declareFact } from '../rules/declare-fact';
import type { FactDeclaration } from '../rules/table-types';

/**
 * One signal of a case as routing sees it: amounts, kinds, dates, the birth date (for the youth
 * rule) and which contact data are known. No names, no addresses: only what routing needs.
 *
 * @example
 * ```ts
 * import { asCents, asIsoDate, asPartnerId, asSignalId, type RoutingSignalInput } from '@signaalreis/core';
 * // ids, amounts and dates are branded: parse outside input first (parseSignalId, parseCents …)
 * const s: RoutingSignalInput = {
 *   signalId: asSignalId('S1'), partnerId: asPartnerId('WC-AMS'), sector: 'rent', kind: 'early',
 *   amountCents: asCents(61_000), arrearSince: asIsoDate('2026-08-01'), signalDate: asIsoDate('2026-10-26'),
 *   hasPhone: true, hasEmail: false, hasAddress: true,
 * };
 * ```
 */
export interface RoutingSignalInput {
  signalId: SignalId;
  partnerId: PartnerId;
  sector: Sector;
  kind: SignalKind;
  /** The arrear in euro cents. */
  amountCents: Cents;
  arrearSince: IsoDate;
  signalDate: IsoDate;
  birthDate?: IsoDate;
  hasPhone: boolean;
  hasEmail: boolean;
  hasAddress: boolean;
}

/**
 * A case as routing reads it: its signals, whether it is a match, and its recidive and contact
 * history — the facts only, no case id, rank or date (the date is the `on` of {@link routeInput};
 * the case id and rank are the journey's). What `routingInputOf` makes of a case's journey.
 *
 * @example
 * ```ts
 * import { asCents, asIsoDate, asPartnerId, asSignalId, type RoutingCaseInput } from '@signaalreis/core';
 * const c: RoutingCaseInput = {
 *   isMatch: false, recidiveMonthsAgo: 2,
 *   signals: [{ signalId: asSignalId('S1'), partnerId: asPartnerId('ZV-1'), sector: 'health', kind: 'early',
 *     amountCents: asCents(31_240), arrearSince: asIsoDate('2026-08-20'), signalDate: asIsoDate('2026-10-26'),
 *     hasPhone: false, hasEmail: true, hasAddress: true }],
 * };
 * ```
 */
export interface RoutingCaseInput {
  isMatch: boolean;
  signals: readonly RoutingSignalInput[];
  /** Months since the household's previous signal (recidive); absent when there was none. */
  recidiveMonthsAgo?: number;
  /** The household was reached in an earlier contact. */
  reachedBefore?: boolean;
  /** An earlier contact with the household failed (signaalreis-2023, municipality 3: then a home visit). */
  failedContactBefore?: boolean;
}

const fact = declareFact;

/**
 * The facts a routing table may read, as rule-table fact declarations. A routing table in a
 * preset may leave out `facts`: these are then used. Every fact is computed by
 * {@link routingFacts}; a fact is missing when the input does not say (e.g. no birth date).
 *
 * @example
 * ```ts
 * import { ROUTING_FACTS } from '@signaalreis/core';
 * ROUTING_FACTS.find((f) => f.name === 'totalAmountCents')?.type; // 'money'
 * ```
 */
export const ROUTING_FACTS: readonly FactDeclaration[] = Object.freeze([
  fact('sectors', 'string[]', { nl: 'sectoren', en: 'sectors' }, 'Distinct sectors of the signals', SECTORS),
  fact(
    'kinds',
    'string[]',
    { nl: 'soorten signaal', en: 'signal kinds' },
    'Distinct kinds of the signals',
    SIGNAL_KINDS,
  ),
  fact('signalCount', 'number', { nl: 'signalen', en: 'signals' }, 'Number of signals of the case'),
  fact('distinctPartners', 'number', { nl: 'partners', en: 'partners' }, 'Number of different partners'),
  fact('isMatch', 'boolean', { nl: 'match', en: 'match' }, 'The case is a match (samenloop)'),
  fact(
    'totalAmountCents',
    'money',
    { nl: 'totaalbedrag', en: 'total amount' },
    'Sum of the arrears in cents',
  ),
  fact(
    'largestAmountCents',
    'money',
    { nl: 'grootste bedrag', en: 'largest amount' },
    'Largest single arrear in cents',
  ),
  fact(
    'singleSector',
    'boolean',
    { nl: 'één sector', en: 'single sector' },
    'All signals come from one sector',
  ),
  fact(
    'hasEndOfSupply',
    'boolean',
    { nl: 'eindelevering', en: 'end of supply' },
    'An end-of-supply signal is present',
  ),
  fact(
    'hasEviction',
    'boolean',
    { nl: 'dreigende ontruiming', en: 'eviction threat' },
    'An eviction signal is present',
  ),
  fact(
    'hasWarmReferral',
    'boolean',
    { nl: 'warme overdracht', en: 'warm referral' },
    'A warm referral is present',
  ),
  fact(
    'ageYears',
    'number',
    { nl: 'leeftijd', en: 'age' },
    'Age in full years of the youngest person with a birth date',
  ),
  fact(
    'isYouth',
    'boolean',
    { nl: 'jongere (18–27)', en: 'youth (18–27)' },
    'The youngest person is 18 to 27 years old',
  ),
  fact(
    'recidiveWithinMonths',
    'number',
    { nl: 'maanden sinds vorig signaal', en: 'months since the previous signal' },
    'Months since the household’s previous signal; missing when there was none',
  ),
  fact(
    'hasPhone',
    'boolean',
    { nl: 'telefoonnummer bekend', en: 'phone number known' },
    'A phone number is known',
  ),
  fact('hasEmail', 'boolean', { nl: 'e-mailadres bekend', en: 'e-mail known' }, 'An e-mail address is known'),
  fact('hasAddress', 'boolean', { nl: 'adres bekend', en: 'address known' }, 'A postal address is known'),
  fact(
    'reachedBefore',
    'boolean',
    { nl: 'eerder bereikt', en: 'reached before' },
    'The household was reached before',
  ),
  fact(
    'failedContactBefore',
    'boolean',
    { nl: 'eerder contact mislukt', en: 'failed contact before' },
    'An earlier contact attempt failed',
  ),
]);

/**
 * The names of {@link ROUTING_FACTS}.
 *
 * @example
 * ```ts
 * import { ROUTING_FACT_NAMES } from '@signaalreis/core';
 * ROUTING_FACT_NAMES.includes('isYouth'); // true
 * ```
 */
export const ROUTING_FACT_NAMES: readonly string[] = Object.freeze(ROUTING_FACTS.map((f) => f.name));

/** Age in full years on `on` of someone born on `birth` (both ISO dates). */
function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** A case's routing facts, from a maker of their own (room for the optional facts: plainRecords). */
const newFacts = plainRecords(22); // fourteen facts always, five when known, and room

// made to its size: an array built by `filter` or `push` keeps room for 16 elements; a routed case
// keeps its facts (to explain itself when asked), and a month holds a hundred thousand of them (issue 14)
const ordered = <T extends string>(all: readonly T[], seen: readonly string[]): T[] => {
  let n = 0;
  for (const v of all) if (seen.includes(v)) n++;
  const out = new Array<T>(n);
  let i = 0;
  for (const v of all) if (seen.includes(v)) out[i++] = v;
  return out;
};

const sectorLists = subsetLists(SECTORS);
const kindLists = subsetLists(SIGNAL_KINDS);

/**
 * The routing facts of a case on a date (see {@link ROUTING_FACTS}): lists in vocabulary order (`sectors`
 * and `kinds` one shared frozen list per set of known values),
 * money in cents, ages in full years on `on`. `ageYears`/`isYouth` are missing without any birth
 * date; `recidiveWithinMonths`, `reachedBefore` and `failedContactBefore` are missing when the
 * input does not give them.
 *
 * @example
 * ```ts
 * import { asCents, asIsoDate, asPartnerId, asSignalId, routingFacts } from '@signaalreis/core';
 * const f = routingFacts(
 *   {
 *     isMatch: false,
 *     signals: [{ signalId: asSignalId('S1'), partnerId: asPartnerId('ZV-1'), sector: 'health', kind: 'early',
 *       amountCents: asCents(31_240), arrearSince: asIsoDate('2026-08-20'), signalDate: asIsoDate('2026-10-26'),
 *       birthDate: asIsoDate('2003-11-02'), hasPhone: false, hasEmail: true, hasAddress: true }],
 *   },
 *   asIsoDate('2026-10-26'),
 * );
 * f.ageYears; // 22 (turns 23 on 2 November)
 * f.isYouth; // true
 * f.hasPhone; // false
 * ```
 */
export function routingFacts(input: RoutingCaseInput, on: IsoDate): Record<string, unknown> {
  // one pass over the case's few signals, no array or set per fact: a month routes ~57,000 cases (issue 14)
  const s = input.signals;
  let total = 0;
  let largest = 0;
  let age: number | undefined;
  let hasPhone = false;
  let hasEmail = false;
  let hasAddress = false;
  const kinds: string[] = [];
  const sectors: string[] = [];
  const partners: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const x = s[i] as (typeof s)[number];
    total += x.amountCents;
    // (Math.max and Math.min over the values, as of the list)
    largest = i === 0 ? x.amountCents : Math.max(largest, x.amountCents);
    if (x.birthDate) {
      const years = ageOn(x.birthDate, on);
      age = age === undefined ? years : Math.min(age, years);
    }
    if (!kinds.includes(x.kind)) kinds.push(x.kind);
    if (!sectors.includes(x.sector)) sectors.push(x.sector);
    if (!partners.includes(x.partnerId)) partners.push(x.partnerId);
    // (as `some`: any truthy value)
    if (x.hasPhone) hasPhone = true;
    if (x.hasEmail) hasEmail = true;
    if (x.hasAddress) hasAddress = true;
  }
  // one shared frozen list per subset (a value outside the vocabulary: a list of its own, without it)
  const sectorList = sectorLists(sectors) ?? ordered(SECTORS, sectors);
  // built key by key by its own maker: the optional facts below stay in the object (plainRecords)
  const facts = newFacts();
  facts.sectors = sectorList;
  facts.kinds = kindLists(kinds) ?? ordered(SIGNAL_KINDS, kinds);
  facts.signalCount = s.length;
  facts.distinctPartners = partners.length;
  facts.isMatch = input.isMatch;
  facts.totalAmountCents = total;
  facts.largestAmountCents = largest;
  facts.singleSector = sectorList.length === 1;
  facts.hasEndOfSupply = kinds.includes('end-of-supply');
  facts.hasEviction = kinds.includes('eviction');
  facts.hasWarmReferral = kinds.includes('warm-referral');
  facts.hasPhone = hasPhone;
  facts.hasEmail = hasEmail;
  facts.hasAddress = hasAddress;
  if (age !== undefined) {
    facts.ageYears = age;
    facts.isYouth = age >= 18 && age <= 27;
  }
  if (input.recidiveMonthsAgo !== undefined) facts.recidiveWithinMonths = input.recidiveMonthsAgo;
  if (input.reachedBefore !== undefined) facts.reachedBefore = input.reachedBefore;
  if (input.failedContactBefore !== undefined) facts.failedContactBefore = input.failedContactBefore;
  return facts;
}
