// An in-memory population register (BRP) for tests and examples, loaded from CSV.
import {
  type Issue,
  inMemoryPopulationRegister,
  type PopulationRegister,
  type RegisterQuery,
  type RegisterRecord,
  type Result,
} from '@signaalreis/core';
import { parseBirthDate } from '../csv/values';
import { bsnOf, householdOf, type LookupRow, readLookupCsv } from './csv-table';
import { LOOKUP_MESSAGES as M } from './messages';

/**
 * Columns of a population-register CSV file. Required: `surname`, `postcode`, `house_number`;
 * `in_municipality` and `deceased` are yes/no (`ja`/`nee`, `true`/`false`, `1`/`0`; empty:
 * `in_municipality` yes, `deceased` no).
 *
 * @example
 * ```ts
 * import { POPULATION_REGISTER_CSV_COLUMNS } from '@signaalreis/adapters/lookups';
 * POPULATION_REGISTER_CSV_COLUMNS.join(','); // 'bsn,surname,prefix,initials,birth_date,postcode,…'
 * ```
 */
export const POPULATION_REGISTER_CSV_COLUMNS = [
  'bsn',
  'surname',
  'prefix',
  'initials',
  'birth_date',
  'postcode',
  'house_number',
  'house_number_suffix',
  'in_municipality',
  'deceased',
] as const;

const REQUIRED = ['surname', 'postcode', 'house_number'] as const;

/** Reads a yes/no column; empty gives the fallback; anything else is an issue. */
export function yesNo(r: LookupRow, column: string, fallback: boolean, issues: Issue[]): boolean | null {
  const v = r.get(column).toLowerCase();
  if (v === '') return fallback;
  if (['ja', 'j', 'yes', 'y', 'true', '1'].includes(v)) return true;
  if (['nee', 'n', 'no', 'false', '0'].includes(v)) return false;
  issues.push(r.issue(column, 'invalid_boolean', M.notYesNo(r.get(column))));
  return null;
}

function rowToRecord(r: LookupRow, issues: Issue[]): RegisterRecord | null {
  if (r.issues.length > 0) {
    issues.push(...r.issues);
    return null;
  }
  const before = issues.length;
  const bsn = bsnOf(r, issues);
  const surname = r.get('surname');
  if (surname === '') issues.push(r.issue('surname', 'missing_value', M.surnameEmpty()));
  const rawDate = r.get('birth_date');
  const date = rawDate === '' ? undefined : parseBirthDate(rawDate);
  if (date && !date.ok) for (const i of date.issues) issues.push(r.issue('birth_date', i.code, i.message));
  const key = householdOf(r, issues);
  const inMunicipality = yesNo(r, 'in_municipality', true, issues);
  const deceased = yesNo(r, 'deceased', false, issues);
  if (issues.length > before || key === null || inMunicipality === null || deceased === null) return null;
  const record: RegisterRecord = { surname, householdKey: key, inMunicipality };
  if (bsn) record.bsn = bsn;
  if (r.get('prefix')) record.prefix = r.get('prefix');
  if (r.get('initials')) record.initials = r.get('initials');
  if (date?.ok) record.birthDate = date.value;
  if (deceased) record.deceased = true;
  return record;
}

/**
 * A population register held in memory, for tests and examples. `lookup` returns, in file order,
 * every record with the query's BSN, every record at the query's address, and every record with
 * the query's birth date (so the matcher can recognise a move within the municipality); the
 * tolerant comparison itself is core's `matchPerson`.
 *
 * @example
 * ```ts
 * import { InMemoryPopulationRegister } from '@signaalreis/adapters/lookups';
 * import { asHouseholdKey } from '@signaalreis/core';
 * const home = asHouseholdKey('7411AB 12');
 * const brp = new InMemoryPopulationRegister([{ surname: 'Jansen', householdKey: home, inMunicipality: true }]);
 * const records = await brp.lookup({ surname: 'Jansen', householdKey: home, postcode: '7411AB' }); // 1 record
 * ```
 */
export class InMemoryPopulationRegister implements PopulationRegister {
  readonly #records: readonly RegisterRecord[];
  readonly #register: PopulationRegister;

  /**
   * Holds a copy of the records.
   *
   * @example
   * ```ts
   * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
   * new InMemoryPopulationRegister([]).size; // 0
   * ```
   */
  constructor(records: readonly RegisterRecord[]) {
    this.#records = records.map((r) => Object.freeze({ ...r }));
    this.#register = inMemoryPopulationRegister(this.#records);
  }

  /**
   * Builds a register from CSV text (columns: {@link POPULATION_REGISTER_CSV_COLUMNS}). Rows with an
   * issue are left out and reported in `issues` (path `['rows', row, column]`), as are unknown
   * columns (`['header', column]`); nothing is dropped silently. An empty file, a header that cannot
   * be read or a missing required column fails the result.
   *
   * @example
   * ```ts
   * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
   * const r = InMemoryPopulationRegister.fromCsv('surname,postcode,house_number\nJansen,7411 AB,12\n');
   * if (r.ok) {
   *   r.value.register.size; // 1
   *   r.value.issues; // []
   * }
   * InMemoryPopulationRegister.fromCsv('surname,postcode\n').ok; // false: house_number is missing
   * ```
   */
  static fromCsv(text: string): Result<{ register: InMemoryPopulationRegister; issues: Issue[] }> {
    const read = readLookupCsv(text, REQUIRED, POPULATION_REGISTER_CSV_COLUMNS);
    if (!read.ok) return read;
    const issues = [...read.value.issues];
    const records: RegisterRecord[] = [];
    for (const r of read.value.rows) {
      const record = rowToRecord(r, issues);
      if (record) records.push(record);
    }
    return { ok: true, value: { register: new InMemoryPopulationRegister(records), issues } };
  }

  /**
   * The number of records held.
   *
   * @example
   * ```ts
   * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
   * new InMemoryPopulationRegister([]).size; // 0
   * ```
   */
  get size(): number {
    return this.#records.length;
  }

  /**
   * The records that may be the queried person (see the class description).
   *
   * @example
   * ```ts
   * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
   * import { asHouseholdKey } from '@signaalreis/core';
   * await new InMemoryPopulationRegister([]).lookup({ surname: 'Jansen', householdKey: asHouseholdKey('7411AB 12'), postcode: '7411AB' }); // []
   * ```
   */
  async lookup(query: RegisterQuery): Promise<RegisterRecord[]> {
    return this.#register.lookup(query);
  }
}
