// Households of Voorbeeldstad: an address, one to three residents, and the partners each resident
// has a contract with. Residents are made lazily, when a partner first signals about them.
import { type Partner, partnersOf, type Sector } from './partners';
import { familyOf, makeBusiness, makePerson, type Person } from './people';
import { type Address, makeAddress } from './places';
import type { Rand } from './rng';

/** A household (or a business address) and its contracts. */
export interface Household {
  id: number;
  address: Address;
  residents: Person[];
  /** Health insurer per resident index. */
  insurers: Partner[];
  energy: Partner;
  /** Landlord, or null for owner-occupiers. */
  landlord: Partner | null;
  water: Partner;
}

/** Shared state while generating: the random source and what was handed out already. */
export interface World {
  rand: Rand;
  usedBsn: Set<string>;
  usedAddresses: Set<string>;
  households: Household[];
}

/** A new world for a seeded random source. */
export const newWorld = (rand: Rand): World => ({
  rand,
  usedBsn: new Set(),
  usedAddresses: new Set(),
  households: [],
});

const byShare = (rand: Rand, sector: Sector): Partner =>
  rand.weighted(partnersOf(sector).map((p) => [p, p.share]));

/** A new household; `tenant` forces a landlord. */
export function newHousehold(world: World, tenant = false): Household {
  const { rand } = world;
  const address = makeAddress(rand, world.usedAddresses);
  const [oostland, bronvaart] = partnersOf('water');
  const water = Number(address.postcode.slice(0, 4)) >= 7436 ? bronvaart : oostland;
  const h: Household = {
    id: world.households.length + 1,
    address,
    residents: [makePerson(rand, world.usedBsn)],
    insurers: [byShare(rand, 'health')],
    energy: byShare(rand, 'energy'),
    landlord: tenant || rand.chance(0.7) ? byShare(rand, 'rent') : null,
    water: water as Partner,
  };
  world.households.push(h);
  return h;
}

/** A business address (eenmanszaak, vof or bv) with an energy contract and a landlord. */
export function newBusiness(world: World, legalForm: 'eenmanszaak' | 'vof' | 'bv'): Household {
  const h = newHousehold(world, true);
  h.residents = [makeBusiness(world.rand, world.usedBsn, legalForm)];
  return h;
}

/** Resident `index` of a household, made on first use (a partner or housemate of resident 0). */
export function resident(world: World, h: Household, index: number): Person {
  while (h.residents.length <= index) {
    const first = h.residents[0] as Person;
    const sameName = world.rand.chance(0.4);
    h.residents.push(makePerson(world.rand, world.usedBsn, sameName ? familyOf(first) : undefined));
    const insurer = world.rand.chance(0.6) ? (h.insurers[0] as Partner) : byShare(world.rand, 'health');
    h.insurers.push(insurer);
  }
  return h.residents[index] as Person;
}

/** The partner of a sector for a resident, or null when the household has none (no landlord). */
export function partnerFor(h: Household, sector: Sector, residentIndex: number): Partner | null {
  switch (sector) {
    case 'health':
      return h.insurers[residentIndex] ?? null;
    case 'energy':
      return h.energy;
    case 'rent':
      return h.landlord;
    case 'water':
      return h.water;
  }
}
