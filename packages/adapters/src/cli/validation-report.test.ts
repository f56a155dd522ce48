import type { Issue, Signal } from '@signaalreis/core';
import { asCents, asPartnerId } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { createValidationTally } from './validation-report';

const signal = {
  partner: { id: asPartnerId('P'), name: 'Partner', sector: 'water' },
  kind: 'early',
  amountCents: asCents(5_000),
  address: { postcode: '7412AB', houseNumber: 1 },
} as Signal;
/** A reader's issue of data row `row` (0: the header), in `column` or the row as a whole. */
const problem = (row: number, code: string, column: string | null = null): Issue => ({
  code,
  path: row === 0 ? ['header', ...(column ? [column] : [])] : ['rows', row, ...(column ? [column] : [])],
  message: { nl: `nl ${code}`, en: code },
  line: row + 1,
});

const feed = (keepRows: boolean) => {
  const tally = createValidationTally(keepRows, 'en');
  tally.onEvent({
    type: 'header',
    delimiter: ';',
    encoding: 'windows-1252',
    columns: [],
    warnings: [problem(0, 'unknown_column', 'x')],
  });
  tally.onEvent({
    type: 'accepted',
    row: 1,
    line: 2,
    lastLine: 2,
    signal,
    flags: [problem(1, 'legal_person', 'legal_form')],
  });
  tally.onEvent({
    type: 'rejected',
    row: 2,
    line: 3,
    lastLine: 3,
    issues: [problem(2, 'invalid_bsn', 'bsn'), problem(2, 'invalid_postcode', 'postcode')],
  });
  tally.onEvent({
    type: 'rejected',
    row: 3,
    line: 5,
    lastLine: 6,
    issues: [problem(3, 'invalid_bsn', 'bsn'), problem(3, 'invalid_bsn', 'bsn')],
  });
  return tally;
};

describe('createValidationTally', () => {
  it('keeps one entry per rejected row, with further problems under "also"', () => {
    const r = feed(true).report('f.csv');
    expect(r.rows).toBe(r.accepted + r.rejected.length);
    expect(r.rejected[0]).toEqual({
      row: 2,
      line: 3,
      column: 'bsn',
      code: 'invalid_bsn',
      message: 'invalid_bsn',
      also: [{ column: 'postcode', code: 'invalid_postcode', message: 'invalid_postcode' }],
    });
    expect(r).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      accepted: 1,
      flagsByCode: { legal_person: 1 },
    });
    expect(r.warnings).toEqual([
      { row: 0, line: 1, column: 'x', code: 'unknown_column', message: 'unknown_column' },
    ]);
    expect(r.flags).toEqual([
      { row: 1, line: 2, column: 'legal_form', code: 'legal_person', message: 'legal_person' },
    ]);
  });

  it('counts a code once per row, and lists the first rows per code', () => {
    const tally = feed(false);
    expect(tally.report('f.csv').rejectedByCode).toEqual({ invalid_bsn: 2, invalid_postcode: 1 });
    expect(tally.rejectedCodes()).toEqual([
      { code: 'invalid_bsn', count: 2, firstRows: [2, 3] },
      { code: 'invalid_postcode', count: 1, firstRows: [2] },
    ]);
  });

  it('keeps counts only (no rows) in text mode, so memory stays small on big files', () => {
    const r = feed(false).report('f.csv');
    expect(r.rejected).toEqual([]);
    expect(r.flags).toEqual([]);
    expect(r.rows).toBe(3);
  });
});
