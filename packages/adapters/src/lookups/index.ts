// Public API of adapters/lookups: in-memory population register and debt-assistance administration.
export {
  DEBT_ASSISTANCE_CSV_COLUMNS,
  type DebtAssistanceEntry,
  InMemoryDebtAssistanceRegister,
} from './debt-assistance';
export { loadDebtAssistanceCsv, loadPopulationRegisterCsv, readCsvText } from './load';
export { InMemoryPopulationRegister, POPULATION_REGISTER_CSV_COLUMNS } from './population-register';
