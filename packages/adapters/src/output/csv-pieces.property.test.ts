// csvPieces writes large tables without csv-stringify's per-field machinery: joined, its pieces
// must be the bytes csvTable (csv-stringify) writes, for any cells, both dialects, numeric columns.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type CsvCell, csvPieces, csvTable } from './csv-writer';
import { FORMULA_PAYLOADS } from './formula-payloads.test-support';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', "'", ',', ';', '.', '1', '€', 'a'),
    maxLength: 10,
  }),
  fc.constantFrom(...FORMULA_PAYLOADS, '12.50', '-3.00', '1.5.2', ''),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, -0),
);
const columns = ['case_id', 'total_amount', 'note'];

describe('csvPieces', () => {
  test.prop([
    fc.array(fc.tuple(cell, cell, cell), { maxLength: 30 }),
    fc.constantFrom('rfc4180' as const, 'excel-nl' as const),
    fc.subarray(columns),
    fc.boolean(),
  ])('joined, is csvTable of the same rows', (cells, dialect, numeric, headed) => {
    const rows = cells.map(([a, b, c]) => ({ case_id: a, total_amount: b, note: c }));
    const headers = headed ? { case_id: 'Casus', note: '=Toelichting; "x"' } : undefined;
    const options = { columns, numeric, dialect, ...(headers ? { headers } : {}) };
    expect([...csvPieces(rows, options)].join('')).toBe(csvTable(rows, options));
  });

  test.prop([fc.integer({ min: 0, max: 4500 })])(
    'the header, then pieces of 64 rows, none of them empty',
    (n) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        case_id: `C-${i}`,
        total_amount: i / 4,
        note: '',
      }));
      const pieces = [...csvPieces(rows, { columns })];
      expect(pieces.join('')).toBe(csvTable(rows, { columns }));
      expect(pieces.length).toBe(1 + Math.ceil(n / 64));
      expect(pieces.every((p) => p.length > 0)).toBe(true);
    },
  );

  test.prop([fc.array(fc.boolean(), { maxLength: 5 })])(
    'a value of another type (untyped callers) is written as csv-stringify writes it',
    (flags) => {
      const rows = flags.map((f) => ({ case_id: f as unknown as CsvCell, total_amount: 1, note: 'x' }));
      expect([...csvPieces(rows, { columns })].join('')).toBe(csvTable(rows, { columns }));
    },
  );

  test.prop([fc.array(text, { maxLength: 5 })])(
    'a column key that is a path goes through csv-stringify',
    (notes) => {
      const rows = notes.map((n) => ({ 'a.b': n }));
      expect([...csvPieces(rows, { columns: ['a.b'] })].join('')).toBe(csvTable(rows, { columns: ['a.b'] }));
    },
  );
});
