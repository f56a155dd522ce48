// History: what earlier months delivered and whether it was picked up. Read by matching for
// matches across consecutive months, repeat signals, recidive and consecutive creditors.
import * as z from 'zod';
import { monthOf } from '../calendar/months';
import { SectorSchema, SignalKindSchema } from '../model/enums';
import { IsoDateSchema, type IsoMonth, IsoMonthSchema } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { mayFollowUp } from '../model/person';
import { type Signal, signalHouseholdKey } from '../model/signal';

/**
 * The zod schema of a {@link HistoryEntry}.
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from '@signaalreis/core';
 * HistoryEntrySchema.safeParse({ month: '2026-09' }).success; // false
 * ```
 */
export const HistoryEntrySchema = z
  .object({
    month: IsoMonthSchema,
    signalId: z.string().min(1),
    partnerId: z.string().min(1),
    householdKey: z.string().min(1),
    sector: SectorSchema,
    kind: SignalKindSchema,
    signalDate: IsoDateSchema,
    arrearSince: IsoDateSchema,
    amountCents: z.number().int().positive(),
    naturalPerson: z.boolean(),
    /** Whether the municipality picked the signal up; unknown history counts as picked up. */
    pickedUp: z.boolean(),
    /** Whether the household was reached in a contact attempt (for routing), when known. */
    reached: z.boolean().optional(),
  })
  .strict();

/**
 * One signal of an earlier month, reduced to what matching needs (no names, no contact data).
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from '@signaalreis/core';
 * const e: HistoryEntry = { month: '2026-09', signalId: 'S1', partnerId: 'P1', householdKey: '7411AB 12',
 *   sector: 'rent', kind: 'early', signalDate: '2026-09-25', arrearSince: '2026-08-01',
 *   amountCents: 50000, naturalPerson: true, pickedUp: true };
 * ```
 */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * Turns the signals of earlier months into history. The month is the month of each signal's
 * date; `pickedUp` defaults to `true` (a plain signal file does not say what the municipality did).
 *
 * @example
 * ```ts
 * import { historyFromSignals } from '@signaalreis/core';
 * historyFromSignals(septemberSignals).length === septemberSignals.length; // true
 * ```
 */
export function historyFromSignals(
  signals: readonly Signal[],
  options: { pickedUp?: boolean } = {},
): HistoryEntry[] {
  return signals.map((s) => ({
    month: monthOf(s.signalDate),
    signalId: s.signalId,
    partnerId: s.partner.id,
    householdKey: signalHouseholdKey(s),
    sector: s.partner.sector,
    kind: s.kind,
    signalDate: s.signalDate,
    arrearSince: s.arrearSince,
    amountCents: s.amountCents,
    naturalPerson: mayFollowUp(s.person).allowed,
    pickedUp: options.pickedUp ?? true,
  }));
}

/**
 * History that matching can use, plus what was set aside and why.
 *
 * @example
 * ```ts
 * import { checkHistory, type CheckedHistory } from '@signaalreis/core';
 * const checked: CheckedHistory = checkHistory([], '2026-10'); // { entries: [], issues: [] }
 * ```
 */
export interface CheckedHistory {
  entries: HistoryEntry[];
  issues: Issue[];
}

/**
 * Checks history against the month being matched. Entries of the month itself or later are set
 * aside (`history_not_before_month`); a signal id that occurs twice is kept once
 * (`duplicate_history_signal`, e.g. two history files with overlapping months). Issue paths are
 * `['history', index]` of the input. Order of the result follows the input.
 *
 * @example
 * ```ts
 * import { checkHistory } from '@signaalreis/core';
 * checkHistory([...sept, ...sept], '2026-10').issues.length === sept.length; // true
 * ```
 */
export function checkHistory(history: readonly HistoryEntry[], month: IsoMonth): CheckedHistory {
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  const issues: Issue[] = [];
  history.forEach((e, i) => {
    if (e.month >= month) {
      issues.push(
        issue(
          'history_not_before_month',
          ['history', i],
          `History signal ${e.signalId} is of ${e.month}, not before the matching month ${month}; set aside`,
        ),
      );
      return;
    }
    const key = `${e.partnerId}\u0000${e.signalId}`;
    if (seen.has(key)) {
      issues.push(
        issue(
          'duplicate_history_signal',
          ['history', i],
          `History signal ${e.signalId} of ${e.partnerId} occurs more than once (overlapping history files?); kept once`,
        ),
      );
      return;
    }
    seen.add(key);
    entries.push(e);
  });
  return { entries, issues };
}
