// The sentences of `signaalreis simulate` (issue 16): help and the calibration table.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis simulate` and `simulate calibrate`. */
export const SIMULATE_MESSAGES = {
  description: {
    nl: 'Beleidssimulatie voor onderzoekers (in opbouw: nu alleen de kalibratie van het uitkomstmodel)',
    en: 'Policy simulation for researchers (being built: for now only the calibration of the outcome model)',
  },
  calibrateDescription: {
    nl: 'Het uitkomstmodel naast twee bronnen: de steekproef van 66 signalen (2023) en de landelijke monitor, met 90 %-intervallen',
    en: 'The outcome model beside two sources: the sample of 66 signals (2023) and the national monitor, with 90 % intervals',
  },
  replicationsHelp: {
    nl: 'aantal herhalingen (1 tot en met 100.000)',
    en: 'number of replications (1 to 100,000)',
  },
  seedHelp: {
    nl: 'seed van de toevalsgetallen (geheel getal)',
    en: 'seed of the random numbers (a whole number)',
  },
  parametersHelp: {
    nl: 'JSON-bestand met een aanpassing van de modelparameters (alleen wat verandert)',
    en: 'JSON file with a patch of the model parameters (only what changes)',
  },
  atLine: (line: number): B => ({ nl: `(regel ${line})`, en: `(line ${line})` }),
  badInteger: { nl: 'verwacht een geheel getal', en: 'expected a whole number' },
  badParameters: (file: string, problems: string): B => ({
    nl: `${file}: de aanpassing van de parameters klopt niet: ${problems}`,
    en: `${file}: the patch of the parameters is not valid: ${problems}`,
  }),
  head: (replications: number, seed: number, tolerance: number): B => ({
    nl: `signaalreis simulate calibrate — het uitkomstmodel naast twee bronnen (${replications} herhalingen, seed ${seed}; model: gemiddelde en 90 %-interval over de herhalingen; marge ±${tolerance} punten)`,
    en: `signaalreis simulate calibrate — the outcome model beside two sources (${replications} replications, seed ${seed}; model: mean and 90 % interval over the replications; margin ±${tolerance} points)`,
  }),
  columns: {
    nl: 'bron|model|90 %-interval|toets',
    en: 'source|model|90 % interval|check',
  },
  within: { nl: 'binnen de marge', en: 'within the margin' },
  outside: { nl: 'BUITEN de marge', en: 'OUTSIDE the margin' },
  notChecked: { nl: 'niet getoetst (te weinig signalen)', en: 'not checked (too few signals)' },
  allWithin: (tolerance: number): B => ({
    nl: `Alle getoetste cijfers liggen binnen ±${tolerance} punten van hun bron.`,
    en: `Every checked figure lies within ±${tolerance} points of its source.`,
  }),
  someOutside: (n: number, tolerance: number): B => ({
    nl: `${n} getoetste cijfers liggen buiten ±${tolerance} punten van hun bron.`,
    en: `${n} checked figures lie outside ±${tolerance} points of their source.`,
  }),
} as const;
