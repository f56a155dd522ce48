// The deadlines of the signal journey, as data, and how a deadline date is computed.

import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import { addDays } from './days';
import { assertIsoDate } from './iso';
import { addWorkingDays, workingDayOnOrAfter } from './working-days';

/**
 * The id of a deadline in {@link DEADLINES}.
 */
export type DeadlineId =
  | 'threatening-contact'
  | 'first-conversation'
  | 'feedback-closure'
  | 'collection-pause';

/**
 * The unit a deadline's amount counts in: working days (Algemene termijnenwet), calendar days or
 * weeks of 7 calendar days.
 */
export type DeadlineUnit = 'working-days' | 'days' | 'weeks';

/**
 * One deadline of the journey: a term of `amount` `unit`s counted from a start date.
 *
 * @example
 * ```ts
 * import type { DeadlineDefinition } from '@signaalreis/core';
 * const d: DeadlineDefinition = {
 *   id: 'feedback-closure', label: { nl: 'Terugkoppeling / automatisch afsluiten', en: 'Feedback / automatic closure' },
 *   amount: 28, unit: 'days', extendsToWorkingDay: false, source: 'signaalreis-2023',
 * };
 * ```
 */
export interface DeadlineDefinition {
  /** Stable id. */
  readonly id: DeadlineId;
  /** Label for people, in Dutch and English. */
  readonly label: Bilingual;
  /** How many units the term lasts (a positive integer). */
  readonly amount: number;
  /** What the amount counts. */
  readonly unit: DeadlineUnit;
  /**
   * Whether an end on a Saturday, Sunday or holiday moves to the next working day (Algemene
   * termijnenwet art. 1): true for statutory terms, false for practice terms.
   */
  readonly extendsToWorkingDay: boolean;
  /** Where the term comes from: a source key of docs/sources.md (a law or a report). */
  readonly source: string;
}

/**
 * The deadlines of the signal journey, as data.
 *
 * - `threatening-contact`: act within 3 working days on a threatening situation (forced eviction,
 *   end of supply of energy or water, termination of the health insurance). Source: Wgs.
 * - `first-conversation`: offer a first conversation within 4 weeks of the signal. Source: Wgs.
 * - `feedback-closure`: feedback to the partner, at the latest after 28 days (automatic closure
 *   after 4 weeks). Source: signaalreis-2023.
 * - `collection-pause`: help acceptance suspends collection for 30 days ("incassorust").
 *   Source: signaalreis-2023.
 *
 * The Algemene termijnenwet applies to terms set by law, so only the two Wgs terms have
 * `extendsToWorkingDay: true` (art. 1: a term ending on a Saturday, Sunday or holiday runs on to the
 * next working day). The 28 and 30 days are agreements of practice between municipalities and
 * partners, counted in plain calendar days, so they may end on a weekend. (Art. 2, at least two
 * working days in a term of three days or more, is met by every term here.)
 *
 * @example
 * ```ts
 * import { DEADLINES } from '@signaalreis/core';
 * DEADLINES.find((d) => d.id === 'threatening-contact'); // { amount: 3, unit: 'working-days', … }
 * ```
 */
export const DEADLINES: readonly DeadlineDefinition[] = Object.freeze([
  Object.freeze({
    id: 'threatening-contact',
    label: { nl: 'Acteren bij een bedreigende situatie', en: 'Act on a threatening situation' },
    amount: 3,
    unit: 'working-days',
    extendsToWorkingDay: true,
    source: 'wgs',
  }),
  Object.freeze({
    id: 'first-conversation',
    label: { nl: 'Eerste gesprek aangeboden', en: 'First conversation offered' },
    amount: 4,
    unit: 'weeks',
    extendsToWorkingDay: true,
    source: 'wgs',
  }),
  Object.freeze({
    id: 'feedback-closure',
    label: {
      nl: 'Terugkoppeling aan de partner / automatisch afsluiten',
      en: 'Feedback to the partner / automatic closure',
    },
    amount: 28,
    unit: 'days',
    extendsToWorkingDay: false,
    source: 'signaalreis-2023',
  }),
  Object.freeze({
    id: 'collection-pause',
    label: { nl: 'Incassorust na hulpacceptatie', en: 'Collection pause after help acceptance' },
    amount: 30,
    unit: 'days',
    extendsToWorkingDay: false,
    source: 'signaalreis-2023',
  }),
] satisfies DeadlineDefinition[]);

/**
 * The last day of a deadline that starts on `from` (the day of the event, e.g. receipt of the
 * signal; counting begins the day after). Working days count with {@link addWorkingDays}; days and
 * weeks are calendar days. When the definition has `extendsToWorkingDay`, an end on a Saturday,
 * Sunday or holiday moves to the next working day (Algemene termijnenwet art. 1).
 *
 * Throws a `RangeError` for an unknown id or a malformed date (programming errors).
 *
 * Source: see {@link DEADLINES}; Algemene termijnenwet art. 1 (the extension).
 *
 * @example
 * ```ts
 * import { asIsoDate, deadline } from '@signaalreis/core';
 * deadline('threatening-contact', asIsoDate('2026-12-24')); // '2026-12-30'
 * deadline('first-conversation', asIsoDate('2026-10-03')); // '2026-11-02' (4 weeks end on Saturday 31 Oct)
 * deadline('feedback-closure', asIsoDate('2026-10-03')); // '2026-10-31' (a practice term: not extended)
 * ```
 */
export function deadline(id: DeadlineId, from: IsoDate): IsoDate {
  const def = DEADLINES.find((d) => d.id === id);
  if (def === undefined) {
    throw new RangeError(`Unknown deadline id ${JSON.stringify(id)}; see DEADLINES`);
  }
  assertIsoDate(from, 'from');
  const end =
    def.unit === 'working-days'
      ? addWorkingDays(from, def.amount)
      : addDays(from, def.unit === 'weeks' ? def.amount * 7 : def.amount);
  return def.extendsToWorkingDay ? workingDayOnOrAfter(end) : end;
}
