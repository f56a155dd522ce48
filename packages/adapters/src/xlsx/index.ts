// Public API of adapters/xlsx (`@signaalreis/adapters/xlsx`), Node only: reading signal files that
// are Excel workbooks (.xlsx) with the rules of the signal CSV format, and Excel's serial dates.
// Writing Excel files is in ../output (`xlsxWorkbook`). docs/formats/signals-xlsx.md.
export { importSignalsXlsxFile } from './import-signals-xlsx';
export { XLSX_LIMITS, type XlsxLimits } from './limits';
export {
  type ReadSignalsXlsxOptions,
  readSignalsXlsxFile,
  type XlsxSignalImportEvent,
} from './read-signals-xlsx';
export { excelSerialToIsoDate, isoDateToExcelSerial } from './serial-dates';
export { sniffWorkbook } from './zip';
