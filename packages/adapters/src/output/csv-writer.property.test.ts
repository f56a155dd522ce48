import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { restoreCell } from './csv-cell';
import { csvTable } from './csv-writer';
import { FORMULA_PAYLOADS, opensAsFormula } from './formula-payloads.test-support';

/** Strings biased towards what matters here: triggers, spaces, quotes, line breaks, CSV syntax. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ' ',
      '"',
      "'",
      ',',
      ';',
      '\uff1d',
      'a',
      '1',
      '\u00a0',
    ),
    maxLength: 12,
  }),
  fc.constantFrom(...FORMULA_PAYLOADS),
);

describe('csvTable, read back with csv-parse', () => {
  test.prop([fc.array(fc.tuple(nasty, nasty), { maxLength: 20 })])(
    'no cell opens as a formula, and restoreCell gives back every original',
    (pairs) => {
      const rows = pairs.map(([a, b]) => ({ a, b }));
      const text = csvTable(rows, { columns: ['a', 'b'] });
      const cells = parse(text, { relax_column_count: false }) as string[][];
      expect(cells).toHaveLength(rows.length + 1);
      for (const cell of cells.flat()) expect(opensAsFormula(cell), JSON.stringify(cell)).toBe(false);
      expect(cells.slice(1).map((r) => r.map(restoreCell))).toEqual(pairs.map(([a, b]) => [a, b]));
    },
  );

  test.prop([fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })))])(
    'numbers are written as numbers, never with a quote',
    (numbers) => {
      const text = csvTable(
        numbers.map((n) => ({ n })),
        { columns: ['n'] },
      );
      const cells = (parse(text) as string[][]).slice(1).map((r) => r[0]);
      expect(cells.map(Number)).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
    },
  );
});
