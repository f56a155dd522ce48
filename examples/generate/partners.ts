// The eleven fictional signal partners of Voorbeeldstad. Names are invented; ids are short codes.
import type { AddressStyle } from './places';

/** Sectors of the canonical CSV used by the example data. */
export type Sector = 'rent' | 'energy' | 'water' | 'health';

/** A fictional partner and the habits of its export. */
export interface Partner {
  id: string;
  name: string;
  sector: Sector;
  /** Weight of its market share within the sector. */
  share: number;
  address: AddressStyle;
  phone: 'dash' | 'plain' | 'intl' | 'intl-space';
  /** Health insurers know the BSN; other partners may not process it. */
  deliversBsn: boolean;
  deliversBirthDate: boolean;
  deliversTerms: boolean;
  deliversReminders: boolean;
  /** Writes the tussenvoegsel inside the surname column ("de Vries"). */
  prefixInSurname: boolean;
  upperCaseCity: boolean;
}

const p = (
  id: string,
  name: string,
  sector: Sector,
  share: number,
  address: AddressStyle,
  phone: Partner['phone'],
  habits: Partial<Omit<Partner, 'id' | 'name' | 'sector' | 'share' | 'address' | 'phone'>> = {},
): Partner => ({
  id,
  name,
  sector,
  share,
  address,
  phone,
  deliversBsn: sector === 'health',
  deliversBirthDate: true,
  deliversTerms: true,
  deliversReminders: true,
  prefixInSurname: false,
  upperCaseCity: false,
  ...habits,
});

/** All partners, grouped by sector. */
export const PARTNERS: readonly Partner[] = [
  p(
    'ZV-ZLD',
    'Zorgverzekeraar Zilverlinde',
    'health',
    60,
    { postcode: 'glued', houseNumber: 'glued' },
    'plain',
  ),
  p(
    'ZV-DNZ',
    'Duinzicht Zorgverzekeringen',
    'health',
    40,
    { postcode: 'space', houseNumber: 'column' },
    'dash',
    {
      upperCaseCity: true,
    },
  ),
  p('EN-WKR', 'Windkracht Energie', 'energy', 45, { postcode: 'space', houseNumber: 'dash' }, 'intl'),
  p('EN-PLS', 'Polderstroom', 'energy', 35, { postcode: 'glued', houseNumber: 'column' }, 'dash', {
    deliversBirthDate: false,
  }),
  p('EN-ZND', 'Zonnedal Energie', 'energy', 20, { postcode: 'lower', houseNumber: 'space' }, 'intl-space', {
    prefixInSurname: true,
  }),
  p('WO-LND', 'Woonstichting De Linde', 'rent', 35, { postcode: 'space', houseNumber: 'column' }, 'dash'),
  p('WO-WGV', 'Woongoed Voorbeeldstad', 'rent', 30, { postcode: 'glued', houseNumber: 'glued' }, 'plain', {
    deliversBirthDate: false,
  }),
  p('WO-ANK', 'Wooncorporatie Het Anker', 'rent', 20, { postcode: 'space', houseNumber: 'dash' }, 'dash'),
  p('WO-THB', 'Stichting Thuisbasis', 'rent', 15, { postcode: 'space', houseNumber: 'space' }, 'plain', {
    deliversTerms: false,
  }),
  p('WA-OST', 'Waterbedrijf Oostland', 'water', 86, { postcode: 'space', houseNumber: 'glued' }, 'dash', {
    deliversBirthDate: false,
  }),
  p('WA-BRV', 'Drinkwater Bronvaart', 'water', 14, { postcode: 'glued', houseNumber: 'dash' }, 'plain', {
    deliversBirthDate: false,
    deliversReminders: false,
    upperCaseCity: true,
  }),
];

/** Partners of one sector. */
export const partnersOf = (sector: Sector): Partner[] => PARTNERS.filter((x) => x.sector === sector);

/** The 2023 sector mix (`divosa-monitor`): health 45 %, energy 25 %, rent 19 %, water 11 %. */
export const SECTOR_MIX: readonly (readonly [Sector, number])[] = [
  ['health', 45],
  ['energy', 25],
  ['rent', 19],
  ['water', 11],
];

/** Splits `total` over the sector mix by largest remainder, so the shares are as close as possible. */
export function sectorQuota(total: number): Record<Sector, number> {
  const raw = SECTOR_MIX.map(([s, pct]) => [s, (total * pct) / 100] as const);
  const quota = Object.fromEntries(raw.map(([s, v]) => [s, Math.floor(v)])) as Record<Sector, number>;
  let left = total - Object.values(quota).reduce((a, b) => a + b, 0);
  const byRemainder = [...raw].sort((a, b) => (b[1] % 1) - (a[1] % 1));
  for (const [s] of byRemainder) {
    if (left-- <= 0) break;
    quota[s] += 1;
  }
  return quota;
}
