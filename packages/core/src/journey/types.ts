// The journey record: one record per case that each stage of the signal journey extends with its
// own section (docs/architecture.md). Sections never repeat each other's data.
import type { IntakeDecision } from '../intake/types';
import type { CaseRecord } from '../lifecycle/record';
import type { MatchedJourney } from '../matching/types';
import type { CaseAllocation } from '../routing/allocate';
import type { RoutedPlan } from '../routing/route';

/**
 * A case's journey record: the case id and one section per stage that has run — `match`
 * (matching), `intake`, `route` (routing), `allocation` (capacity) and `lifecycle` (contact and
 * feedback). Each stage is a pure function that returns the record with its own section added.
 *
 * @example
 * ```ts
 * import type { CaseJourney } from '@signaalreis/core';
 * const where = (j: CaseJourney) =>
 *   j.allocation?.primaryChannel ?? j.route?.bucket ?? j.intake?.outcome ?? 'matched only';
 * ```
 */
export interface CaseJourney extends MatchedJourney {
  intake?: IntakeDecision;
  route?: RoutedPlan;
  allocation?: CaseAllocation;
  lifecycle?: CaseRecord;
}

/**
 * The stages of the journey, in order.
 *
 * @example
 * ```ts
 * import { JOURNEY_STAGES } from '@signaalreis/core';
 * JOURNEY_STAGES; // ['match', 'intake', 'route', 'allocation', 'lifecycle']
 * ```
 */
export const JOURNEY_STAGES = ['match', 'intake', 'route', 'allocation', 'lifecycle'] as const;

/**
 * One stage of the journey.
 */
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/**
 * What one stage says about a case, in Dutch and English.
 *
 * @example
 * ```ts
 * import type { Explanation } from '@signaalreis/core';
 * const e: Explanation = { stage: 'intake', nl: 'Opgepakt.', en: 'Picked up.' };
 * ```
 */
export interface Explanation {
  stage: JourneyStage;
  nl: string;
  en: string;
}
