// Issue 11: signal files as Excel workbooks — the same rows, issues and limits as the CSV reader,
// cells read by what Excel stores, and every kind of bad workbook refused with a reason.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asIsoDate, type Issue } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { importSignalsCsv } from '../csv/import-signals';
import {
  excelJsFile,
  fileWith,
  HEADER,
  type RawCell,
  rawRow,
  rawWorkbookParts,
  VALID,
  zipBytes,
} from './fixtures.test-support';
import { importSignalsXlsxFile } from './import-signals-xlsx';
import {
  type ReadSignalsXlsxOptions,
  readSignalsXlsxFile,
  type XlsxSignalImportEvent,
} from './read-signals-xlsx';

const today = asIsoDate('2026-11-01');
const DATA = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));

async function events(path: string, options: ReadSignalsXlsxOptions = {}): Promise<XlsxSignalImportEvent[]> {
  const out: XlsxSignalImportEvent[] = [];
  for await (const e of readSignalsXlsxFile(path, { today, ...options })) out.push(e);
  return out;
}
const fatalCodes = (es: XlsxSignalImportEvent[]) =>
  es.flatMap((e) => (e.type === 'fatal' ? e.issues.map((i) => i.code) : []));
const rejected = (es: XlsxSignalImportEvent[]) =>
  es.flatMap((e) => (e.type === 'rejected' ? [{ row: e.row, line: e.line, issues: e.issues }] : []));

/** A raw workbook of one sheet "Signalen": the header in row 1 and `rows` from row 2 on. */
const rawFile = (rows: readonly (readonly RawCell[])[], options: { date1904?: boolean } = {}) =>
  fileWith(
    zipBytes(
      rawWorkbookParts(
        [{ name: 'Signalen', sheetData: [HEADER, ...rows].map((r, i) => rawRow(i + 1, r)).join('') }],
        options,
      ),
    ),
  );
const withCell = (index: number, cell: RawCell): RawCell[] => VALID.map((v, i) => (i === index ? cell : v));
const col = (name: string) => HEADER.indexOf(name);

describe('the example workbook reads as the example CSV (issue 11)', () => {
  it('accepts the same 242 signals (ids, amounts, dates, everything) and rejects the same rows for the same reasons', async () => {
    const x = await importSignalsXlsxFile(`${DATA}signals-2026-10.xlsx`, { today });
    const c = await importSignalsCsv(readFileSync(`${DATA}signals-2026-10.csv`), { today });
    if (!x.ok || !c.ok) throw new Error('the example files must read');
    expect(x.value.rows).toBe(250);
    expect(x.value.accepted).toEqual(c.value.accepted);
    const reasons = (rows: { row: number; issues: Issue[] }[]) =>
      rows.map((r) => [r.row, r.issues.map((i) => i.code)]);
    expect(reasons(x.value.rejectedRows)).toEqual(reasons(c.value.rejectedRows));
    expect(x.value.flags.map((f) => f.code)).toEqual(c.value.flags.map((f) => f.code));
    // the line is the Excel row: the data row plus the header row
    for (const r of x.value.rejectedRows) expect(r.line).toBe(r.row + 1);
    // paths name the column as written in the sheet (Dutch headers)
    expect(x.value.rejectedRows.find((r) => r.row === 28)?.issues[0]?.path).toEqual(['rows', 28, 'BSN']);
    expect(x.value.rejectedRows.find((r) => r.row === 28)?.issues[0]?.message.nl).toContain('****');
  });
});

