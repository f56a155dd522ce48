// Comparing two planned months of the same signals under two policies (presets): what a
// researcher asks first — how many cases end where, which channels and capacity they use, and
// which cases are treated differently, and which exist under one policy only (issue 16: an area,
// another input).
import { worklistBucket } from '../journey/accessors';
import type { Channel, DdasSignalStatus, Team } from '../model/enums';
import type { CaseId, PartnerId } from '../model/ids';
import type { IsoMonth } from '../model/iso-date';
import type { Cents } from '../model/money';
import { type AbsenceReason, pairCases } from './pair-cases';
import type { PlannedJourney, PlannedMonth } from './plan-month';

/**
 * How one case ends under a policy: its DDAS signal status after intake, the worklist bucket
 * (routing's bucket, else the intake outcome) and, when contact was placed, the primary channel
 * and its team.
 *
 * @example
 * ```ts
 * import type { CaseOutcome } from '@signaalreis/core';
 * const o: CaseOutcome = { signalStatus: 'Opgepakt', bucket: 'phone', primaryChannel: 'phone', team: 'municipality' };
 * ```
 */
export interface CaseOutcome {
  signalStatus: DdasSignalStatus;
  bucket: string;
  primaryChannel?: Channel;
  team?: Team;
}

/**
 * Two numbers side by side: under policy A and under policy B.
 *
 * @example
 * ```ts
 * import type { Pair } from '@signaalreis/core';
 * const delta = (p: Pair) => p.b - p.a;
 * ```
 */
export interface Pair {
  a: number;
  b: number;
}

/**
 * A case that exists under one policy only, without personal data: its id and outcome under the
 * policy that has it, why the other has none, and its signals' partners and total.
 *
 * @example
 * ```ts
 * import type { OneSidedCase } from '@signaalreis/core';
 * const line = (c: OneSidedCase) => `${c.caseId} ${c.reason}: ${c.signals} signal(s), ${c.partners.join(', ')}`;
 * ```
 */
export interface OneSidedCase {
  caseId: CaseId;
  /** Why the other policy has no case for this household (see `AbsenceReason`). */
  reason: AbsenceReason;
  outcome: CaseOutcome;
  signals: number;
  /** Distinct partner ids of its signals, sorted (organisations, not persons). */
  partners: PartnerId[];
  totalAmountCents: Cents;
}

/**
 * The comparison of two planned months.
 *
 * @example
 * ```ts
 * import type { MonthComparison } from '@signaalreis/core';
 * const share = (c: MonthComparison) => c.changed.length / c.inBoth; // of the households under both
 * ```
 */
export interface MonthComparison {
  month: IsoMonth;
  /** Cases under each policy. */
  cases: Pair;
  /** Households with a case under both policies. */
  inBoth: number;
  /** Cases per DDAS signal status. */
  bySignalStatus: Partial<Record<DdasSignalStatus, Pair>>;
  /** Contacted cases per primary channel (`none` for cases without contact). */
  byPrimaryChannel: Record<string, Pair>;
  /** Capacity used per channel (and team, when the preset counts per team). */
  capacityUsed: Record<string, Pair>;
  /** Cases that did not fit any capacity. */
  unplaced: Pair;
  /**
   * Cases under both policies whose signal status, bucket, primary channel or team differs, in
   * order of A's case id; `caseIdB` is set when the household's case id under B differs.
   */
  changed: { caseId: CaseId; caseIdB?: CaseId; a: CaseOutcome; b: CaseOutcome }[];
  /** Cases under A only (none under B), in case-id order. */
  onlyInA: OneSidedCase[];
  /** Cases under B only (none under A), in case-id order. */
  onlyInB: OneSidedCase[];
  /** The one-sided cases counted by reason: `a` under A only, `b` under B only. */
  oneSidedByReason: Record<string, Pair>;
}

/** How a planned journey ends, read from its sections. */
export function caseOutcome(j: PlannedJourney): CaseOutcome {
  const a = j.allocation;
  return {
    signalStatus: j.intake.signalStatus,
    bucket: worklistBucket(j),
    ...(a?.primaryChannel ? { primaryChannel: a.primaryChannel } : {}),
    ...(a?.team ? { team: a.team } : {}),
  };
}

function tally<K extends string>(into: Partial<Record<K, Pair>>, key: K, side: 'a' | 'b'): void {
  const pair = into[key] ?? { a: 0, b: 0 };
  pair[side] += 1;
  into[key] = pair;
}

