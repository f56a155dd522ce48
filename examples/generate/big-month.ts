// A large synthetic month of signals as canonical CSV, for benchmarks and large-file checks: the same
// households, partners and spellings as the example data, scaled to any number of rows. Seeded, so
// the same size and seed give the same text. Not written to examples/data (it would be ~20 MB).
import { canonicalCsv } from './csv';
import { newWorld } from './households';
import { planMonth } from './plan';
import { Rand, SEED } from './rng';
import { numberRows, toRow } from './rows';

/**
 * Canonical CSV text of `total` October-2026 signals (about 195 bytes a row): about 10% of the
 * households have signals from several partners, as in the example month. All rows are valid for
 * a `today` from 2026-11-01 on.
 */
export function bigMonthCsv(total: number, seed = SEED): string {
  const world = newWorld(new Rand(seed));
  const share = (f: number) => Math.round(total * f);
  const specs = planMonth(
    world,
    {
      total,
      multi: [share(0.07), share(0.02), share(0.008)],
      twoInsurers: Math.min(10, share(0.01)),
      businesses: ['bv', 'eenmanszaak'],
      evictions: share(0.012),
      warmReferrals: share(0.008),
    },
    [],
  );
  const rows = numberRows(
    world.rand,
    specs.map((s) => toRow(world, s, '2026-10')),
    '2026-10',
  );
  return canonicalCsv(rows);
}
