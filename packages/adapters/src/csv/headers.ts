import type { Issue } from '@signaalreis/core';
import { headerIssue } from './issues';
import { SIGNAL_CSV_MESSAGES as M } from './messages';

/**
 * The canonical fields of the signal CSV format, in canonical column order.
 *
 * @example
 * ```ts
 * import { SIGNAL_CSV_FIELDS } from '@signaalreis/adapters/csv';
 * SIGNAL_CSV_FIELDS[0]; // 'signal_id'
 * ```
 */
export const SIGNAL_CSV_FIELDS = [
  'signal_id',
  'partner_id',
  'partner_name',
  'sector',
  'kind',
  'signal_date',
  'arrear_since',
  'amount',
  'terms_overdue',
  'reminders_sent',
  'initials',
  'prefix',
  'surname',
  'birth_date',
  'legal_form',
  'bsn',
  'postcode',
  'house_number',
  'house_number_suffix',
  'city',
  'phone',
  'email',
  'neighbourhood',
] as const;

/**
 * A canonical field of the signal CSV format.
 *
 * @example
 * ```ts
 * import type { SignalCsvField } from '@signaalreis/adapters/csv';
 * const f: SignalCsvField = 'arrear_since';
 * ```
 */
export type SignalCsvField = (typeof SIGNAL_CSV_FIELDS)[number];

/**
 * Columns a file must have; the others are optional (docs/formats/signals-csv.md).
 *
 * @example
 * ```ts
 * import { REQUIRED_SIGNAL_CSV_FIELDS } from '@signaalreis/adapters/csv';
 * REQUIRED_SIGNAL_CSV_FIELDS.includes('amount'); // true
 * ```
 */
export const REQUIRED_SIGNAL_CSV_FIELDS: readonly SignalCsvField[] = [
  'signal_id',
  'partner_id',
  'sector',
  'kind',
  'signal_date',
  'arrear_since',
  'amount',
  'surname',
  'postcode',
  'house_number',
];

/**
 * Dutch (and other common) header names for each canonical field. Headers are compared after
 * {@link normaliseHeader}, so case, spaces and hyphens do not matter.
 *
 * @example
 * ```ts
 * import { SIGNAL_CSV_ALIASES } from '@signaalreis/adapters/csv';
 * SIGNAL_CSV_ALIASES.amount; // ['bedrag', …]
 * ```
 */
export const SIGNAL_CSV_ALIASES: Readonly<Record<SignalCsvField, readonly string[]>> = {
  signal_id: ['signaal_id', 'signaalid', 'melding_id', 'meldingid', 'signaalnummer'],
  partner_id: ['partner', 'partner_code', 'partnercode', 'signaalpartner_id'],
  partner_name: ['partnernaam', 'partner_naam', 'naam_partner', 'signaalpartner'],
  sector: ['soort_partner', 'partnersoort', 'branche'],
  kind: ['soort_signaal', 'signaalsoort', 'soort_melding', 'type_signaal'],
  signal_date: ['signaaldatum', 'datum_signaal', 'meldingsdatum', 'meldingdatum'],
  arrear_since: ['achterstand_sinds', 'achterstandsdatum', 'datum_achterstand', 'achterstand_vanaf'],
  amount: ['bedrag', 'bedrag_achterstand', 'achterstandsbedrag', 'openstaand_bedrag'],
  terms_overdue: ['termijnen', 'aantal_termijnen', 'achterstallige_termijnen', 'termijnen_achterstand'],
  reminders_sent: ['herinneringen', 'aantal_herinneringen', 'aanmaningen'],
  initials: ['voorletters'],
  prefix: ['tussenvoegsel', 'tussenvoegsels'],
  surname: ['achternaam', 'geslachtsnaam'],
  birth_date: ['geboortedatum', 'geboorte_datum'],
  legal_form: ['rechtsvorm'],
  bsn: ['burgerservicenummer'],
  postcode: ['post_code'],
  house_number: ['huisnummer', 'huisnr'],
  house_number_suffix: [
    'toevoeging',
    'huisnummer_toevoeging',
    'huisnummertoevoeging',
    'huisletter_toevoeging',
  ],
  city: ['woonplaats', 'plaats'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'mobiel'],
  email: ['e_mail', 'emailadres', 'e_mailadres', 'mail'],
  neighbourhood: ['wijk', 'buurt', 'kern'],
};

/**
 * Normalises a header for comparison: trims, removes a byte-order mark and surrounding quotes,
 * lowercases, and turns runs of spaces, hyphens and dots into one underscore.
 *
 * @example
 * ```ts
 * import { normaliseHeader } from '@signaalreis/adapters/csv';
 * normaliseHeader(' Achterstand-Sinds '); // 'achterstand_sinds'
 * ```
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const LOOKUP = new Map<string, SignalCsvField>();
for (const field of SIGNAL_CSV_FIELDS) {
  LOOKUP.set(field, field);
  for (const alias of SIGNAL_CSV_ALIASES[field]) LOOKUP.set(alias, field);
}

/** How the header row maps onto fields: per column index, the field (or null when unknown). */
export interface HeaderMapping {
  columns: { header: string; field: SignalCsvField | null }[];
  index: Partial<Record<SignalCsvField, number>>;
  warnings: Issue[];
  fatal: Issue[];
}

/**
 * Maps the header row (on physical line `line`); unknown columns are warnings, missing required or
 * doubled columns fatal. Issues are on the header: path `['header', column]`.
 */
export function mapHeader(headers: string[], line = 1): HeaderMapping {
  const columns = headers.map((header) => ({
    header: header.trim(),
    field: LOOKUP.get(normaliseHeader(header)) ?? null,
  }));
  const index: Partial<Record<SignalCsvField, number>> = {};
  const warnings: Issue[] = [];
  const fatal: Issue[] = [];
  columns.forEach(({ header, field }, i) => {
    if (field === null) {
      if (header !== '') warnings.push(headerIssue(line, header, 'unknown_column', M.unknownColumn(header)));
      return;
    }
    const first = index[field];
    if (first !== undefined) {
      const message = M.duplicateColumn(columns[first]?.header ?? '', header, field);
      fatal.push(headerIssue(line, header, 'duplicate_column', message));
      return;
    }
    index[field] = i;
  });
  for (const field of REQUIRED_SIGNAL_CSV_FIELDS) {
    if (index[field] === undefined) {
      const message = M.missingColumn(field, SIGNAL_CSV_ALIASES[field].slice(0, 2));
      fatal.push(headerIssue(line, field, 'missing_column', message));
    }
  }
  return { columns, index, warnings, fatal };
}
