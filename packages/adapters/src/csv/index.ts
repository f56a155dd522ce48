// Public API of adapters/csv: curated named exports.
export type { CsvEncoding } from './decode';
export {
  normaliseHeader,
  REQUIRED_SIGNAL_CSV_FIELDS,
  SIGNAL_CSV_ALIASES,
  SIGNAL_CSV_FIELDS,
  type SignalCsvField,
} from './headers';
export { importSignalsCsv, type SignalImport } from './import-signals';
export type { RowProblem } from './problem';
export {
  type ReadSignalsOptions,
  readSignalsFile,
  type SignalImportEvent,
  streamSignalsCsv,
  todayInAmsterdam,
} from './read-signals';
export {
  type Parsed,
  parseAmount,
  parseCount,
  parseDate,
  parseKind,
  parseLegalForm,
  parseSector,
} from './values';
