// The client of a DDAS signal from the household key, and back. signaalreis keeps the household key
// (postcode + house number + letter + addition), never a BSN: a client goes as DDAS's second form,
// postcode + huisnummer (+ huisnummertoevoeging), without gender or birth date (data minimisation).
import {
  addressFromHouseholdKey,
  type HouseholdKey,
  householdKey,
  parseAddress,
  parseHouseholdKey,
} from '@signaalreis/core';
import type { DdasClient } from './types';

/**
 * The DDAS client of a household key: `postcode`, `huisnummer` (the number only) and, when there
 * is one, `huisnummertoevoeging` = the huisletter, then `-` and the addition (`A`, `A-1`, `BIS`).
 * DDAS has no field for the huisletter, so it goes first in the addition, as the project's house
 * number reader (`parseHouseNumber`) reads it back. `undefined` when the key is not a canonical
 * key or cannot be read back as the same key (an addition that looks like a letter, `1234AB 12-A`).
 *
 * @example
 * ```ts
 * import { ddasClient } from '@signaalreis/adapters/ddas';
 * import { asHouseholdKey } from '@signaalreis/core';
 * ddasClient(asHouseholdKey('7411AB 12A-1')); // { postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'A-1' }
 * ddasClient(asHouseholdKey('7411AB 12-BIS')); // { postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'BIS' }
 * ddasClient(asHouseholdKey('somewhere')); // undefined
 * ```
 */
export function ddasClient(key: HouseholdKey): DdasClient | undefined {
  const a = addressFromHouseholdKey(key);
  if (a === undefined) return undefined;
  const letter = a.houseLetter ?? '';
  const addition = a.houseNumberAddition ?? '';
  const toevoeging = letter && addition ? `${letter}-${addition}` : letter || addition;
  const client: DdasClient = {
    postcode: a.postcode,
    huisnummer: String(a.houseNumber),
    ...(toevoeging ? { huisnummertoevoeging: toevoeging } : {}),
  };
  return householdKeyOfClient(client) === key ? client : undefined;
}

/**
 * The household key of a DDAS client identified by postcode and house number (any spelling the
 * project's address reader takes: `7411 ab`, `12a`, addition `bis`), or `undefined` when there is
 * no postcode and house number (a client by BSN only) or they cannot be read.
 *
 * @example
 * ```ts
 * import { householdKeyOfClient } from '@signaalreis/adapters/ddas';
 * householdKeyOfClient({ postcode: '7411 ab', huisnummer: '12', huisnummertoevoeging: 'a-1' }); // '7411AB 12A-1'
 * householdKeyOfClient({ burgerservicenummer: '123456782' }); // undefined: signaalreis keeps no BSN
 * ```
 */
export function householdKeyOfClient(client: DdasClient): HouseholdKey | undefined {
  if (client.postcode === undefined || client.huisnummer === undefined) return undefined;
  const address = parseAddress({
    postcode: client.postcode,
    houseNumber: client.huisnummer,
    ...(client.huisnummertoevoeging === undefined ? {} : { addition: client.huisnummertoevoeging }),
  });
  if (!address.ok) return undefined;
  const key = parseHouseholdKey(householdKey(address.value));
  return key.ok ? key.value : undefined;
}
