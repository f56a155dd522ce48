// The October rows as a municipality's Excel user would save them: "CSV (puntkomma-gescheiden)",
// Windows-1252, CRLF, Dutch headers and values, amounts `1.527,96`, dates `DD-MM-YYYY`.
import { DUTCH_SECTOR_WORDS } from '@signaalreis/adapters/csv';
import { encodeWindows1252, toCsv } from './csv';
import { toDutchDate } from './dates';
import { COLUMNS, type Column, type Row } from './rows';

/** Dutch header per canonical column. */
export const DUTCH_HEADERS: Record<Column, string> = {
  signal_id: 'Signaal-ID',
  partner_id: 'Partner-ID',
  partner_name: 'Partnernaam',
  sector: 'Sector',
  kind: 'Soort signaal',
  signal_date: 'Signaaldatum',
  arrear_since: 'Achterstand sinds',
  amount: 'Bedrag',
  terms_overdue: 'Termijnen achterstand',
  reminders_sent: 'Aanmaningen',
  initials: 'Voorletters',
  prefix: 'Tussenvoegsel',
  surname: 'Achternaam',
  birth_date: 'Geboortedatum',
  legal_form: 'Rechtsvorm',
  bsn: 'BSN',
  postcode: 'Postcode',
  house_number: 'Huisnummer',
  house_number_suffix: 'Toevoeging',
  city: 'Woonplaats',
  phone: 'Telefoon',
  email: 'E-mail',
  neighbourhood: 'Wijk',
};

/** Dutch sector words: the ones the signal reader reads (and names). */
const SECTOR_NL: Readonly<Record<string, string>> = DUTCH_SECTOR_WORDS;

const KIND_NL: Record<string, string> = {
  early: 'vroegsignaal',
  'end-of-supply': 'eindelevering',
  eviction: 'dreigende ontruiming',
  'warm-referral': 'warme overdracht',
  cak: 'cak',
};

const LEGAL_FORM_NL: Record<string, string> = {
  individual: 'natuurlijk persoon',
  other: 'overig',
};

/** `1527.96` → `1.527,96`; anything else unchanged. */
export function dutchAmount(amount: string): string {
  const m = /^(\d+)\.(\d{2})$/.exec(amount);
  if (!m) return amount;
  const euros = (m[1] as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euros},${m[2]}`;
}

/** One canonical row in Dutch. Unknown values (the deliberate bad ones) pass unchanged. */
export function dutchRow(row: Row): string[] {
  return COLUMNS.map((c) => {
    const v = row[c];
    switch (c) {
      case 'sector':
        return SECTOR_NL[v] ?? v;
      case 'kind':
        return KIND_NL[v] ?? v;
      case 'legal_form':
        return LEGAL_FORM_NL[v] ?? v;
      case 'amount':
        return dutchAmount(v);
      case 'signal_date':
      case 'arrear_since':
      case 'birth_date':
        return toDutchDate(v);
      default:
        return v;
    }
  });
}

/** The Excel variant as text (before encoding). */
export function excelCsvText(rows: readonly Row[]): string {
  return toCsv(
    COLUMNS.map((c) => DUTCH_HEADERS[c]),
    rows.map(dutchRow),
    ';',
    '\r\n',
  );
}

/** The Excel variant as Windows-1252 bytes. */
export const excelCsv = (rows: readonly Row[]): Uint8Array => encodeWindows1252(excelCsvText(rows));
