// Workbooks for tests, written two ways: with exceljs (as a user's file looks), and from raw XML in
// a zip made here (to put exactly the bytes a test needs into a part: serial 60, the 1904 system,
// a formula without a cached value, a part that lies about its size).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { REQUIRED_SIGNAL_CSV_FIELDS } from '../csv/headers';

/** A fresh temporary folder for a test's files. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'signaalreis-xlsx-'));

/** One zip entry; `declaredSize` makes the headers claim another unpacked size than the data has. */
export interface ZipEntry {
  name: string;
  data: string | Buffer;
  declaredSize?: number;
}

/** A zip archive (deflated entries, no data descriptors) of `entries`. */
export function zipBytes(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const packed = deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A raw sheet: its name, visibility and the XML inside `<sheetData>`. */
export interface RawSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  sheetData: string;
}

/**
 * The parts of a minimal workbook: sheets from raw `<sheetData>` XML, shared strings, and styles
 * where style 1 is the date format `dd-mm-yyyy` and style 2 the built-in date format 14.
 */
export function rawWorkbookParts(
  sheets: readonly RawSheet[],
  options: { sharedStrings?: readonly string[]; date1904?: boolean } = {},
): ZipEntry[] {
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" state="${s.state ?? 'visible'}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const strings = options.sharedStrings ?? [];
  return [
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook ${NS} xmlns:r="${R}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${list}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    },
    ...(strings.length > 0
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: `<?xml version="1.0"?><sst ${NS} count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`,
          },
        ]
      : []),
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.sheetData}</sheetData></worksheet>`,
    })),
  ];
}

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export const columnLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

/** `<c>` XML for one cell: inline text, a number (optionally with style `s`), or raw inner XML. */
export type RawCell = string | number | { n: number; s: number } | { xml: string; t?: string; s?: number };

/** A `<row>` of raw cells, starting at column A. */
export function rawRow(r: number, cells: readonly RawCell[]): string {
  const xml = cells
    .map((c, i) => {
      const ref = `${columnLetter(i + 1)}${r}`;
      if (typeof c === 'string')
        return c === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${c}</t></is></c>`;
      if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
      if ('n' in c) return `<c r="${ref}" s="${c.s}"><v>${c.n}</v></c>`;
      return `<c r="${ref}"${c.t ? ` t="${c.t}"` : ''}${c.s ? ` s="${c.s}"` : ''}>${c.xml}</c>`;
    })
    .join('');
  return `<row r="${r}">${xml}</row>`;
}

/** Writes `bytes` to a file in a fresh folder and returns its path. */
export function fileWith(bytes: Uint8Array | string, name = 'signals.xlsx'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The canonical header and one valid row, for building files around. */
export const HEADER: string[] = [...REQUIRED_SIGNAL_CSV_FIELDS];
export const VALID: readonly (string | number)[] = [
  'ZV-1',
  'ZV',
  'zorg',
  'vroegsignaal',
  '26-10-2026',
  '01-08-2026',
  '312,50',
  'Jansen',
  '7411 AB',
  '12',
];

/** Writes a workbook with exceljs: sheets of rows (values as exceljs takes them) and number formats. */
export async function excelJsFile(
  sheets: readonly {
    name: string;
    state?: 'visible' | 'hidden' | 'veryHidden';
    rows: readonly (readonly unknown[])[];
    formats?: Record<string, string>;
  }[],
): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name, { state: s.state ?? 'visible' });
    for (const row of s.rows) ws.addRow([...row]);
    for (const [address, format] of Object.entries(s.formats ?? {})) ws.getCell(address).numFmt = format;
  }
  return fileWith(new Uint8Array(await book.xlsx.writeBuffer()));
}
