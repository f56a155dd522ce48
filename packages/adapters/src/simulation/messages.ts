// The texts of running a simulation (issue 16), in Dutch (B1) and English.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/**
 * The messages of `runSimulation`, registered in the repository's message catalogue.
 *
 * @example
 * ```ts
 * import { SIMULATION_RUN_MESSAGES } from '@signaalreis/adapters/simulation';
 * SIMULATION_RUN_MESSAGES.badMonths.en; // 'The number of months must be a whole number from 1 to 120'
 * ```
 */
export const SIMULATION_RUN_MESSAGES = {
  badMonths: {
    nl: 'Het aantal maanden moet een geheel getal van 1 tot en met 120 zijn',
    en: 'The number of months must be a whole number from 1 to 120',
  },
  badReplications: {
    nl: 'Het aantal herhalingen moet een geheel getal van 1 tot en met 100.000 zijn',
    en: 'The number of replications must be a whole number from 1 to 100,000',
  },
  badWorkers: {
    nl: 'Het aantal workers moet een geheel getal van 1 tot en met 64 zijn',
    en: 'The number of workers must be a whole number from 1 to 64',
  },
  badSeed: {
    nl: 'De seed is een tekst van 1 tot en met 200 tekens',
    en: 'The seed is a text of 1 to 200 characters',
  },
  noMunicipalities: {
    nl: 'Geef ten minste één gemeente op (een type of een aantal inwoners)',
    en: 'Give at least one municipality (a type or a number of inhabitants)',
  },
  unknownSource: (id: string, known: string): B => ({
    nl: `Onbekende signaalbron "${id}": kies uit ${known}`,
    en: `Unknown signal source "${id}": choose from ${known}`,
  }),
  workerNotBuilt: (path: string): B => ({
    nl: `De worker ${path} ontbreekt: bouw eerst met "pnpm build", of gebruik --workers 1`,
    en: `The worker ${path} is missing: build first with "pnpm build", or use --workers 1`,
  }),
  interval: {
    nl: 'gemiddelde over de herhalingen; 90 %-interval: het 5e en 95e percentiel van de herhalingen (nearest rank); verschil: per herhaling hervorming min basis (gepaard, dezelfde toevalsgetallen)',
    en: 'mean over the replications; 90 % interval: the 5th and 95th percentile of the replications (nearest rank); difference: per replication reform minus base (paired, common random numbers)',
  },
} as const;
