// A history line's household read without checking the row (issue 14, row-household.ts) must be the
// household of the signal the row gives when it is checked and accepted — for any postcode, house
// number and suffix a partner writes, and any line — or a history entry of the month would be left
// unread. And the cells read from a line must be those `split` gives, as the record reader splits.
import { fc, test } from '@fast-check/vitest';
import { signalHouseholdKey } from '@signaalreis/core';
import { expect } from 'vitest';
import { goodRow, TODAY } from './fixtures.test-support';
import type { HeaderMapping } from './headers';
import { mapHeader, SIGNAL_CSV_FIELDS, type SignalCsvField } from './headers';
import { cellsHouseholdKey, lineCells } from './row-household';
import { rowToSignal } from './row-to-signal';

// a valid row but for the address cells (goodRow's postcode and number are replaced below)
const VALID = goodRow(1, { bsn: '', phone: '', email: '' });

/** A line's household as the history reader gets it: its cells, then their key. */
const lineHouseholdKey = (line: string, header: HeaderMapping) => {
  const cells = lineCells(line, ',', header);
  return cells && cellsHouseholdKey(cells);
};

const spaced = (s: string) => fc.constantFrom(s, ` ${s}`, `${s} `, ` ${s}  `);
const postcode = fc
  .oneof(
    { weight: 2, arbitrary: fc.constantFrom('7411AB', '1000AA', '9999ZZ', '2511CV') },
    fc.constantFrom(
      '7411AB',
      '7411 ab',
      '7411-AB',
      '7411ab',
      '1000AA',
      '9999ZZ',
      '0123AB',
      '1234SS',
      '1234SA',
    ),
    fc.constantFrom('74115AB', '7411A', 'AB7411', '', '7411 A B', '7411--AB', '7411\tAB', 'é', '7411ÅB'),
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('AB', 'ab', 'Zz', 'SD', 'A1'))
      .map(([n, l]) => `${String(n).padStart(4, '0')}${l}`),
  )
  .chain(spaced);
const houseNumber = fc
  .oneof(
    { weight: 2, arbitrary: fc.constantFrom('12', '1', '99999', '345') },
    fc.constantFrom(
      '12',
      '012',
      '1',
      '99999',
      '100000',
      '0',
      '12a',
      '12-A',
      '12 bis',
      '12a-1',
      '7 II',
      '12A',
    ),
    fc.constantFrom('', 'a12', '12,5', '1e3', '١٢', '12-', '-12', '12 abcde'),
    fc.integer({ min: 0, max: 200_000 }).map(String),
  )
  .chain(spaced);
const suffix = fc.constantFrom('', '', '', ' ', 'bis', 'A', 'a', '2', 'hs', 'II', 'abcde', '-');

// a header with the address columns somewhere (and now and then without the suffix column)
const header = fc.tuple(fc.boolean(), fc.nat()).map(([drop, seed]) => {
  const fields = SIGNAL_CSV_FIELDS.filter((f) => !(drop && f === 'house_number_suffix'));
  return [...fields].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
});
const row = fc.tuple(header, postcode, houseNumber, suffix, fc.nat(4)).map(([fields, p, n, s, extra]) => {
  const cells = fields.map((f) =>
    f === 'postcode' ? p : f === 'house_number' ? n : f === 'house_number_suffix' ? s : (VALID[f] ?? ''),
  );
  // now and then a field too many or too few
  if (extra === 0 && fields.length % 2 === 0) cells.push('x');
  if (extra === 0 && fields.length % 2 === 1) cells.pop();
  return { fields, line: cells.join(',') };
});

test.prop([row], { numRuns: 5000 })(
  'an accepted row has the household its line names',
  ({ fields, line }) => {
    const header = mapHeader([...fields]);
    const outcome = rowToSignal(line.split(','), header, { row: 1, line: 2 }, TODAY);
    if (outcome.ok) expect(lineHouseholdKey(line, header)).toBe(signalHouseholdKey(outcome.signal));
  },
);

test.prop([row, fc.constantFrom<',' | ';'>(',', ';')], { numRuns: 2000 })(
  'the cells of a line are those split gives, and none when it has another number of fields',
  ({ fields, line }, delimiter) => {
    const header = mapHeader([...fields]);
    const text = delimiter === ';' ? line.replaceAll(',', ';') : line;
    const split = text.split(delimiter);
    const cells = lineCells(text, delimiter, header);
    if (split.length !== fields.length) {
      expect(cells).toBeUndefined();
      return;
    }
    const at = (f: SignalCsvField) => (fields.indexOf(f) < 0 ? '' : split[fields.indexOf(f)]);
    expect(cells).toEqual({
      postcode: at('postcode'),
      houseNumber: at('house_number'),
      suffix: at('house_number_suffix'),
      signalId: at('signal_id'),
      partnerId: at('partner_id'),
    });
  },
);

test('the rows reach every outcome: accepted by the shortcut and by the normalisers, rejected, no household', () => {
  const seen = { short: 0, long: 0, rejected: 0, none: 0 };
  fc.assert(
    fc.property(row, ({ fields, line }) => {
      const header = mapHeader([...fields]);
      const outcome = rowToSignal(line.split(','), header, { row: 1, line: 2 }, TODAY);
      const cells = lineCells(line, ',', header);
      if (!outcome.ok) seen.rejected++;
      if (!cells || cellsHouseholdKey(cells) === undefined) seen.none++;
      else if (outcome.ok) {
        const plain =
          /^[1-9][0-9]{3}[A-Z]{2}$/.test(cells.postcode.trim()) &&
          /^[1-9][0-9]*$/.test(cells.houseNumber.trim());
        if (plain && cells.suffix.trim() === '') seen.short++;
        else seen.long++;
      }
    }),
    { numRuns: 5000, seed: 14 },
  );
  expect(seen.short).toBeGreaterThan(100);
  expect(seen.long).toBeGreaterThan(300);
  expect(seen.rejected).toBeGreaterThan(300);
  expect(seen.none).toBeGreaterThan(300);
});
