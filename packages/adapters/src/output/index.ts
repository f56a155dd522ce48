// Public API of adapters/output: how signaalreis writes files — spreadsheet-safe CSV, injective file
// names, and output folders written as one set with a manifest (docs/security.md).

export type { WrittenFile } from './atomic-file';
export { FORMULA_TRIGGERS, neutraliseCell, restoreCell } from './csv-cell';
export { type CsvCell, type CsvTableOptions, csvTable } from './csv-writer';
export { feedbackFileName, safeFileStem } from './file-names';
export { MANIFEST_NAME, type OutputManifest, OutputManifestSchema } from './manifest';
export { writeOutputFile } from './output-file';
export {
  type FolderWrite,
  type OutputFile,
  type OutputOptions,
  recoverOutputFolder,
  writeOutputFolder,
} from './output-folder';
