// A contacted case's explanation in one language: what a worklist row shows. Routing and
// allocation render their texts when read (see model/lazy.ts); a worklist needs only one language.
import type { Lang } from '../model/text';
import { allocationExplanationIn, type CaseAllocation } from './allocate';
import { type RoutedPlan, routeExplanationIn } from './route';

/**
 * The routing and allocation explanations of a case in one language, one statement a line: the
 * routing rule, then each change capacity or contact data made, then the final plan — what
 * `journeyExplanation` gives for the `route` and `allocation` stages, joined with a line break. For
 * sections made by `routeMonth` (or `planMonth`) only `lang` is rendered, so a worklist of a
 * hundred thousand rows renders each text once instead of in both languages.
 *
 * @example
 * ```ts
 * import { type AllocatedJourney, contactExplanationIn } from '@signaalreis/core';
 * declare const j: AllocatedJourney; // a case of planMonth(…).journeys with a route and an allocation
 * contactExplanationIn(j, 'nl');
 * // 'Huisbezoek: huisbezoek (gemeente), omdat signalen (2) ≥ 2 (regel match, bron: …)\nEindplan: huisbezoek (gemeente)'
 * ```
 */
export function contactExplanationIn(
  journey: { route: RoutedPlan; allocation: CaseAllocation },
  lang: Lang,
): string {
  return `${routeExplanationIn(journey.route, lang)}\n${allocationExplanationIn(journey.allocation, lang)}`;
}
