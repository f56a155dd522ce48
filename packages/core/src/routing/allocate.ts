// Allocation of a month's contact plans over the capacities of channels and teams.
import { monthOf } from '../calendar/months';
import type { Case } from '../matching/types';
import type { Channel, Team } from '../model/enums';
import type { CaseId } from '../model/ids';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { lazyProperties } from '../model/lazy';
import { plainRecords, withSection } from '../model/plain-record';
import { EMPTY_LIST } from '../model/shared-lists';
import type { Bilingual, Lang } from '../model/text';
import type { CapacityConfig } from './config';
import { allocationText } from './explain';
import { ROUTING_MESSAGES as M } from './messages';
import { badOn } from './on';
import { type ContactStep, mostIntensiveChannel } from './outcome';
import { type Ledger, newLedger, pairKey, placeStep, type StepPlacement } from './place-step';
import type { RoutedJourney, RoutedPlan } from './route';
import type { TeamDeclaration } from './teams';
import { type CapacityUsage, usageRows } from './usage';

/**
 * How allocation ended for one case:
 *
 * - `placed`: every step that had to happen was placed (possibly on another channel);
 * - `partial`: some were placed, some could not be;
 * - `unplaced`: nothing could be placed, or no rule applied (`unrouted`);
 * - `no-contact`: the rule asks for no contact (e.g. "already known at debt assistance").
 */
export type AllocationOutcome = 'placed' | 'partial' | 'unplaced' | 'no-contact';

/**
 * What allocation adds to one case — the `allocation` section of its journey, and only what
 * allocation decided: the final steps, what became of each requested step, whether capacity or
 * missing contact data changed the plan, and why (the bucket, priority and deadline stay in the
 * `route` section).
 *
 * @example
 * ```ts
 * import type { CaseAllocation } from '@signaalreis/core';
 * const row = (c: CaseAllocation) => `${c.outcome}\t${c.primaryChannel ?? '-'}\t${c.explanation.nl}`;
 * ```
 */
export interface CaseAllocation {
  outcome: AllocationOutcome;
  /** The final steps, in plan order (frozen objects shared between cases, see {@link StepPlacement}'s `step`). */
  steps: ContactStep[];
  /** Every requested step and what became of it. */
  placements: StepPlacement[];
  /** The most intensive channel of the final steps (home visit > phone > sms > e-mail > card > letter). */
  primaryChannel?: Channel;
  /** The team of the primary channel's step. */
  team?: Team;
  /** Whether a full capacity / missing contact data changed the plan (from allocation: one shared frozen object per combination). */
  changedBy: { capacity: boolean; missingContactData: boolean };
  /** What allocation did (changes and the final plan), in Dutch and English. */
  explanation: Bilingual;
}

/**
 * A case's journey after allocation: it adds the `allocation` section.
 *
 * @example
 * ```ts
 * import type { AllocatedJourney } from '@signaalreis/core';
 * const channel = (j: AllocatedJourney) => j.allocation.primaryChannel ?? 'none';
 * ```
 */
export interface AllocatedJourney extends RoutedJourney {
  allocation: CaseAllocation;
}

/**
 * The month-level result of allocation: the cases that could not be placed, the use of each
 * capacity, and counts that add up to the number of plans (the per-case results are in each
 * journey's `allocation` section).
 *
 * @example
 * ```ts
 * import type { Allocation } from '@signaalreis/core';
 * const ok = (a: Allocation) => a.counts.placed + a.counts.partial + a.counts.unplaced + a.counts.noContact === a.counts.plans;
 * ```
 */
export interface Allocation {
  month: IsoMonth;
  /** The ids of the cases with outcome `unplaced`: reported, never dropped. */
  unplaced: CaseId[];
  usage: CapacityUsage[];
  counts: { plans: number; placed: number; partial: number; unplaced: number; noContact: number };
}

/**
 * What {@link allocate} needs of a case: its id, matching's rank (`match.rank`, the serving order
 * within a priority) and the `route` section. Every {@link RoutedJourney} is one; a vendor that
 * matched its cases elsewhere makes one from {@link routeInput}'s plan.
 *
 * @example
 * ```ts
 * import { asCaseId, type AllocationSubject, type RoutedPlan } from '@signaalreis/core';
 * const subject = (id: string, rank: number, route: RoutedPlan): AllocationSubject => ({
 *   caseId: asCaseId(id), match: { rank }, route,
 * });
 * ```
 */
export interface AllocationSubject {
  caseId: CaseId;
  match: Pick<Case, 'rank'>;
  route: RoutedPlan;
}

