// Which households get which signals in a month: recurring households first, then households with
// signals from several partners (matches), a few businesses, and single signals up to the sector mix.
import { type Household, newBusiness, newHousehold, partnerFor, resident, type World } from './households';
import { type Partner, partnersOf, type Sector, sectorQuota } from './partners';

/** Signal kinds of the canonical CSV. */
export type Kind = 'early' | 'end-of-supply' | 'eviction' | 'warm-referral' | 'cak';

/** One planned signal: who, from which partner, what kind. */
export interface SignalSpec {
  household: Household;
  resident: number;
  partner: Partner;
  kind: Kind;
}

/** The shape of a month: how many signals and how they group. */
export interface MonthShape {
  total: number;
  /** Number of households with signals from 2, 3 and 4 distinct partners. */
  multi: readonly [number, number, number];
  /** Of the two-partner households, how many get their two signals from two health insurers. */
  twoInsurers: number;
  businesses: readonly ('eenmanszaak' | 'vof' | 'bv')[];
  evictions: number;
  warmReferrals: number;
  /** Add one household whose letter is written `12A` by one partner and `12-a` by another. */
  spellingPair?: boolean;
}

const SECTORS: readonly (readonly [Sector, number])[] = [
  ['health', 45],
  ['energy', 25],
  ['rent', 19],
  ['water', 11],
];

function distinctSectors(world: World, k: number): Sector[] {
  const out: Sector[] = [];
  while (out.length < k) {
    const s = world.rand.weighted(SECTORS.filter(([x]) => !out.includes(x)));
    out.push(s);
  }
  return out;
}

/** A spec for a household's partner in a sector (resident 0 unless given). */
export function specFor(world: World, h: Household, sector: Sector, residentIndex = 0): SignalSpec {
  resident(world, h, residentIndex);
  const partner = partnerFor(h, sector, residentIndex);
  if (!partner) throw new Error(`household ${h.id} has no ${sector} partner`);
  return { household: h, resident: residentIndex, partner, kind: 'early' };
}

function multiPartnerGroups(world: World, shape: MonthShape): SignalSpec[] {
  const out: SignalSpec[] = [];
  shape.multi.forEach((count, i) => {
    for (let n = 0; n < count; n++) {
      const k = i + 2;
      if (k === 2 && n < shape.twoInsurers) {
        const h = newHousehold(world);
        resident(world, h, 1);
        const [first] = partnersOf('health').filter((p) => p !== h.insurers[0]);
        h.insurers[1] = first as Partner;
        out.push(specFor(world, h, 'health', 0), specFor(world, h, 'health', 1));
        continue;
      }
      const sectors = distinctSectors(world, k);
      const h = newHousehold(world, sectors.includes('rent'));
      const second = world.rand.chance(0.3) ? 1 : 0;
      sectors.forEach((s, j) => {
        out.push(specFor(world, h, s, s === 'health' && j > 0 ? second : 0));
      });
    }
  });
  return out;
}

/** Plans a month: `carried` are the recurring signals decided by the caller. */
export function planMonth(world: World, shape: MonthShape, carried: SignalSpec[]): SignalSpec[] {
  const { rand } = world;
  const specs = [...carried, ...multiPartnerGroups(world, shape)];
  if (shape.spellingPair) specs.push(...spellingPair(world));
  // Same partner twice at one address: not a match between partners.
  const twice = newHousehold(world);
  specs.push(specFor(world, twice, 'energy'), { ...specFor(world, twice, 'energy'), kind: 'end-of-supply' });
  for (const form of shape.businesses) {
    const b = newBusiness(world, form);
    specs.push(specFor(world, b, form === 'bv' || form === 'eenmanszaak' ? 'energy' : 'rent'));
  }
  const quota = sectorQuota(shape.total);
  for (const s of specs) quota[s.partner.sector] -= 1;
  for (const [sector] of SECTORS) {
    for (let i = 0; i < quota[sector]; i++)
      specs.push(specFor(world, newHousehold(world, sector === 'rent'), sector));
  }
  assignKinds(world, shape, specs);
  return rand.shuffle(specs);
}

/** A household at `<n>a` with a partner that writes `12A` (glued) and one that writes `12-a` (dash). */
function spellingPair(world: World): SignalSpec[] {
  const h = newHousehold(world);
  h.address = { ...h.address, letter: 'a', addition: '' };
  world.usedAddresses.add(`${h.address.postcode}|${h.address.number}|a|`);
  const glued = partnersOf('health').find((p) => p.address.houseNumber === 'glued');
  const dash = partnersOf('energy').find((p) => p.address.houseNumber === 'dash');
  if (!glued || !dash) throw new Error('spellingPair: no partners with glued and dash house numbers');
  h.insurers[0] = glued;
  h.energy = dash;
  return [specFor(world, h, 'health'), specFor(world, h, 'energy')];
}

function assignKinds(world: World, shape: MonthShape, specs: SignalSpec[]): void {
  const { rand } = world;
  const early = (sector: Sector) =>
    rand.shuffle(specs.filter((s) => s.partner.sector === sector && s.kind === 'early'));
  const energy = specs.filter((s) => s.partner.sector === 'energy');
  const endOfSupply =
    Math.round(energy.length * 0.25) - energy.filter((s) => s.kind === 'end-of-supply').length;
  const energyEarly = early('energy');
  for (const s of energyEarly.slice(0, endOfSupply)) s.kind = 'end-of-supply';
  const [warmEnergy] = energyEarly.slice(endOfSupply);
  if (warmEnergy && shape.warmReferrals > 1) warmEnergy.kind = 'warm-referral';
  const rentEarly = early('rent');
  for (const s of rentEarly.slice(0, shape.evictions)) s.kind = 'eviction';
  const [warmRent] = rentEarly.slice(shape.evictions);
  if (warmRent && shape.warmReferrals > 0) warmRent.kind = 'warm-referral';
}
