// The texts of a simulation result's checks (issue 16): what is wrong with a simulation.json, in
// Dutch (B1, for researchers and policy officers) and English. Values from the file are shown as
// short, control-escaped excerpts.
import { excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';

type B = Bilingual;

/**
 * The messages of the simulation result's schema, registered in the repository's message catalogue.
 *
 * @example
 * ```ts
 * import { SIMULATION_RESULT_MESSAGES } from '@signaalreis/core';
 * SIMULATION_RESULT_MESSAGES.unknownScenario('visit-all').en; // 'No scenario "visit-all" in the list of scenarios'
 * ```
 */
export const SIMULATION_RESULT_MESSAGES = {
  measureId: {
    nl: 'Een maat-id is kleine letters, cijfers, _ en - (bijvoorbeeld help_accepted of attempts_home-visit)',
    en: 'A measure id is lower-case letters, digits, _ and - (e.g. help_accepted or attempts_home-visit)',
  },
  intervalOrder: {
    nl: 'De ondergrens van het interval (p05) ligt boven de bovengrens (p95)',
    en: 'The lower bound of the interval (p05) lies above the upper bound (p95)',
  },
  deltasTogether: {
    nl: 'Het verschil met de basis heeft een gemiddelde en beide grenzen, of geen van drieën',
    en: 'The difference to the base has a mean and both bounds, or none of the three',
  },
  monthsOrder: {
    nl: 'De maanden staan niet op volgorde of een maand staat er twee keer in',
    en: 'The months are not in order or a month is listed twice',
  },
  duplicateScenario: (id: string): B => ({
    nl: `Het scenario "${excerpt(id)}" staat twee keer in de lijst`,
    en: `The scenario "${excerpt(id)}" is listed twice`,
  }),
  noBase: {
    nl: 'Er is geen scenario "base": de basis waarmee elke hervorming wordt vergeleken',
    en: 'There is no scenario "base": the base every reform is compared with',
  },
  unknownScenario: (id: string): B => ({
    nl: `Het scenario "${excerpt(id)}" staat niet in de lijst van scenario's`,
    en: `No scenario "${excerpt(id)}" in the list of scenarios`,
  }),
  unknownMonth: (month: string): B => ({
    nl: `De maand ${excerpt(month)} hoort niet bij de gesimuleerde maanden`,
    en: `The month ${excerpt(month)} is not one of the simulated months`,
  }),
  duplicateRow: (scenario: string, month: string, measure: string): B => ({
    nl: `Er zijn twee regels voor scenario "${excerpt(scenario)}", maand ${excerpt(month)} en maat ${excerpt(measure)}`,
    en: `There are two rows for scenario "${excerpt(scenario)}", month ${excerpt(month)} and measure ${excerpt(measure)}`,
  }),
  deltaForBase: {
    nl: 'De basis heeft geen verschil met zichzelf: deltaMean, deltaP05 en deltaP95 zijn null',
    en: 'The base has no difference to itself: deltaMean, deltaP05 and deltaP95 are null',
  },
  deltaMissing: {
    nl: 'Een hervorming heeft een verschil met de basis: deltaMean, deltaP05 en deltaP95 ontbreken',
    en: 'A reform has a difference to the base: deltaMean, deltaP05 and deltaP95 are missing',
  },
} as const;
