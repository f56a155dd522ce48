import {
  addressFromHouseholdKey,
  householdKey,
  normalisePostcode,
  parseAddress,
  parseHouseNumber,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('normalisePostcode (PostNL postcode rules)', () => {
  it.each([
    ['1234 ab', '1234AB'],
    ['1234AB', '1234AB'],
    [' 1234  AB ', '1234AB'],
    ['1234-ab', '1234AB'],
    ['9999zz', '9999ZZ'],
  ])('%j → %s', (input, key) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, value: key });
  });
  it.each(['0123AB', '123AB', '12345', '1234A', '1234ABC', '1234 SA', '1234sd', '1234SS', 'ABCD12', ''])(
    'rejects %j with invalid_postcode',
    (input) => {
      const r = normalisePostcode(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_postcode');
    },
  );
});

describe('parseHouseNumber (BAG parts)', () => {
  const key = (n: string, a?: string) => {
    const r = parseHouseNumber(n, a);
    return r.ok ? householdKey({ postcode: '1234AB', ...r.value }) : r.issues[0]?.code;
  };
  it.each([
    ['12', undefined, '1234AB 12'],
    ['12-A', undefined, '1234AB 12A'],
    ['12a', undefined, '1234AB 12A'],
    ['12 A', undefined, '1234AB 12A'],
    ['12 bis', undefined, '1234AB 12-BIS'],
    ['12-bis', undefined, '1234AB 12-BIS'],
    ['12 hs', undefined, '1234AB 12-HS'],
    ['12a-1', undefined, '1234AB 12A-1'],
    ['12 a 1', undefined, '1234AB 12A-1'],
    ['12a1', undefined, '1234AB 12A-1'],
    ['12-2', undefined, '1234AB 12-2'],
    ['12 II', undefined, '1234AB 12-II'],
    ['12', 'a', '1234AB 12A'],
    ['12', '-A', '1234AB 12A'],
    ['12', 'bis', '1234AB 12-BIS'],
    ['12a', '2', '1234AB 12A-2'],
    [' 7 ', ' ', '1234AB 7'],
  ])('%j + %j → %s', (n, a, expected) => {
    expect(key(n, a)).toBe(expected);
  });
  it.each([['0'], ['abc'], ['100000'], ['12 abcde'], ['12 #3'], [''], ['-12']])('rejects %j', (n) => {
    expect(key(n)).toBe('invalid_house_number');
  });
});

describe('householdKey / addressFromHouseholdKey', () => {
  it('reads keys back', () => {
    expect(addressFromHouseholdKey('1234AB 12A-1')).toEqual({
      postcode: '1234AB',
      houseNumber: 12,
      houseLetter: 'A',
      houseNumberAddition: '1',
    });
    expect(addressFromHouseholdKey('1234AB 12-BIS')).toEqual({
      postcode: '1234AB',
      houseNumber: 12,
      houseNumberAddition: 'BIS',
    });
  });
  it.each(['1234ab 12', '1234AB', '1234AB 0', '1234SS 1', 'x'])('rejects %j', (k) => {
    expect(addressFromHouseholdKey(k)).toBeUndefined();
  });
});

describe('parseAddress', () => {
  it('normalises both parts and keeps the city', () => {
    expect(parseAddress({ postcode: '1234 ab', houseNumber: '12-a', city: ' Voorbeeldstad ' })).toEqual({
      ok: true,
      value: { postcode: '1234AB', houseNumber: 12, houseLetter: 'A', city: 'Voorbeeldstad' },
    });
  });
  it('reports each bad part with its path', () => {
    const r = parseAddress({ postcode: 'x', houseNumber: 'y' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
        ['invalid_postcode', 'postcode'],
        ['invalid_house_number', 'houseNumber'],
      ]);
  });
});
