// A synthetic extract of the BAG (Basisregistratie Adressen en Gebouwen) for October: the street of
// every address that has a signal, in the CSV format `signaalreis letters --addresses` reads. A Dutch
// postcode covers one side of one street, so the street follows from the postcode alone (a fixed
// hash, no random draws: the other example files do not change when this one does).
import { STREET_CSV_COLUMNS } from '@signaalreis/adapters';
import { householdKey, parseAddress } from '@signaalreis/core';
import { toCsv } from './csv';
import { CITY } from './places';
import type { Row } from './rows';

/** Street names of the fictional Voorbeeldstad. */
const STREETS = [
  'Kerkstraat',
  'Lindelaan',
  'Molenweg',
  'Stationsplein',
  'Schoolstraat',
  'Dorpsstraat',
  'Beukenlaan',
  'Brink',
  'Havenkade',
  'Julianastraat',
  'Wilhelminapark',
  'Eikenhorst',
  'Sportlaan',
  'Vlasakker',
  'Zuiderhagen',
  'Noorderbreedte',
];

/** The street of a postcode: the same for every address in it. */
export function streetOf(postcode: string): string {
  let h = 0;
  for (const ch of postcode) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return STREETS[h % STREETS.length] as string;
}

/**
 * The BAG extract of the addresses of `rows`: each address once (however the partners spelled it),
 * written as the BAG does (postcode `7411AB`, the letter and addition as one suffix), in the order
 * first seen.
 */
export function streetsCsv(rows: readonly Row[]): string {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const r of rows) {
    const parsed = parseAddress({
      postcode: r.postcode,
      houseNumber: r.house_number,
      addition: r.house_number_suffix || undefined,
    });
    if (!parsed.ok) continue;
    const a = parsed.value;
    const key = householdKey(a);
    if (seen.has(key)) continue;
    seen.add(key);
    const suffix = `${a.houseLetter ?? ''}${a.houseNumberAddition ? `${a.houseLetter ? '-' : ''}${a.houseNumberAddition}` : ''}`;
    const row = {
      postcode: a.postcode,
      house_number: String(a.houseNumber),
      house_number_suffix: suffix,
      street: streetOf(a.postcode),
      city: CITY,
    };
    out.push(STREET_CSV_COLUMNS.map((c) => row[c]));
  }
  return toCsv(STREET_CSV_COLUMNS, out, ',', '\n');
}
