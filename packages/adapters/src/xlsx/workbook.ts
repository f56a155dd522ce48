// The workbook side of reading an .xlsx: which sheets it has, which one to read, and the rows of that
// sheet as exceljs reads them, streamed. The archive is opened by ./zip.ts (limits, no temporary
// files); the XML of the parts is parsed by exceljs 4.4.0's streaming reader (its WorkbookReader's
// part parsers, fed in the order needed: relationships, workbook, styles, shared strings, then only
// the chosen sheet). exceljs is loaded on first use, so that importing this package stays fast.
import type { Readable } from 'node:stream';
import type { Row } from 'exceljs';
import type { XlsxLimits } from './limits';
import { XLSX_MESSAGES as M } from './messages';
import { type XlsxArchive, XlsxRefused } from './zip';

/** One sheet of a workbook, in tab order. */
export interface XlsxSheetInfo {
  name: string;
  /** `visible`, `hidden` or `veryHidden` (hidden so that only a macro can show it). */
  state: string;
  /** Part name of its XML, or null when it is no worksheet (a chart sheet, a dialog sheet). */
  part: string | null;
}

// The parts of exceljs's streaming WorkbookReader that are used here (exceljs 4.4.0,
// lib/stream/xlsx/workbook-reader.js). They are not in its type declarations.
interface WorkbookReaderParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<{ value: AsyncIterable<Row> }>;
  workbookRels?: { Id: string; Target: string; Type: string }[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

/** An opened workbook: its sheets and whether it counts dates from 1904. */
export interface OpenedWorkbook {
  sheets: XlsxSheetInfo[];
  date1904: boolean;
  /** Streams the rows of one sheet (its shared strings and styles are read first). */
  rows(sheet: XlsxSheetInfo): AsyncIterable<Row>;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** The part a relationship of xl/workbook.xml points at (`worksheets/sheet1.xml` or `/xl/…`). */
const partOf = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** Reads the workbook's relationships and sheet list; the sheets' rows are read on demand. */
export async function openWorkbook(archive: XlsxArchive, limits: XlsxLimits): Promise<OpenedWorkbook> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader('', {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;
  const part = (name: string, limit: number = limits.partBytes) => archive.open(name, limit);
  if (archive.parts.has('xl/_rels/workbook.xml.rels'))
    await reader._parseRels(await part('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(await part('xl/workbook.xml'));
  const rels = reader.workbookRels ?? [];
  const sheets = (reader.model?.sheets ?? []).map((s): XlsxSheetInfo => {
    const rel = rels.find((r) => r.Id === s.rId);
    const target = rel && WORKSHEET_TYPE.test(rel.Type) ? partOf(rel.Target) : null;
    return {
      name: s.name,
      state: s.state ?? 'visible',
      part: target && archive.parts.has(target) ? target : null,
    };
  });
  let prepared = false;
  return {
    sheets,
    date1904: reader.properties?.model?.date1904 === true,
    async *rows(sheet) {
      if (sheet.part === null) return;
      if (!prepared) {
        prepared = true;
        if (archive.parts.has('xl/styles.xml')) await reader._parseStyles(await part('xl/styles.xml'));
        if (archive.parts.has('xl/sharedStrings.xml')) {
          const strings = await part('xl/sharedStrings.xml', limits.sharedStringsBytes);
          for await (const _ of reader._parseSharedStrings(strings)) {
            // 'cache' mode keeps the strings on the reader and yields nothing
          }
        }
      }
      const stream = await archive.open(sheet.part, limits.worksheetBytes, 'worksheet>');
      const sheetNo = /(\d+)\.xml$/.exec(sheet.part)?.[1] ?? '1';
      try {
        for (const { value } of reader._parseWorksheet(stream, sheetNo)) yield* value;
      } catch (error) {
        // the XML parser's message starts with "line:column:"; the text around it is not shown
        if (error instanceof XlsxRefused) throw error;
        const at = error instanceof Error ? /^(\d+:\d+):/.exec(error.message)?.[1] : undefined;
        throw new XlsxRefused({
          code: 'not_xlsx',
          message: M.damaged(at ? `${sheet.part} ${at}` : sheet.part),
        });
      }
    },
  };
}
