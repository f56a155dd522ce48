// Comparing two planned months of the same signals under two policies (presets): what a
// researcher asks first — how many cases end where, which channels and capacity they use, and
// which cases are treated differently.
import type { Channel } from '../model/enums';
import type { PlannedCase, PlannedMonth } from './plan-month';

/**
 * How one case ends under a policy.
 *
 * @example
 * ```ts
 * import type { CaseOutcome } from '@signaalreis/core';
 * const o: CaseOutcome = { status: 'Opgepakt', bucket: 'phone', primaryChannel: 'phone', team: 'municipality' };
 * ```
 */
export interface CaseOutcome {
  status: string;
  bucket: string;
  primaryChannel?: Channel;
  team?: string;
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
  month: string;
  cases: number;
  /** Cases per DDAS signal status. */
  byStatus: Record<string, Pair>;
  /** Contacted cases per primary channel (`none` for cases without contact). */
  byPrimaryChannel: Record<string, Pair>;
  /** Capacity used per channel (and team, when the preset counts per team). */
  capacityUsed: Record<string, Pair>;
  /** Cases that did not fit any capacity. */
  unplaced: Pair;
  /** Cases whose status, bucket, primary channel or team differs, in case-id order. */
  changed: { caseId: string; a: CaseOutcome; b: CaseOutcome }[];
}

/** How a planned case ends. */
export function caseOutcome(c: PlannedCase): CaseOutcome {
  const a = c.allocation;
  return {
    status: c.status,
    bucket: c.worklistBucket,
    ...(a?.primaryChannel ? { primaryChannel: a.primaryChannel } : {}),
    ...(a?.team ? { team: a.team } : {}),
  };
}

function tally(into: Record<string, Pair>, key: string, side: 'a' | 'b'): void {
  const pair = into[key] ?? { a: 0, b: 0 };
  pair[side] += 1;
  into[key] = pair;
}

const same = (x: CaseOutcome, y: CaseOutcome) =>
  x.status === y.status &&
  x.bucket === y.bucket &&
  x.primaryChannel === y.primaryChannel &&
  x.team === y.team;

/**
 * Compares two planned months of the same signals (for example one month run with two presets):
 * counts per status and per primary channel, capacity used, unplaced cases, and every case that is
 * treated differently. Throws when the months differ or do not hold the same cases (a programming
 * error: run both on the same input).
 *
 * @example
 * ```ts
 * import { compareMonths } from '@signaalreis/core';
 * const c = compareMonths(underTypeMedium, underPractice4);
 * c.byPrimaryChannel['home-visit']; // { a: 40, b: 30 }
 * c.changed.length; // cases treated differently
 * ```
 */
export function compareMonths(a: PlannedMonth, b: PlannedMonth): MonthComparison {
  if (a.month !== b.month) throw new RangeError(`Cannot compare ${a.month} with ${b.month}`);
  const bById = new Map(b.cases.map((c) => [c.case.caseId, c]));
  if (a.cases.length !== b.cases.length || a.cases.some((c) => !bById.has(c.case.caseId))) {
    throw new RangeError(
      'The two months do not hold the same cases: run both on the same signals and history',
    );
  }
  const byStatus: Record<string, Pair> = {};
  const byPrimaryChannel: Record<string, Pair> = {};
  const capacityUsed: Record<string, Pair> = {};
  for (const [side, m] of [
    ['a', a],
    ['b', b],
  ] as const) {
    for (const c of m.cases) {
      tally(byStatus, c.status, side);
      tally(byPrimaryChannel, c.allocation?.primaryChannel ?? 'none', side);
    }
    for (const u of m.allocation.usage) {
      const key = u.team ? `${u.channel}/${u.team}` : u.channel;
      const pair = capacityUsed[key] ?? { a: 0, b: 0 };
      pair[side] += u.used;
      capacityUsed[key] = pair;
    }
  }
  const changed = a.cases
    .map((c) => ({
      caseId: c.case.caseId,
      a: caseOutcome(c),
      b: caseOutcome(bById.get(c.case.caseId) as PlannedCase),
    }))
    .filter((x) => !same(x.a, x.b))
    .sort((x, y) => (x.caseId < y.caseId ? -1 : 1));
  return {
    month: a.month,
    cases: a.cases.length,
    byStatus,
    byPrimaryChannel,
    capacityUsed,
    unplaced: { a: a.allocation.unplaced.length, b: b.allocation.unplaced.length },
    changed,
  };
}