/** What an allocated case keeps to explain itself. */
export interface Explainable {
  plan: RoutedPlan;
  outcome: AllocationOutcome;
  placements: readonly StepPlacement[];
  steps: readonly ContactStep[];
  teams: readonly TeamDeclaration[];
}

/** What allocation did to a case, from its state, in one language. Internal to core. */
export const allocationStateText = (e: Explainable, lang: Lang): string =>
  allocationText(e.plan, e.outcome, e.placements, e.steps, lang, e.teams);

/** Allocations and allocated journeys, each kind from its own maker (room for every key: plainRecords). */
const newAllocation = plainRecords(7); // six keys and the lazy explanation's state
const newAllocated = plainRecords(8); // caseId, match, intake, route, allocation, and room for a caller's own

// `changedBy` is one of four values: one shared frozen object each (capacity 2, missing contact
// data 1; issue 14, docs/performance.md, "Twenty-fourth round")
const CHANGED_BY: readonly Readonly<CaseAllocation['changedBy']>[] = Array.from({ length: 4 }, (_, i) =>
  Object.freeze({ capacity: (i & 2) !== 0, missingContactData: (i & 1) !== 0 }),
);

/** The `explanation` of a case's allocation, rendered when read (see `lazyProperties`): not kept per case. */
const explained = lazyProperties<Explainable, { explanation: Bilingual }>({
  explanation: (e) => ({ nl: allocationStateText(e, 'nl'), en: allocationStateText(e, 'en') }),
});

/**
 * What allocation did to a case, in one language: for an allocation section `allocate` made, only
 * that language is rendered; for any other, its `explanation` in `lang`.
 */
export function allocationExplanationIn(allocation: CaseAllocation, lang: Lang): string {
  const state = explained.stateOf(allocation);
  return state ? allocationStateText(state, lang) : allocation.explanation[lang];
}

/**
 * What an allocation section that `allocate` made keeps to explain itself (undefined for any
 * other, e.g. a copy): for `contactExplanations`. Internal to core.
 */
export const allocationExplanationState = (allocation: CaseAllocation): Explainable | undefined =>
  explained.stateOf(allocation);

function caseResult(plan: RoutedPlan, config: CapacityConfig, ledger: Ledger): CaseAllocation {
  const has = {
    phone: plan.contact.hasPhone,
    email: plan.contact.hasEmail,
    address: plan.contact.hasAddress,
  };
  const inPlan = new Set<string>();
  // `map` and `slice()`: both lists are kept per case, so without the room `push` leaves (facts.ts)
  const placements: StepPlacement[] = plan.steps.map((requested) => {
    const p = placeStep(requested, has, inPlan, config, ledger);
    if (p.step) inPlan.add(pairKey(p.step.channel, p.step.team));
    return p;
  });
  const chosen: ContactStep[] = [];
  const seen = new Set<string>();
  for (const p of placements) {
    if (!p.step || seen.has(pairKey(p.step.channel, p.step.team))) continue;
    seen.add(pairKey(p.step.channel, p.step.team));
    chosen.push(p.step);
  }
  const steps = chosen.slice();
  const missed = placements.some((p) => p.outcome === 'unplaced');
  const outcome: AllocationOutcome =
    plan.ruleId === undefined
      ? 'unplaced'
      : plan.steps.length === 0
        ? 'no-contact'
        : steps.length === 0
          ? 'unplaced'
          : missed
            ? 'partial'
            : 'placed';
  const primaryChannel = mostIntensiveChannel(steps.map((s) => s.channel));
  const team = steps.find((s) => s.channel === primaryChannel)?.team;
  const capacity = placements.some(
    (p) => p.reason === 'capacity' || p.changes.some((c) => c.kind === 'overflow'),
  );
  const missingContactData = placements.some(
    (p) => p.reason === 'missing-contact-data' || p.changes.some((c) => c.kind === 'fallback'),
  );
  const changedBy = CHANGED_BY[
    (capacity ? 2 : 0) + (missingContactData ? 1 : 0)
  ] as CaseAllocation['changedBy'];
  // built key by key by its own maker: the optional keys and the lazy explanation stay in the object
  const allocated = newAllocation() as Omit<CaseAllocation, 'explanation'>;
  allocated.outcome = outcome;
  allocated.steps = steps;
  allocated.placements = placements;
  if (primaryChannel) allocated.primaryChannel = primaryChannel;
  if (team) allocated.team = team;
  allocated.changedBy = changedBy;
  return explained(allocated, { plan, outcome, placements, steps, teams: config.teams ?? EMPTY_LIST });
}

