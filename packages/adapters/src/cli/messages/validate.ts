// The sentences of `signaalreis validate` and of reading a signal file (every command that reads
// one): the help, the report, and what is wrong with the file.
import type { Bilingual } from '@signaalreis/core';
import { labelOrId } from '../../report/messages';

type B = Bilingual;

/** `validate`: help, report and errors; reading a signal file. */
export const VALIDATE_MESSAGES = {
  description: {
    nl: 'Een signaalbestand lezen (CSV of .xlsx): goedgekeurde en afgekeurde rijen, en een overzicht van de signalen.',
    en: 'Read a signal file (CSV or .xlsx), report accepted and rejected rows and summarise the signals.',
  },
  fileArg: {
    nl: 'signaalbestand: CSV (standaard of Nederlandse Excel-export) of Excel-werkmap (.xlsx)',
    en: 'signal file: CSV (canonical or Dutch Excel export) or Excel workbook (.xlsx)',
  },
  strictHelp: {
    nl: 'stop met code 1 als er een rij is afgekeurd',
    en: 'exit with code 1 when any row is rejected',
  },
  todayHelp: {
    nl: 'de datum waartegen wordt gecontroleerd (JJJJ-MM-DD); latere datums liggen in de toekomst',
    en: 'the date to validate against (YYYY-MM-DD); later dates are in the future',
  },
  encodingHelp: { nl: 'tekenset van het bestand', en: 'character encoding of the file' },
  sheetHelp: {
    nl: 'het werkblad van een Excel-werkmap (standaard: het eerste zichtbare blad)',
    en: 'the sheet of an Excel workbook (default: the first visible sheet)',
  },
  strictRejected: (rejected: number, rows: number): B => ({
    nl: `${rejected} van ${rows} rijen afgekeurd (--strict)`,
    en: `${rejected} of ${rows} rows rejected (--strict)`,
  }),
  noHeader: (file: string): B => ({
    nl: `${file}: geen kopregel gevonden; is het bestand leeg?`,
    en: `${file}: no header row found; is it an empty file?`,
  }),
  isDirectory: (file: string): B => ({
    nl: `${file} is een map, geen CSV-bestand`,
    en: `${file} is a directory, not a CSV file`,
  }),
  notFound: (file: string): B => ({ nl: `bestand niet gevonden: ${file}`, en: `file not found: ${file}` }),
  unreadable: (file: string, code: string): B => ({
    nl: `${file} kan niet worden gelezen (${code})`,
    en: `cannot read ${file} (${code})`,
  }),
  unknownError: { nl: 'onbekende fout', en: 'unknown error' },
  binary: (file: string): B => ({
    nl: `${file} is geen CSV-bestand (het bevat binaire gegevens)`,
    en: `${file} is not a CSV file (it contains binary data)`,
  }),
  column: (message: string, column: string): B => ({
    nl: `${message} (kolom '${column}')`,
    en: `${message} (column '${column}')`,
  }),
  cannotRead: { nl: 'kan niet als signaal-CSV worden gelezen', en: 'cannot be read as a signal CSV' },
  sheetForCsv: (file: string): B => ({
    nl: `--sheet is voor Excel-werkmappen (.xlsx); ${file} wordt als CSV gelezen`,
    en: `--sheet is for Excel workbooks (.xlsx); ${file} is read as CSV`,
  }),
  rejected: { nl: 'afgekeurd', en: 'rejected' },
  progress: {
    nl: 'controleren [{bar}] {percentage}% | {value}/{total} rijen (geschat) | {eta_formatted}',
    en: 'validating [{bar}] {percentage}% | {value}/{total} rows (estimated) | {eta_formatted}',
  },
  // the report
  workbook: (sheet: string): B => ({
    nl: `  Excel-werkmap, blad '${sheet}'`,
    en: `  Excel workbook, sheet '${sheet}'`,
  }),
  csvFile: (encoding: string, delimiter: string): B => ({
    nl: `  tekenset ${encoding}, scheidingsteken '${delimiter}'`,
    en: `  encoding ${encoding}, delimiter '${delimiter}'`,
  }),
  rows: { nl: 'Rijen', en: 'Rows' },
  read: { nl: 'gelezen', en: 'read' },
  accepted: { nl: 'goedgekeurd', en: 'accepted' },
  rejectedRows: { nl: 'afgekeurd', en: 'rejected' },
  rowList: (n: number, rows: string): B => ({
    nl: `${n === 1 ? 'rij' : 'rijen'} ${rows}`,
    en: `${n === 1 ? 'row' : 'rows'} ${rows}`,
  }),
  rejectedPerReason: {
    nl: 'Afgekeurde rijen per reden (een rij kan meer redenen hebben)',
    en: 'Rejected rows per reason (a row may have several)',
  },
  flags: {
    nl: 'Kenmerken van goedgekeurde rijen (bijvoorbeeld rechtspersonen)',
    en: 'Flags on accepted rows (e.g. legal persons)',
  },
  none: { nl: 'geen', en: 'none' },
  warnings: { nl: 'Waarschuwingen', en: 'Warnings' },
  perSector: { nl: 'Signalen per sector', en: 'Signals per sector' },
  perKind: { nl: 'Signalen per soort', en: 'Signals per kind' },
  perPartner: (shown: number, of: number): B =>
    of > shown
      ? {
          nl: `Signalen per partner (top ${shown} van ${of})`,
          en: `Signals per partner (top ${shown} of ${of})`,
        }
      : { nl: 'Signalen per partner', en: 'Signals per partner' },
  households: { nl: 'Huishoudens', en: 'Households' },
  householdsCount: { nl: 'huishoudens', en: 'households' },
  multiPartner: { nl: 'signalen van ≥ 2 partners', en: 'signals from ≥ 2 partners' },
  total: (amount: string): B => ({ nl: `Totaalbedrag  ${amount}`, en: `Total amount  ${amount}` }),
} as const;

