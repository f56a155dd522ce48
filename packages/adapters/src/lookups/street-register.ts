// The streets of addresses, read from an extract of the BAG (Basisregistratie Adressen en
// Gebouwen) as CSV: signals and DDAS deliveries name an address by postcode and house number only,
// and a letter's address block needs the street (PostNL's addressing guidelines). Checked as the
// other lookup files are: a bad row is an issue with its line, no value of the file in a message.
import { type HouseholdKey, type Issue, ok, type Result } from '@signaalreis/core';
import { householdOf, readLookupCsv } from './csv-table';
import { LOOKUP_MESSAGES as M } from './messages';

/**
 * Columns of a street (BAG extract) CSV file. Required: `postcode`, `house_number`, `street`;
 * optional `house_number_suffix` (letter and addition, as in a signal file) and `city`.
 *
 * @example
 * ```ts
 * import { STREET_CSV_COLUMNS } from '@signaalreis/adapters/lookups';
 * STREET_CSV_COLUMNS.join(','); // 'postcode,house_number,house_number_suffix,street,city'
 * ```
 */
export const STREET_CSV_COLUMNS = [
  'postcode',
  'house_number',
  'house_number_suffix',
  'street',
  'city',
] as const;

const REQUIRED = ['postcode', 'house_number', 'street'] as const;

/** The street, and the city when the extract gives it (the BAG's woonplaats). */
export interface StreetAddress {
  street: string;
  city?: string;
}

/**
 * Reads a street (BAG extract) CSV into the street of each address, by household key. A row with a
 * bad address or an empty street is an issue (with its line) and left out; an address given twice
 * with another street keeps its first row and the second is an issue (`duplicate_address`; twice
 * with the same street is no issue). The file itself failing
 * (no header, a required column missing) is a failed result.
 *
 * @example
 * ```ts
 * import { readStreetsCsv } from '@signaalreis/adapters/lookups';
 * const r = readStreetsCsv('postcode,house_number,street,city\n7411 ab,12,Kerkstraat,Deventer\n');
 * if (r.ok) r.value.streets.get('7411AB 12' as never); // { street: 'Kerkstraat', city: 'Deventer' }
 * ```
 */
export function readStreetsCsv(
  text: string,
): Result<{ streets: Map<HouseholdKey, StreetAddress>; issues: Issue[] }> {
  const read = readLookupCsv(text, REQUIRED, STREET_CSV_COLUMNS);
  if (!read.ok) return read;
  const issues = [...read.value.issues];
  const streets = new Map<HouseholdKey, StreetAddress>();
  for (const r of read.value.rows) {
    if (r.issues.length > 0) {
      issues.push(...r.issues);
      continue;
    }
    const before = issues.length;
    const key = householdOf(r, issues);
    const street = r.get('street');
    if (street === '') issues.push(r.issue('street', 'missing_value', M.streetEmpty()));
    if (key === null || issues.length > before) continue;
    const earlier = streets.get(key);
    if (earlier) {
      // the same address spelled twice with the same street says nothing new; another street does
      if (earlier.street !== street) issues.push(r.issue(null, 'duplicate_address', M.addressTwice()));
      continue;
    }
    const city = r.get('city');
    streets.set(key, { street, ...(city ? { city } : {}) });
  }
  return ok({ streets, issues });
}
