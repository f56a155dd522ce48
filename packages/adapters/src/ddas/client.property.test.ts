// The client of a DDAS signal and the household key: every key DDAS can hold goes there and back
// unchanged; the spellings of other systems read to the canonical key; a key that would come back
// as another household is refused.
import { test } from '@fast-check/vitest';
import { asHouseholdKey } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { ddasClient, householdKeyOfClient } from './client';
import { householdArb } from './fixtures.test-support';

describe('ddasClient and householdKeyOfClient', () => {
  test.prop([householdArb])('a household key goes to a DDAS client and back unchanged', (key) => {
    const client = ddasClient(key);
    expect(client).toBeDefined();
    expect(
      Object.keys(client ?? {}).every((k) => ['postcode', 'huisnummer', 'huisnummertoevoeging'].includes(k)),
    ).toBe(true);
    expect(client?.huisnummer).toMatch(/^\d{1,5}$/);
    expect(householdKeyOfClient(client ?? {})).toBe(key);
  });

  it('writes the huisletter first in the addition', () => {
    expect(ddasClient(asHouseholdKey('7411AB 12'))).toEqual({ postcode: '7411AB', huisnummer: '12' });
    expect(ddasClient(asHouseholdKey('7411AB 12A'))).toEqual({
      postcode: '7411AB',
      huisnummer: '12',
      huisnummertoevoeging: 'A',
    });
    expect(ddasClient(asHouseholdKey('7411AB 12A-1'))?.huisnummertoevoeging).toBe('A-1');
    expect(ddasClient(asHouseholdKey('7411AB 12-BIS'))?.huisnummertoevoeging).toBe('BIS');
  });

  it('refuses a key that is no address, or that would read back as another household', () => {
    expect(ddasClient(asHouseholdKey('household 7'))).toBeUndefined();
    // addition "A" without a huisletter reads back as huisletter A (the project's rule): another key
    expect(ddasClient(asHouseholdKey('7411AB 12-A'))).toBeUndefined();
  });

  it('reads the spellings of other systems; a client without postcode and house number has no key', () => {
    expect(householdKeyOfClient({ postcode: '7411 ab', huisnummer: '12a' })).toBe('7411AB 12A');
    expect(householdKeyOfClient({ postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'a 1' })).toBe(
      '7411AB 12A-1',
    );
    expect(householdKeyOfClient({ postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'bis' })).toBe(
      '7411AB 12-BIS',
    );
    expect(householdKeyOfClient({ burgerservicenummer: '123456782' })).toBeUndefined();
    expect(householdKeyOfClient({ postcode: '7411AB' })).toBeUndefined();
    expect(householdKeyOfClient({ postcode: 'nowhere', huisnummer: '12' })).toBeUndefined();
  });
});
