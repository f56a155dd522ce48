// The street file (a BAG extract): each address's street by household key, any spelling of the
// postcode and house number; bad rows are issues with their line and without the file's values.
import { fc, test } from '@fast-check/vitest';
import { householdKey } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { readStreetsCsv } from './street-register';

const ok = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

describe('readStreetsCsv', () => {
  it('keys each street by household key, postcode and number in any spelling, city when given', () => {
    const r = ok(
      readStreetsCsv(
        'postcode;house_number;house_number_suffix;street;city\n7411 ab;12;a-1;Kerkstraat;Deventer\n7412AB;3;;Brink;\n',
      ),
    );
    expect(r.issues).toEqual([]);
    expect(
      r.streets.get(
        householdKey({ postcode: '7411AB', houseNumber: 12, houseLetter: 'A', houseNumberAddition: '1' }),
      ),
    ).toEqual({ street: 'Kerkstraat', city: 'Deventer' });
    expect(r.streets.get(householdKey({ postcode: '7412AB', houseNumber: 3 }))).toEqual({ street: 'Brink' });
  });

  it('a bad address, an empty street and an address twice are issues with their line; no street in a message', () => {
    const r = ok(
      readStreetsCsv(
        'postcode,house_number,street\n9999ZZ,12,Geheimstraat\nXYZ,1,Lindelaan\n7411AB,2,\n9999ZZ,12,Andere straat\n9999 zz,12,Geheimstraat\n',
      ),
    );
    expect([...r.streets.values()]).toEqual([{ street: 'Geheimstraat' }]);
    expect(r.issues.map((i) => [i.code, (i as { line?: number }).line])).toEqual([
      ['invalid_postcode', 3],
      ['missing_value', 4],
      ['duplicate_address', 5],
    ]);
    const text = JSON.stringify(r.issues);
    for (const value of ['Lindelaan', 'Andere straat', 'Geheimstraat']) expect(text).not.toContain(value);
  });

  it('refuses a file without a header or without the street column', () => {
    expect(readStreetsCsv('').ok).toBe(false);
    const r = readStreetsCsv('postcode,house_number\n7411AB,12\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('missing_column');
  });

  test.prop([
    fc.array(
      fc.record({
        digits: fc.integer({ min: 1000, max: 9999 }),
        letters: fc.constantFrom('AB', 'ZZ', 'KL'),
        number: fc.integer({ min: 1, max: 99999 }),
        street: fc.stringMatching(/^[A-Z][a-z]{1,12}(straat|laan|weg)$/),
      }),
      { maxLength: 30 },
    ),
  ])(
    'every well-formed row gives its street under its own household key; the first of an address counts',
    (rows) => {
      const text = `postcode,house_number,street\n${rows.map((r) => `${r.digits}${r.letters},${r.number},${r.street}`).join('\n')}\n`;
      const { streets, issues } = ok(readStreetsCsv(text));
      const first = new Map<string, string>();
      for (const r of rows) {
        const key = householdKey({ postcode: `${r.digits}${r.letters}`, houseNumber: r.number });
        if (!first.has(key)) first.set(key, r.street);
      }
      expect(new Map([...streets].map(([k, v]) => [k as string, v.street]))).toEqual(first);
      // a later row of an address is an issue only when it names another street
      const counted = new Set<string>();
      let expected = 0;
      for (const r of rows) {
        const key = householdKey({ postcode: `${r.digits}${r.letters}`, houseNumber: r.number });
        if (counted.has(key) && first.get(key) !== r.street) expected++;
        counted.add(key);
      }
      expect(issues.length).toBe(expected);
    },
  );
});
