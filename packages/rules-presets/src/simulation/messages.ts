// The texts of reform files (issue 16), in Dutch (B1, for policy officers) and English.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/**
 * The messages of reform files, registered in the repository's message catalogue.
 *
 * @example
 * ```ts
 * import { REFORM_MESSAGES } from '@signaalreis/rules-presets';
 * REFORM_MESSAGES.baseId.en; // 'A reform may not be called "base": that is the policy it is compared with'
 * ```
 */
export const REFORM_MESSAGES = {
  notObject: {
    nl: 'Een hervorming is een JSON-object met id, label en preset',
    en: 'A reform is a JSON object with id, label and preset',
  },
  baseId: {
    nl: 'Een hervorming mag niet "base" heten: zo heet het beleid waarmee vergeleken wordt',
    en: 'A reform may not be called "base": that is the policy it is compared with',
  },
  unknownSector: (sector: string): B => ({
    nl: `Onbekende sector "${sector}" bij de criteria: kies uit rent, energy, water, health, municipal-tax, other`,
    en: `Unknown sector "${sector}" in the criteria: choose from rent, energy, water, health, municipal-tax, other`,
  }),
  criteriaSector: (id: string, sector: string, expected: string): B => ({
    nl: `De criteria-preset "${id}" is voor de sector ${expected}, niet voor ${sector}`,
    en: `The criteria preset "${id}" is for the sector ${expected}, not ${sector}`,
  }),
  duplicateReform: (id: string): B => ({
    nl: `Twee hervormingen heten "${id}": geef elke hervorming een eigen id`,
    en: `Two reforms are called "${id}": give each reform its own id`,
  }),
} as const;
