// The history a simulated unit carries from month to month (session 51): each month hands the
// engine only the entries of the households with a signal that month — what matching reads —
// instead of the whole retained window (six national months are ~480,000 entries, each checked and
// grouped again by matching every month).
import {
  checkHistory,
  type HistoryEntry,
  type IsoMonth,
  monthsBetween,
  type Signal,
  signalHouseholdKey,
} from '@signaalreis/core';

/**
 * The households of a month's signals, once for every scenario given the same list; `undefined`
 * when something in the list is not a usable signal (matching says what).
 */
export function monthHouseholds(signals: readonly Signal[]): Set<string> | undefined {
  const households = new Set<string>();
  try {
    for (const s of signals) households.add(signalHouseholdKey(s));
  } catch {
    return undefined;
  }
  return households;
}

/**
 * A unit's history: the entries of the months matching looks back to, by month (oldest first).
 * For a month's signals it gives what `checkHistory` keeps of the whole window, of the month's
 * households only — the same cases from matching (`historySieve` of core says why) — as long as no
 * signal id has come twice in the unit; once one has (a source that gives its ids again in later
 * months), the whole window, as before, and matching keeps the first of each partner and id.
 */
export class UnitHistory {
  readonly #months = new Map<IsoMonth, HistoryEntry[]>();
  /** The signal ids of the entries in the window (the strings the entries hold). */
  readonly #ids = new Set<string>();
  #twice = false;

  constructor(readonly keep: number) {}

  /** Drops what the month no longer looks back to: entries more than `keep` months before it. */
  forget(month: IsoMonth): void {
    for (const [m, entries] of this.#months) {
      if (monthsBetween(m, month) <= this.keep) continue;
      this.#months.delete(m);
      if (!this.#twice) for (const e of entries) this.#ids.delete(e.signalId);
    }
  }

  /**
   * Takes a month's new entries (before `before`): those `checkHistory` sets aside whatever else
   * the window holds — unreadable, not before the month, twice within these — are left out.
   */
  add(entries: readonly HistoryEntry[], before: IsoMonth): void {
    for (const e of checkHistory(entries, before).entries) {
      const list = this.#months.get(e.month);
      if (list) list.push(e);
      else this.#months.set(e.month, [e]);
      if (this.#twice) continue;
      if (this.#ids.has(e.signalId)) {
        this.#twice = true; // from now on the whole window: matching sorts the pairs out
        this.#ids.clear();
      } else this.#ids.add(e.signalId);
    }
  }

  /**
   * What matching reads of the window for a month whose signals are of these households (see the
   * class; {@link monthHouseholds}); `undefined` — a list with something that is not a signal —
   * gives the whole window, as before.
   */
  for(households: ReadonlySet<string> | undefined): HistoryEntry[] {
    if (households === undefined || this.#twice) return this.#all();
    const out: HistoryEntry[] = [];
    for (const entries of this.#months.values())
      for (const e of entries) if (households.has(e.householdKey)) out.push(e);
    return out;
  }

  #all(): HistoryEntry[] {
    const all: HistoryEntry[] = [];
    for (const entries of this.#months.values()) for (const e of entries) all.push(e);
    return all;
  }
}
