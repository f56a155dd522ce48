// Every text the CSV readers show to people, in one place: plain Dutch (B1) for municipal officers,
// and English. No message repeats a cell's value in full: at most a short, control-escaped excerpt
// (`excerpt`), and never a BSN, a phone number or an e-mail address (core masks those).
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;
const x = (text: string) => excerpt(text);

/** Why a header line cannot be read, per code of the record reader. */
const HEADER_BROKEN = (code: string, max: number): B =>
  code === 'unbalanced_quote'
    ? {
        nl: 'er opent een aanhalingsteken dat op de regel niet wordt gesloten',
        en: 'a quote opens and is not closed on the line',
      }
    : code === 'record_too_long'
      ? { nl: `de regel is langer dan ${max} tekens`, en: `it is longer than ${max} characters` }
      : { nl: 'het is geen geldige CSV', en: 'it is not valid CSV' };

/** Messages about the file and its lines, shared by the signal, ledger and lookup CSV readers. */
export const CSV_MESSAGES = {
  unbalancedQuote: (line: number, column: string | null): B => ({
    nl: `Er opent een aanhalingsteken${column ? ` in kolom ${x(column)}` : ''} dat op regel ${line} niet wordt gesloten. Alleen deze regel wordt afgekeurd; de regels erna worden gewoon gelezen`,
    en: `A quote opens${column ? ` in column ${x(column)}` : ''} and is not closed on line ${line}; the line is read on its own and rejected, the lines after it are read normally`,
  }),
  recordTooLong: (length: number | undefined, max: number): B => ({
    nl: `De regel is ${length === undefined ? 'te lang' : `${length} tekens lang`}; een rij mag hoogstens ${max} tekens hebben (projectkeuze)`,
    en: `The line is ${length === undefined ? 'too' : `${length} characters`} long; a row may be at most ${max} characters (project default)`,
  }),
  csvSyntax: (line: number): B => ({
    nl: `Regel ${line} is geen geldige CSV. Alleen deze regel wordt afgekeurd`,
    en: `Line ${line} is not valid CSV; the line is read on its own and rejected`,
  }),
  headerBroken: (line: number, code: string, max: number): B => {
    const why = HEADER_BROKEN(code, max);
    return {
      nl: `De kopregel (regel ${line}) kan niet worden gelezen: ${why.nl}. Verbeter de kopregel en lees het bestand opnieuw in`,
      en: `The header (line ${line}) cannot be read: ${why.en}; fix it and read the file again`,
    };
  },
  controlCharacter: (column: string, position: number, name: string): B => ({
    nl: `${x(column)} bevat het stuurteken ${name} op positie ${position}; stuurtekens zijn niet toegestaan in een cel`,
    en: `${x(column)} contains the control character ${name} at position ${position}; control characters are not allowed in a cell`,
  }),
  fieldTooLong: (column: string, length: number, max: number): B => ({
    nl: `${x(column)} is ${length} tekens lang; er mogen hoogstens ${max} tekens in (projectkeuze)`,
    en: `${x(column)} is ${length} characters long; at most ${max} are allowed (project default)`,
  }),
  encoding: (): B => ({
    nl: 'De cel bevat bytes die geen geldige tekst zijn in de tekenset van het bestand',
    en: "The cell contains bytes that are not valid text in the file's encoding",
  }),
  utf16: (): B => ({
    nl: 'Het bestand is UTF-16 (Excel "Unicode-tekst"); sla het op als "CSV UTF-8" of "CSV"',
    en: 'The file is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8" or "CSV"',
  }),
} as const;

