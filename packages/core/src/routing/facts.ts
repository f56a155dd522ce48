// What routing reads about a case, and the declared facts routing tables may use. Routing takes a
// plain structural input so that it does not depend on matching (month/routing-input.ts maps a
// matched case onto it).

import { SECTORS, type Sector, SIGNAL_KINDS, type SignalKind } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { declareFact } from '../rules/declare-fact';
import type { FactDeclaration } from '../rules/table-types';

/**
 * One signal of a case as routing sees it: amounts, kinds, dates, the birth date (for the youth
 * rule) and which contact data are known. No names, no addresses: only what routing needs.
 *
 * @example
 * ```ts
 * import type { RoutingSignalInput } from '@signaalreis/core';
 * const s: RoutingSignalInput = {
 *   signalId: 'S1', partnerId: 'WC-AMS', sector: 'rent', kind: 'early', amountCents: 61_000,
 *   arrearSince: '2026-08-01', signalDate: '2026-10-26', hasPhone: true, hasEmail: false, hasAddress: true,
 * };
 * ```
 */
export interface RoutingSignalInput {
  signalId: string;
  partnerId: string;
  sector: Sector;
  kind: SignalKind;
  /** The arrear in euro cents. */
  amountCents: number;
  arrearSince: IsoDate;
  signalDate: IsoDate;
  birthDate?: IsoDate;
  hasPhone: boolean;
  hasEmail: boolean;
  hasAddress: boolean;
}

/**
 * A case as routing reads it: its signals, whether it is a match, its recidive and contact
 * history, and its rank (the order matching gave it; lower first). Structurally equal to what
 * `routingInputOf` makes of a matched case.
 *
 * @example
 * ```ts
 * import type { RoutingCaseInput } from '@signaalreis/core';
 * const c: RoutingCaseInput = {
 *   caseId: 'C1', onDate: '2026-10-26', isMatch: false, rank: 1, recidiveMonthsAgo: 2,
 *   signals: [{ signalId: 'S1', partnerId: 'ZV-1', sector: 'health', kind: 'early', amountCents: 31_240,
 *     arrearSince: '2026-08-20', signalDate: '2026-10-26', hasPhone: false, hasEmail: true, hasAddress: true }],
 * };
 * ```
 */
