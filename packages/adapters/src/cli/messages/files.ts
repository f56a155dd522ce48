// The sentences of reading the JSON files a user gives (presets, case files, deliveries).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** Reading a JSON file; refusing a whole file. */
export const FILE_MESSAGES = {
  cannotBeRead: (file: string): B => ({
    nl: `${file}: kan niet worden gelezen`,
    en: `${file}: cannot be read`,
  }),
  refused: (file: string, what: string, problems: number): B => ({
    nl: `${file}: ${what} (${problems} problemen, hierboven genoemd of geteld); er is niets gedaan`,
    en: `${file}: ${what} (${problems} problems, listed or counted above); nothing was done`,
  }),
  moreOfKind: (file: string, n: number, where: string): B => ({
    nl: `${file}: ${where}: nog ${n} ${n === 1 ? 'probleem' : 'problemen'} van dezelfde soort, niet elk genoemd`,
    en: `${file}: ${where}: ${n} more ${n === 1 ? 'problem' : 'problems'} of the same kind, not each listed`,
  }),
  /** Where in a lookup file (a register, debt-assistance or address extract) a problem is. */
  lookupPlace: (file: string, row: number, line: number, column: string | null): B => ({
    nl: `${file}, rij ${row}${line > 0 ? ` (regel ${line})` : ''}${column ? `, kolom ${column}` : ''}`,
    en: `${file}, row ${row}${line > 0 ? ` (line ${line})` : ''}${column ? `, column ${column}` : ''}`,
  }),
  /** The end of a lookup file's refusal: how many more problems, and that the file was not used. */
  lookupRefused: (more: number): B => ({
    nl: `${more > 0 ? ` — en nog ${more} ${more === 1 ? 'probleem' : 'problemen'} in het bestand` : ''}; het bestand is niet gebruikt`,
    en: `${more > 0 ? ` — and ${more} more ${more === 1 ? 'problem' : 'problems'} in the file` : ''}; the file was not used`,
  }),
  notCaseFile: { nl: 'geen zaakbestand van signaalreis', en: 'not a signaalreis case file' },
  notMonthCaseFile: { nl: 'geen zaakbestand van een maandrun', en: 'not a case file of a monthly run' },
} as const;
