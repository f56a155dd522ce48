// Public API of adapters/csv (`@signaalreis/adapters/csv`): reading signal CSV from text, bytes or a
// stream of chunks. No file system and no Node built-ins: it bundles for the browser (the file
// reader `readSignalsFile` is in ../files).
export type { CsvEncoding } from './decode';
export {
  normaliseHeader,
  REQUIRED_SIGNAL_CSV_FIELDS,
  SIGNAL_CSV_ALIASES,
  SIGNAL_CSV_FIELDS,
  type SignalCsvField,
} from './headers';
export { importSignalsCsv, type SignalImport } from './import-signals';
export { csvIssuePlace } from './issues';
export { SIGNAL_CSV_FIELD_MAX_CHARS } from './limits';
export {
  type ReadSignalsOptions,
  type SignalImportEvent,
  streamSignalsCsv,
  todayInAmsterdam,
} from './read-signals';
export {
  type CsvRecordEvent,
  CsvRecordReader,
  type CsvRecordReaderOptions,
  MAX_RECORD_CHARS,
} from './records';
export {
  DUTCH_SECTOR_WORDS,
  parseAmount,
  parseBirthDate,
  parseCount,
  parseDate,
  parseKind,
  parseLegalForm,
  parseSector,
} from './values';
