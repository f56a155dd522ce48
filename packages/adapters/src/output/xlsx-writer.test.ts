// Issue 11: the Excel writer, read back with exceljs — sheets, Dutch titles, number formats, real
// date cells, frozen header, autofilter, widths, and every formula payload neutralised.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { restoreCell } from './csv-cell';
import { FORMULA_PAYLOADS, opensAsFormula } from './formula-payloads.test-support';
import { XLSX_NUMBER_FORMATS, xlsxSheetNames, xlsxWorkbook } from './xlsx-writer';

const DECIMAL = /^-?\d+(\.\d+)?$/;

async function load(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const worklist = {
  name: 'neighbourhood-team/home-visit',
  columns: ['case_id', 'priority', 'deadline', 'total_amount', 'names', 'spacing_days', 'unknown_col'],
  numeric: ['total_amount'],
  rows: [
    {
      case_id: 'C-1',
      priority: 1,
      deadline: '2026-11-09',
      total_amount: '1527.96',
      names: 'J. Jansen',
      spacing_days: '',
      unknown_col: 'x',
    },
    {
      case_id: 'C-2',
      priority: 2,
      deadline: '2027-03-28',
      total_amount: '-3.00',
      names: '=1+1',
      spacing_days: 3,
      unknown_col: 7,
    },
  ],
};

describe('xlsxWorkbook', () => {
  it('writes one sheet per table with Dutch titles, euro and date formats, a frozen header and an autofilter', async () => {
    const capacity = {
      name: 'Capaciteit',
      columns: ['channel', 'per_month', 'used'],
      rows: [{ channel: 'phone', per_month: 'unlimited', used: 3 }],
    };
    const book = await load(await xlsxWorkbook([worklist, capacity]));
    expect(book.worksheets.map((w) => w.name)).toEqual(['neighbourhood-team_home-visit', 'Capaciteit']);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Casus',
      'Prioriteit',
      'Uiterlijk',
      'Totaalbedrag',
      'Namen',
      'Dagen tussen pogingen',
      'unknown_col',
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:G1');
    const c2 = ws.getCell('C2');
    expect(c2.value).toEqual(new Date(Date.UTC(2026, 10, 9))); // a real date cell: exceljs reads a Date
    expect(c2.numFmt).toBe(XLSX_NUMBER_FORMATS.date);
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2027, 2, 28))); // a DST day: no shift
    expect(ws.getCell('D2').value).toBe(1527.96);
    expect(ws.getCell('D2').numFmt).toBe('#,##0.00 [$€-413]');
    expect(ws.getCell('D3').value).toBe(-3);
    expect(ws.getCell('B2').value).toBe(1);
    expect(ws.getCell('F2').value).toBeNull(); // an empty value is an empty cell
    expect(ws.getCell('F3').value).toBe(3);
    expect(ws.getCell('E3').value).toBe("'=1+1");
    expect(ws.getCell('G3').value).toBe(7); // a number stays a number, in any column
    for (let c = 1; c <= 7; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(8);
    const cap = book.worksheets[1] as ExcelJS.Worksheet;
    expect(cap.getCell('B2').value).toBe('unlimited'); // text in a number column stays text
    expect(cap.getCell('C2').value).toBe(3);
  });

  it('neutralises every formula payload in every text cell and title, and none is stored as a formula', async () => {
    // total_amount is an amount column: a plain decimal there ('-1') is written as the number it is
    const rows = FORMULA_PAYLOADS.map((p) => ({
      names: p,
      total_amount: DECIMAL.test(p) ? `x${p}` : p,
      deadline: p,
      '=evil': p,
    }));
    const book = await load(
      await xlsxWorkbook([{ name: '=sheet', columns: ['names', 'total_amount', 'deadline', '=evil'], rows }]),
    );
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        texts.push(String(cell.value));
      }),
    );
    expect(texts.filter(opensAsFormula)).toEqual([]);
    expect(ws.getCell('D1').value).toBe("'=evil");
    for (const column of ['A', 'B', 'C', 'D'])
      expect(
        FORMULA_PAYLOADS.map((_, i) => restoreCell(String(ws.getCell(`${column}${i + 2}`).value))),
      ).toEqual(column === 'B' ? rows.map((r) => r.total_amount) : FORMULA_PAYLOADS); // CR and all
  });

  it('keeps characters XML cannot hold, as Excel does (_xHHHH_), instead of dropping them', async () => {
    const book = await load(
      await xlsxWorkbook([{ name: 'S', columns: ['names'], rows: [{ names: 'a\u0001b_x0041_c' }] }]),
    );
    expect(book.worksheets[0]?.getCell('A2').value).toBe('a\u0001b_x0041_c'); // stored as a_x0001_b_x005F_x0041_c
  });

  it('makes sheet names Excel accepts: no \\ / ? * [ ] :, at most 31 characters, unique without regard to case', () => {
    expect(
      xlsxSheetNames(['team/phone', 'Team/Phone', 'history', '', "'quoted'", 'x'.repeat(40), 'x'.repeat(40)]),
    ).toEqual([
      'team_phone',
      'Team_Phone (2)',
      'history (2)',
      'Blad',
      'quoted',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
  });

  it('writes a workbook Excel can open also without tables (one empty sheet)', async () => {
    const book = await load(await xlsxWorkbook([]));
    expect(book.worksheets).toHaveLength(1);
  });
});
