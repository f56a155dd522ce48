// Public API of adapters/files (`@signaalreis/adapters/files`), Node only: reading the files a user
// gives from disk — signal CSV files (streamed), lookup CSV files, and JSON files under limits. What
// is read is parsed by the file-free parts (../csv, ../lookups, ../ledger, ../cases).

export {
  type JsonFilePartsOptions,
  type JsonHand,
  type JsonPath,
  readJsonFileInParts,
} from './json-file-parts';
export {
  loadDebtAssistanceCsv,
  loadPopulationRegisterCsv,
  loadStreetsCsv,
  readCsvText,
} from './lookup-files';
export { JSON_FILE_LIMITS, type ReadJsonFileOptions, readJsonFile, readJsonText } from './read-json-file';
export { readSignalsFile } from './read-signals-file';
export { textLines } from './text-lines';
