// Public API of adapters/ledger: the partner ledger CSV.
export {
  LEDGER_CSV_COLUMNS,
  type LedgerCsv,
  LedgerCsvReader,
  type LedgerCsvRow,
  ledgerColumnOf,
  readLedgerCsv,
} from './read-ledger';
