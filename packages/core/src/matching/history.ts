// History: what earlier months delivered and whether it was picked up. Read by matching for
// matches across consecutive months, repeat signals, recidive and consecutive creditors.
import * as z from 'zod';
import { monthOf } from '../calendar/months';
import { SECTORS, SectorSchema, SIGNAL_KINDS, SignalKindSchema } from '../model/enums';
import {
  HouseholdKeySchema,
  isHouseholdKey,
  isPartnerId,
  isSignalId,
  PartnerIdSchema,
  SignalIdSchema,
} from '../model/ids';
import { IsoDateSchema, type IsoMonth, IsoMonthSchema, isIsoDate, isIsoMonth } from '../model/iso-date';
import { type Issue, issue } from '../model/issue';
import { mayFollowUpAllowed } from '../model/person';
import { type Signal, signalHouseholdKey } from '../model/signal';
import { MATCHING_MESSAGES as M } from './messages';
import { PairSet } from './pair-set';
import { type Check, rememberingCheck } from './signal-check';

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
    signalId: SignalIdSchema,
    partnerId: PartnerIdSchema,
    householdKey: HouseholdKeySchema,
    sector: SectorSchema,
    kind: SignalKindSchema,
    signalDate: IsoDateSchema,
    arrearSince: IsoDateSchema,
    amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>(),
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
 * import { HistoryEntrySchema, type HistoryEntry } from '@signaalreis/core';
 * // ids, dates and cents are branded: history from a file is parsed, history of signals is made
 * // by historyFromSignals
 * const e: HistoryEntry = HistoryEntrySchema.parse({ month: '2026-09', signalId: 'S1', partnerId: 'P1',
 *   householdKey: '7411AB 12', sector: 'rent', kind: 'early', signalDate: '2026-09-25',
 *   arrearSince: '2026-08-01', amountCents: 50000, naturalPerson: true, pickedUp: true });
 * ```
 */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const ENTRY_KEYS: ReadonlySet<string> = new Set(Object.keys(HistoryEntrySchema.shape));

/**
 * Whether `e` is a {@link HistoryEntry}: what {@link HistoryEntrySchema} accepts (a property test
 * holds the two together for any value; an object whose prototype adds enumerable keys is refused
 * here), without zod's parse — for readers of many entries that only need a yes (the schema
 * explains a no).
 *
 * @example
 * ```ts
 * import { isHistoryEntry } from '@signaalreis/core';
 * isHistoryEntry({ month: '2026-09', signalId: 'S1', partnerId: 'P1', householdKey: '7411AB 12',
 *   sector: 'rent', kind: 'early', signalDate: '2026-09-25', arrearSince: '2026-08-01',
 *   amountCents: 50000, naturalPerson: true, pickedUp: true }); // true
 * isHistoryEntry({ month: '2026-09', signalId: 'S1' }); // false
 * ```
 */
export function isHistoryEntry(e: unknown): e is HistoryEntry {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const x = e as Record<string, unknown>;
  for (const key in x) if (!ENTRY_KEYS.has(key) || !Object.hasOwn(x, key)) return false;
  return (
    isIsoMonth(x.month) &&
    isSignalId(x.signalId) &&
    isPartnerId(x.partnerId) &&
    isHouseholdKey(x.householdKey) &&
    sectors.has(x.sector) &&
    kinds.has(x.kind) &&
    isIsoDate(x.signalDate) &&
    isIsoDate(x.arrearSince) &&
    isPositiveCents(x.amountCents) &&
    typeof x.naturalPerson === 'boolean' &&
    typeof x.pickedUp === 'boolean' &&
    (x.reached === undefined || typeof x.reached === 'boolean')
  );
}

/**
 * Turns the signals of earlier months into history. The month is the month of each signal's
 * date; `pickedUp` defaults to `true` (a plain signal file does not say what the municipality did).
 *
 * @example
 * ```ts
 * import { historyFromSignals, type Signal } from '@signaalreis/core';
 * declare const september: Signal[]; // last month's signals
 * const history = historyFromSignals(september);
 * history[0]?.month; // '2026-09': the month of the signal's date
 * history[0]?.pickedUp; // true: a plain signal file does not say what was done
 * historyFromSignals(september, { pickedUp: false })[0]?.pickedUp; // false
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
    naturalPerson: mayFollowUpAllowed(s.person),
    pickedUp: options.pickedUp ?? true,
  }));
}

/**
 * History that matching can use, plus what was set aside and why.
 *
 * @example
 * ```ts
 * import { asIsoMonth, checkHistory, type CheckedHistory } from '@signaalreis/core';
 * const checked: CheckedHistory = checkHistory([], asIsoMonth('2026-10')); // { entries: [], issues: [] }
 * ```
 */
export interface CheckedHistory {
  entries: HistoryEntry[];
  issues: Issue[];
}

const sectors: ReadonlySet<unknown> = new Set(SECTORS);
const kinds: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const isPositiveCents = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/**
 * The first field of a history entry that matching could not work with (a cheap structural check,
 * a subset of {@link HistoryEntrySchema}), or `undefined`; `''` when it is not an object.
 */
