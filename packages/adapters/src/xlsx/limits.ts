// Limits of the Excel reader. Source of every number: project default (docs/formats/signals-xlsx.md,
// "Limits"). An .xlsx file is a zip archive of XML: a few megabytes on disk can unpack to gigabytes
// ("zip bomb"), and one shared string or cell can be as long as the archive allows. The reader checks
// the unpacked sizes the archive declares before reading anything, yauzl refuses an entry that unpacks
// to more than it declared, and no XML text or tag may be longer than `xmlTokenBytes`, so memory stays
// bounded whatever the file holds.

/**
 * The limits of the Excel signal reader (project defaults), in bytes unless said otherwise.
 *
 * @example
 * ```ts
 * import { XLSX_LIMITS } from '@signaalreis/adapters/xlsx';
 * XLSX_LIMITS.worksheetBytes / 2 ** 20; // 1024 (MiB of unpacked XML in the sheet that is read)
 * ```
 */
export const XLSX_LIMITS: XlsxLimits = {
  /** Parts (zip entries) in the workbook. Excel writes about 10 plus one per sheet. */
  entries: 10_000,
  /** The unpacked XML of the sheet that is read: about 1.5 million signal rows. It is streamed. */
  worksheetBytes: 1024 * 1024 * 1024,
  /** The unpacked shared-strings table, which is kept in memory while the sheet is read. */
  sharedStringsBytes: 256 * 1024 * 1024,
  /** Each of the other parts that are read (workbook, relationships, styles). */
  partBytes: 32 * 1024 * 1024,
  /** One XML text or tag: far above a row's 10,000 characters, far below what fills memory. */
  xmlTokenBytes: 1024 * 1024,
};

/**
 * The limits of the Excel reader; {@link XLSX_LIMITS} holds the defaults. A caller may pass stricter
 * ones (`readSignalsXlsxFile(path, { limits: { worksheetBytes: 64 * 2 ** 20 } })`), e.g. a service that
 * accepts smaller uploads.
 *
 * @example
 * ```ts
 * import type { XlsxLimits } from '@signaalreis/adapters/xlsx';
 * const small: Partial<XlsxLimits> = { worksheetBytes: 64 * 1024 * 1024, sharedStringsBytes: 16 * 1024 * 1024 };
 * ```
 */
export interface XlsxLimits {
  /** Parts (zip entries) in the workbook. */
  entries: number;
  /** Unpacked bytes of the sheet that is read (streamed). */
  worksheetBytes: number;
  /** Unpacked bytes of the shared-strings table (held in memory). */
  sharedStringsBytes: number;
  /** Unpacked bytes of each other part that is read (workbook, relationships, styles). */
  partBytes: number;
  /** Bytes of one XML text or tag. */
  xmlTokenBytes: number;
}
