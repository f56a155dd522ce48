// Cases the record reader once got wrong while lines without quotes got their own path (issue 14);
// each failed before its fix. The properties in records.property.test.ts cover the rest.
import { describe, expect, it } from 'vitest';
import { CsvRecordReader as Exported } from './index';
import { type CsvRecordEvent, CsvRecordReader } from './records';

function read(text: string, options: { trim?: boolean; maxRecordChars?: number } = {}): CsvRecordEvent[] {
  const reader = new CsvRecordReader({ delimiter: ',', ...options });
  return [...reader.push(text), ...reader.end()];
}

describe('CsvRecordReader', () => {
  it('gives what its TSDoc example says (the reader exported by @signaalreis/adapters/csv)', () => {
    const reader = new Exported({ delimiter: ',' });
    expect(reader.push('signal_id,amount\nA-1,"12,50"\nA-2,"7')).toEqual([
      { type: 'record', fields: ['signal_id', 'amount'], line: 1, lastLine: 1 },
      { type: 'record', fields: ['A-1', '12,50'], line: 2, lastLine: 2 },
    ]);
    expect(reader.end()).toEqual([{ type: 'bad', line: 3, code: 'unbalanced_quote', field: 1 }]);
  });

  it('keeps a byte-order mark that starts a line with an open quote on its own line', () => {
    // TextDecoder drops a leading byte-order mark by default; counting it out moved the next line.
    expect(read('\uFEFF,"\n\r\n', { maxRecordChars: 8 })).toEqual([
      { type: 'bad', line: 1, code: 'unbalanced_quote', field: 1 },
      { type: 'record', fields: [''], line: 2, lastLine: 2 },
    ]);
    expect(read('\uFEFF,"\n\r\n')).toEqual([
      { type: 'bad', line: 1, code: 'unbalanced_quote', field: 1 },
      { type: 'record', fields: [''], line: 2, lastLine: 2 },
    ]);
  });

  it('with trim, a last line of blanks without a line break is no record (as csv-parse reads it)', () => {
    expect(read(' ', { trim: true })).toEqual([]);
    expect(read('a\n \t', { trim: true })).toEqual([{ type: 'record', fields: ['a'], line: 1, lastLine: 1 }]);
    expect(read(' \n', { trim: true })).toEqual([{ type: 'record', fields: [''], line: 1, lastLine: 1 }]);
  });

  it('splits a line without quotes as csv-parse would, and reads a quoted one with csv-parse', () => {
    expect(read('a,b\r\n"c,d",e\rf,,\n')).toEqual([
      { type: 'record', fields: ['a', 'b'], line: 1, lastLine: 1 },
      { type: 'record', fields: ['c,d', 'e'], line: 2, lastLine: 2 },
      { type: 'record', fields: ['f', '', ''], line: 3, lastLine: 3 },
    ]);
  });

  it('turns a lone surrogate into U+FFFD on both paths, as the bytes csv-parse reads would', () => {
    expect(read('a\uD800,b\n"c\uDC00",d\n')).toEqual([
      { type: 'record', fields: ['a\uFFFD', 'b'], line: 1, lastLine: 1 },
      { type: 'record', fields: ['c\uFFFD', 'd'], line: 2, lastLine: 2 },
    ]);
  });
});
