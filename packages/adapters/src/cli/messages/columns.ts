// The column titles of the tables the command line writes for officers (worklists, capacity, case
// list, criteria decisions, feedback and actions due), in Dutch and English. Dutch titles are the
// Excel titles of XLSX_COLUMNS, so a column is called the same in CSV and Excel. In English, CSV
// files keep the column names (`case_id`, …) and Excel workbooks get the English titles.
import type { Bilingual, Lang } from '@signaalreis/core';
import { XLSX_COLUMNS } from '../../output/xlsx-columns';

const nl = (column: string, fallback: string) => XLSX_COLUMNS[column]?.title ?? fallback;
const title = (column: string, en: string, dutch?: string): Bilingual => ({
  nl: nl(column, dutch ?? en),
  en,
});

/** The title of each column the command line writes. */
export const COLUMN_TITLES: Readonly<Record<string, Bilingual>> = {
  // worklists
  case_id: title('case_id', 'Case'),
  priority: title('priority', 'Priority'),
  bucket: title('bucket', 'Bucket'),
  deadline: title('deadline', 'Deadline'),
  deadline_note: title('deadline_note', 'Deadline note', 'Termijn'),
  step: title('step', 'Step'),
  attempts: title('attempts', 'Attempts'),
  spacing_days: title('spacing_days', 'Days between attempts'),
  parts_of_day: title('parts_of_day', 'Parts of day'),
  names: title('names', 'Names'),
  address: title('address', 'Address'),
  city: title('city', 'City'),
  phone: title('phone', 'Phone'),
  email: title('email', 'E-mail'),
  signals: title('signals', 'Signals'),
  total_amount: title('total_amount', 'Total amount'),
  explanation: title('explanation', 'Explanation'),
  // capacity
  channel: title('channel', 'Channel'),
  team: title('team', 'Team'),
  per_month: title('per_month', 'Capacity per month'),
  used: title('used', 'Used'),
  available: title('available', 'Available'),
  overflowed_in: title('overflowed_in', 'Overflow in'),
  overflowed_out: title('overflowed_out', 'Overflow out'),
  unplaced: title('unplaced', 'Not placed'),
  // case list (match --out cases.csv)
  rank: title('rank', 'Rank', 'Volgorde'),
  household_key: title('household_key', 'Household', 'Huishouden'),
  signal_status: title('signal_status', 'Signal status (DDAS)', 'Signaalstatus (DDAS)'),
  intake_outcome: title('intake_outcome', 'Intake outcome', 'Uitkomst intake'),
  match: title('match', 'Match', 'Samenloop'),
  partners: title('partners', 'Partners', 'Partners'),
  signal_ids: title('signal_ids', 'Signal ids', 'Signaal-ID’s'),
  recidive_months: title('recidive_months', 'Recidive months', 'Recidivemaanden'),
  crisis_deadline: title('crisis_deadline', 'Crisis deadline', 'Uiterste datum crisis'),
  // criteria decisions
  customer_id: title('customer_id', 'Customer', 'Klant'),
  deliver: title('deliver', 'Signal', 'Signaal'),
  kind: title('kind', 'Kind', 'Soort'),
  delivery_date: title('delivery_date', 'Delivery date', 'Leverdatum'),
  rule: title('rule', 'Rule', 'Regel'),
  reason: title('reason', 'Reason', 'Reden'),
  // feedback for partners and actions due
  partner_id: title('partner_id', 'Partner'),
  signal_id: title('signal_id', 'Signal id'),
  code: title('code', 'Feedback code'),
  label_nl: title('label_nl', 'Description (Dutch)'),
  label_en: title('label_en', 'Description'),
  feedback_date: title('feedback_date', 'Feedback date'),
  source: title('source', 'Source'),
  event: title('event', 'Action'),
  timer: title('timer', 'Timer'),
  since: title('since', 'Since'),
};

/**
 * The headers of a CSV file in `lang`: the Dutch titles, or (English) none, so that the columns keep
 * their names.
 */
export function csvHeaders(lang: Lang): Readonly<Record<string, string>> | undefined {
  return lang === 'nl' ? titlesIn('nl') : undefined;
}

/** The titles of an Excel workbook's columns in `lang`. */
export function xlsxHeaders(lang: Lang): Readonly<Record<string, string>> {
  return titlesIn(lang);
}

const titlesIn = (lang: Lang) =>
  Object.fromEntries(Object.entries(COLUMN_TITLES).map(([k, t]) => [k, t[lang]]));

/** The names of the sheets and words inside the tables. */
export const TABLE_WORDS = {
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  invalid: { nl: 'ongeldig', en: 'invalid' },
  actionsSheet: { nl: 'Acties', en: 'Actions due' },
  feedbackSheet: { nl: 'Terugmelding', en: 'Feedback' },
} as const;