/**
 * What each issue code of reading a signal file means, in a few words (docs/formats/signals-csv.md
 * and signals-xlsx.md, "Issue codes"): `validate` shows these words, with the code after them.
 */
export const ISSUE_CODE_TEXTS: Readonly<Record<string, B>> = {
  unbalanced_quote: { nl: 'aanhalingsteken niet gesloten', en: 'quote not closed' },
  record_too_long: { nl: 'regel te lang', en: 'line too long' },
  csv_syntax: { nl: 'onleesbare CSV-regel', en: 'unreadable CSV line' },
  control_character: { nl: 'stuurteken in een cel', en: 'control character in a cell' },
  too_long: { nl: 'cel te lang', en: 'cell too long' },
  missing_value: { nl: 'verplichte cel leeg', en: 'required cell empty' },
  column_count: { nl: 'verkeerd aantal kolommen', en: 'wrong number of columns' },
  encoding: { nl: 'ongeldige tekens', en: 'invalid characters' },
  ambiguous_amount: { nl: 'bedrag dubbelzinnig', en: 'amount ambiguous' },
  invalid_amount: { nl: 'geen geldig bedrag', en: 'not a valid amount' },
  non_positive_amount: { nl: 'bedrag nul of negatief', en: 'amount zero or negative' },
  invalid_date: { nl: 'geen geldige datum', en: 'not a valid date' },
  future_signal_date: { nl: 'signaaldatum in de toekomst', en: 'signal date in the future' },
  arrear_after_signal: { nl: 'achterstand na signaaldatum', en: 'arrear after signal date' },
  birth_after_signal: { nl: 'geboren na signaaldatum', en: 'born after signal date' },
  invalid_sector: { nl: 'onbekende sector', en: 'unknown sector' },
  invalid_kind: { nl: 'onbekende soort signaal', en: 'unknown kind of signal' },
  invalid_legal_form: { nl: 'onbekende rechtsvorm', en: 'unknown legal form' },
  invalid_count: { nl: 'geen geldig aantal', en: 'not a valid count' },
  invalid_postcode: { nl: 'ongeldige postcode', en: 'invalid postcode' },
  invalid_house_number: { nl: 'ongeldig huisnummer', en: 'invalid house number' },
  invalid_bsn: { nl: 'ongeldig BSN', en: 'invalid BSN' },
  duplicate_signal_id: { nl: 'signaal-ID dubbel', en: 'signal ID twice' },
  legal_person: { nl: 'rechtspersoon', en: 'legal person' },
  invalid_phone: { nl: 'telefoonnummer weggelaten', en: 'phone number left out' },
  invalid_email: { nl: 'e-mailadres weggelaten', en: 'e-mail address left out' },
  unknown_column: { nl: 'onbekende kolom', en: 'unknown column' },
  other_sheets: { nl: 'meer werkbladen', en: 'more worksheets' },
  cell_type: { nl: 'verkeerd soort cel', en: 'wrong type of cell' },
  cell_error: { nl: 'foutwaarde in een cel', en: 'error value in a cell' },
  formula_without_value: { nl: 'formule zonder waarde', en: 'formula without a value' },
};

/**
 * An issue code as `validate` shows it: its words in `table` and the code (`achterstand na
 * signaaldatum (arrear_after_signal)`); a code without words (a newer reader's) as itself.
 */
export const issueCodeText = (
  code: string,
  lang: 'nl' | 'en',
  table: Readonly<Record<string, B>> = ISSUE_CODE_TEXTS,
): string => (Object.hasOwn(table, code) ? `${labelOrId(table, code, lang)} (${code})` : code);
