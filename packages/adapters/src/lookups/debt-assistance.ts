// An in-memory debt-assistance (SHV) administration for tests and examples, loaded from CSV.
import {
  type DebtAssistanceEntry as CoreDebtAssistanceEntry,
  type DebtAssistanceQuery,
  type DebtAssistanceRegister,
  type Issue,
  inMemoryDebtAssistanceRegister,
  type Result,
} from '@signaalreis/core';
import { bsnOf, householdOf, readLookupCsv } from './csv-table';
import { LOOKUP_MESSAGES as M } from './messages';

/**
 * Columns of a debt-assistance CSV file: residents in an active trajectory. Either `bsn` or the
 * address (`postcode`, `house_number`, optional `house_number_suffix`) must be filled; an empty
 * `surname` means the whole household is known.
 *
 * @example
 * ```ts
 * import { DEBT_ASSISTANCE_CSV_COLUMNS } from '@signaalreis/adapters/lookups';
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
 * import type { DebtAssistanceEntry } from '@signaalreis/adapters/lookups';
 * import { asHouseholdKey } from '@signaalreis/core';
 * const e: DebtAssistanceEntry = { householdKey: asHouseholdKey('7411AB 12'), surname: 'Jansen' };
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
 * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters/lookups';
 * import { asHouseholdKey } from '@signaalreis/core';
 * const home = asHouseholdKey('7411AB 12');
 * const shv = new InMemoryDebtAssistanceRegister([{ householdKey: home, surname: 'Jansen' }]);
 * await shv.isKnown({ householdKey: home, surname: 'JANSEN' }); // true
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
   * with an issue are left out and reported in `issues` (path `['rows', row, column]` or
   * `['rows', row]`), as are unknown columns; nothing is dropped silently. An empty file or a
   * header that cannot be read fails the result.
   *
   * @example
   * ```ts
   * import { InMemoryDebtAssistanceRegister } from '@signaalreis/adapters';
   * const r = InMemoryDebtAssistanceRegister.fromCsv('bsn,postcode,house_number\n111222333,,\n');
   * if (r.ok) r.value.register.size; // 1
   * ```
   */
  static fromCsv(text: string): Result<{ register: InMemoryDebtAssistanceRegister; issues: Issue[] }> {
    const read = readLookupCsv(text, [], DEBT_ASSISTANCE_CSV_COLUMNS);
    if (!read.ok) return read;
    const issues = [...read.value.issues];
    const entries: DebtAssistanceEntry[] = [];
    for (const r of read.value.rows) {
      if (r.issues.length > 0) {
        issues.push(...r.issues);
        continue;
      }
      const before = issues.length;
      const bsn = bsnOf(r, issues);
      const hasAddress = r.get('postcode') !== '' || r.get('house_number') !== '';
      const key = hasAddress ? householdOf(r, issues) : undefined;
      if (bsn === undefined && !hasAddress)
        issues.push(r.issue(null, 'missing_identity', M.missingIdentity()));
      if (issues.length > before || bsn === null || key === null) continue;
      const entry: DebtAssistanceEntry = {};
      if (bsn) entry.bsn = bsn;
      if (key) entry.householdKey = key;
      if (r.get('surname')) entry.surname = r.get('surname');
      entries.push(entry);
    }
    return { ok: true, value: { register: new InMemoryDebtAssistanceRegister(entries), issues } };
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
   * import { asHouseholdKey } from '@signaalreis/core';
   * await new InMemoryDebtAssistanceRegister([]).isKnown({ householdKey: asHouseholdKey('7411AB 12'), surname: 'Jansen' }); // false
   * ```
   */
  async isKnown(query: DebtAssistanceQuery): Promise<boolean> {
    return this.#register.isKnown(query);
  }
}
