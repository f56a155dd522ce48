// Every messages file of core, in one object, so that one test (in adapters, beside the command
// line's own catalogue) can walk every text of the repository: both languages, no `undefined`.
import { CRITERIA_MESSAGES } from './criteria/messages';
import { INTAKE_MESSAGES, MATCH_PERSON_MESSAGES } from './intake/messages';
import { MESSAGES as LIFECYCLE_MESSAGES, TABLE_MESSAGES, VERIFY_MESSAGES } from './lifecycle/messages';
import { MATCHING_MESSAGES } from './matching/messages';
import { REPORT_MESSAGES } from './report/messages';
import { ROUTING_MESSAGES } from './routing/messages';
import { RULE_MESSAGES } from './rules/messages';
import { SIMULATION_MESSAGES } from './simulation/messages';
import { POPULATION_MESSAGES } from './simulation/population/messages';
import { SIMULATION_RESULT_MESSAGES } from './simulation/result-messages';
import { VLP_MESSAGES } from './vlp/messages';

/**
 * The message catalogues of core by name: each a record of `Bilingual` texts and functions that
 * make one. Read-only; for walking every message (tests, translators), not for picking one.
 *
 * @example
 * ```ts
 * import { CORE_MESSAGE_CATALOGUES } from '@signaalreis/core';
 * Object.keys(CORE_MESSAGE_CATALOGUES); // ['criteria', 'intake', 'matchPerson', 'lifecycle', …]
 * CORE_MESSAGE_CATALOGUES.intake.outOfWindow('too-young', 30, Number.POSITIVE_INFINITY).nl;
 * // 'De achterstand is te jong voor het venster van 30 dagen of meer'
 * ```
 */
export const CORE_MESSAGE_CATALOGUES = {
  criteria: CRITERIA_MESSAGES,
  intake: INTAKE_MESSAGES,
  matchPerson: MATCH_PERSON_MESSAGES,
  lifecycle: LIFECYCLE_MESSAGES,
  lifecycleTable: TABLE_MESSAGES,
  lifecycleVerify: VERIFY_MESSAGES,
  matching: MATCHING_MESSAGES,
  report: REPORT_MESSAGES,
  routing: ROUTING_MESSAGES,
  rules: RULE_MESSAGES,
  simulation: SIMULATION_MESSAGES,
  population: POPULATION_MESSAGES,
  simulationResult: SIMULATION_RESULT_MESSAGES,
  vlp: VLP_MESSAGES,
} as const;
