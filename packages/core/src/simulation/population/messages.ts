// The texts of the synthetic population (issue 16): issues about its options and parameters and
// the warnings of a simulated month, in Dutch (B1) and English.
import type { Bilingual } from '../../model/text';

type B = Bilingual;

/**
 * The messages of the synthetic population, registered in the repository's message catalogue.
 *
 * @example
 * ```ts
 * import { POPULATION_MESSAGES } from '@signaalreis/core/simulation';
 * POPULATION_MESSAGES.noCriteria('water').en; // 'No criteria table for sector water: its arrears give no signals'
 * ```
 */
export const POPULATION_MESSAGES = {
  rangeReversed: {
    nl: 'Het begin van het bereik ligt na het einde',
    en: 'The start of the range is after its end',
  },
  dueAfterLedger: {
    nl: 'Een termijn moet vóór de dag van de grootboekstand (ledgerDay) vervallen',
    en: 'A term must fall due before the ledger day (ledgerDay)',
  },
  badSeed: {
    nl: 'De seed is een tekst van 1 tot en met 200 tekens',
    en: 'The seed is a text of 1 to 200 characters',
  },
  badReplication: {
    nl: 'Het herhalingsnummer is een geheel getal van 0 tot en met 1.000.000',
    en: 'The replication number is a whole number from 0 to 1,000,000',
  },
  noSize: {
    nl: 'Geef de gemeente een type (small, medium, large, regional) of een aantal inwoners',
    en: 'Give the municipality a type (small, medium, large, regional) or a number of inhabitants',
  },
  badStart: {
    nl: 'De eerste maand is een maand als 2027-01 (JJJJ-MM)',
    en: 'The first month is a month such as 2027-01 (YYYY-MM)',
  },
  badInhabitants: {
    nl: 'Het aantal inwoners is een geheel getal van 1 tot en met 20.000.000',
    en: 'The number of inhabitants is a whole number from 1 to 20,000,000',
  },
  startOutsideCalendar: (month: string, from: number, to: number): B => ({
    nl: `De eerste maand ${month} ligt buiten de kalender (${from}–${to})`,
    en: `The first month ${month} is outside the calendar (${from}–${to})`,
  }),
  noCriteria: (sector: string): B => ({
    nl: `Geen criteriatabel voor sector ${sector}: de achterstanden in deze sector geven geen signalen`,
    en: `No criteria table for sector ${sector}: its arrears give no signals`,
  }),
  criteriaFailed: (sector: string, count: number): B => ({
    nl: `${count} regels van sector ${sector} konden niet worden beoordeeld en geven geen signaal`,
    en: `${count} rows of sector ${sector} could not be evaluated and give no signal`,
  }),
  notASector: (key: string): B => ({
    nl: `"${key}" is geen sector van de gesimuleerde bevolking (health, energy, rent, water)`,
    en: `"${key}" is not a sector of the simulated population (health, energy, rent, water)`,
  }),
} as const;
