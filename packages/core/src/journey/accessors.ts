// Small questions about a journey record, derived from its sections (never stored twice).
import type { CaseJourney, Explanation } from './types';

/**
 * The explanations of a journey, one per stage that explained itself, in stage order: intake,
 * routing, allocation.
 *
 * @example
 * ```ts
 * import { journeyExplanation } from '@signaalreis/core';
 * journeyExplanation(journey).map((e) => `${e.stage}: ${e.nl}`).join('\n');
 * // 'intake: Opgepakt (bak: opgepakt). …\nroute: visit: huisbezoek … \nallocation: Eindplan: huisbezoek (wijkteam)'
 * ```
 */
export function journeyExplanation(journey: CaseJourney): Explanation[] {
  const out: Explanation[] = [];
  if (journey.intake) out.push({ stage: 'intake', ...journey.intake.explanation });
  if (journey.route) out.push({ stage: 'route', ...journey.route.explanation });
  if (journey.allocation) out.push({ stage: 'allocation', ...journey.allocation.explanation });
  return out;
}

/**
 * The bucket a worklist shows for a case: the routing bucket ("bakje") when the case was routed,
 * else the intake outcome (`not-picked-up`, `manual-review` …).
 *
 * @example
 * ```ts
 * import { worklistBucket } from '@signaalreis/core';
 * worklistBucket(journey); // 'visit' (routed) or 'manual-review' (not routed)
 * ```
 */
export function worklistBucket(journey: CaseJourney): string {
  return journey.route?.bucket ?? journey.intake?.outcome ?? 'matched';
}
