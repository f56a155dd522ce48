// `routingInputOf` as it was before issue 14's twenty-first round (a set of the picked-up ids, a
// filter and spread literals per case), kept only to hold the one-pass one to it
// (journey-input.property.test.ts). Not part of the public API.
import { monthsBetween } from '../calendar/months';
import type { CaseJourney } from '../journey/types';
import type { RoutingCaseInput } from './facts';

/** The routing input of a case's journey, as before. */
export function oldRoutingInputOf(journey: CaseJourney): RoutingCaseInput {
  const c = journey.match;
  let signals = c.signals;
  if (journey.intake) {
    const pickedUp = new Set<string>();
    for (const s of journey.intake.signals) if (s.signalStatus === 'Opgepakt') pickedUp.add(s.signalId);
    const kept = c.signals.filter((s) => pickedUp.has(s.signal.signalId));
    if (kept.length > 0) signals = kept;
  }
  const newest = c.recidive?.previousMonths[0];
  return {
    isMatch: c.isMatch,
    ...(newest ? { recidiveMonthsAgo: monthsBetween(newest, c.month) } : {}),
    ...(c.reachedBefore === undefined
      ? {}
      : { reachedBefore: c.reachedBefore, failedContactBefore: !c.reachedBefore }),
    signals: signals.map(({ signal: s }) => ({
      signalId: s.signalId,
      partnerId: s.partner.id,
      sector: s.partner.sector,
      kind: s.kind,
      amountCents: s.amountCents,
      arrearSince: s.arrearSince,
      signalDate: s.signalDate,
      ...(s.person.birthDate ? { birthDate: s.person.birthDate } : {}),
      hasPhone: Boolean(s.contact.phone),
      hasEmail: Boolean(s.contact.email),
      hasAddress: Boolean(s.address.postcode && s.address.houseNumber),
    })),
  };
}
