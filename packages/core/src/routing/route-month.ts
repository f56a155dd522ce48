// The whole of routing for a month in one call: route every case, then allocate the capacities.
import type { IntakenJourney } from '../intake/types';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, prefixIssues, type Result } from '../model/issue';
import { withSection } from '../model/plain-record';
import { type AllocatedJourney, type Allocation, allocate, type CaseAllocation } from './allocate';
import { compileRouting, type LoadedRoutingConfig } from './config';
import { routingInputOf } from './journey-input';
import { badOn } from './on';
import type { ContactPlan } from './outcome';
import { deadlinesOn, newRouted, type RoutedJourney, routePlan } from './route';

/**
 * What {@link routeMonth} returns: the journeys with their `route` and `allocation` sections added
 * (in the order given), and the month-level allocation (usage, counts, unplaced cases).
 *
 * @example
 * ```ts
 * import type { MonthRouting } from '@signaalreis/core';
 * const visits = (r: MonthRouting) => r.journeys.filter((j) => j.allocation.primaryChannel === 'home-visit').length;
 * ```
 */
export interface MonthRouting {
  journeys: AllocatedJourney[];
  allocation: Allocation;
}

/**
 * Routes a month's journeys with a loaded routing configuration and allocates the capacities:
 * the table is resolved and compiled once for `on`, every journey gets its `route` section (as
 * {@link routeCase}) and then its `allocation` section (as {@link allocate}). Issues about one case
 * (a `unique` table with two matching rules, a case given twice) have the path
 * `['cases', caseId, …]`; a parameter not in effect on `on` has `['table', …]`, a bad date `['on']`.
 *
 * @example
 * ```ts
 * import { asIsoDate, type IntakenJourney, loadRoutingConfig, routeMonth } from '@signaalreis/core';
 * declare const routingJson: unknown; // a municipality preset's `routing`
 * declare const pickedUp: IntakenJourney[]; // the journeys intake picked up (outcome 'picked-up' or 'crisis')
 * const config = loadRoutingConfig(routingJson);
 * const r = config.ok ? routeMonth(pickedUp, config.value, asIsoDate('2026-10-26')) : undefined;
 * // r?.ok && r.value.allocation.counts: { plans, placed, partial, unplaced, noContact }, e.g. { plans: 189, placed: 189, … }
 * // r?.ok && r.value.journeys.map((j) => j.route.bucket): in the order given, e.g. ['crisis', 'urgent', 'visit', …]
 * ```
 */
export function routeMonth(
  journeys: readonly IntakenJourney[],
  routing: LoadedRoutingConfig,
  on: IsoDate,
): Result<MonthRouting> {
  const bad = badOn(on);
  if (bad) return fail(bad);
  const compiled = compileRouting(routing, on);
  if (!compiled.ok) return compiled;
  const deadlines = deadlinesOn(on);
  const routed: RoutedJourney[] = [];
  const issues: Issue[] = [];
  for (const journey of journeys) {
    const crisis = journey.intake.crisis?.deadline;
    const plan = routePlan(routingInputOf(journey), compiled.value, on, deadlines, crisis, routing.teams);
    if (plan.ok) routed.push(withSection(newRouted, journey, 'route', plan.value));
    else issues.push(...prefixIssues(plan.issues, ['cases', journey.caseId]));
  }
  if (issues.length > 0) return fail(issues);
  return allocate(routed, routing, on);
}

/**
 * The final steps of an allocated case as the lifecycle's `ContactPlan` (channel, team, attempts,
 * spacing), or `undefined` when the case has no steps (no contact, or nothing could be placed).
 *
 * @example
 * ```ts
 * import { type AllocatedJourney, lifecyclePlan } from '@signaalreis/core';
 * declare const journey: AllocatedJourney; // placed in the home-visit bucket of preset type-small
 * lifecyclePlan(journey.allocation); // { steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }] }
 * lifecyclePlan({ steps: [] }); // undefined: nothing to plan
 * ```
 */
export function lifecyclePlan(allocated: Pick<CaseAllocation, 'steps'>): ContactPlan | undefined {
  if (allocated.steps.length === 0) return undefined;
  return {
    steps: allocated.steps.map((s) => ({
      channel: s.channel,
      team: s.team,
      attempts: s.attempts,
      ...(s.spacingDays === undefined ? {} : { spacingDays: s.spacingDays }),
    })),
  };
}
