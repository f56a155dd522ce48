// What the Excel files signaalreis writes call their columns and how they show them: the Dutch title
// of each CSV column name, and whether it holds text, a whole number, an amount or a date. One map
// for every table (worklists, capacity, feedback, actions due), so a column is called the same
// everywhere. A column not listed keeps its CSV name and is text.

/**
 * How an Excel column shows its values: `text`, `integer` (a whole number), `amount` (euros, format
 * `#,##0.00 [$€-413]`) or `date` (a real date cell, format `dd-mm-jjjj`).
 *
 * @example
 * ```ts
 * import type { XlsxColumnKind } from '@signaalreis/adapters/output';
 * const kind: XlsxColumnKind = 'amount'; // total_amount '1527.96' becomes the number 1527.96, shown € 1.527,96
 * ```
 */
export type XlsxColumnKind = 'text' | 'integer' | 'amount' | 'date';

/**
 * The Dutch title and kind of each column name of the CSV files signaalreis writes (worklists,
 * capacity, feedback for partners, actions due).
 *
 * @example
 * ```ts
 * import { XLSX_COLUMNS } from '@signaalreis/adapters/output';
 * XLSX_COLUMNS.total_amount; // { title: 'Totaalbedrag', kind: 'amount' }
 * ```
 */
export const XLSX_COLUMNS: Readonly<Record<string, { title: string; kind: XlsxColumnKind }>> = {
  // worklists
  case_id: { title: 'Casus', kind: 'text' },
  priority: { title: 'Prioriteit', kind: 'integer' },
  bucket: { title: 'Bakje', kind: 'text' },
  deadline: { title: 'Uiterlijk', kind: 'date' },
  deadline_note: { title: 'Termijn', kind: 'text' },
  step: { title: 'Stap', kind: 'text' },
  attempts: { title: 'Pogingen', kind: 'integer' },
  spacing_days: { title: 'Dagen tussen pogingen', kind: 'integer' },
  parts_of_day: { title: 'Dagdelen', kind: 'text' },
  names: { title: 'Namen', kind: 'text' },
  address: { title: 'Adres', kind: 'text' },
  city: { title: 'Woonplaats', kind: 'text' },
  phone: { title: 'Telefoon', kind: 'text' },
  email: { title: 'E-mail', kind: 'text' },
  signals: { title: 'Signalen', kind: 'text' },
  total_amount: { title: 'Totaalbedrag', kind: 'amount' },
  explanation: { title: 'Toelichting', kind: 'text' },
  // capacity
  channel: { title: 'Kanaal', kind: 'text' },
  team: { title: 'Team', kind: 'text' },
  per_month: { title: 'Capaciteit per maand', kind: 'integer' },
  used: { title: 'Gebruikt', kind: 'integer' },
  available: { title: 'Beschikbaar', kind: 'integer' },
  overflowed_in: { title: 'Overloop in', kind: 'integer' },
  overflowed_out: { title: 'Overloop uit', kind: 'integer' },
  unplaced: { title: 'Niet geplaatst', kind: 'integer' },
  // feedback for partners and actions due
  partner_id: { title: 'Partner', kind: 'text' },
  signal_id: { title: 'Signaal-ID', kind: 'text' },
  code: { title: 'Terugmeldcode', kind: 'text' },
  label_nl: { title: 'Omschrijving', kind: 'text' },
  label_en: { title: 'Omschrijving (Engels)', kind: 'text' },
  feedback_date: { title: 'Datum terugmelding', kind: 'date' },
  source: { title: 'Bron', kind: 'text' },
  event: { title: 'Actie', kind: 'text' },
  timer: { title: 'Termijn', kind: 'text' },
  since: { title: 'Sinds', kind: 'date' },
};
