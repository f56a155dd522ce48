import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './csv-cell';
import { csvTable } from './csv-writer';
import { FORMULA_PAYLOADS, opensAsFormula } from './formula-payloads.test-support';

const back = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('csvTable', () => {
  it('neutralises every payload in every text column, header included', () => {
    const rows = FORMULA_PAYLOADS.map((p) => ({ name: p, city: `${p}`, id: p }));
    const text = csvTable(rows, { columns: ['name', 'city', 'id', '=evil'] });
    const cells = (parse(text) as string[][]).flat();
    expect(cells.filter(opensAsFormula)).toEqual([]);
    expect(cells.slice(0, 4)).toEqual(['name', 'city', 'id', "'=evil"]);
    expect(back(text).map((r) => r.name)).toEqual(FORMULA_PAYLOADS.map(neutraliseCell));
    expect(back(text).map((r) => restoreCell(r.name ?? ''))).toEqual(FORMULA_PAYLOADS);
  });

  it('numbers stay numbers: negative numbers, and plain decimals in a numeric column', () => {
    const text = csvTable(
      [
        { n: -12.5, amount: '-3.00', note: '-3.00' },
        { n: 0, amount: '-1+2', note: '' },
        { n: Number.NaN, amount: undefined, note: null },
      ],
      { columns: ['n', 'amount', 'note'], numeric: ['amount'] },
    );
    expect(text).toBe("n,amount,note\n-12.5,-3.00,'-3.00\n0,'-1+2,\nNaN,,\n");
  });

  it('writes the example of its documentation', () => {
    expect(
      csvTable([{ name: '=HYPERLINK("http://x")', amount: -12.5, total: '-3.00' }], {
        columns: ['name', 'amount', 'total'],
        numeric: ['total'],
      }),
    ).toBe('name,amount,total\n"\'=HYPERLINK(""http://x"")",-12.5,-3.00\n');
  });

  it('writes the header when there are no rows', () => {
    expect(csvTable([], { columns: ['case_id', 'event'] })).toBe('case_id,event\n');
  });
});
