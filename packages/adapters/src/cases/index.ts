// Public API of adapters/cases: the case file that `match` and `run` write and read back as history.
export {
  CASE_FILE_FORMAT,
  type CaseFile,
  type CaseFileCase,
  CaseFileCaseSchema,
  CaseFileSchema,
  CaseFileSignalSchema,
  type CompactCase,
  CompactCaseFileSchema,
  CompactCaseSchema,
  CompactCaseSignalSchema,
  caseFileCase,
  FULL_CASE_FILE_FORMAT,
  historyFromCaseFile,
  readCaseFile,
  toCaseFile,
} from './case-file';
export { compactCase, expandCase, type FullCase } from './case-file-compact';
export {
  type CaseFileHistory,
  caseFileValueFromLines,
  historyFromCaseFileLines,
  historyFromCaseFileText,
  historyFromCaseFileValues,
} from './case-file-lines';
export { type CaseFileHead, caseFilePieces, caseFileText } from './case-file-text';
export { isCompactCase } from './compact-check';
export { compactPlannedCase } from './compact-planned';
export {
  HISTORY_INDEX_COLUMNS,
  HISTORY_INDEX_FILE,
  HISTORY_INDEX_FORMAT,
  type HistoryIndex,
  historyIndexOfEntries,
  historyIndexPieces,
  historyIndexText,
} from './history-index';
export {
  type HistoryIndexLines,
  historyIndexLines,
  historyIndexLinesAgain,
  type IndexHouseholdChains,
  type IndexLinePlaces,
  type KeptHistoryIndex,
} from './history-index-lines';
export {
  capacityCsv,
  capacityTable,
  plannedCase,
  plannedCaseFile,
  type RunCase,
  runCase,
  runJson,
  worklistPieces,
  worklists,
  worklistTables,
} from './run-output';
export { WORKLIST_COLUMNS } from './worklist-table';
