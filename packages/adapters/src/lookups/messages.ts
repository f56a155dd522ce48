// Every text the lookup CSV readers (population register, debt assistance) show to people, in one
// place: plain Dutch (B1) for municipal officers, and English. Values are shown as short excerpts.
import { type Bilingual, excerpt } from '@signaalreis/core';
import { CSV_MESSAGES } from '../csv/messages';

type B = Bilingual;

/** Messages of the lookup and ledger CSV readers. */
export const LOOKUP_MESSAGES = {
  noHeader: (): B => ({ nl: 'Het bestand heeft geen kopregel', en: 'The file has no header' }),
  missingColumn: (column: string): B => ({
    nl: `De verplichte kolom "${column}" ontbreekt`,
    en: `Required column "${column}" is missing`,
  }),
  unusedColumn: (header: string): B => ({
    nl: `Kolom "${excerpt(header)}" wordt niet gebruikt`,
    en: `Column "${excerpt(header)}" is not used`,
  }),
  notYesNo: (text: string): B => ({
    nl: `"${excerpt(text)}" is geen ja of nee`,
    en: `"${excerpt(text)}" is not yes or no`,
  }),
  surnameEmpty: (): B => ({ nl: 'De achternaam is leeg', en: 'The surname is empty' }),
  streetEmpty: (): B => ({ nl: 'De straat is leeg', en: 'The street is empty' }),
  addressTwice: (): B => ({
    nl: 'Dit adres staat al eerder in het bestand, met een andere straat',
    en: 'This address is already in the file, with another street',
  }),
  missingIdentity: (): B => ({ nl: 'Vul een BSN of een adres in', en: 'Fill in a BSN or an address' }),
  // a folder given for a file (a missing or unreadable file: JSON_FILE_MESSAGES, the same words for every file)
  directory: (): B => ({ nl: 'dit is een map, geen CSV-bestand', en: 'this is a directory, not a CSV file' }),
  utf16: (): B => {
    const m = CSV_MESSAGES.utf16();
    return { nl: lower(m.nl), en: lower(m.en) };
  },
} as const;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
