// From a matched case to what routing reads: only the facts routing needs flow on (no names).
import { monthsBetween } from '../calendar/months';
import type { Case } from '../matching/types';
import type { IsoDate } from '../model/iso-date';
import type { RoutingCaseInput } from '../routing/facts';

/**
 * The routing input of a case on a date: per signal the amounts, kinds and dates, the birth date
 * (for the youth rule), and whether a phone number, an e-mail address and a postal address are
 * known; for the case the match, the rank, how many months ago the household's previous signal
 * was (recidive) and whether it was reached before. Give `signalIds` (the signals intake picked
 * up) to leave out the signals intake dropped — a € 50 signal below the floor does not make a
 * case "several signals"; the case keeps at least one signal.
 *
 * @example
 * ```ts
 * import { routingInputOf } from '@signaalreis/core';
 * routingInputOf(c, '2026-10-26').recidiveMonthsAgo; // 1 when the household had a signal last month
 * ```
 */
export function routingInputOf(c: Case, onDate: IsoDate, signalIds?: ReadonlySet<string>): RoutingCaseInput {
  const kept = signalIds ? c.signals.filter((s) => signalIds.has(s.signal.signalId)) : c.signals;
  const newest = c.recidive?.previousMonths[0];
  return {
    caseId: c.caseId,
    onDate,
    isMatch: c.match.isMatch,
    rank: c.rank,
    ...(newest ? { recidiveMonthsAgo: monthsBetween(newest, c.month) } : {}),
    ...(c.reachedBefore === undefined
      ? {}
      : { reachedBefore: c.reachedBefore, failedContactBefore: !c.reachedBefore }),
    signals: (kept.length > 0 ? kept : c.signals).map(({ signal: s }) => ({
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
