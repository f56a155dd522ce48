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
  notCaseFile: { nl: 'geen zaakbestand van signaalreis', en: 'not a signaalreis case file' },
  notMonthCaseFile: { nl: 'geen zaakbestand van een maandrun', en: 'not a case file of a monthly run' },
} as const;
