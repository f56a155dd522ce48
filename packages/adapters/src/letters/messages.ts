// The texts of adapters/letters (issue 15) in one place: Dutch B1 for officers, and English. Names,
// addresses, e-mail addresses and phone numbers never go into these (file names and case ids only).
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;
const at = (file: string, line: number): B => ({
  nl: `${file} (regel ${line})`,
  en: `${file} (line ${line})`,
});

/** The problems of a template set: each names the file and, where there is one, the line. */
export const TEMPLATE_MESSAGES = {
  missing: (file: string): B => ({
    nl: `Het sjabloon ${file} ontbreekt in de map. Maak een nieuwe set met "signaalreis letters templates --out <map>".`,
    en: `The template ${file} is missing from the folder. Make a new set with "signaalreis letters templates --out <folder>".`,
  }),
  empty: (file: string): B => ({
    nl: `Het sjabloon ${file} is leeg.`,
    en: `The template ${file} is empty.`,
  }),
  tooLong: (file: string, max: number): B => ({
    nl: `Het sjabloon ${file} is te lang (meer dan ${max} tekens).`,
    en: `The template ${file} is too long (more than ${max} characters).`,
  }),
  syntax: (file: string, line: number, detail: string): B => ({
    nl: `${at(file, line).nl}: de opmaak klopt niet (${excerpt(detail)}). Kijk of elke {{ een }} heeft en elke {{#if}} een {{/if}}.`,
    en: `${at(file, line).en}: the template cannot be read (${excerpt(detail)}). Check that every {{ has a }} and every {{#if}} an {{/if}}.`,
  }),
  unknownVariable: (file: string, line: number, name: string, suggestions: readonly string[]): B => ({
    nl: `${at(file, line).nl}: onbekende variabele {{${excerpt(name)}}}${suggestions.length > 0 ? `; bedoelt u {{${suggestions.join('}} of {{')}}}?` : ''}. De variabelen staan in docs/letters.md.`,
    en: `${at(file, line).en}: unknown variable {{${excerpt(name)}}}${suggestions.length > 0 ? `; did you mean {{${suggestions.join('}} or {{')}}}?` : ''}. The variables are listed in docs/letters.md.`,
  }),
  privateVariable: (file: string, line: number, name: string): B => ({
    nl: `${at(file, line).nl}: {{${name}}} mag hier niet. Een kaart, een sms en het onderwerp van een e-mail kunnen anderen lezen: noem daarin geen schuldeiser en geen bedrag.`,
    en: `${at(file, line).en}: {{${name}}} is not allowed here. Others may read a card, an SMS or an e-mail's subject: do not name a creditor or an amount there.`,
  }),
  notAllowed: (file: string, line: number, what: string): B => ({
    nl: `${at(file, line).nl}: ${excerpt(what)} kan niet in een sjabloon. Gebruik alleen {{variabele}}, {{#if variabele}} … {{/if}} en {{#unless variabele}} … {{/unless}}.`,
    en: `${at(file, line).en}: ${excerpt(what)} cannot be used in a template. Use only {{variable}}, {{#if variable}} … {{/if}} and {{#unless variable}} … {{/unless}}.`,
  }),
  smsLines: (file: string): B => ({
    nl: `${file}: een sms is één alinea; laat lege regels weg.`,
    en: `${file}: an SMS is one paragraph; leave out blank lines.`,
  }),
} as const;

/** Why a case or channel got no output (skipped.csv and the summary), by reason. */
export const SKIP_MESSAGES = {
  'not-picked-up': { nl: 'Niet opgepakt', en: 'Not picked up' },
  'known-at-debt-assistance': {
    nl: 'Al bekend bij schuldhulpverlening of een ander traject',
    en: 'Already known at debt assistance or in another trajectory',
  },
  deceased: { nl: 'Inwoner is overleden', en: 'Resident has died' },
  'moved-away': { nl: 'Geen inwoner (meer) van de gemeente', en: 'No longer a resident of the municipality' },
  closed: { nl: 'Zaak is afgesloten', en: 'Case is closed' },
  reached: { nl: 'Inwoner is al bereikt', en: 'Resident already reached' },
  'no-written-step': {
    nl: 'Geen brief, kaart, e-mail of sms in het contactplan',
    en: 'No letter, card, e-mail or SMS in the contact plan',
  },
  'plan-done': {
    nl: 'De pogingen van het contactplan voor dit kanaal zijn gedaan',
    en: "The contact plan's attempts on this channel have been made",
  },
  'invalid-case': { nl: 'De zaak of het dossier is ongeldig', en: 'The case or its record is invalid' },
  'no-address': {
    nl: 'Geen volledig adres (woonplaats ontbreekt)',
    en: 'No complete address (city missing)',
  },
  'no-email': { nl: 'Geen e-mailadres', en: 'No e-mail address' },
  'no-mobile': { nl: 'Geen mobiel nummer', en: 'No mobile number' },
  'sms-too-long': {
    nl: 'De sms is langer dan het grootste aantal delen',
    en: 'The SMS is longer than the most parts allowed',
  },
} as const satisfies Record<string, Bilingual>;