describe('what is read how', () => {
  it('reads typed cells: euro numbers, date cells (own and built-in formats), counts, and text as the CSV reader does', async () => {
    const path = rawFile([
      withCell(col('amount'), 1527.96),
      [
        'ZV-2',
        'ZV',
        'zorg',
        'vroegsignaal',
        { n: 46321, s: 1 },
        { n: 46235, s: 2 },
        '€ 1.527,96',
        'Jansen',
        '7411 AB',
        12,
      ],
      ['ZV-3', 'ZV', 'zorg', 'vroegsignaal', '2026-10-26', '1/8/2026', 0.05, 'Jansen', '7411 AB', '12a'],
    ]);
    const r = await importSignalsXlsxFile(path, { today });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.rejectedRows).toEqual([]);
    expect(r.value.accepted.map((s) => [s.signalId, s.amountCents, s.signalDate, s.arrearSince])).toEqual([
      ['ZV-1', 152796, '2026-10-26', '2026-08-01'],
      ['ZV-2', 152796, '2026-10-26', '2026-08-01'],
      ['ZV-3', 5, '2026-10-26', '2026-08-01'],
    ]);
    expect(r.value.accepted[1]?.address.houseNumber).toBe(12);
  });

  it('rejects numbers with more than two decimals, never rounds them (12.345, 0.1+0.2)', async () => {
    const path = rawFile(
      [withCell(col('amount'), 12.345), withCell(col('amount'), 0.30000000000000004)].map((r, i) =>
        r.map((c, j) => (j === 0 ? `ZV-${i}` : c)),
      ),
    );
    const rows = rejected(await events(path));
    expect(rows.map((r) => r.issues.map((i) => [i.code, i.path]))).toEqual([
      [['invalid_amount', ['rows', 1, 'amount']]],
      [['invalid_amount', ['rows', 2, 'amount']]],
    ]);
    expect(rows[0]?.issues[0]?.message.nl).toContain('cel G2');
  });

  it("rejects 29 February 1900 (serial 60) and dates outside Excel's calendar, reads the 1904 system", async () => {
    const bad = rawFile([
      withCell(col('arrear_since'), { n: 60, s: 1 }),
      ['ZV-9', ...withCell(col('arrear_since'), { n: 0, s: 1 }).slice(1)],
    ]);
    expect(rejected(await events(bad)).map((r) => r.issues.map((i) => i.code))).toEqual([
      ['invalid_date'],
      ['invalid_date'],
    ]);
    const mac = rawFile([withCell(col('signal_date'), { n: 44859, s: 1 })], { date1904: true });
    const r = await importSignalsXlsxFile(mac, { today });
    expect(r.ok && r.value.accepted[0]?.signalDate).toBe('2026-10-26');
  });

  it('names the wrong type of cell and what to do: a date in a text column (house number 12-2), a plain number as a date, TRUE, #N/A', async () => {
    const path = rawFile([
      withCell(col('house_number'), { n: 46430, s: 1 }),
      ['ZV-2', ...withCell(col('signal_date'), 46321).slice(1)],
      ['ZV-3', ...withCell(col('surname'), { xml: '<v>1</v>', t: 'b' }).slice(1)],
      ['ZV-4', ...withCell(col('amount'), { xml: '<v>#N/A</v>', t: 'e' }).slice(1)],
    ]);
    const rows = rejected(await events(path));
    expect(rows.map((r) => r.issues.map((i) => [i.code, i.path[2]]))).toEqual([
      [['cell_type', 'house_number']],
      [['cell_type', 'signal_date']],
      [['cell_type', 'surname']],
      [['cell_error', 'amount']],
    ]);
    expect(rows[0]?.issues[0]?.message.nl).toContain('Tekst');
    expect(rows[1]?.issues[0]?.message.en).toContain('date format');
  });

  it('reads a formula by its cached result (never evaluates it) and rejects one without', async () => {
    const path = rawFile([
      withCell(col('amount'), { xml: '<f>1000+527.96</f><v>1527.96</v>' }),
      [
        'ZV-2',
        ...withCell(col('surname'), { xml: '<f>"Jan"&amp;"sen"</f><v>Jansen</v>', t: 'str' }).slice(1),
      ],
      ['ZV-3', ...withCell(col('amount'), { xml: '<f>1+1</f>' }).slice(1)],
    ]);
    const es = await events(path);
    const accepted = es.flatMap((e) => (e.type === 'accepted' ? [e.signal] : []));
    expect(accepted.map((s) => [s.amountCents, s.person.surname])).toEqual([
      [152796, 'Jansen'],
      [31250, 'Jansen'],
    ]);
    expect(rejected(es).map((r) => r.issues.map((i) => i.code))).toEqual([['formula_without_value']]);
  });

  it('lists every issue of a rejected row: an unreadable cell and the CSV checks of the other cells', async () => {
    const row = withCell(col('amount'), 1.234);
    row[col('postcode')] = '7411';
    const [r] = rejected(await events(rawFile([row])));
    expect(r?.issues.map((i) => [i.code, i.path[2]])).toEqual([
      ['invalid_amount', 'amount'],
      ['invalid_postcode', 'postcode'],
    ]);
  });

  it("skips empty rows (row numbers stay Excel's), rejects values right of the header, and undoes _xHHHH_ escapes", async () => {
    const path = fileWith(
      zipBytes(
        rawWorkbookParts([
          {
            name: 'Signalen',
            sheetData: [
              rawRow(3, HEADER), // header below two empty rows
              rawRow(4, VALID),
              rawRow(5, ['', '', '  ']),
              rawRow(7, ['ZV-2', ...VALID.slice(1), '', 'notitie']),
              rawRow(8, ['ZV-3', ...withCell(col('surname'), 'Jan_x0000_sen').slice(1)]),
              rawRow(9, ['ZV-4', ...withCell(col('surname'), 'Jan_x005F_x0041_sen').slice(1)]),
            ].join(''),
          },
        ]),
      ),
    );
    const es = await events(path);
    expect(es[0]).toMatchObject({ type: 'header', sheet: 'Signalen' });
    expect(
      es.slice(1).map((e) => (e.type === 'fatal' || e.type === 'header' ? e.type : [e.type, e.row, e.line])),
    ).toEqual([
      ['accepted', 1, 4],
      ['rejected', 2, 7],
      ['rejected', 3, 8],
      ['accepted', 4, 9],
    ]);
    const rows = rejected(es);
    expect(rows[0]?.issues.map((i) => [i.code, i.path])).toEqual([['column_count', ['rows', 2]]]);
    expect(rows[0]?.issues[0]?.message.nl).toContain('L7');
    expect(rows[1]?.issues.map((i) => i.code)).toEqual(['control_character']);
    const last = es.at(-1);
    expect(last?.type === 'accepted' && last.signal.person.surname).toBe('Jan_x0041_sen');
  });

  it('applies the CSV limits: a cell longer than its column allows, a row over 10,000 characters', async () => {
    const long = rawFile([withCell(col('surname'), 'x'.repeat(201))]);
    expect(rejected(await events(long))[0]?.issues.map((i) => i.code)).toEqual(['too_long']);
    const wide = fileWith(
      zipBytes(
        rawWorkbookParts([
          {
            name: 'S',
            sheetData:
              rawRow(1, [...HEADER, ...Array.from({ length: 11 }, (_, i) => `extra${i}`)]) +
              rawRow(2, [...VALID, ...Array.from({ length: 11 }, () => 'y'.repeat(1000))]),
          },
        ]),
      ),
    );
    expect(rejected(await events(wide))[0]?.issues.map((i) => [i.code, i.path])).toEqual([
      ['record_too_long', ['rows', 1]],
    ]);
  });
});

