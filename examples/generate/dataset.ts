// The whole example data set, in memory: three months of canonical CSV and the Dutch Excel variant
// of October. `signals.ts` writes it to examples/data/; the test regenerates and compares bytes.
import { badSpecs, type Deliberate, placeDeliberate } from './bad-rows';
import { canonicalCsv } from './csv';
import { excelCsv } from './excel';
import { type Household, newHousehold, newWorld, partnerFor, type World } from './households';
import { ledgerCsv } from './ledger';
import { lookupFiles } from './lookups';
import type { Sector } from './partners';
import { type MonthShape, planMonth, type SignalSpec, specFor } from './plan';
import { Rand, SEED } from './rng';
import { numberRows, type Row, toRow } from './rows';
import { streetsCsv } from './streets';

/** The generated files (name → bytes) and what the README must explain. */
export interface Dataset {
  files: Record<string, Uint8Array>;
  october: Row[];
  deliberate: Deliberate[];
}

const AUGUST: MonthShape = {
  total: 236,
  multi: [14, 4, 1],
  twoInsurers: 1,
  businesses: ['eenmanszaak'],
  evictions: 2,
  warmReferrals: 1,
};
const SEPTEMBER: MonthShape = { ...AUGUST, total: 244, multi: [16, 4, 1], businesses: ['bv'] };
const OCTOBER: MonthShape = {
  total: 242,
  multi: [18, 5, 2],
  twoInsurers: 2,
  businesses: ['bv', 'eenmanszaak', 'eenmanszaak', 'vof'],
  evictions: 3,
  warmReferrals: 2,
  spellingPair: true,
};

const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ['health', 45],
  ['energy', 25],
  ['rent', 19],
  ['water', 11],
];

/** The same partner again next month (a fresh spec: kinds are assigned per month). */
export const again = (s: SignalSpec): SignalSpec => ({ ...s, kind: 'early' });

/** Another partner of the same household: "consecutive arrears at different creditors". */
export function otherPartner(world: World, s: SignalSpec): SignalSpec {
  const options = SECTOR_WEIGHTS.filter(
    ([sector]) => sector !== s.partner.sector && partnerFor(s.household, sector, 0) !== null,
  );
  return specFor(world, s.household, world.rand.weighted(options));
}

/** Households with exactly one signal this month that are not carried over or businesses. */
function singles(specs: SignalSpec[], exclude: Set<Household>): SignalSpec[] {
  const count = new Map<Household, number>();
  for (const s of specs) count.set(s.household, (count.get(s.household) ?? 0) + 1);
  return specs.filter(
    (s) =>
      count.get(s.household) === 1 &&
      !exclude.has(s.household) &&
      s.household.residents[0]?.legalForm === 'individual',
  );
}

function monthRows(world: World, specs: SignalSpec[], month: string): Row[] {
  const rows = specs.map((s) => toRow(world, s, month));
  return numberRows(world.rand, rows, month);
}

/** Generates the data set for a seed (default: the committed one). */
export function generateDataset(seed = SEED): Dataset {
  const world = newWorld(new Rand(seed));
  const { rand } = world;
  const slepers = Array.from({ length: 10 }, () => {
    const sector = rand.weighted(SECTOR_WEIGHTS);
    return specFor(world, newHousehold(world, sector === 'rent'), sector);
  });
  const carriedHouseholds = new Set(slepers.map((s) => s.household));

  const aug = planMonth(world, AUGUST, slepers.map(again));
  const [augSep, augOct] = ((picked) => [picked.slice(0, 15), picked.slice(15, 20)])(
    rand.shuffle(singles(aug, carriedHouseholds)),
  );
  for (const s of [...augSep, ...augOct]) carriedHouseholds.add(s.household);
  const toSep = augSep.map((s) => (rand.chance(0.7) ? again(s) : otherPartner(world, s)));
  const sep = planMonth(world, SEPTEMBER, [...slepers.map(again), ...toSep]);
  const sepOct = rand.shuffle(singles(sep, carriedHouseholds)).slice(0, 25);
  const toOct = [...augOct.map(again), ...sepOct.map((s, i) => (i < 15 ? again(s) : otherPartner(world, s)))];
  const oct = planMonth(world, OCTOBER, [...slepers.map(again), ...toOct]);
  const bad = badSpecs(world);

  const augRows = monthRows(world, aug, '2026-08');
  const sepRows = monthRows(world, sep, '2026-09');
  const octRaw = [...oct, ...bad].map((s) => toRow(world, s, '2026-10'));
  const ids = new Map<Row, string>();
  const octNumbered = numberRows(rand, octRaw, '2026-10', ids);
  const badIds = octRaw.slice(oct.length).map((r) => ids.get(r) ?? '');
  const [october, deliberate] = placeDeliberate(world, octNumbered, badIds);
  const encode = (text: string) => new TextEncoder().encode(text);
  const badIdSet = new Set(deliberate.filter((d) => !d.valid).map((d) => d.signalId));
  const lookups = lookupFiles(october.filter((r) => !badIdSet.has(r.signal_id)));
  return {
    files: {
      'signals-2026-08.csv': encode(canonicalCsv(augRows)),
      'signals-2026-09.csv': encode(canonicalCsv(sepRows)),
      'signals-2026-10.csv': encode(canonicalCsv(october)),
      'signals-2026-10-excel.csv': excelCsv(october),
      'brp-2026-10.csv': encode(lookups.files['brp-2026-10.csv'] ?? ''),
      'shv-2026-10.csv': encode(lookups.files['shv-2026-10.csv'] ?? ''),
      'bag-2026-10.csv': encode(streetsCsv(october.filter((r) => !badIdSet.has(r.signal_id)))),
      'ledger-energy-2026-10.csv': encode(ledgerCsv()),
    },
    october,
    deliberate,
  };
}
