// What a planned case keeps besides its match, intake and contact plan: for a contacted case what
// its worklist rows show (so the worklists of a stored month can be written again as the run wrote
// them), and for the monthly report what capacity allocation did to the plan. The full form
// (`plannedCase`, what the store keeps) has both; the compact line on disk (`compactPlannedCase`)
// only the allocation: the worklist texts are in the run's worklists and in the store, and would
// double a national month's case file (issue 14).
import {
  type AllocatedJourney,
  type Bilingual,
  type CaseAllocation,
  type CaseJourney,
  joinBilingual,
  journeyExplanation,
  type PlannedJourney,
  type StepChange,
  type TeamDeclaration,
} from '@signaalreis/core';

/**
 * The routing and allocation explanations of a journey, one statement a line: what a worklist shows
 * (the routing rule, then each change capacity or contact data made, then the final plan).
 */
export function contactExplanation(j: CaseJourney): Bilingual | undefined {
  const parts = journeyExplanation(j).filter((e) => e.stage === 'route' || e.stage === 'allocation');
  return parts.length === 0 ? undefined : joinBilingual(parts, '\n');
}

/** A journey that has a contact step to carry out. */
export const withSteps = (j: PlannedJourney): j is AllocatedJourney =>
  j.route !== undefined && j.allocation !== undefined && j.allocation.steps.length > 0;

/**
 * What a worklist shows of a contacted case that the rest of the case file does not hold: the
 * bucket's label, the routing and allocation explanation, and the labels of the declared teams in
 * its plan.
 */
function worklistExtras(j: PlannedJourney, teams: readonly TeamDeclaration[]) {
  if (!withSteps(j)) return {};
  const explanation = contactExplanation(j);
  const own = teams.filter((t) => j.allocation.steps.some((s) => s.team === t.id));
  return {
    ...(j.route.label ? { bucketLabel: j.route.label } : {}),
    ...(explanation ? { contactExplanation: explanation } : {}),
    ...(own.length > 0 ? { teamLabels: Object.fromEntries(own.map((t) => [t.id, t.label])) } : {}),
  };
}

/**
 * What allocation did to a case's plan, as the case file keeps it for the monthly report: the
 * outcome, each step that found a full capacity and moved on (from where to where), and each step
 * that fit nowhere (the channel and team where it ended) — what `capacity.csv` counts, per case.
 * Loops rather than flatMap/filter/map: the case file of a national month makes a hundred thousand.
 *
 * @example
 * ```ts
 * import { allocationRecord } from './case-extras';
 * declare const j: import('@signaalreis/core').PlannedJourney;
 * if (j.allocation) allocationRecord(j.allocation); // { outcome: 'placed', overflowed: [], unplaced: [] }
 * ```
 */
export function allocationRecord(a: CaseAllocation): {
  outcome: CaseAllocation['outcome'];
  overflowed: Pick<StepChange, 'from' | 'to'>[];
  unplaced: StepChange['to'][];
} {
  const overflowed: Pick<StepChange, 'from' | 'to'>[] = [];
  const unplaced: StepChange['to'][] = [];
  for (const p of a.placements) {
    for (const c of p.changes) if (c.kind === 'overflow') overflowed.push({ from: c.from, to: c.to });
    if (p.outcome === 'unplaced')
      unplaced.push(p.changes.at(-1)?.to ?? { channel: p.requested.channel, team: p.requested.team });
  }
  return { outcome: a.outcome, overflowed, unplaced };
}

/** The `allocation` key a planned case ends with (none for a case allocation did not see). */
export const allocationExtra = (j: PlannedJourney): Record<string, unknown> =>
  j.allocation ? { allocation: allocationRecord(j.allocation) } : {};

/** The keys a planned case ends with in the full form: worklist extras of a contacted case, then `allocation`. */
export function plannedExtras(j: PlannedJourney, teams: readonly TeamDeclaration[]): Record<string, unknown> {
  return { ...worklistExtras(j, teams), ...allocationExtra(j) };
}
