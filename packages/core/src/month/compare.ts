// Comparing two planned months of the same signals under two policies (presets): what a
// researcher asks first — how many cases end where, which channels and capacity they use, and
// which cases are treated differently.
import { worklistBucket } from '../journey/accessors';
import type { Channel, DdasSignalStatus, Team } from '../model/enums';
import type { CaseId } from '../model/ids';
import type { IsoMonth } from '../model/iso-date';
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
 * The comparison of two planned months.
 *
 * @example
 * ```ts
 * import type { MonthComparison } from '@signaalreis/core';
 * const share = (c: MonthComparison) => c.changed.length / c.cases;
 * ```
 */
export interface MonthComparison {
  month: IsoMonth;
  cases: number;
  /** Cases per DDAS signal status. */
  bySignalStatus: Partial<Record<DdasSignalStatus, Pair>>;
  /** Contacted cases per primary channel (`none` for cases without contact). */
  byPrimaryChannel: Record<string, Pair>;
  /** Capacity used per channel (and team, when the preset counts per team). */
  capacityUsed: Record<string, Pair>;
  /** Cases that did not fit any capacity. */
  unplaced: Pair;
  /** Cases whose signal status, bucket, primary channel or team differs, in case-id order. */
  changed: { caseId: CaseId; a: CaseOutcome; b: CaseOutcome }[];
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

/**
 * Compares two planned months of the same signals (for example one month run with two presets):
 * counts per signal status and per primary channel, capacity used, unplaced cases, and every case that is
 * treated differently. Throws when the months differ or do not hold the same cases (a programming
 * error: run both on the same input).
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
 * }
 * ```
 */
export function compareMonths(a: PlannedMonth, b: PlannedMonth): MonthComparison {
  if (a.month !== b.month) throw new RangeError(`Cannot compare ${a.month} with ${b.month}`);
  const bById = new Map(b.journeys.map((j) => [j.caseId, j]));
  // a case id is a month and a number: the same id must also be the same household
  const sameCase = (j: PlannedJourney) => bById.get(j.caseId)?.match.householdKey === j.match.householdKey;
  if (a.journeys.length !== b.journeys.length || !a.journeys.every(sameCase)) {
    throw new RangeError(
      'The two months do not hold the same cases: run both on the same signals and history',
    );
  }
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
  const changed = a.journeys
    .map((j) => ({
      caseId: j.caseId,
      a: caseOutcome(j),
      b: caseOutcome(bById.get(j.caseId) as PlannedJourney),
    }))
    .filter((x) => !same(x.a, x.b))
    .sort((x, y) => (x.caseId < y.caseId ? -1 : 1));
  return {
    month: a.month,
    cases: a.journeys.length,
    bySignalStatus,
    byPrimaryChannel,
    capacityUsed,
    unplaced: { a: a.allocation.unplaced.length, b: b.allocation.unplaced.length },
    changed,
  };
}