/**
 * What {@link allocate} returns: the journeys with their `allocation` section added (in the order
 * given) and the month-level {@link Allocation}.
 *
 * @example
 * ```ts
 * import type { Allocated, RoutedJourney } from '@signaalreis/core';
 * const visits = (a: Allocated<RoutedJourney>) =>
 *   a.journeys.filter((j) => j.allocation.primaryChannel === 'home-visit').length;
 * ```
 */
export interface Allocated<J> {
  journeys: (J & { allocation: CaseAllocation })[];
  allocation: Allocation;
}

const byCaseId = (a: AllocationSubject, b: AllocationSubject) =>
  a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;

/**
 * Allocates a month's routed cases over the capacities and adds the `allocation` section to each
 * journey. Cases are served in order of the preset's priority (`route.priority`, 1 first), then
 * matching's rank (`match.rank`), then case id — so the result does not depend on the input order.
 * Each step first gets the contact-data fallbacks (no phone → e-mail; no e-mail → card), then
 * takes a place if every capacity that limits its channel and team has room; when one is full the
 * overflow applies (home visit full → e-mail), and fallbacks again. A step that fits nowhere is
 * reported (`unplaced`), an `ifCapacityLeft` step is skipped. No capacity is ever exceeded.
 *
 * The journeys come back in the order given. Issues instead of a result: `on` not a real date
 * (`invalid_date` at `['on']`), a case id given twice (`duplicate_case` at `['cases', caseId]`).
 * Besides a {@link RoutedJourney} it takes anything with a case id, a `match.rank` and a `route`
 * — e.g. plans from {@link routeInput} for cases matched elsewhere.
 *
 * @example
 * ```ts
 * import { allocate, asIsoDate, type RoutedJourney } from '@signaalreis/core';
 * declare const routed: RoutedJourney[]; // the month's journeys after routeCase
 * const a = allocate(routed, {
 *   capacity: [{ channel: 'home-visit', perMonth: 20, source: 'signaalreis-2023, annex, municipality 3' }],
 *   overflow: [{ from: { channel: 'home-visit' }, to: { channel: 'email' }, source: 'signaalreis-2023, annex, municipality 4' }],
 *   fallbacks: [{ missing: 'email', channel: 'email', to: 'card', source: 'signaalreis-2023, annex, municipality 3' }],
 * }, asIsoDate('2026-10-26'));
 * if (a.ok) {
 *   a.value.allocation.usage.find((u) => u.channel === 'home-visit')?.used; // at most 20
 *   // a case served after the 20th home visit, allocation.explanation.nl:
 *   // 'capaciteit huisbezoek vol (20 per maand, alle teams): huisbezoek (gemeente) wordt e-mail (gemeente) (bron: …)\nEindplan: e-mail (gemeente)'
 * }
 * ```
 */
export function allocate<J extends AllocationSubject>(
  journeys: readonly J[],
  capacity: CapacityConfig,
  on: IsoDate,
): Result<Allocated<J>> {
  const bad = badOn(on);
  if (bad) return fail(bad);
  const seen = new Set<CaseId>();
  const issues: Issue[] = [];
  for (const j of journeys) {
    if (seen.has(j.caseId)) issues.push(issue('duplicate_case', ['cases', j.caseId], M.duplicate_case));
    seen.add(j.caseId);
  }
  if (issues.length > 0) return fail(issues);
  const order = journeys.map((_, i) => i);
  order.sort((x, y) => {
    const a = journeys[x] as J;
    const b = journeys[y] as J;
    return a.route.priority - b.route.priority || a.match.rank - b.match.rank || byCaseId(a, b);
  });
  const ledger = newLedger(capacity);
  const results: CaseAllocation[] = new Array(journeys.length);
  const unplaced: CaseId[] = [];
  const counts = { plans: journeys.length, placed: 0, partial: 0, unplaced: 0, noContact: 0 };
  for (const i of order) {
    const j = journeys[i] as J;
    const result = caseResult(j.route, capacity, ledger);
    results[i] = result;
    if (result.outcome === 'unplaced') unplaced.push(j.caseId);
    if (result.outcome === 'no-contact') counts.noContact += 1;
    else counts[result.outcome] += 1;
  }
  return ok({
    journeys: journeys.map((j, i) =>
      withSection(newAllocated, j, 'allocation', results[i] as CaseAllocation),
    ),
    allocation: { month: monthOf(on), unplaced, usage: usageRows(capacity, ledger), counts },
  });
}
