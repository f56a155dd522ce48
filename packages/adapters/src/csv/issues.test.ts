// Where an issue of a CSV reader is: its path, read back into row and column (docs/formats/signals-csv.md).
import { csvIssuePlace, importSignalsCsv, SIGNAL_CSV_FIELDS } from '@signaalreis/adapters';
import { describe, expect, it } from 'vitest';
import { csv, fatalOf, goodRow, okValue, TODAY } from './fixtures.test-support';
import { fileIssue, headerIssue, rowIssue } from './issues';

const m = { nl: 'x', en: 'y' };

describe('csvIssuePlace', () => {
  it('reads row and column from the four kinds of path', () => {
    expect(csvIssuePlace(rowIssue(3, 4, 'bsn', 'invalid_bsn', m))).toEqual({ row: 3, column: 'bsn' });
    expect(csvIssuePlace(rowIssue(3, 4, null, 'column_count', m))).toEqual({ row: 3, column: null });
    expect(csvIssuePlace(headerIssue(1, 'amount', 'missing_column', m))).toEqual({
      row: 0,
      column: 'amount',
    });
    expect(csvIssuePlace(headerIssue(1, null, 'unbalanced_quote', m))).toEqual({ row: 0, column: null });
    expect(csvIssuePlace(fileIssue('empty_file', m))).toEqual({ row: 0, column: null });
  });

  it('keeps the header as written in the file (a Dutch header stays Dutch)', async () => {
    const text = csv([goodRow(1, { bsn: '123456789' })]).replace('bsn,', 'Burgerservicenummer,');
    const r = okValue(await importSignalsCsv(text, { today: TODAY }));
    expect(r.rejected.map((i) => [i.path, i.line, csvIssuePlace(i)])).toEqual([
      [['rows', 1, 'Burgerservicenummer'], 2, { row: 1, column: 'Burgerservicenummer' }],
    ]);
  });

  it('places header and file problems on row 0', async () => {
    const missing = fatalOf(
      await importSignalsCsv(`${SIGNAL_CSV_FIELDS.filter((f) => f !== 'kind').join(',')}\n`),
    );
    expect(missing.map((i) => [i.path, i.line, csvIssuePlace(i)])).toEqual([
      [['header', 'kind'], 1, { row: 0, column: 'kind' }],
    ]);
    const empty = fatalOf(await importSignalsCsv(''));
    expect(empty.map((i) => [i.path, csvIssuePlace(i)])).toEqual([[[], { row: 0, column: null }]]);
  });
});