describe('sheets', () => {
  const book = () =>
    excelJsFile([
      { name: 'Verborgen', state: 'hidden', rows: [HEADER, ['H-1', ...VALID.slice(1)]] },
      { name: 'Signalen', rows: [HEADER, VALID] },
      { name: 'Toelichting', rows: [['Dit blad is uitleg']] },
    ]);

  it('reads the first visible sheet, and warns that the other sheets were not read', async () => {
    const es = await events(await book());
    expect(es[0]).toMatchObject({ type: 'header', sheet: 'Signalen' });
    const header = es[0];
    expect(header?.type === 'header' && header.warnings.map((w) => w.code)).toEqual(['other_sheets']);
    expect(es[1]?.type === 'accepted' && es[1].signal.signalId).toBe('ZV-1');
  });

  it('reads the sheet --sheet names, hidden or not, whatever its case', async () => {
    const es = await events(await book(), { sheet: 'verborgen' });
    expect(es[1]?.type === 'accepted' && es[1].signal.signalId).toBe('H-1');
  });

  it('lists the sheets (at most ten, excerpted) when the named sheet is not there', async () => {
    const names = Array.from({ length: 12 }, (_, i) => ({ name: `Blad ${i + 1}`, rows: [['x']] }));
    const es = await events(await excelJsFile(names), { sheet: 'Oktober' });
    expect(fatalCodes(es)).toEqual(['sheet_not_found']);
    const message = es[0]?.type === 'fatal' ? es[0].issues[0]?.message : undefined;
    expect(message?.nl).toContain('"Blad 1", "Blad 2"');
    expect(message?.nl).toContain('en nog 2');
    expect(message?.en).not.toContain('Blad 11');
  });

  it('refuses an empty sheet and a sheet without the required columns like the CSV reader', async () => {
    expect(fatalCodes(await events(await excelJsFile([{ name: 'Leeg', rows: [] }])))).toEqual(['empty_file']);
    const noAmount = HEADER.filter((h) => h !== 'amount');
    expect(fatalCodes(await events(await excelJsFile([{ name: 'S', rows: [noAmount] }])))).toEqual([
      'missing_column',
    ]);
  });
});

