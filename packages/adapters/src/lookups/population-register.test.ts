import { asHouseholdKey, asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { fatalOf, okValue, placeOf } from '../csv/fixtures.test-support';
import { brpCsv, brpRow } from './fixtures.test-support';
import { InMemoryPopulationRegister } from './index';

const query = {
  surname: 'Jansen',
  initials: 'J.',
  householdKey: asHouseholdKey('7411AB 12'),
  postcode: '7411AB',
};

describe('InMemoryPopulationRegister.fromCsv', () => {
  it('reads rows with normalised addresses, BSNs, dates and yes/no values', async () => {
    const text = brpCsv([
      brpRow(),
      brpRow({
        bsn: '12345672',
        surname: 'Dijk',
        prefix: 'van',
        house_number: '14',
        house_number_suffix: 'a',
        birth_date: '4-3-1979',
        in_municipality: '',
        deceased: '',
      }),
      brpRow({
        bsn: '',
        surname: 'Bakker',
        postcode: '7411CD',
        house_number: '3-2',
        in_municipality: 'nee',
        deceased: 'ja',
      }),
    ]);
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(issues).toEqual([]);
    expect(register.size).toBe(3);
    expect(await register.lookup(query)).toEqual([
      {
        bsn: '111222333',
        surname: 'Jansen',
        initials: 'J',
        birthDate: '1980-05-17',
        householdKey: '7411AB 12',
        inMunicipality: true,
      },
    ]);
    expect(await register.lookup({ ...query, householdKey: asHouseholdKey('7411AB 14A') })).toEqual([
      {
        bsn: '012345672',
        surname: 'Dijk',
        prefix: 'van',
        initials: 'J',
        birthDate: '1979-03-04',
        householdKey: asHouseholdKey('7411AB 14A'),
        inMunicipality: true,
      },
    ]);
    expect(await register.lookup({ ...query, householdKey: asHouseholdKey('7411CD 3-2') })).toMatchObject([
      { surname: 'Bakker', inMunicipality: false, deceased: true },
    ]);
  });

  it('accepts semicolons, a BOM and headers in another case or order', () => {
    const text = '\uFEFFHouse_Number;Surname;POSTCODE\n12;Jansen;7411AB\n';
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(issues).toEqual([]);
    expect(register.size).toBe(1);
  });

  it('reports every bad row with row, column and code, and keeps the good ones', () => {
    const text = brpCsv([
      brpRow({ bsn: '123456789' }),
      brpRow({ surname: '' }),
      brpRow({ postcode: '12AB' }),
      brpRow({ birth_date: '31-02-1980', in_municipality: 'misschien' }),
      brpRow(),
    ]);
    const { register, issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(register.size).toBe(1);
    expect(issues.map((i) => [placeOf(i).row, placeOf(i).column, i.code])).toEqual([
      [1, 'bsn', 'invalid_bsn'],
      [2, 'surname', 'missing_value'],
      [3, 'postcode', expect.any(String)],
      [4, 'birth_date', 'invalid_date'],
      [4, 'in_municipality', 'invalid_boolean'],
    ]);
  });

  it('does not show a birth date in its message, not even one that is no date', () => {
    const text = brpCsv([brpRow({ birth_date: '19800231' }), brpRow({ birth_date: '1980-02-31' })]);
    const { issues } = okValue(InMemoryPopulationRegister.fromCsv(text));
    expect(issues.map((i) => i.code)).toEqual(['invalid_date', 'invalid_date']);
    const shown = JSON.stringify(issues);
    expect(shown).not.toContain('19800231');
    expect(shown).not.toContain('1980-02-31');
    expect(issues[0]?.message.nl).toContain('geboortedatum');
  });

  it('reports a missing required column and unknown columns', () => {
    const missing = InMemoryPopulationRegister.fromCsv('surname,postcode\nJansen,7411AB\n');
    expect(missing.ok).toBe(false); // no register
    expect(fatalOf(missing).map(placeOf)).toMatchObject([
      { row: 0, column: 'house_number', code: 'missing_column' },
    ]);
    expect(fatalOf(missing)[0]?.path).toEqual(['header', 'house_number']);
    const extra = okValue(
      InMemoryPopulationRegister.fromCsv('surname,postcode,house_number,nationality\nJansen,7411AB,12,NL\n'),
    );
    expect(extra.register.size).toBe(1);
    expect(extra.issues.map(placeOf)).toMatchObject([
      { row: 0, column: 'nationality', code: 'unknown_column' },
    ]);
    expect(fatalOf(InMemoryPopulationRegister.fromCsv(''))).toMatchObject([{ code: 'empty_file' }]);
  });
});

describe('InMemoryPopulationRegister.lookup', () => {
  const register = new InMemoryPopulationRegister([
    {
      bsn: '111222333',
      surname: 'Jansen',
      householdKey: asHouseholdKey('7411CD 3'),
      inMunicipality: true,
      birthDate: asIsoDate('1980-05-17'),
    },
    { surname: 'Pietersen', householdKey: asHouseholdKey('7411AB 12'), inMunicipality: true },
    {
      surname: 'Bakker',
      householdKey: asHouseholdKey('7411EF 9'),
      inMunicipality: true,
      birthDate: asIsoDate('1990-01-02'),
    },
  ]);

  it('returns records by BSN, by address and by birth date, in file order', async () => {
    expect((await register.lookup({ ...query, bsn: '111222333' })).map((r) => r.surname)).toEqual([
      'Jansen',
      'Pietersen',
    ]);
    expect(
      (await register.lookup({ ...query, birthDate: asIsoDate('1980-05-17') })).map((r) => r.surname),
    ).toEqual(['Jansen', 'Pietersen']);
    expect(await register.lookup({ ...query, householdKey: asHouseholdKey('9999ZZ 1') })).toEqual([]);
  });

  it('returns copies, so callers cannot change the register', async () => {
    const [first] = await register.lookup(query);
    if (first) first.surname = 'Changed';
    expect((await register.lookup(query))[0]?.surname).toBe('Pietersen');
  });
});