const same = (x: CaseOutcome, y: CaseOutcome) =>
  x.signalStatus === y.signalStatus &&
  x.bucket === y.bucket &&
  x.primaryChannel === y.primaryChannel &&
  x.team === y.team;

const byCaseId = (x: { caseId: CaseId }, y: { caseId: CaseId }) =>
  x.caseId < y.caseId ? -1 : x.caseId > y.caseId ? 1 : 0;

function oneSided(j: PlannedJourney, reason: AbsenceReason): OneSidedCase {
  const partners = [...new Set(j.match.signals.map((s) => s.signal.partner.id))].sort();
  return {
    caseId: j.caseId,
    reason,
    outcome: caseOutcome(j),
    signals: j.match.signals.length,
    partners,
    totalAmountCents: j.match.totals.totalAmountCents,
  };
}

/**
 * Compares two planned months of one month (for example one month run with two presets): counts
 * per signal status and per primary channel, capacity used and unplaced cases on each side; every
 * case under both policies that is treated differently; and every case under one policy only — a
 * reform may change which cases exist (an area leaves households out; the other run's input held
 * other signals) — with the reason the other has none, counted by reason. Cases are paired by
 * household ({@link pairCases}), so every case of either month is in exactly one of: under both,
 * only in A, only in B. Throws only when the months differ (a programming error).
 *
 * @example
 * ```ts
 * import { compareMonths, type LoadedRoutingConfig, type MonthResult, planMonth } from '@signaalreis/core';
 * declare const october: MonthResult; // runMonth of October
 * declare const typeMedium: LoadedRoutingConfig; // the routing of two presets
 * declare const practice4: LoadedRoutingConfig;
 * const a = planMonth(october, typeMedium);
 * const b = planMonth(october, practice4);
 * if (a.ok && b.ok) {
 *   const c = compareMonths(a.value, b.value);
 *   c.byPrimaryChannel['home-visit']; // e.g. { a: 40, b: 48 }: first contact by home visit under each preset
 *   c.bySignalStatus.Opgepakt; // e.g. { a: 189, b: 189 }: the same intake, only routing differs
 *   c.changed.length; // cases whose bucket, primary channel or team differs
 *   c.onlyInA.length; // 0 here; with an area under B: the households outside it ('outside_municipality')
 * }
 * ```
 */
export function compareMonths(a: PlannedMonth, b: PlannedMonth): MonthComparison {
  if (a.month !== b.month) throw new RangeError(`Cannot compare ${a.month} with ${b.month}`);
  const pairs = pairCases(a, b);
  const bySignalStatus: Partial<Record<DdasSignalStatus, Pair>> = {};
  const byPrimaryChannel: Record<string, Pair> = {};
  const capacityUsed: Record<string, Pair> = {};
  for (const [side, m] of [
    ['a', a],
    ['b', b],
  ] as const) {
    for (const j of m.journeys) {
      tally(bySignalStatus, j.intake.signalStatus, side);
      tally(byPrimaryChannel, j.allocation?.primaryChannel ?? 'none', side);
    }
    for (const u of m.allocation.usage) {
      const key = u.team ? `${u.channel}/${u.team}` : u.channel;
      const pair = capacityUsed[key] ?? { a: 0, b: 0 };
      pair[side] += u.used;
      capacityUsed[key] = pair;
    }
  }
  const changed = pairs.both
    .map((p) => ({
      caseId: p.a.caseId,
      ...(p.b.caseId === p.a.caseId ? {} : { caseIdB: p.b.caseId }),
      a: caseOutcome(p.a),
      b: caseOutcome(p.b),
    }))
    .filter((x) => !same(x.a, x.b))
    .sort(byCaseId);
  const oneSidedByReason: Record<string, Pair> = {};
  for (const x of pairs.onlyA) tally(oneSidedByReason, x.reason, 'a');
  for (const x of pairs.onlyB) tally(oneSidedByReason, x.reason, 'b');
  return {
    month: a.month,
    cases: { a: a.journeys.length, b: b.journeys.length },
    inBoth: pairs.both.length,
    bySignalStatus,
    byPrimaryChannel,
    capacityUsed,
    unplaced: { a: a.allocation.unplaced.length, b: b.allocation.unplaced.length },
    changed,
    onlyInA: pairs.onlyA.map((x) => oneSided(x.journey, x.reason)).sort(byCaseId),
    onlyInB: pairs.onlyB.map((x) => oneSided(x.journey, x.reason)).sort(byCaseId),
    oneSidedByReason,
  };
}
