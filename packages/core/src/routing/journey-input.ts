// From a case's journey to what routing reads: only the facts routing needs flow on (no names, no
// addresses), over the signals intake picked up.
import { monthsBetween } from '../calendar/months';
import type { CaseJourney } from '../journey/types';
import type { RoutingCaseInput } from './facts';

/**
 * The routing input of a case's journey: per signal the amounts, kinds and dates, the birth date
 * (for the youth rule), and whether a phone number, an e-mail address and a postal address are
 * known; for the case the match, how many months ago the household's previous signal was
 * (recidive) and whether it was reached before. When the journey has an `intake` section only the
 * signals intake picked up (`Opgepakt`) count — a € 50 signal below the floor does not make a case
 * "several signals" — but the case keeps at least one signal; without intake every signal counts.
 *
 * @example
 * ```ts
 * import { type IntakenJourney, routingInputOf } from '@signaalreis/core';
 * declare const journey: IntakenJourney; // a case of runMonth(…).journeys
 * const input = routingInputOf(journey);
 * input.recidiveMonthsAgo; // 1 when the household had a signal last month
 * input.signals.length; // the signals intake picked up, not the one below the floor
 * ```
 */
export function routingInputOf(journey: CaseJourney): RoutingCaseInput {
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
