// The outcome model's default parameters (issue 16), each with its source. Calibrated against two
// independent sources (docs/simulation.md, "Calibration"): the 66-signal sample of March 2023
// (`signaalreis-2023`) and the national monitor's reach per channel (`divosa-monitor`).
import type { OutcomeParameters } from './outcome-parameters';

const SAMPLE = 'signaalreis-2023, body, "Inzichten uit steekproef van 66 signalen"';
const MONITOR = 'divosa-monitor';
const LAB = 'schuldenlab-almelo-2020';

/**
 * The default outcome parameters. Per attempt: a letter, card, e-mail, sms or invitation reaches
 * 3.5 % (the monitor's 6 % "only in writing" also holds those whose planned call or visit was no
 * longer needed); a phone call 44 %, then 27 %, then 15 %; a home visit 38 %, then 13 % (two calls:
 * 59 %, two visits: 46 %, the monitor's reach with at least one call or visit). 35 % of those
 * reached accept help (the monitor, 2023). Follow-ups weighted as the sample (23 / 14 / 20 /
 * 26 / 18). An eviction risk of 13 in 105 and a cut-off risk of 4 in 105 without help, none with
 * help (the Schuldenlab Almelo case counts them as prevented).
 *
 * @example
 * ```ts
 * import { DEFAULT_OUTCOME_PARAMETERS } from '@signaalreis/core';
 * DEFAULT_OUTCOME_PARAMETERS.reach.byChannel.phone.byAttempt; // [0.44, 0.27, 0.15]: later calls reach fewer
 * DEFAULT_OUTCOME_PARAMETERS.acceptance.probability; // 0.35
 * ```
 */
export const DEFAULT_OUTCOME_PARAMETERS: OutcomeParameters = {
  reach: {
    byChannel: {
      letter: {
        byAttempt: [0.035],
        source: `${MONITOR} (signals approached only in writing: 6 % reached; they include those a planned call or visit was no longer needed for, so one letter reaches 3.5 %); ${SAMPLE} (12 letter-only addresses, 11 not reached)`,
      },
      card: {
        byAttempt: [0.035],
        source: 'project default (a personalised card counts as a letter: no source measures it)',
      },
      email: {
        byAttempt: [0.035],
        source: `project default (as a letter: no source measures e-mail alone; ${SAMPLE} reaches its 35 % with this value or with none)`,
      },
      sms: {
        byAttempt: [0.035],
        source: 'project default (as a letter: no source measures sms alone)',
      },
      phone: {
        byAttempt: [0.44, 0.27, 0.15],
        source: `${MONITOR} (at least one phone attempt: 59 % reached; "more attempts reach more people"); project default: the split over attempts`,
      },
      appointment: {
        byAttempt: [0.035],
        source:
          'project default (an invitation for an appointment counts as a letter: no source measures it)',
      },
      'home-visit': {
        byAttempt: [0.38, 0.13],
        source: `${MONITOR} (at least one home visit: 46 % reached; 2021: a visit reached the resident in over a third of attempts); project default: the split over attempts`,
      },
    },
    byTeam: {},
  },
  acceptance: {
    probability: 0.35,
    source: `${MONITOR} (2023: 35 % of those reached accept help); ${SAMPLE} (8 of 23 reached)`,
  },
  followUp: {
    withHelp: { grew: 23, bailiff: 14, 'paid-new-arrears': 20, settled: 26, unknown: 18 },
    withoutHelp: { grew: 23, bailiff: 14, 'paid-new-arrears': 20, settled: 26, unknown: 18 },
    source: `${SAMPLE} (debt development: 23 % grew, 14 % at a bailiff, 20 % paid but new arrears, 26 % settled, 18 % unknown; the percentages sum to 101 and are used as weights); project default: the sample gives no split by help, so both groups get its margins`,
  },
  eviction: {
    withoutHelp: 13 / 105,
    withHelp: 0,
    sectors: ['rent'],
    source: `${LAB} (13 evictions prevented in 105 cases); project default: read as the risk without help, none with help, for cases with rent arrears`,
  },
  cutOff: {
    withoutHelp: 4 / 105,
    withHelp: 0,
    sectors: ['energy', 'water'],
    source: `${LAB} (4 cut-offs of gas, water and power prevented in 105 cases); project default: read as the risk without help, none with help, for cases with energy or water arrears`,
  },
};
