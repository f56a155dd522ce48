// Test-only journeys: matching and intake run for real; the route and allocation sections are
// stand-ins that carry only what the accessors read (their bucket and their explanation).
import {
  asIsoDate,
  asIsoMonth,
  type CaseAllocation,
  DEFAULT_INTAKE_CONFIG,
  type IntakenJourney,
  intakeCase,
  type MatchedJourney,
  matchMonth,
  type RoutedPlan,
} from '@signaalreis/core';
import { sig } from '../../matching/test-support/signals';

/** The one journey of October 2026: `count` signals of two partners at 7411AB 12. */
export function matchedJourney(count = 1): MatchedJourney {
  const signals = Array.from({ length: count }, (_, i) => sig(`S${i}`, i % 2 ? 'rent' : 'energy'));
  const r = matchMonth({ month: asIsoMonth('2026-10'), signals });
  if (!r.ok || !r.value.journeys[0]) throw new Error('matchMonth failed');
  return r.value.journeys[0];
}

/** That journey after intake (default configuration, 27 October 2026). */
export async function intakenJourney(count = 1): Promise<IntakenJourney> {
  const r = await intakeCase(matchedJourney(count), DEFAULT_INTAKE_CONFIG, asIsoDate('2026-10-27'));
  if (!r.ok) throw new Error('intakeCase failed');
  return r.value;
}

/** A stand-in route section with a bucket and an explanation. */
export const routeSection = (bucket: string, nl: string, en: string): RoutedPlan =>
  ({ bucket, explanation: { nl, en } }) as unknown as RoutedPlan;

/** A stand-in allocation section with an explanation. */
export const allocationSection = (nl: string, en: string): CaseAllocation =>
  ({ explanation: { nl, en } }) as unknown as CaseAllocation;