/** Messages of the signal CSV reader: the header, the rows and the values in them. */
export const SIGNAL_CSV_MESSAGES = {
  emptyFile: (): B => ({
    nl: 'Het bestand is leeg: er horen een kopregel en rijen met signalen in te staan',
    en: 'The file is empty: expected a header row and signal rows',
  }),
  unknownColumn: (header: string): B => ({
    nl: `Kolom "${x(header)}" hoort niet bij het signaalformaat en wordt overgeslagen`,
    en: `Column "${x(header)}" is not part of the signal format and is ignored`,
  }),
  duplicateColumn: (first: string, again: string, field: string): B => ({
    nl: `De kolommen "${x(first)}" en "${x(again)}" betekenen allebei ${field}`,
    en: `Columns "${x(first)}" and "${x(again)}" both mean ${field}`,
  }),
  missingColumn: (field: string, aliases: readonly string[]): B => ({
    nl: `De verplichte kolom "${field}" (of "${aliases.join('" of "')}") ontbreekt`,
    en: `Required column "${field}" (or "${aliases.join('" or "')}") is missing`,
  }),
  duplicateSignalId: (id: string, firstRow: number): B => ({
    nl: `Signaal-id "${x(id)}" is al gebruikt in rij ${firstRow}`,
    en: `Signal id "${x(id)}" was already used in row ${firstRow}`,
  }),
  columnCount: (fields: number, header: number): B => ({
    nl: `De rij heeft ${fields} velden, de kopregel ${header}`,
    en: `The row has ${fields} fields, the header ${header}`,
  }),
  missingValue: (column: string): B => ({ nl: `${x(column)} is leeg`, en: `${x(column)} is empty` }),
  nonPositiveAmount: (text: string): B => ({
    nl: `Het bedrag moet meer dan € 0 zijn (gevonden: ${x(text)})`,
    en: `The amount must be more than € 0 (found ${x(text)})`,
  }),
  futureSignalDate: (date: string, today: string): B => ({
    nl: `De signaaldatum ${date} ligt na vandaag (${today})`,
    en: `The signal date ${date} is after today (${today})`,
  }),
  arrearAfterSignal: (since: string, date: string): B => ({
    nl: `De achterstand begint (${since}) na de signaaldatum (${date})`,
    en: `The arrear starts (${since}) after the signal date (${date})`,
  }),
  birthAfterSignal: (date: string): B => ({
    nl: `De geboortedatum ligt na de signaaldatum (${date})`,
    en: `The birth date is after the signal date (${date})`,
  }),
  phoneLeftOut: (why: B): B => ({
    nl: `${why.nl}; het nummer wordt weggelaten`,
    en: `${why.en}; the number is left out`,
  }),
  emailLeftOut: (why: B): B => ({
    nl: `${why.nl}; het e-mailadres wordt weggelaten`,
    en: `${why.en}; the address is left out`,
  }),
  invalidValue: (): B => ({ nl: 'Ongeldige waarde', en: 'Invalid value' }),
  legalPerson: (form: string): B => ({
    nl: `De schuldenaar is een rechtspersoon (${form}). Het signaal is geaccepteerd, maar de intake volgt het alleen op als iemand persoonlijk aansprakelijk is`,
    en: `The debtor is a legal person (${form}); accepted, but intake will not follow it up unless someone is personally liable`,
  }),
} as const;

/** Messages of the value readers (amounts, dates, counts, words), shared by every CSV reader. */
export const VALUE_MESSAGES = {
  amount: (text: string): B => ({
    nl: `"${x(text)}" is geen bedrag in euro's (hoogstens twee decimalen, duizendtallen in groepjes van drie; bijvoorbeeld 1527.96 of € 1.527,96)`,
    en: `"${x(text)}" is not an amount in euros (at most two decimals, thousands in groups of three; e.g. 1527.96 or € 1.527,96)`,
  }),
  ambiguousAmount: (text: string): B => ({
    nl: `"${x(text)}" is niet eenduidig: het scheidingsteken kan duizendtallen of drie decimalen betekenen. Schrijf het bedrag zonder scheidingsteken voor duizendtallen, of met twee decimalen (bijvoorbeeld 1527 of 1.527,00)`,
    en: `"${x(text)}" is ambiguous: the separator may mean thousands or three decimals; write it without thousands separator or with two decimals (e.g. 1527 or 1.527,00)`,
  }),
  threeDecimals: (text: string): B => ({
    nl: `"${x(text)}" heeft drie decimalen; een bedrag heeft er hoogstens twee (bijvoorbeeld 0,05)`,
    en: `"${x(text)}" has three decimals; an amount has at most two (e.g. 0,05)`,
  }),
  date: (text: string): B => ({
    nl: `"${x(text)}" is geen datum (schrijf JJJJ-MM-DD of DD-MM-JJJJ)`,
    en: `"${x(text)}" is not a date (write YYYY-MM-DD or DD-MM-YYYY)`,
  }),
  birthDate: {
    nl: 'De geboortedatum is geen datum (schrijf JJJJ-MM-DD of DD-MM-JJJJ); wat er staat wordt niet getoond, het is een persoonsgegeven',
    en: 'The birth date is not a date (write YYYY-MM-DD or DD-MM-YYYY); what is written is not shown, it is personal data',
  } satisfies B,
  unknownWord: (text: string, what: B, known: B): B => ({
    nl: `"${x(text)}" is geen bekende ${what.nl} (${known.nl})`,
    en: `"${x(text)}" is not a known ${what.en} (${known.en})`,
  }),
  legalForm: (text: string): B => ({
    nl: `"${x(text)}" is geen bekende rechtsvorm (particulier, eenmanszaak, maatschap, vof, cv, bv, nv, stichting, vereniging)`,
    en: `"${x(text)}" is not a known legal form (particulier, eenmanszaak, maatschap, vof, cv, bv, nv, other)`,
  }),
  count: (text: string): B => ({
    nl: `"${x(text)}" is geen heel getal van 0 of meer`,
    en: `"${x(text)}" is not a whole number ≥ 0`,
  }),
} as const;
