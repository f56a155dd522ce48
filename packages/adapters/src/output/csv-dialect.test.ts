// Issue 11: `--csv-dialect excel-nl` — `;`, decimal comma, UTF-8 byte-order mark, CRLF — parsed back
// with csv-parse; the same neutralisation as the default dialect.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { restoreCell } from './csv-cell';
import { csvTable } from './csv-writer';
import { FORMULA_PAYLOADS, opensAsFormula } from './formula-payloads.test-support';

const rows = [
  { case_id: 'C-1', total_amount: '1527.96', priority: 2, name: 'Daniëls; "Jan"', note: '€ 12,50' },
  { case_id: 'C-2', total_amount: '-3.00', priority: -1.5, name: 'regel 1\nregel 2', note: '-3.00' },
];
const options = {
  columns: ['case_id', 'total_amount', 'priority', 'name', 'note'],
  numeric: ['total_amount'],
};

describe('csvTable, dialect excel-nl', () => {
  it('writes ; and CRLF after a UTF-8 byte-order mark, with decimal commas in numbers and numeric columns only', () => {
    const text = csvTable(rows, { ...options, dialect: 'excel-nl' });
    expect(text.startsWith('\uFEFFcase_id;total_amount;priority;name;note\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').includes('\n\n')).toBe(false);
    const back = parse(text, {
      bom: true,
      delimiter: ';',
      columns: true,
      record_delimiter: '\r\n',
    }) as Record<string, string>[];
    expect(back).toEqual([
      { case_id: 'C-1', total_amount: '1527,96', priority: '2', name: 'Daniëls; "Jan"', note: '€ 12,50' },
      { case_id: 'C-2', total_amount: '-3,00', priority: '-1,5', name: 'regel 1\nregel 2', note: "'-3.00" },
    ]);
  });

  it('neutralises every formula payload as the default dialect does (header included), and they come back', () => {
    // in the numeric column a plain decimal ('-1') is a number and stays one: give it text instead
    const payloadRows = FORMULA_PAYLOADS.map((p) => ({
      name: p,
      total_amount: /^-?\d+(\.\d+)?$/.test(p) ? `x${p}` : p,
    }));
    const text = csvTable(payloadRows, {
      columns: ['name', 'total_amount', '=evil'],
      numeric: ['total_amount'],
      dialect: 'excel-nl',
    });
    const cells = (parse(text, { bom: true, delimiter: ';' }) as string[][]).flat();
    expect(cells.filter(opensAsFormula)).toEqual([]);
    const back = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(back.map((r) => restoreCell(r.name ?? ''))).toEqual(FORMULA_PAYLOADS);
    expect(back.map((r) => restoreCell(r.total_amount ?? ''))).toEqual(
      payloadRows.map((r) => r.total_amount),
    );
  });

  it('quotes a cell with a line break (a worklist explanation of several lines), so that a reader that also ends a row at a lone LF or CR keeps one row', () => {
    // found in issue 14: csv-stringify quotes only the record delimiter itself (CRLF) once one is
    // given, so 'Eindplan' lines of an explanation without a ';' started rows of their own
    const lines = [{ case_id: 'C-1', explanation: 'Brief: brief (gemeente)\nEindplan: brief (gemeente)' }];
    const cr = [{ case_id: 'C-2', explanation: 'a\rb' }];
    for (const r of [lines, cr]) {
      const text = csvTable(r, { columns: ['case_id', 'explanation'], dialect: 'excel-nl' });
      const anyLineEnd = { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'] };
      const back = parse(text, anyLineEnd) as string[][];
      expect(back).toEqual([
        ['case_id', 'explanation'],
        [r[0]?.case_id, r[0]?.explanation],
      ]);
    }
  });

  it('leaves the default dialect as it was: , LF, no byte-order mark, decimal points', () => {
    expect(csvTable(rows.slice(0, 1), options)).toBe(
      'case_id,total_amount,priority,name,note\nC-1,1527.96,2,"Daniëls; ""Jan""","€ 12,50"\n',
    );
    expect(csvTable(rows.slice(0, 1), { ...options, dialect: 'rfc4180' })).toBe(
      csvTable(rows.slice(0, 1), options),
    );
  });
});
