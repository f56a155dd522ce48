// An in-memory population register (BRP) for tests and examples, loaded from CSV.
import {
  excerpt,
  inMemoryPopulationRegister,
  type PopulationRegister,
  type RegisterQuery,
  type RegisterRecord,
} from '@signaalreis/core';
import type { RowProblem } from '../csv/problem';
import { parseDate } from '../csv/values';
import { bsnOf, householdOf, type LookupRow, readLookupCsv } from './csv-table';

/**
 * Columns of a population-register CSV file. Required: `surname`, `postcode`, `house_number`;
 * `in_municipality` and `deceased` are yes/no (`ja`/`nee`, `true`/`false`, `1`/`0`; empty:
 * `in_municipality` yes, `deceased` no).
 *
 * @example
 * ```ts
 * import { POPULATION_REGISTER_CSV_COLUMNS } from '@signaalreis/adapters';
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

/** Reads a yes/no column; empty gives the fallback; anything else is a problem. */
export function yesNo(
  r: LookupRow,
  column: string,
  fallback: boolean,
  problems: RowProblem[],
): boolean | null {
  const v = r.get(column).toLowerCase();
  if (v === '') return fallback;
  if (['ja', 'j', 'yes', 'y', 'true', '1'].includes(v)) return true;
  if (['nee', 'n', 'no', 'false', '0'].includes(v)) return false;
  problems.push({
    row: r.row,
    line: r.line,
    column,
    code: 'invalid_boolean',
    message: `"${excerpt(r.get(column))}" is not yes or no`,
  });
  return null;
}

function rowToRecord(r: LookupRow, problems: RowProblem[]): RegisterRecord | null {
  if (r.problems.length > 0) {
    problems.push(...r.problems);
    return null;
  }
  const before = problems.length;
  const bsn = bsnOf(r, problems);
  const surname = r.get('surname');
  if (surname === '') {
    problems.push({
      row: r.row,
      line: r.line,
      column: 'surname',
      code: 'missing_value',
      message: 'The surname is empty',
    });
  }
  const rawDate = r.get('birth_date');
  const date = rawDate === '' ? undefined : parseDate(rawDate);
  if (date && !date.ok)
    problems.push({ row: r.row, line: r.line, column: 'birth_date', code: date.code, message: date.message });
  const key = householdOf(r, problems);
  const inMunicipality = yesNo(r, 'in_municipality', true, problems);
  const deceased = yesNo(r, 'deceased', false, problems);
  if (problems.length > before || key === null || inMunicipality === null || deceased === null) return null;
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
 * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
 * const brp = new InMemoryPopulationRegister([{ surname: 'Jansen', householdKey: '7411AB 12', inMunicipality: true }]);
 * const records = await brp.lookup({ surname: 'Jansen', householdKey: '7411AB 12', postcode: '7411AB' }); // 1 record
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
   * Builds a register from CSV text (columns: {@link POPULATION_REGISTER_CSV_COLUMNS}). Rows with a
   * problem are left out and reported; nothing is dropped silently.
   *
   * @example
   * ```ts
   * import { InMemoryPopulationRegister } from '@signaalreis/adapters';
   * const { register, issues } = InMemoryPopulationRegister.fromCsv('surname,postcode,house_number\nJansen,7411 AB,12\n');
   * register.size; // 1
   * issues; // []
   * ```
   */
  static fromCsv(text: string): { register: InMemoryPopulationRegister; issues: RowProblem[] } {
    const { rows, problems } = readLookupCsv(text, REQUIRED, POPULATION_REGISTER_CSV_COLUMNS);
    const records: RegisterRecord[] = [];
    for (const r of rows) {
      const record = rowToRecord(r, problems);
      if (record) records.push(record);
    }
    return { register: new InMemoryPopulationRegister(records), issues: problems };
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
   * await new InMemoryPopulationRegister([]).lookup({ surname: 'Jansen', householdKey: '7411AB 12', postcode: '7411AB' }); // []
   * ```
   */
  async lookup(query: RegisterQuery): Promise<RegisterRecord[]> {
    return this.#register.lookup(query);
  }
}
