// Large synthetic months of signals as canonical CSV, for benchmarks and large-file checks: the same
// households, partners and spellings as the example data, scaled to any number of rows. Seeded, so
// the same size and seed give the same text. Not written to examples/data (it would be ~20 MB).
import { canonicalCsv } from './csv';
import { again, otherPartner } from './dataset';
import { type Household, newWorld, type World } from './households';
import { type MonthShape, planMonth, type SignalSpec } from './plan';
import { Rand, SEED } from './rng';
import { numberRows, toRow } from './rows';

/** The shape of a month of `total` signals with `multi` the shares of 2-, 3- and 4-partner households. */
function shapeOf(total: number, multi: readonly [number, number, number]): MonthShape {
  const share = (f: number) => Math.round(total * f);
  return {
    total,
    multi: [share(multi[0]), share(multi[1]), share(multi[2])],
    twoInsurers: Math.min(10, share(0.01)),
    businesses: ['bv', 'eenmanszaak'],
    evictions: share(0.012),
    warmReferrals: share(0.008),
  };
}

const csvOf = (world: World, specs: readonly SignalSpec[], month: string): string =>
  canonicalCsv(
    numberRows(
      world.rand,
      specs.map((s) => toRow(world, s, month)),
      month,
    ),
  );

/**
 * Canonical CSV text of `total` October-2026 signals (about 195 bytes a row): about 10% of the
 * households have signals from several partners, as in the example month. All rows are valid for
 * a `today` from 2026-11-01 on.
 */
export function bigMonthCsv(total: number, seed = SEED): string {
  const world = newWorld(new Rand(seed));
  return csvOf(world, planMonth(world, shapeOf(total, [0.07, 0.02, 0.008]), []), '2026-10');
}

/**
 * Shares of the national months (project default, chosen so that 100,000 signals fall in about
 * 57,000 households as in issue 14): households with signals from 2, 3 and 4 partners.
 */
const NATIONAL_MULTI = [0.255, 0.065, 0.015] as const;
/** Share of a month's signals from households that had a signal last month (project default). */
const FROM_LAST_MONTH = 0.12;
/** Share from households that had a signal two months ago (recidive; project default). */
const FROM_TWO_MONTHS_AGO = 0.04;
/** Of the recurring households, the share signalled by the same partner again (as in dataset.ts). */
const SAME_PARTNER = 0.7;

/** Households of natural persons in `specs`, one spec each, not in `exclude`, in a random order. */
function recurring(world: World, specs: readonly SignalSpec[], exclude: Set<Household>): SignalSpec[] {
  const seen = new Set<Household>(exclude);
  const out: SignalSpec[] = [];
  for (const s of specs) {
    if (seen.has(s.household) || s.household.residents[0]?.legalForm !== 'individual') continue;
    seen.add(s.household);
    out.push(s);
  }
  return world.rand.shuffle(out);
}

/**
 * `specs` cut to `total` signals by leaving out signals of new single-signal households from the
 * end (the plan overshoots a little when several-partner households and recurring ones use more of a
 * sector than its share).
 */
function trimmed(specs: SignalSpec[], total: number, carried: Set<SignalSpec>): SignalSpec[] {
  const count = new Map<Household, number>();
  for (const s of specs) count.set(s.household, (count.get(s.household) ?? 0) + 1);
  let over = specs.length - total;
  const out: SignalSpec[] = [];
  for (let i = specs.length - 1; i >= 0; i--) {
    const s = specs[i] as SignalSpec;
    const single = count.get(s.household) === 1 && !carried.has(s) && s.kind === 'early';
    if (over > 0 && single) over--;
    else out.push(s);
  }
  return out.reverse();
}

/**
 * Consecutive months of `perMonth` signals each (`months` oldest first, `YYYY-MM`), one world:
 * about 12% of a month's signals come from households signalled the month before (70% by the same
 * partner: a repeat signal; else by another partner) and 4% from households signalled two months
 * before (recidive), so that history carried from month to month matters. Yields each month's
 * canonical CSV in turn (write it and let it go: a year is ~200 MB of text).
 *
 * @example
 * ```ts
 * for (const { month, csv } of bigMonthsCsv(100_000, ['2026-08', '2026-09', '2026-10']))
 *   writeFileSync(`signals-${month}.csv`, csv);
 * ```
 */
export function* bigMonthsCsv(
  perMonth: number,
  months: readonly string[],
  seed = SEED,
): Generator<{ month: string; csv: string; signals: number; households: number }> {
  const world = newWorld(new Rand(seed));
  const shape = shapeOf(perMonth, NATIONAL_MULTI);
  let last: SignalSpec[] = [];
  let before: SignalSpec[] = [];
  for (const month of months) {
    const fromLast = recurring(world, last, new Set()).slice(0, Math.round(perMonth * FROM_LAST_MONTH));
    const carried = fromLast.map((s) =>
      world.rand.chance(SAME_PARTNER) ? again(s) : otherPartner(world, s),
    );
    const taken = new Set(fromLast.map((s) => s.household));
    const fromBefore = recurring(world, before, taken).slice(0, Math.round(perMonth * FROM_TWO_MONTHS_AGO));
    carried.push(...fromBefore.map(again));
    const specs = trimmed(planMonth(world, shape, carried), perMonth, new Set(carried));
    const households = new Set(specs.map((s) => s.household)).size;
    yield { month, csv: csvOf(world, specs, month), signals: specs.length, households };
    before = last;
    last = specs;
  }
}
