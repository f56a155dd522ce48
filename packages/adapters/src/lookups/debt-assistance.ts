// An in-memory debt-assistance (SHV) administration for tests and examples, loaded from CSV.
import {
  type DebtAssistanceEntry as CoreDebtAssistanceEntry,
  type DebtAssistanceQuery,
  type DebtAssistanceRegister,
  inMemoryDebtAssistanceRegister,
} from '@signaalreis/core';
import type { RowProblem } from '../csv/problem';
import { bsnOf, householdOf, readLookupCsv } from './csv-table';

/**
 * Columns of a debt-assistance CSV file: residents in an active trajectory. Either `bsn` or the
 * address (`postcode`, `house_number`, optional `house_number_suffix`) must be filled; an empty
 * `surname` means the whole household is known.
 *
 * @example
 * ```ts
 * import { DEBT_ASSISTANCE_CSV_COLUMNS } from '@signaalreis/adapters';
 * DEBT_ASSISTANCE_CSV_COLUMNS[0]; // 'bsn'
 * ```
 */
export const DEBT_ASSISTANCE_CSV_COLUMNS = [
  'bsn',
  'postcode',
  'house_number',
  'house_number_suffix',
  'surname',
] as const;

/**
 * One resident known at debt assistance.
 *
 * @example
 * ```ts
 * import type { DebtAssistanceEntry } from '@signaalreis/adapters';
 * const e: DebtAssistanceEntry = { householdKey: '7411AB 12', surname: 'Jansen' };
 * ```
 */
export type DebtAssistanceEntry = CoreDebtAssistanceEntry;

/**
 * A debt-assistance administration held in memory, for tests and examples. A resident is known
 * when the BSN is listed, or when an entry at the household's address has no surname or shares a
 * surname word with the query (case and accents ignored, so "Jansen-de Vries" finds "de Vries").
 *
 * @example
 * ```ts
 * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
 * const shv = new InMemoryDebtAssistanceRegister([{ householdKey: '7411AB 12', surname: 'Jansen' }]);
 * await shv.isKnown({ householdKey: '7411AB 12', surname: 'JANSEN' }); // true
 * ```
 */
export class InMemoryDebtAssistanceRegister implements DebtAssistanceRegister {
  readonly #entries: readonly DebtAssistanceEntry[];
  readonly #register: DebtAssistanceRegister;

  /**
   * Holds a copy of the entries.
   *
   * @example
   * ```ts
   * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
   * new InMemoryDebtAssistanceRegister([{ bsn: '111222333' }]).size; // 1
   * ```
   */
  constructor(entries: readonly DebtAssistanceEntry[]) {
    this.#entries = entries.map((e) => Object.freeze({ ...e }));
    this.#register = inMemoryDebtAssistanceRegister(this.#entries);
  }

  /**
   * Builds the administration from CSV text (columns: {@link DEBT_ASSISTANCE_CSV_COLUMNS}). Rows
   * with a problem are left out and reported; nothing is dropped silently.
   *
   * @example
   * ```ts
   * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
   * const { register, issues } = InMemoryDebtAssistanceRegister.fromCsv('bsn,postcode,house_number\n111222333,,\n');
   * register.size; // 1
   * ```
   */
  static fromCsv(text: string): { register: InMemoryDebtAssistanceRegister; issues: RowProblem[] } {
    const { rows, problems } = readLookupCsv(text, [], DEBT_ASSISTANCE_CSV_COLUMNS);
    const entries: DebtAssistanceEntry[] = [];
    for (const r of rows) {
      if (r.problems.length > 0) {
        problems.push(...r.problems);
        continue;
      }
      const before = problems.length;
      const bsn = bsnOf(r, problems);
      const hasAddress = r.get('postcode') !== '' || r.get('house_number') !== '';
      const key = hasAddress ? householdOf(r, problems) : undefined;
      if (bsn === undefined && !hasAddress) {
        problems.push({
          row: r.row,
          line: r.line,
          column: null,
          code: 'missing_identity',
          message: 'Fill in a BSN or an address',
        });
      }
      if (problems.length > before || bsn === null || key === null) continue;
      const entry: DebtAssistanceEntry = {};
      if (bsn) entry.bsn = bsn;
      if (key) entry.householdKey = key;
      if (r.get('surname')) entry.surname = r.get('surname');
      entries.push(entry);
    }
    return { register: new InMemoryDebtAssistanceRegister(entries), issues: problems };
  }

  /**
   * The number of entries held.
   *
   * @example
   * ```ts
   * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
   * new InMemoryDebtAssistanceRegister([]).size; // 0
   * ```
   */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * Whether the resident is known (see the class description).
   *
   * @example
   * ```ts
   * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
   * await new InMemoryDebtAssistanceRegister([]).isKnown({ householdKey: '7411AB 12', surname: 'Jansen' }); // false
   * ```
   */
  async isKnown(query: DebtAssistanceQuery): Promise<boolean> {
    return this.#register.isKnown(query);
  }
}
