// Allocation of a month's contact plans over the capacities of channels and teams.
import { monthOf } from '../calendar/months';
import type { Channel, Team } from '../model/enums';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { CapacityConfig } from './config';
import { allocationExplanation } from './explain';
import { type ContactStep, mostIntensiveChannel } from './outcome';
import { type Ledger, newLedger, pairKey, pairOrder, placeStep, type StepPlacement } from './place-step';
import type { RoutedPlan } from './route';

/**
 * The result for one case: the final steps, which rule chose the bucket, whether capacity or
 * missing contact data changed the plan, and why (nl/en).
 *
 * - `placed`: every step that had to happen was placed (possibly on another channel);
 * - `partial`: some were placed, some could not be;
 * - `unplaced`: nothing could be placed, or no rule applied (`unrouted`);
 * - `no-contact`: the rule asks for no contact (e.g. "already known at debt assistance").
 *
 * @example
 * ```ts
 * import type { CaseAllocation } from '@signaalreis/core';
 * const row = (c: CaseAllocation) => `${c.caseId}\t${c.status}\t${c.primaryChannel ?? '-'}\t${c.explanation.nl}`;
 * ```
 */
export interface CaseAllocation {
  caseId: string;
  rank: number;
  bucket: string;
  bucketNl?: string;
  priority: number;
  deadline: IsoDate;
  ruleId?: string;
  ruleIds: string[];
  source?: string;
  status: 'placed' | 'partial' | 'unplaced' | 'no-contact';
  /** The final steps, in plan order. */
  steps: ContactStep[];
  /** Every requested step and what became of it. */
  placements: StepPlacement[];
  /** The most intensive channel of the final steps (home visit > phone > sms > e-mail > card > letter). */
  primaryChannel?: Channel;
  /** The team of the primary channel's step. */
  team?: Team;
  /** Whether a full capacity / missing contact data changed the plan. */
  changedBy: { capacity: boolean; missingContactData: boolean };
  explanation: { nl: string; en: string };
}

/**
 * Use of one capacity over the month. A row without `team` covers the channel for all teams;
 * `perMonth` is absent when nothing limits the row, and `available` is then `null`.
 * `overflowedOut` counts steps that found the row full and moved on, `overflowedIn` steps that
 * arrived by overflow, `unplaced` steps that ended here without a place.
 *
 * @example
 * ```ts
 * import type { CapacityUsage } from '@signaalreis/core';
 * const u: CapacityUsage = { channel: 'home-visit', perMonth: 20, used: 20, available: 0, overflowedIn: 0, overflowedOut: 3, unplaced: 0 };
 * ```
 */
export interface CapacityUsage {
  channel: Channel;
  team?: Team;
  perMonth?: number;
  used: number;
  available: number | null;
  overflowedIn: number;
  overflowedOut: number;
  unplaced: number;
}

/**
 * The allocation of a month: every plan's result (in allocation order), the cases that could not
 * be placed, the use of each capacity, and counts that add up to the number of plans.
 *
 * @example
 * ```ts
 * import type { Allocation } from '@signaalreis/core';
 * const ok = (a: Allocation) => a.counts.placed + a.counts.partial + a.counts.unplaced + a.counts.noContact === a.counts.plans;
 * ```
 */
export interface Allocation {
  month: IsoMonth;
  cases: CaseAllocation[];
  /** The ids of the cases with status `unplaced`: reported, never dropped. */
  unplaced: string[];
  usage: CapacityUsage[];
  counts: { plans: number; placed: number; partial: number; unplaced: number; noContact: number };
}

function caseResult(plan: RoutedPlan, config: CapacityConfig, ledger: Ledger): CaseAllocation {
  const has = {
    phone: plan.contact.hasPhone,
    email: plan.contact.hasEmail,
    address: plan.contact.hasAddress,
  };
  const inPlan = new Set<string>();
  const placements: StepPlacement[] = [];
  for (const requested of plan.steps) {
    const p = placeStep(requested, has, inPlan, config, ledger);
    placements.push(p);
    if (p.step) inPlan.add(pairKey(p.step.channel, p.step.team));
  }
  const steps: ContactStep[] = [];
  const seen = new Set<string>();
  for (const p of placements) {
    if (!p.step || seen.has(pairKey(p.step.channel, p.step.team))) continue;
    seen.add(pairKey(p.step.channel, p.step.team));
    steps.push(p.step);
  }
  const missed = placements.some((p) => p.status === 'unplaced');
  const status: CaseAllocation['status'] =
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
  const changedBy = {
    capacity: placements.some((p) => p.reason === 'capacity' || p.changes.some((c) => c.kind === 'overflow')),
    missingContactData: placements.some(
      (p) => p.reason === 'missing-contact-data' || p.changes.some((c) => c.kind === 'fallback'),
    ),
  };
  const result: CaseAllocation = {
    caseId: plan.caseId,
    rank: plan.rank,
    bucket: plan.bucket,
    ...(plan.bucketNl ? { bucketNl: plan.bucketNl } : {}),
    priority: plan.priority,
    deadline: plan.deadline,
    ...(plan.ruleId ? { ruleId: plan.ruleId } : {}),
    ruleIds: plan.ruleIds,
    ...(plan.source ? { source: plan.source } : {}),
    status,
    steps,
    placements,
    ...(primaryChannel ? { primaryChannel } : {}),
    ...(team ? { team } : {}),
    changedBy,
    explanation: { nl: '', en: '' },
  };
  result.explanation = allocationExplanation(plan, result);
  return result;
}

