// Pairing the cases of two planned months of one month (issue 16): a reform may change which cases
// exist — an area leaves households out, a different input holds other signals — so cases are
// paired by household, and a case under one policy only says why the other has none.
import type { HouseholdKey } from '../model/ids';
import type { PlannedJourney, PlannedMonth } from './plan-month';

/**
 * Why the other policy has no case for a household that has one under this policy, read from the
 * other side's matching: the code with which it set the household's signals aside
 * (`outside_municipality`: outside its area; `signal_not_in_month`; `duplicate_signal`),
 * `invalid_signal` (its input held them but they did not validate), or `not_in_input` (its input did
 * not hold them at all). When the signals were set aside for different reasons the codes are
 * joined with `+`, in alphabetical order.
 *
 * @example
 * ```ts
 * import type { AbsenceReason } from '@signaalreis/core';
 * const outsideArea = (r: AbsenceReason) => r === 'outside_municipality';
 * ```
 */
export type AbsenceReason = string;

/**
 * The cases of two months paired by household: those under both policies (A's journey and B's),
 * and those under one policy only with the reason the other has none. Every journey of either
 * month is in exactly one of the three lists.
 *
 * @example
 * ```ts
 * import type { CasePairs } from '@signaalreis/core';
 * const accounted = (p: CasePairs) => p.both.length + p.onlyA.length; // = A's number of cases
 * ```
 */
export interface CasePairs {
  both: { a: PlannedJourney; b: PlannedJourney }[];
  onlyA: { journey: PlannedJourney; reason: AbsenceReason }[];
  onlyB: { journey: PlannedJourney; reason: AbsenceReason }[];
}

const signalKey = (partnerId: string, signalId: string) => `${partnerId}\u0000${signalId}`;

/** A lookup of why `other` holds no case for a journey of this side. */
function absenceReasons(other: PlannedMonth): (j: PlannedJourney) => AbsenceReason {
  const aside = new Map<string, string>();
  for (const s of other.matching.setAside)
    aside.set(signalKey(s.signal.partner.id, s.signal.signalId), s.issue.code);
  const invalid = new Set(other.matching.invalid.flatMap((s) => (s.signalId ? [s.signalId] : [])));
  return (j) => {
    const codes = new Set<string>();
    for (const { signal } of j.match.signals) {
      const code = aside.get(signalKey(signal.partner.id, signal.signalId));
      codes.add(code ?? (invalid.has(signal.signalId) ? 'invalid_signal' : 'not_in_input'));
    }
    return [...codes].sort().join('+') || 'not_in_input';
  };
}

/**
 * Pairs the cases of two planned months of the same month by household (a case id is the month
 * and a rank, so the same household may have another id under the other policy). A case under
 * one policy only comes with the reason the other has none ({@link AbsenceReason}). Lists keep
 * the months' order (A's for `both` and `onlyA`, B's for `onlyB`). Pure; never throws.
 *
 * @example
 * ```ts
 * import { pairCases, type PlannedMonth } from '@signaalreis/core';
 * declare const base: PlannedMonth; // type-medium
 * declare const reform: PlannedMonth; // type-medium with matching.area: postcodes 7411–7430 only
 * const p = pairCases(base, reform);
 * p.onlyA.map((x) => x.reason); // e.g. ['outside_municipality', …]: households the reform leaves out
 * p.onlyB; // []: the reform adds no households
 * ```
 */
export function pairCases(a: PlannedMonth, b: PlannedMonth): CasePairs {
  // one household is one case a month; a queue per household keeps even a malformed month whole
  const waiting = new Map<HouseholdKey, PlannedJourney[]>();
  for (const j of b.journeys)
    waiting.set(j.match.householdKey, [...(waiting.get(j.match.householdKey) ?? []), j]);
  const paired = new Set<PlannedJourney>();
  const out: CasePairs = { both: [], onlyA: [], onlyB: [] };
  const whyNotInB = absenceReasons(b);
  for (const j of a.journeys) {
    const other = waiting.get(j.match.householdKey)?.shift();
    if (other) {
      paired.add(other);
      out.both.push({ a: j, b: other });
    } else out.onlyA.push({ journey: j, reason: whyNotInB(j) });
  }
  const whyNotInA = absenceReasons(a);
  for (const j of b.journeys) if (!paired.has(j)) out.onlyB.push({ journey: j, reason: whyNotInA(j) });
  return out;
}