function entryProblem(e: unknown, isDate: Check, isMonth: Check): string | undefined {
  if (typeof e !== 'object' || e === null) return '';
  const x = e as Record<string, unknown>;
  if (!isMonth(x.month)) return 'month';
  if (!isText(x.signalId)) return 'signalId';
  if (!isText(x.partnerId)) return 'partnerId';
  if (!isText(x.householdKey)) return 'householdKey';
  if (!sectors.has(x.sector)) return 'sector';
  if (!kinds.has(x.kind)) return 'kind';
  if (!isDate(x.signalDate)) return 'signalDate';
  if (!isDate(x.arrearSince)) return 'arrearSince';
  if (!isPositiveCents(x.amountCents)) return 'amountCents';
  if (typeof x.naturalPerson !== 'boolean') return 'naturalPerson';
  if (typeof x.pickedUp !== 'boolean') return 'pickedUp';
  if (x.reached !== undefined && typeof x.reached !== 'boolean') return 'reached';
  return undefined;
}

/**
 * Checks history against the month being matched. An entry matching cannot read (e.g. an
 * unchecked object with a missing date) is set aside (`invalid_history_entry`); entries of the
 * month itself or later are set aside (`history_not_before_month`); a signal id that occurs twice
 * is kept once (`duplicate_history_signal`, e.g. two history files with overlapping months). Issue
 * paths are `['history', index]` of the input. Order of the result follows the input.
 *
 * @example
 * ```ts
 * import { asIsoMonth, checkHistory, type HistoryEntry } from '@signaalreis/core';
 * declare const september: HistoryEntry[]; // two entries of 2026-09
 * const twice = checkHistory([...september, ...september], asIsoMonth('2026-10'));
 * twice.entries.length; // 2: each signal id is kept once
 * twice.issues.map((i) => i.path); // [['history', 2], ['history', 3]] (duplicate_history_signal)
 * checkHistory(september, asIsoMonth('2026-09')).entries.length; // 0: history_not_before_month
 * ```
 */
export function checkHistory(history: readonly HistoryEntry[], month: IsoMonth): CheckedHistory {
  const seen = new PairSet();
  const entries: HistoryEntry[] = [];
  const issues: Issue[] = [];
  const isDate = rememberingCheck(isIsoDate);
  const isMonth = rememberingCheck(isIsoMonth);
  history.forEach((e, i) => {
    const problem = entryProblem(e, isDate, isMonth);
    if (problem !== undefined) {
      const path = problem === '' ? ['history', i] : ['history', i, problem];
      issues.push(issue('invalid_history_entry', path, M.invalidHistoryEntry(problem)));
      return;
    }
    if (e.month >= month) {
      issues.push(
        issue(
          'history_not_before_month',
          ['history', i],
          M.historyNotBeforeMonth(e.signalId, e.month, month),
        ),
      );
      return;
    }
    if (!seen.add(e.partnerId, e.signalId)) {
      issues.push(
        issue('duplicate_history_signal', ['history', i], M.duplicateHistory(e.signalId, e.partnerId)),
      );
      return;
    }
    entries.push(e);
  });
  return { entries, issues };
}

/**
 * What {@link historySieve} keeps, and how entries go in.
 *
 * @example
 * ```ts
 * import type { HistorySieve } from '@signaalreis/core';
 * const addAll = (sieve: HistorySieve, file: Iterable<Parameters<HistorySieve['add']>[0]>) => {
 *   for (const e of file) sieve.add(e);
 * };
 * ```
 */
export interface HistorySieve {
  /** Takes the next history entry, in the order `checkHistory` would see it. */
  add(entry: HistoryEntry): void;
  /** The entries kept so far, in order. */
  readonly entries: readonly HistoryEntry[];
}

/**
 * History taken an entry at a time, keeping only what matching a month can read: the entries
 * {@link checkHistory} keeps (readable, before the month, each signal once — the first) of the
 * households given. Matching reads a household's history only when the household has signals this
 * month, so `matchMonth` with the sieved entries gives the same cases as with all of them — only
 * its `issues` about history leave out the households not given. For a national year, where most
 * of eleven months' history is of households without a signal this month.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type HistoryEntry, historySieve, matchMonth, type Signal, signalHouseholdKey } from '@signaalreis/core';
 * declare const october: Signal[];
 * declare const earlierMonths: HistoryEntry[][]; // one list per history file, oldest first
 * const sieve = historySieve(asIsoMonth('2026-10'), new Set(october.map(signalHouseholdKey)));
 * for (const file of earlierMonths) for (const e of file) sieve.add(e);
 * matchMonth({ month: asIsoMonth('2026-10'), signals: october, history: sieve.entries }); // the same cases
 * ```
 *
 * Without `households` every household's entries are kept: the checks that do not depend on the
 * household, for one history file read apart (the command line reads large history files in
 * worker threads while it reads the month, and picks the month's households afterwards).
 *
 * @example
 * ```ts
 * import { asIsoMonth, type HistoryEntry, historySieve } from '@signaalreis/core';
 * declare const file: HistoryEntry[];
 * const apart = historySieve(asIsoMonth('2026-10'));
 * for (const e of file) apart.add(e);
 * apart.entries; // readable, before October, each signal once (the first), of any household
 * ```
 */
export function historySieve(month: IsoMonth, households?: ReadonlySet<string>): HistorySieve {
  const seen = new PairSet();
  const entries: HistoryEntry[] = [];
  const isDate = rememberingCheck(isIsoDate);
  const isMonth = rememberingCheck(isIsoMonth);
  return {
    add(e) {
      if (entryProblem(e, isDate, isMonth) !== undefined || e.month >= month) return;
      // the pair of checkHistory: the first of two entries with it is kept, whatever its household
      if (!seen.add(e.partnerId, e.signalId)) return;
      if (households === undefined || households.has(e.householdKey)) entries.push(e);
    },
    entries,
  };
}
