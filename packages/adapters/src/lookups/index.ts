// Public API of adapters/lookups (`@signaalreis/adapters/lookups`): the population register and the
// debt-assistance administration in memory, read from CSV text. No file system and no Node
// built-ins: it bundles for the browser (loading the files from disk is in ../files).
export {
  DEBT_ASSISTANCE_CSV_COLUMNS,
  type DebtAssistanceEntry,
  InMemoryDebtAssistanceRegister,
} from './debt-assistance';
export { InMemoryPopulationRegister, POPULATION_REGISTER_CSV_COLUMNS } from './population-register';
export { readStreetsCsv, STREET_CSV_COLUMNS, type StreetAddress } from './street-register';