export interface RoutingCaseInput {
  caseId: string;
  /** The date routing decides on (evaluation date of the table; deadlines count from it). */
  onDate: IsoDate;
  isMatch: boolean;
  signals: readonly RoutingSignalInput[];
  /** Months since the household's previous signal (recidive); absent when there was none. */
  recidiveMonthsAgo?: number;
  /** The household was reached in an earlier contact. */
  reachedBefore?: boolean;
  /** An earlier contact with the household failed (signaalreis-2023, municipality 3: then a home visit). */
  failedContactBefore?: boolean;
  /** Order within the month (lower first), e.g. matching's rank. */
  rank: number;
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
  fact('sectors', 'string[]', 'sectors', 'sectoren', 'Distinct sectors of the signals', SECTORS),
  fact('kinds', 'string[]', 'signal kinds', 'soorten signaal', 'Distinct kinds of the signals', SIGNAL_KINDS),
  fact('signalCount', 'number', 'signals', 'signalen', 'Number of signals of the case'),
  fact('distinctPartners', 'number', 'partners', 'partners', 'Number of different partners'),
  fact('isMatch', 'boolean', 'match', 'match', 'The case is a match (samenloop)'),
  fact('totalAmountCents', 'money', 'total amount', 'totaalbedrag', 'Sum of the arrears in cents'),
  fact('largestAmountCents', 'money', 'largest amount', 'grootste bedrag', 'Largest single arrear in cents'),
  fact('singleSector', 'boolean', 'single sector', 'één sector', 'All signals come from one sector'),
  fact('hasEndOfSupply', 'boolean', 'end of supply', 'eindelevering', 'An end-of-supply signal is present'),
  fact('hasEviction', 'boolean', 'eviction threat', 'dreigende ontruiming', 'An eviction signal is present'),
  fact('hasWarmReferral', 'boolean', 'warm referral', 'warme overdracht', 'A warm referral is present'),
  fact('ageYears', 'number', 'age', 'leeftijd', 'Age in full years of the youngest person with a birth date'),
  fact('isYouth', 'boolean', 'youth (18–27)', 'jongere (18–27)', 'The youngest person is 18 to 27 years old'),
  fact(
    'recidiveWithinMonths',
    'number',
    'months since the previous signal',
    'maanden sinds vorig signaal',
    'Months since the household’s previous signal; missing when there was none',
  ),
  fact('hasPhone', 'boolean', 'phone number known', 'telefoonnummer bekend', 'A phone number is known'),
  fact('hasEmail', 'boolean', 'e-mail known', 'e-mailadres bekend', 'An e-mail address is known'),
  fact('hasAddress', 'boolean', 'address known', 'adres bekend', 'A postal address is known'),
  fact('reachedBefore', 'boolean', 'reached before', 'eerder bereikt', 'The household was reached before'),
  fact(
    'failedContactBefore',
    'boolean',
    'failed contact before',
    'eerder contact mislukt',
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

const ordered = <T extends string>(all: readonly T[], seen: Iterable<T>): T[] => {
  const set = new Set(seen);
  return all.filter((v) => set.has(v));
};

/**
 * The routing facts of a case (see {@link ROUTING_FACTS}): lists in vocabulary order, money in
 * cents. `ageYears`/`isYouth` are missing without any birth date; `recidiveWithinMonths`,
 * `reachedBefore` and `failedContactBefore` are missing when the input does not give them.
 *
 * @example
 * ```ts
 * import { routingFacts } from '@signaalreis/core';
 * const f = routingFacts({
 *   caseId: 'C1', onDate: '2026-10-26', isMatch: false, rank: 1,
 *   signals: [{ signalId: 'S1', partnerId: 'ZV-1', sector: 'health', kind: 'early', amountCents: 31_240,
 *     arrearSince: '2026-08-20', signalDate: '2026-10-26', birthDate: '2003-11-02',
 *     hasPhone: false, hasEmail: true, hasAddress: true }],
 * });
 * f.ageYears; // 22
 * f.isYouth; // true
 * f.hasPhone; // false
 * ```
 */
export function routingFacts(input: RoutingCaseInput): Record<string, unknown> {
  const s = input.signals;
  const amounts = s.map((x) => x.amountCents);
  const kinds = new Set(s.map((x) => x.kind));
  const ages = s.flatMap((x) => (x.birthDate ? [ageOn(x.birthDate, input.onDate)] : []));
  const age = ages.length > 0 ? Math.min(...ages) : undefined;
  const sectors = ordered(
    SECTORS,
    s.map((x) => x.sector),
  );
  const facts: Record<string, unknown> = {
    sectors,
    kinds: ordered(SIGNAL_KINDS, kinds),
    signalCount: s.length,
    distinctPartners: new Set(s.map((x) => x.partnerId)).size,
    isMatch: input.isMatch,
    totalAmountCents: amounts.reduce((a, b) => a + b, 0),
    largestAmountCents: amounts.length > 0 ? Math.max(...amounts) : 0,
    singleSector: sectors.length === 1,
    hasEndOfSupply: kinds.has('end-of-supply'),
    hasEviction: kinds.has('eviction'),
    hasWarmReferral: kinds.has('warm-referral'),
    hasPhone: s.some((x) => x.hasPhone),
    hasEmail: s.some((x) => x.hasEmail),
    hasAddress: s.some((x) => x.hasAddress),
  };
  if (age !== undefined) {
    facts.ageYears = age;
    facts.isYouth = age >= 18 && age <= 27;
  }
  if (input.recidiveMonthsAgo !== undefined) facts.recidiveWithinMonths = input.recidiveMonthsAgo;
  if (input.reachedBefore !== undefined) facts.reachedBefore = input.reachedBefore;
  if (input.failedContactBefore !== undefined) facts.failedContactBefore = input.failedContactBefore;
  return facts;
}
