// From a case's journey to what routing reads: only the facts routing needs flow on (no names, no
// addresses), over the signals intake picked up.
import { monthsBetween } from '../calendar/months';
import type { CaseJourney } from '../journey/types';
import type { RoutingCaseInput, RoutingSignalInput } from './facts';

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
  const { isMatch, reachedBefore } = c;
  const signals = pickedUp(c.signals, journey.intake?.signals).map(inputOf);
  const newest = c.recidive?.previousMonths[0];
  // one literal per shape, no spread (issue 14, twenty-first round)
  if (newest) {
    const recidiveMonthsAgo = monthsBetween(newest, c.month);
    return reachedBefore === undefined
      ? { isMatch, recidiveMonthsAgo, signals }
      : { isMatch, recidiveMonthsAgo, reachedBefore, failedContactBefore: !reachedBefore, signals };
  }
  return reachedBefore === undefined
    ? { isMatch, signals }
    : { isMatch, reachedBefore, failedContactBefore: !reachedBefore, signals };
}

type CaseSignal = CaseJourney['match']['signals'][number];
type IntakeSignals = NonNullable<CaseJourney['intake']>['signals'];

/** Up to this many intake signals a signal's status is found by scanning them, beyond it by a set (project default). */
const SCAN_LIMIT = 16;

/**
 * The signals of `all` that intake picked up (`Opgepakt`), in order — all of them when there is no
 * intake or it picked up none. Most cases have one signal: no set and no new list for them (issue
 * 14, twenty-first round).
 */
function pickedUp(all: readonly CaseSignal[], intake: IntakeSignals | undefined): readonly CaseSignal[] {
  if (!intake) return all;
  const ids = intake.length > SCAN_LIMIT ? pickedUpIds(intake) : undefined;
  let kept: CaseSignal[] | undefined; // made at the first signal left out
  for (let i = 0; i < all.length; i++) {
    const cs = all[i] as CaseSignal;
    const id = cs.signal.signalId;
    if (ids ? ids.has(id) : scanPickedUp(intake, id)) kept?.push(cs);
    else kept ??= all.slice(0, i);
  }
  if (kept === undefined) return all;
  return kept.length > 0 ? kept : all;
}

/** Whether intake picked up signal `id`, by scanning its few signals. */
function scanPickedUp(intake: IntakeSignals, id: string): boolean {
  for (const s of intake) if (s.signalId === id && s.signalStatus === 'Opgepakt') return true;
  return false;
}

/** The ids of the signals intake picked up. */
function pickedUpIds(intake: IntakeSignals): Set<string> {
  const ids = new Set<string>();
  for (const s of intake) if (s.signalStatus === 'Opgepakt') ids.add(s.signalId);
  return ids;
}

/** What routing reads of a case's signal, in the keys' order of {@link RoutingSignalInput}. */
function inputOf({ signal: s }: CaseSignal): RoutingSignalInput {
  const birthDate = s.person.birthDate;
  const hasPhone = Boolean(s.contact.phone);
  const hasEmail = Boolean(s.contact.email);
  const hasAddress = Boolean(s.address.postcode && s.address.houseNumber);
  const { signalId, kind, amountCents, arrearSince, signalDate } = s;
  const { id: partnerId, sector } = s.partner;
  // one literal per shape, no spread: a key added afterwards would give objects of the same keys two shapes
  return birthDate
    ? {
        signalId,
        partnerId,
        sector,
        kind,
        amountCents,
        arrearSince,
        signalDate,
        birthDate,
        hasPhone,
        hasEmail,
        hasAddress,
      }
    : {
        signalId,
        partnerId,
        sector,
        kind,
        amountCents,
        arrearSince,
        signalDate,
        hasPhone,
        hasEmail,
        hasAddress,
      };
}
