// Small questions about a journey record, derived from its sections (never stored twice).
import type { Bilingual } from '../model/text';
import { type CaseJourney, type Explanation, JOURNEY_STAGES } from './types';

/**
 * The explanations of a journey, one per section that explains itself, in stage order (`match`,
 * `intake`, `route`, `allocation`, `lifecycle`). Each section explains its own stage only, so a
 * worklist cell joins them: the intake text, a space, then routing and allocation.
 *
 * @example
 * ```ts
 * import { type CaseJourney, journeyExplanation } from '@signaalreis/core';
 * declare const planned: CaseJourney; // a journey of planMonth, routed to a home visit
 * journeyExplanation(planned).map((e) => `${e.stage}: ${e.nl}`).join('\n');
 * // 'intake: Opgepakt (bak: opgepakt). …\nroute: Huisbezoek: huisbezoek (wijkteam), telefoon (wijkteam), omdat …\nallocation: Eindplan: huisbezoek (wijkteam), telefoon (wijkteam)'
 * declare const matched: CaseJourney; // a journey of matchMonth
 * journeyExplanation(matched); // [] — matching alone does not explain itself
 * ```
 */
export function journeyExplanation(journey: CaseJourney): Explanation[] {
  const out: Explanation[] = [];
  for (const stage of JOURNEY_STAGES) {
    const section = journey[stage] as { explanation?: Bilingual } | undefined;
    const text = section?.explanation;
    if (text) out.push({ stage, nl: text.nl, en: text.en });
  }
  return out;
}

/**
 * The bucket a worklist shows for a case: the routing bucket ("bakje") when the case was routed,
 * else the intake outcome (`not-picked-up`, `manual-review` …), else `matched` (only matching ran).
 *
 * @example
 * ```ts
 * import { type CaseJourney, worklistBucket } from '@signaalreis/core';
 * declare const routed: CaseJourney; // routed by a preset to its home-visit bucket
 * declare const dropped: CaseJourney; // intake did not pick it up
 * declare const matched: CaseJourney; // only matching ran
 * worklistBucket(routed); // 'visit'
 * worklistBucket(dropped); // 'not-picked-up'
 * worklistBucket(matched); // 'matched'
 * ```
 */
export function worklistBucket(journey: CaseJourney): string {
  return journey.route?.bucket ?? journey.intake?.outcome ?? 'matched';
}
