// Loading the lookup CSV files and the partner ledger's text from disk (Node only; UTF-8 or
// Windows-1252, UTF-16 is refused with a hint). Parsing the text is ../lookups' and ../ledger's,
// which need no file system.
import { readFile } from 'node:fs/promises';
import { fail, type HouseholdKey, type Issue, ok, type Result } from '@signaalreis/core';
import { sniffUtf16 } from '../csv/decode';
import { fileIssue } from '../csv/issues';
import { InMemoryDebtAssistanceRegister } from '../lookups/debt-assistance';
import { LOOKUP_MESSAGES as M } from '../lookups/messages';
import { InMemoryPopulationRegister } from '../lookups/population-register';
import { readStreetsCsv, type StreetAddress } from '../lookups/street-register';
import { JSON_FILE_MESSAGES } from './read-json-file';

/**
 * Reads a small CSV file as text: UTF-8 (byte-order mark dropped) or Windows-1252. A file that
 * cannot be read fails with `unreadable_file`, a UTF-16 file with `unsupported_encoding` and the
 * hint to save it as "CSV UTF-8" (path `[]`). Used for the lookup files and the partner ledger.
 *
 * @example
 * ```ts
 * import { readCsvText } from '@signaalreis/adapters/files';
 * import { readLedgerCsv } from '@signaalreis/adapters/ledger';
 * const text = await readCsvText('ledger.csv');
 * if (!text.ok) console.error(text.issues[0]?.message.nl);
 * else readLedgerCsv(text.value);
 * ```
 */
export async function readCsvText(path: string): Promise<Result<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    const message =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? JSON_FILE_MESSAGES.notFound()
        : code === 'EISDIR'
          ? M.directory()
          : JSON_FILE_MESSAGES.unreadable(code);
    return fail(fileIssue('unreadable_file', message));
  }
  if (sniffUtf16(bytes) !== null) return fail(fileIssue('unsupported_encoding', M.utf16()));
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return ok(new TextDecoder('windows-1252').decode(bytes));
  }
}

/**
 * Loads a population-register CSV file (see `InMemoryPopulationRegister.fromCsv`); UTF-8 or
 * Windows-1252. A file that cannot be read, or read as a register, fails the result; rows left out
 * are in `issues`.
 *
 * @example
 * ```ts
 * import { loadPopulationRegisterCsv } from '@signaalreis/adapters/files';
 * const r = await loadPopulationRegisterCsv('examples/data/brp-2026-10.csv');
 * if (r.ok && r.value.issues.length === 0) r.value.register.size; // every row read
 * ```
 */
export async function loadPopulationRegisterCsv(
  path: string,
): Promise<Result<{ register: InMemoryPopulationRegister; issues: Issue[] }>> {
  const read = await readCsvText(path);
  return read.ok ? InMemoryPopulationRegister.fromCsv(read.value) : read;
}

/**
 * Loads a street (BAG extract) CSV file (see `readStreetsCsv`); UTF-8 or Windows-1252. A file that
 * cannot be read, or read as a street list, fails the result; rows left out are in `issues`.
 *
 * @example
 * ```ts
 * import { loadStreetsCsv } from '@signaalreis/adapters/files';
 * const r = await loadStreetsCsv('examples/data/streets.csv');
 * if (r.ok) r.value.streets.size; // addresses with their street
 * ```
 */
export async function loadStreetsCsv(
  path: string,
): Promise<Result<{ streets: Map<HouseholdKey, StreetAddress>; issues: Issue[] }>> {
  const read = await readCsvText(path);
  return read.ok ? readStreetsCsv(read.value) : read;
}

/**
 * Loads a debt-assistance CSV file (see `InMemoryDebtAssistanceRegister.fromCsv`); UTF-8 or
 * Windows-1252. A file that cannot be read, or read as an administration, fails the result; rows
 * left out are in `issues`.
 *
 * @example
 * ```ts
 * import { loadDebtAssistanceCsv } from '@signaalreis/adapters/files';
 * const r = await loadDebtAssistanceCsv('examples/data/shv-2026-10.csv');
 * if (!r.ok) console.error(r.issues.map((i) => i.message.nl).join('\n'));
 * ```
 */
export async function loadDebtAssistanceCsv(
  path: string,
): Promise<Result<{ register: InMemoryDebtAssistanceRegister; issues: Issue[] }>> {
  const read = await readCsvText(path);
  return read.ok ? InMemoryDebtAssistanceRegister.fromCsv(read.value) : read;
}