function usageRows(config: CapacityConfig, ledger: Ledger): CapacityUsage[] {
  const pairs = new Map<string, { channel: Channel; team: Team }>();
  for (const m of [ledger.used, ledger.overflowedIn, ledger.overflowedOut, ledger.unplaced])
    for (const k of m.keys()) {
      const [channel, team] = k.split('/') as [Channel, Team];
      pairs.set(k, { channel, team });
    }
  const sum = (m: Map<string, number>, channel: Channel, team?: Team) =>
    [...m.entries()]
      .filter(([k]) => (team ? k === pairKey(channel, team) : k.startsWith(`${channel}/`)))
      .reduce((a, [, n]) => a + n, 0);
  const row = (channel: Channel, team: Team | undefined, perMonth: number | undefined): CapacityUsage => {
    const used = sum(ledger.used, channel, team);
    return {
      channel,
      ...(team ? { team } : {}),
      ...(perMonth === undefined ? {} : { perMonth }),
      used,
      available: perMonth === undefined ? null : perMonth - used,
      overflowedIn: sum(ledger.overflowedIn, channel, team),
      overflowedOut: sum(ledger.overflowedOut, channel, team),
      unplaced: sum(ledger.unplaced, channel, team),
    };
  };
  const rows = config.capacity.map((c) => row(c.channel, c.team, c.perMonth));
  for (const p of pairs.values())
    if (!config.capacity.some((c) => c.channel === p.channel && c.team === p.team))
      rows.push(row(p.channel, p.team, undefined));
  return rows.sort(pairOrder);
}

/**
 * Allocates a month's contact plans over the capacities: plans in order of the preset's
 * priority (1 first), then their rank, then case id (so the result does not depend on the input
 * order). Each step first gets the contact-data fallbacks (no phone → e-mail; no e-mail → card),
 * then takes a place if every capacity that limits its channel and team has room; when one is full
 * the overflow applies (home visit full → e-mail), and fallbacks again. A step that fits nowhere
 * is reported (`unplaced`), an `ifCapacityLeft` step is skipped. No capacity is ever exceeded.
 *
 * @example
 * ```ts
 * import { allocate } from '@signaalreis/core';
 * import { plans } from './my-plans';
 * const a = allocate(plans, {
 *   capacity: [{ channel: 'home-visit', perMonth: 20, source: 'signaalreis-2023, annex, municipality 3' }],
 *   overflow: [{ from: { channel: 'home-visit' }, to: { channel: 'email' }, source: 'signaalreis-2023, annex, municipality 4' }],
 *   fallbacks: [{ missing: 'email', channel: 'email', to: 'card', source: 'signaalreis-2023, annex, municipality 3' }],
 * }, '2026-10-26');
 * a.usage.find((u) => u.channel === 'home-visit')?.used; // at most 20
 * ```
 */
export function allocate(plans: readonly RoutedPlan[], config: CapacityConfig, onDate: IsoDate): Allocation {
  const ordered = [...plans].sort(
    (a, b) =>
      a.priority - b.priority || a.rank - b.rank || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );
  const ledger = newLedger(config);
  const cases = ordered.map((p) => caseResult(p, config, ledger));
  const count = (s: CaseAllocation['status']) => cases.filter((c) => c.status === s).length;
  return {
    month: monthOf(onDate),
    cases,
    unplaced: cases.filter((c) => c.status === 'unplaced').map((c) => c.caseId),
    usage: usageRows(config, ledger),
    counts: {
      plans: plans.length,
      placed: count('placed'),
      partial: count('partial'),
      unplaced: count('unplaced'),
      noContact: count('no-contact'),
    },
  };
}
