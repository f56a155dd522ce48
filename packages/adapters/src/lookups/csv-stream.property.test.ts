// The lookup and ledger CSV readers a chunk at a time against the whole text: the same rows, issues,
// remarks and failure however the text is cut — and the same as the whole-text reader before
// chunks (csv-table.test-support.ts).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MAX_RECORD_CHARS } from '../csv/records';
import { LEDGER_CSV_COLUMNS, LedgerCsvReader, readLedgerCsv } from '../ledger/read-ledger';
import { LookupCsvReader } from './csv-stream';
import type { LookupRow } from './csv-table';
import { wholeLookupCsv } from './csv-table.test-support';

const REQUIRED = ['customer_id', 'partner_id', 'sector', 'amount_open'];
const header = fc.constantFrom(
  LEDGER_CSV_COLUMNS.join(','),
  LEDGER_CSV_COLUMNS.join(';'),
  `${LEDGER_CSV_COLUMNS.slice(0, 10).join(',')},extra column`,
  'customer_id;partner_id;sector', // a required column missing
  'customer_id,"partner_id', // a header that cannot be read
  `customer_id,${'x'.repeat(MAX_RECORD_CHARS + 5)}`, // a header line too long
  '',
);
const cell = fc.constantFrom(
  'K1',
  'EN-A',
  'energie',
  '"120,50"',
  '2',
  '2026-08-01',
  'ja',
  '',
  ' padded ',
  '"a ""quoted"" b"',
  '"two\nlines"',
  '"open',
  'x\u0001y',
  'bad\uFFFDbyte',
  'y'.repeat(120),
);
/** A row that is a valid ledger row under the full header (customer K0–K3: repeats happen). */
const valid = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(',', ';'))
  .map(([n, d]) =>
    [
      `K${n}`,
      'EN-A',
      'energie',
      '"120,50"',
      '',
      '',
      '2',
      '2026-08-01',
      '2026-09-01',
      '2',
      'ja',
      'nee',
      'nee',
      'geen',
      'nee',
      'nee',
      '',
      'ja',
      '',
    ].join(d),
  );
const line = fc.oneof(
  { weight: 4, arbitrary: valid },
  { weight: 6, arbitrary: fc.array(cell, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(',')) },
  { weight: 2, arbitrary: fc.array(cell, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(';')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'z'.repeat(MAX_RECORD_CHARS + 3)) },
);
const breakAfter = fc.constantFrom('\n', '\r\n', '\r');
const text = fc
  .tuple(
    fc.constantFrom('', '\uFEFF'),
    header,
    fc.array(fc.tuple(breakAfter, line), { maxLength: 12 }),
    fc.boolean(),
  )
  .map(
    ([bom, h, lines, trailing]) =>
      `${bom}${h}${lines.map(([b, l]) => b + l).join('')}${trailing ? '\n' : ''}`,
  );

/** `text` cut at `cuts` (positions, taken modulo its length). */
function chunked(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [...points, text.length].map((p, i, all) => text.slice(i === 0 ? 0 : all[i - 1], p));
}

const project = (rows: readonly LookupRow[]) =>
  rows.map((r) => ({
    row: r.row,
    line: r.line,
    issues: r.issues,
    cells: LEDGER_CSV_COLUMNS.map((c) => r.get(c)),
  }));

describe('CSV lookup files a chunk at a time', () => {
  test.prop([text, fc.array(fc.nat(), { maxLength: 10 })], { numRuns: 1500 })(
    'the lookup reader gives what the whole-text reader gave, however the text is cut',
    (s, cuts) => {
      const reader = new LookupCsvReader(REQUIRED, LEDGER_CSV_COLUMNS);
      const rows = chunked(s, cuts).flatMap((c) => reader.push(c));
      rows.push(...reader.end());
      const whole = wholeLookupCsv(s, REQUIRED, LEDGER_CSV_COLUMNS);
      if (!whole.ok) {
        expect(reader.failure).toEqual(whole.issues);
        expect(rows).toEqual([]);
      } else {
        expect(reader.failure).toBeUndefined();
        expect(reader.issues).toEqual(whole.value.issues);
        expect(project(rows)).toEqual(project(whole.value.rows));
      }
    },
  );

  test.prop([text, fc.array(fc.nat(), { maxLength: 10 })], { numRuns: 500 })(
    'the ledger reader gives what readLedgerCsv gives of the whole text',
    (s, cuts) => {
      const reader = new LedgerCsvReader();
      const rows = chunked(s, cuts).flatMap((c) => reader.push(c));
      rows.push(...reader.end());
      const whole = readLedgerCsv(s);
      if (!whole.ok) expect({ failure: reader.failure, rows }).toEqual({ failure: whole.issues, rows: [] });
      else
        expect({ failure: reader.failure, issues: reader.issues, rows }).toEqual({
          failure: undefined,
          ...whole.value,
        });
    },
  );

  test('the generator reaches rows of every kind and each way a file fails', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(text, (s) => {
        const r = readLedgerCsv(s);
        if (!r.ok) for (const i of r.issues) seen.add(`file ${i.code}`);
        else for (const row of r.value.rows) seen.add(row.value ? 'row ok' : `row ${row.issues[0]?.code}`);
      }),
      { numRuns: 1500, seed: 50 },
    );
    for (const code of ['empty_file', 'missing_column', 'unbalanced_quote', 'record_too_long'])
      expect(seen).toContain(`file ${code}`);
    for (const kind of [
      'row ok',
      'row unbalanced_quote',
      'row record_too_long',
      'row control_character',
      'row encoding',
    ])
      expect(seen).toContain(kind);
  });
});