describe('bad workbooks (issue 11)', () => {
  it('refuses a file that is no workbook, an old .xls, a password-protected workbook, a zip that is no workbook', async () => {
    expect(fatalCodes(await events(fileWith('signal_id,partner_id\n1,2\n')))).toEqual(['not_xlsx']);
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const xls = await events(fileWith(cfb));
    expect(fatalCodes(xls)).toEqual(['not_xlsx']);
    expect(xls[0]?.type === 'fatal' && xls[0].issues[0]?.message.nl).toContain('.xls');
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 2000);
    const locked = await events(fileWith(cfb));
    expect(fatalCodes(locked)).toEqual(['encrypted_workbook']);
    expect(locked[0]?.type === 'fatal' && locked[0].issues[0]?.message.nl).toContain('wachtwoord');
    const docx = zipBytes([{ name: 'word/document.xml', data: '<w:document/>' }]);
    expect(fatalCodes(await events(fileWith(docx)))).toEqual(['not_xlsx']);
  });

  it('refuses a truncated or damaged archive and broken XML, and says so', async () => {
    const good = zipBytes(rawWorkbookParts([{ name: 'S', sheetData: rawRow(1, HEADER) + rawRow(2, VALID) }]));
    expect(fatalCodes(await events(fileWith(good.subarray(0, good.length - 30))))).toEqual(['not_xlsx']);
    const parts = rawWorkbookParts([
      { name: 'S', sheetData: `${rawRow(1, HEADER)}${rawRow(2, VALID)}<row r="3"><c` },
    ]);
    const broken = await events(fileWith(zipBytes(parts)));
    expect(fatalCodes(broken)).toEqual(['not_xlsx']);
    expect(broken.at(-1)?.type === 'fatal' && broken.at(-1)).toMatchObject({
      issues: [{ message: { en: expect.stringContaining('xl/worksheets/sheet1.xml') } }],
    });
    // a sheet cut off after a complete row is damaged, not a shorter sheet: the rows read stand, then a fatal event
    const cut = parts.map((p) =>
      p.name.includes('worksheets')
        ? { ...p, data: String(p.data).replace('</sheetData></worksheet>', '') }
        : p,
    );
    const es = await events(fileWith(zipBytes(cut)));
    expect(es.map((e) => e.type)).toEqual(['header', 'accepted', 'fatal']);
    expect(fatalCodes(es)).toEqual(['not_xlsx']);
  });

  it('refuses a zip bomb by the sizes the archive declares, before unpacking it', async () => {
    const filler = '<x/>'.repeat(1_000_000); // 4 MB of XML that packs into a few KB
    const bytes = zipBytes(
      rawWorkbookParts([{ name: 'S', sheetData: rawRow(1, HEADER) + rawRow(2, VALID) + filler }]),
    );
    expect(bytes.length).toBeLessThan(100_000);
    const es = await events(fileWith(bytes), { limits: { worksheetBytes: 1024 * 1024 } });
    expect(es.map((e) => e.type)).toEqual(['fatal']);
    expect(fatalCodes(es)).toEqual(['xlsx_too_large']);
  });

  it('refuses a part that unpacks to more than it declares (yauzl checks while unpacking)', async () => {
    const parts = rawWorkbookParts([{ name: 'S', sheetData: rawRow(1, HEADER) + rawRow(2, VALID) }]);
    const lying = parts.map((p) => (p.name.includes('worksheets') ? { ...p, declaredSize: 200 } : p));
    expect(fatalCodes(await events(fileWith(zipBytes(lying))))).toEqual(['not_xlsx']);
  });

  it('refuses a shared string or cell longer than the XML token limit, and too many parts', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const parts = rawWorkbookParts(
      [{ name: 'S', sheetData: rawRow(1, HEADER) + rawRow(2, [{ xml: '<v>0</v>', t: 's' }]) }],
      {
        sharedStrings: [huge],
      },
    );
    expect(fatalCodes(await events(fileWith(zipBytes(parts))))).toEqual(['xlsx_too_large']);
    const small = rawWorkbookParts([{ name: 'S', sheetData: rawRow(1, HEADER) }]);
    expect(fatalCodes(await events(fileWith(zipBytes(small)), { limits: { entries: 2 } }))).toEqual([
      'xlsx_too_large',
    ]);
  });

  it('never loosens its limits when asked to (a caller can only make them stricter)', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `<row r="${i + 3}"/>`).join('');
    const bytes = zipBytes(
      rawWorkbookParts([{ name: 'S', sheetData: rawRow(1, HEADER) + rawRow(2, VALID) + rows }]),
    );
    const es = await events(fileWith(bytes), { limits: { xmlTokenBytes: 10, worksheetBytes: 1e12 } });
    expect(fatalCodes(es)).toEqual(['xlsx_too_large']);
  });

  it('fails on a today that is not a real date, like the CSV reader', async () => {
    const es = await events(rawFile([VALID]), { today: '2026-02-30' as never });
    expect(es).toHaveLength(1);
    expect(es[0]?.type === 'fatal' && es[0].issues[0]?.path).toEqual(['today']);
  });
});
