// The texts of the simulation modules (issue 16): issues about business-case input and the
// explained lines of a business case, in Dutch (B1, for policy officers) and English.
import type { Bilingual } from '../model/text';
import type { CalibrationMeasure } from './calibration-sources';

type B = Bilingual;

/**
 * The messages of core's simulation modules, registered in the repository's message catalogue.
 *
 * @example
 * ```ts
 * import { SIMULATION_MESSAGES } from '@signaalreis/core';
 * SIMULATION_MESSAGES.unknownQuantity('evictions').en; // 'No price "evictions" in the parameters: …'
 * ```
 */
export const SIMULATION_MESSAGES = {
  priceId: {
    nl: 'Een prijs-id is kleine letters, cijfers en streepjes, eventueel met ":kanaal" of ":kanaal/team" (bijvoorbeeld attempt:phone)',
    en: 'A price id is lower-case letters, digits and hyphens, optionally with ":channel" or ":channel/team" (e.g. attempt:phone)',
  },
  duplicatePrice: (id: string): B => ({
    nl: `De prijs "${id}" staat twee keer in de parameters`,
    en: `The price "${id}" is in the parameters twice`,
  }),
  unknownQuantity: (id: string): B => ({
    nl: `Er is geen prijs "${id}" in de parameters: voeg die toe of verwijder de hoeveelheid`,
    en: `No price "${id}" in the parameters: add one or remove the quantity`,
  }),
  badQuantity: (id: string): B => ({
    nl: `De hoeveelheid van "${id}" moet een getal van 0 of meer zijn, met hoogstens drie decimalen`,
    en: `The quantity of "${id}" must be a number of 0 or more, with at most three decimals`,
  }),
  tooLarge: (id: string): B => ({
    nl: `Hoeveelheid × prijs van "${id}" is te groot om in hele centen te rekenen`,
    en: `Quantity × price of "${id}" is too large to compute in whole cents`,
  }),
  badCases: {
    nl: 'Het aantal zaken moet een geheel getal van 0 of meer zijn',
    en: 'The number of cases must be a whole number of 0 or more',
  },
  benefit: { nl: 'baat', en: 'benefit' },
  cost: { nl: 'kosten', en: 'cost' },
  line: (
    quantity: string,
    unit: string,
    price: string,
    amount: string,
    label: string,
    source: string,
  ): B => ({
    nl: `${label}: ${quantity} ${unit} × ${price} = ${amount} (bron: ${source})`,
    en: `${label}: ${quantity} ${unit} × ${price} = ${amount} (source: ${source})`,
  }),
  notPriced: (quantity: string, unit: string, label: string, source: string): B => ({
    nl: `${label}: ${quantity} ${unit}, niet in geld uit te drukken (bron: ${source})`,
    en: `${label}: ${quantity} ${unit}, not quantifiable in money (source: ${source})`,
  }),
  totals: (benefits: string, costs: string, net: string): B => ({
    nl: `Baten ${benefits}, kosten ${costs}: netto ${net}`,
    en: `Benefits ${benefits}, costs ${costs}: net ${net}`,
  }),
  netReturn: (percent: number): B => ({
    nl: `Netto rendement: ${percent} % van de kosten`,
    en: `Net return: ${percent} % of the costs`,
  }),
  probability: {
    nl: 'Een kans is een getal van 0 tot en met 1 (bijvoorbeeld 0.35 voor 35 %)',
    en: 'A probability is a number from 0 to 1 (e.g. 0.35 for 35 %)',
  },
  weightsZero: {
    nl: 'Ten minste één gewicht van het vervolg moet groter dan 0 zijn',
    en: 'At least one weight of the follow-up must be above 0',
  },
  patchNotObject: {
    nl: 'Een aanpassing (patch) van de parameters is een JSON-object',
    en: 'A patch of the parameters is a JSON object',
  },
  patchUnknownKey: (key: string): B => ({
    nl: `Onbekende sleutel "${key}" in de aanpassing: alleen sleutels van de parameters mogen`,
    en: `Unknown key "${key}" in the patch: only keys of the parameters may be given`,
  }),
  badReplications: {
    nl: 'Het aantal herhalingen moet een geheel getal van 1 tot en met 100.000 zijn',
    en: 'The number of replications must be a whole number from 1 to 100,000',
  },
  badSeed: { nl: 'De seed moet een geheel getal zijn', en: 'The seed must be a whole number' },
  badMunicipality: {
    nl: 'Een gesimuleerde gemeente heeft een type (small, medium, large, regional) of een aantal inwoners (1 tot 100.000.000)',
    en: 'A simulated municipality has a type (small, medium, large, regional) or a number of inhabitants (1 to 100,000,000)',
  },
  perCase: (cases: number, net: string): B => ({
    nl: `Per zaak (${cases} zaken): netto ${net}`,
    en: `Per case (${cases} cases): net ${net}`,
  }),
} as const;

/**
 * What each calibration figure counts, in Dutch and English.
 *
 * @example
 * ```ts
 * import { MEASURE_LABELS } from '@signaalreis/core';
 * MEASURE_LABELS['reached-with-phone'].nl; // 'bereikt, van wie ten minste één keer is gebeld'
 * ```
 */
export const MEASURE_LABELS: Readonly<Record<CalibrationMeasure, Bilingual>> = {
  'not-picked-up': { nl: 'niet opgepakt', en: 'not picked up' },
  'not-reached': { nl: 'niet bereikt', en: 'not reached' },
  'reached-no-help': { nl: 'bereikt, geen hulp aanvaard', en: 'reached, no help accepted' },
  'help-accepted': { nl: 'hulp aanvaard (van alle signalen)', en: 'help accepted (of all signals)' },
  reached: { nl: 'bereikt (van alle signalen)', en: 'reached (of all signals)' },
  'reached-letter-only': {
    nl: 'bereikt, van wie alleen een brief kreeg',
    en: 'reached, of those approached only by letter',
  },
  'reached-with-phone': {
    nl: 'bereikt, van wie ten minste één keer is gebeld',
    en: 'reached, of those with at least one phone attempt',
  },
  'reached-with-visit': {
    nl: 'bereikt, van wie ten minste één huisbezoek kreeg',
    en: 'reached, of those with at least one home visit',
  },
  'help-of-reached': { nl: 'hulp aanvaard, van wie bereikt is', en: 'help accepted, of those reached' },
  'phone-of-helped': {
    nl: 'gebeld, van wie hulp aanvaardde',
    en: 'had a phone call, of those who accepted help',
  },
};
