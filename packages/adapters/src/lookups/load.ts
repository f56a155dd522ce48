// Loading the lookup CSV files from disk (UTF-8 or Windows-1252; UTF-16 is refused with a hint).
import { readFile } from 'node:fs/promises';
import { sniffUtf16 } from '../csv/decode';
import type { RowProblem } from '../csv/problem';
import { InMemoryDebtAssistanceRegister } from './debt-assistance';
import { InMemoryPopulationRegister } from './population-register';

/**
 * Reads a small CSV file as text: UTF-8 (byte-order mark dropped) or Windows-1252; UTF-16 is
 * refused with the hint to save it as "CSV UTF-8". Used for the lookup files and the ledger.
 *
 * @example
 * ```ts
 * import { readCsvText } from '@signaalreis/adapters';
 * const read = await readCsvText('ledger.csv');
 * if ('problem' in read) console.error(read.problem.message);
 * ```
 */
export async function readCsvText(path: string): Promise<{ text: string } | { problem: RowProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const message = `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`;
    return { problem: { row: 0, line: 0, column: null, code: 'unreadable_file', message } };
  }
  if (sniffUtf16(bytes) !== null) {
    const message = `${path}: the file is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8" or "CSV"`;
    return { problem: { row: 0, line: 0, column: null, code: 'unsupported_encoding', message } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/**
 * Loads a population-register CSV file (see `InMemoryPopulationRegister.fromCsv`); UTF-8 or
 * Windows-1252. An unreadable file gives an empty register and an `unreadable_file` issue.
 *
 * @example
 * ```ts
 * import { loadPopulationRegisterCsv } from '@signaalreis/adapters';
 * const { register, issues } = await loadPopulationRegisterCsv('examples/data/brp-2026-10.csv');
 * ```
 */
export async function loadPopulationRegisterCsv(
  path: string,
): Promise<{ register: InMemoryPopulationRegister; issues: RowProblem[] }> {
  const read = await readCsvText(path);
  if ('problem' in read) return { register: new InMemoryPopulationRegister([]), issues: [read.problem] };
  return InMemoryPopulationRegister.fromCsv(read.text);
}

/**
 * Loads a debt-assistance CSV file (see `InMemoryDebtAssistanceRegister.fromCsv`); UTF-8 or
 * Windows-1252. An unreadable file gives an empty administration and an `unreadable_file` issue.
 *
 * @example
 * ```ts
 * import { loadDebtAssistanceCsv } from '@signaalreis/adapters';
 * const { register, issues } = await loadDebtAssistanceCsv('examples/data/shv-2026-10.csv');
 * ```
 */
export async function loadDebtAssistanceCsv(
  path: string,
): Promise<{ register: InMemoryDebtAssistanceRegister; issues: RowProblem[] }> {
  const read = await readCsvText(path);
  if ('problem' in read) return { register: new InMemoryDebtAssistanceRegister([]), issues: [read.problem] };
  return InMemoryDebtAssistanceRegister.fromCsv(read.text);
}
