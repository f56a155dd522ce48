// Test-only helpers: build population-register and debt-assistance CSV text from row objects.
import { DEBT_ASSISTANCE_CSV_COLUMNS } from './debt-assistance';
import { POPULATION_REGISTER_CSV_COLUMNS } from './population-register';

export type BrpRow = Partial<Record<(typeof POPULATION_REGISTER_CSV_COLUMNS)[number], string>>;
export type ShvRow = Partial<Record<(typeof DEBT_ASSISTANCE_CSV_COLUMNS)[number], string>>;

const quote = (v: string, d: string) =>
  /["\n\r]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v;

function table(fields: readonly string[], rows: Record<string, string | undefined>[], d: ',' | ';'): string {
  return `${[fields.join(d), ...rows.map((r) => fields.map((f) => quote(r[f] ?? '', d)).join(d))].join('\n')}\n`;
}

/** A resident of 7411AB 12 (the default test signal's household in core's intake tests). */
export const brpRow = (over: BrpRow = {}): BrpRow => ({
  bsn: '111222333',
  surname: 'Jansen',
  prefix: '',
  initials: 'J',
  birth_date: '1980-05-17',
  postcode: '7411 AB',
  house_number: '12',
  house_number_suffix: '',
  in_municipality: 'ja',
  deceased: 'nee',
  ...over,
});

export const brpCsv = (rows: BrpRow[], delimiter: ',' | ';' = ',') =>
  table(POPULATION_REGISTER_CSV_COLUMNS, rows, delimiter);

export const shvCsv = (rows: ShvRow[], delimiter: ',' | ';' = ',') =>
  table(DEBT_ASSISTANCE_CSV_COLUMNS, rows, delimiter);
