// The two sources the outcome model is calibrated against (issue 16), as data: each a population
// of signals with a contact plan per group, and the figures the source reports.
import type { Bilingual } from '../model/text';
import type { PlannedAttempt } from './outcome-model';

/** What a calibration figure counts, as a share of the source's population. */
export type CalibrationMeasure =
  | 'not-picked-up'
  | 'not-reached'
  | 'reached-no-help'
  | 'help-accepted'
  | 'reached'
  | 'reached-letter-only'
  | 'reached-with-phone'
  | 'reached-with-visit'
  | 'help-of-reached'
  | 'phone-of-helped';

/**
 * One group of a calibration population: how many signals, and their contact plan (`null`: not
 * picked up, no contact; `'unknown'`: the source does not know the outcome, left out of every figure).
 *
 * @example
 * ```ts
 * import type { CalibrationGroup } from '@signaalreis/core';
 * const g: CalibrationGroup = { id: 'letter-only', count: 12, plan: [{ channel: 'letter' }] };
 * ```
 */
export interface CalibrationGroup {
  id: string;
  count: number;
  plan: readonly PlannedAttempt[] | null | 'unknown';
}

/**
 * A calibration source: its population, the figures it reports (percent of the population the
 * measure names), and whether each is checked within the tolerance or only shown.
 *
 * @example
 * ```ts
 * import type { CalibrationSource } from '@signaalreis/core';
 * const size = (s: CalibrationSource) => s.groups.reduce((n, g) => n + g.count, 0);
 * ```
 */
export interface CalibrationSource {
  id: string;
  label: Bilingual;
  source: string;
  groups: readonly CalibrationGroup[];
  targets: readonly { measure: CalibrationMeasure; percent: number; checked: boolean }[];
}

const letter: PlannedAttempt = { channel: 'letter' };
const phone: PlannedAttempt = { channel: 'phone' };
const visit: PlannedAttempt = { channel: 'home-visit' };
const email: PlannedAttempt = { channel: 'email' };

/**
 * The random sample of 66 signals of March 2023 (`signaalreis-2023`): 5 not picked up, 1 outcome
 * unknown, 60 picked up — 12 only a letter; of the others phone 35 (59 %), e-mail 31 (52 %), both
 * 20, sms 1 (2 %), a home visit 6 (10 %). How the visits and the sms combine with the other channels
 * and the number of attempts (calls and visits 2, "doorgaans 2 pogingen" of municipality 1; the
 * rest 1) are a project default. Its figures: 56 % not reached, 23 % reached without help, 12 %
 * help accepted, 8 % not picked up (checked); 1 of 12 letter-only reached, 7 of 8 helped had a
 * call (shown: too few to check).
 *
 * @example
 * ```ts
 * import { SAMPLE_2023 } from '@signaalreis/core';
 * SAMPLE_2023.groups.reduce((n, g) => n + g.count, 0); // 66
 * ```
 */
export const SAMPLE_2023: CalibrationSource = {
  id: 'sample-2023',
  label: { nl: 'Steekproef van 66 signalen (maart 2023)', en: 'Sample of 66 signals (March 2023)' },
  source:
    'signaalreis-2023, body, "Inzichten uit steekproef van 66 signalen"; project default: how the channels combine',
  groups: [
    { id: 'not-picked-up', count: 5, plan: null },
    { id: 'unknown', count: 1, plan: 'unknown' },
    { id: 'letter-only', count: 12, plan: [letter] },
    { id: 'visit', count: 2, plan: [visit, visit] },
    { id: 'visit-phone', count: 4, plan: [visit, visit, phone, phone] },
    { id: 'phone-email', count: 20, plan: [phone, phone, email] },
    { id: 'phone', count: 10, plan: [phone, phone] },
    { id: 'phone-sms', count: 1, plan: [phone, phone, { channel: 'sms' }] },
    { id: 'email', count: 11, plan: [email] },
  ],
  targets: [
    { measure: 'not-reached', percent: 56, checked: true },
    { measure: 'reached-no-help', percent: 23, checked: true },
    { measure: 'help-accepted', percent: 12, checked: true },
    { measure: 'not-picked-up', percent: 8, checked: true },
    { measure: 'reached-letter-only', percent: (1 / 12) * 100, checked: false },
    { measure: 'phone-of-helped', percent: 88, checked: false },
  ],
};

/**
 * The national monitor (`divosa-monitor`, 2022–2023 data): about 1 in 5 signals reached; only in
 * writing 6 %, with at least one call 59 %, with at least one home visit 46 %; 35 % of those reached
 * accept help, 7 % of all signals. The monitor's figures per channel are checked against the
 * model's channels; the national mix of 1,000 signals — 20 % not picked up, 40 % only a letter,
 * 20 % a letter and two calls, 10 % a letter and two visits, 10 % one e-mail — is a project
 * default (the sources give no mix), so the overall 1 in 5 checks the mix as much as the model.
 *
 * @example
 * ```ts
 * import { NATIONAL_MONITOR } from '@signaalreis/core';
 * NATIONAL_MONITOR.targets.find((t) => t.measure === 'reached-with-phone')?.percent; // 59
 * ```
 */
export const NATIONAL_MONITOR: CalibrationSource = {
  id: 'national-monitor',
  label: { nl: 'Landelijke monitor (2022–2023)', en: 'National monitor (2022–2023)' },
  source: 'divosa-monitor; project default: the national channel mix',
  groups: [
    { id: 'not-picked-up', count: 200, plan: null },
    { id: 'letter-only', count: 400, plan: [letter] },
    { id: 'letter-phone', count: 200, plan: [letter, phone, phone] },
    { id: 'letter-visit', count: 100, plan: [letter, visit, visit] },
    { id: 'email', count: 100, plan: [email] },
  ],
  targets: [
    { measure: 'reached', percent: 20, checked: true },
    { measure: 'reached-letter-only', percent: 6, checked: true },
    { measure: 'reached-with-phone', percent: 59, checked: true },
    { measure: 'reached-with-visit', percent: 46, checked: true },
    { measure: 'help-of-reached', percent: 35, checked: true },
    { measure: 'help-accepted', percent: 7, checked: true },
  ],
};
