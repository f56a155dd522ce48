// Public API of adapters/output: how signaalreis writes files — spreadsheet-safe CSV (two dialects)
// and Excel workbooks, injective file
// names, and output folders written as one set with a manifest (docs/security.md).

export type { OutputData, WrittenFile } from './atomic-file';
export { FORMULA_TRIGGERS, neutraliseCell, restoreCell } from './csv-cell';
export {
  CSV_DIALECTS,
  type CsvCell,
  type CsvDialect,
  type CsvTableOptions,
  csvPieces,
  csvTable,
  type OutputTable,
} from './csv-writer';
export { feedbackFileName, safeFileStem } from './file-names';
export { JsonArrayTexts, jsonElementsText, jsonPieces } from './json-pieces';
export { MANIFEST_NAME, type OutputManifest, OutputManifestSchema } from './manifest';
export { writeOutputFile } from './output-file';
export {
  type FolderWrite,
  type OutputFile,
  type OutputOptions,
  recoverOutputFolder,
  writeOutputFolder,
} from './output-folder';
export { XLSX_COLUMNS, type XlsxColumnKind } from './xlsx-columns';
export { XLSX_NUMBER_FORMATS, type XlsxSheet, xlsxSheetNames, xlsxWorkbook } from './xlsx-writer';
