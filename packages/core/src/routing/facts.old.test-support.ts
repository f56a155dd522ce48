// `routingFacts` as it was before issue 14's twentieth round (an array or set per fact), kept only to
// hold the one-pass one to it (facts.property.test.ts). Not part of the public API.
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import type { RoutingCaseInput } from './facts';

function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const ordered = <T extends string>(all: readonly T[], seen: Iterable<T>): T[] => {
  const set = new Set(seen);
  return all.filter((v) => set.has(v)).slice();
};

/** The routing facts, as before. */
export function oldRoutingFacts(input: RoutingCaseInput, on: IsoDate): Record<string, unknown> {
  const s = input.signals;
  const amounts = s.map((x) => x.amountCents);
  const kinds = new Set(s.map((x) => x.kind));
  const ages = s.flatMap((x) => (x.birthDate ? [ageOn(x.birthDate, on)] : []));
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
