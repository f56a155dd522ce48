import { asHouseholdKey } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { okValue, placeOf } from '../csv/fixtures.test-support';
import { shvCsv } from './fixtures.test-support';
import { InMemoryDebtAssistanceRegister } from './index';

describe('InMemoryDebtAssistanceRegister', () => {
  const { register, issues } = okValue(
    InMemoryDebtAssistanceRegister.fromCsv(
      shvCsv([
        { bsn: '111222333' },
        { postcode: '7411 ab', house_number: '12', surname: 'de Vries' },
        { postcode: '7411AB', house_number: '14', house_number_suffix: 'A' },
        { postcode: '7411AB', house_number: '16', surname: 'Li' },
      ]),
    ),
  );

  it('reads BSN-only, address-only and address + surname entries', () => {
    expect(issues).toEqual([]);
    expect(register.size).toBe(4);
  });

  it('knows a resident by BSN wherever they live', async () => {
    expect(
      await register.isKnown({ bsn: '111222333', householdKey: asHouseholdKey('1011AA 1'), surname: 'X' }),
    ).toBe(true);
    expect(
      await register.isKnown({ bsn: '123456782', householdKey: asHouseholdKey('1011AA 1'), surname: 'X' }),
    ).toBe(false);
  });

  it('knows a resident by address and a shared surname word, ignoring case, accents and particles', async () => {
    expect(
      await register.isKnown({ householdKey: asHouseholdKey('7411AB 12'), surname: 'Jansen-de Vries' }),
    ).toBe(true);
    expect(await register.isKnown({ householdKey: asHouseholdKey('7411AB 12'), surname: 'de Jong' })).toBe(
      false,
    );
    expect(await register.isKnown({ householdKey: asHouseholdKey('7411AB 16'), surname: 'LI' })).toBe(true);
    expect(await register.isKnown({ householdKey: asHouseholdKey('7411AB 14A'), surname: 'Anyone' })).toBe(
      true,
    );
    expect(await register.isKnown({ householdKey: asHouseholdKey('7411AB 14'), surname: 'Anyone' })).toBe(
      false,
    );
  });

  it('reports rows without an identity or with bad values, and keeps the rest', () => {
    const r = okValue(
      InMemoryDebtAssistanceRegister.fromCsv(
        shvCsv(
          [
            { surname: 'Jansen' },
            { bsn: '12' },
            { postcode: '7411AB', house_number: 'x' },
            { bsn: '111222333' },
          ],
          ';',
        ),
      ),
    );
    expect(r.register.size).toBe(1);
    expect(r.issues.map((i) => [placeOf(i).row, placeOf(i).column, i.code])).toEqual([
      [1, null, 'missing_identity'],
      [2, 'bsn', 'invalid_bsn'],
      [3, 'house_number', expect.any(String)],
    ]);
  });
});
