// Lines whose quotes are simple are split by the reader itself (simple-fields.ts), not by csv-parse:
// a text of such lines — fields plain or quoted whole with doubled quotes inside, blanks, a no-break
// space, a byte-order mark, both delimiters — must give the records csv-parse reads from the whole
// text, with or without trim, however it is cut. And the fields of any line the reader splits itself
// are those csv-parse reads from that line alone.
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { CsvRecordReader } from './records';
import { simpleFields } from './simple-fields';

const unit = fc.constantFrom('a', 'Ç', ' ', '\t', '\u00A0', '\uFEFF', ',', ';', '😀');
const plainField = fc
  .array(
    unit.filter((c) => c !== ',' && c !== ';'),
    { maxLength: 5 },
  )
  .map((p) => p.join(''));
const quotedField = fc
  .array(fc.oneof(unit, fc.constant('""')), { maxLength: 6 })
  .map((p) => `"${p.join('')}"`);
const line = (d: string) =>
  fc.array(fc.oneof(plainField, quotedField), { minLength: 1, maxLength: 5 }).map((fs) => fs.join(d));
const options = (delimiter: string, trim: boolean) => ({
  delimiter,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
  trim,
});

test.prop(
  [
    fc
      .constantFrom(',', ';')
      .chain((d) =>
        fc.tuple(
          fc.constant(d),
          fc.array(fc.tuple(line(d), fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 8 }),
        ),
      ),
    fc.boolean(),
    fc.array(fc.nat(), { maxLength: 6 }),
  ],
  { numRuns: 3000 },
)(
  'a text of simply quoted lines: the records csv-parse reads, whatever the chunking',
  ([d, lines], trim, cuts) => {
    const s = lines.map(([l, b]) => l + b).join('');
    const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
    const chunks = [...points, s.length].map((p, i, all) => s.slice(i === 0 ? 0 : all[i - 1], p));
    const reader = new CsvRecordReader({ delimiter: d as ',' | ';', trim });
    const events = [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
    const expected = parse(new TextEncoder().encode(s), options(d, trim)) as string[][];
    expect(events.map((e) => (e.type === 'record' ? e.fields : e))).toEqual(expected);
  },
);

// any line at all, from the pieces CSV is made of
const anyLine = fc
  .array(fc.constantFrom('a', ' ', '\t', '\u00A0', '\uFEFF', ',', ';', '"', '""', '"a"', ' "b" '), {
    maxLength: 12,
  })
  .map((p) => p.join(''));
test.prop([anyLine, fc.constantFrom(',', ';'), fc.boolean()], { numRuns: 3000 })(
  'a line split without csv-parse has the fields csv-parse reads from it',
  (l, d, trim) => {
    const fields = simpleFields(l, d, trim);
    if (fields === undefined) return;
    const [expected = ['']] = parse(new TextEncoder().encode(l), options(d, trim)) as string[][];
    expect(fields).toEqual(expected);
  },
);
