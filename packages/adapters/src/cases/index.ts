// Public API of adapters/cases: the case file that `match` and `run` write and read back as history.
export {
  CASE_FILE_FORMAT,
  type CaseFile,
  type CaseFileCase,
  CaseFileCaseSchema,
  CaseFileSchema,
  CaseFileSignalSchema,
  caseFileCase,
  historyFromCaseFile,
  readCaseFile,
  toCaseFile,
} from './case-file';
export {
  capacityCsv,
  capacityTable,
  plannedCaseFile,
  type RunCase,
  runCase,
  runJson,
  worklists,
  worklistTables,
} from './run-output';
export { WORKLIST_COLUMNS } from './worklist-table';
