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

/** `signaalreis simulate --preset … --reform …`: help, problems and the summary. */
export const SIMULATE_RUN_MESSAGES = {
  runDescription: {
    nl: 'Beleidssimulatie: de basis-preset en hervormingen maand na maand door de motor, met 90 %-intervallen over herhalingen (zonder --preset: zie simulate calibrate)',
    en: 'Policy simulation: the base preset and reforms month after month through the engine, with 90 % intervals over replications (without --preset: see simulate calibrate)',
  },
  presetHelp: { nl: 'basis-preset: id of JSON-bestand', en: 'base preset: id or JSON file' },
  reformHelp: {
    nl: 'hervorming: JSON-bestand (een preset die de basis uitbreidt, met criteria, outcome, businessCase)',
    en: 'reform: JSON file (a preset extending the base, with criteria, outcome, businessCase)',
  },
  monthsHelp: { nl: 'aantal maanden (1 tot en met 120)', en: 'number of months (1 to 120)' },
  startHelp: {
    nl: 'eerste maand (JJJJ-MM; standaard de maand na vandaag)',
    en: 'first month (YYYY-MM; default the month after today)',
  },
  seedTextHelp: { nl: 'seed van de toevalsgetallen (tekst)', en: 'seed of the random numbers (text)' },
  municipalityHelp: {
    nl: 'gemeente: een type (small, medium, large, regional) of een aantal inwoners; meer dan één mag',
    en: 'municipality: a type (small, medium, large, regional) or a number of inhabitants; more than one allowed',
  },
  workersHelp: { nl: 'aantal worker threads (1: geen pool)', en: 'number of worker threads (1: no pool)' },
  signalsHelp: {
    nl: 'waar de signalen vandaan komen: population (de synthetische bevolking met de criteria-presets) of simple (een eenvoudige bron voor tests)',
    en: 'where the signals come from: population (the synthetic population with the criteria presets) or simple (a plain source for tests)',
  },
  outHelp: {
    nl: 'map voor simulation.json, simulation.csv en simulation.html',
    en: 'folder for simulation.json, simulation.csv and simulation.html',
  },
  needPreset: {
    nl: 'Geef --preset (de basis) en --out, of gebruik "signaalreis simulate calibrate"',
    en: 'Give --preset (the base) and --out, or use "signaalreis simulate calibrate"',
  },
  badMonth: (value: string): B => ({
    nl: `verwacht een maand als JJJJ-MM, niet "${value}"`,
    en: `expected a month as YYYY-MM, not "${value}"`,
  }),
  badMunicipality: (value: string): B => ({
    nl: `verwacht small, medium, large, regional of een aantal inwoners, niet "${value}"`,
    en: `expected small, medium, large, regional or a number of inhabitants, not "${value}"`,
  }),
  problems: (where: string, problems: string): B => ({
    nl: `${where}: ${problems}`,
    en: `${where}: ${problems}`,
  }),
  progress: {
    nl: 'simuleren |{bar}| {value}/{total} maanden (scenario × herhaling × gemeente) | nog {eta_formatted}',
    en: 'simulating |{bar}| {value}/{total} months (scenario × replication × municipality) | {eta_formatted} left',
  },
  summaryHead: (
    months: number,
    first: string,
    replications: number,
    seed: string,
    municipalities: string,
  ): B => ({
    nl: `signaalreis simulate — ${months} maanden vanaf ${first}, ${replications} herhalingen, seed "${seed}", gemeenten: ${municipalities}`,
    en: `signaalreis simulate — ${months} months from ${first}, ${replications} replications, seed "${seed}", municipalities: ${municipalities}`,
  }),
  summaryNote: {
    nl: 'Totaal over de hele periode: gemiddelde [90 %-interval]; verschil met de basis per herhaling (gepaard) [90 %-interval].',
    en: 'Total over the whole horizon: mean [90 % interval]; difference to the base per replication (paired) [90 % interval].',
  },
  /** The base scenario in the summary (its id `base` stays in JSON and CSV). */
  base: { nl: 'basis', en: 'base' },
  summaryColumns: {
    nl: 'scenario|gemiddelde [90 %]|verschil [90 %]',
    en: 'scenario|mean [90 %]|difference [90 %]',
  },
  wrote: (dir: string): B => ({
    nl: `Geschreven in ${dir}: simulation.json, simulation.csv, simulation.html`,
    en: `Written to ${dir}: simulation.json, simulation.csv, simulation.html`,
  }),
  measureLabels: {
    nl: 'signalen|zaken|bereikt|hulp aanvaard|huisuitzettingen|afsluitingen|kosten|baten|netto',
    en: 'signals|cases|reached|help accepted|evictions|cut-offs|costs|benefits|net',
  },
} as const;
