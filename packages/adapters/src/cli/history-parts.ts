// `run`'s history sieve (core's historySieve over every history file in order) split so that each
// file can be read apart — in a worker thread, while the month's file is read — and the parts
// merged afterwards into exactly the entries the sieve keeps.
import type { HistoryEntry } from '@signaalreis/core';

/** The key under which historySieve (and checkHistory) keeps a signal once: its partner and id. */
export const historyKey = (e: Pick<HistoryEntry, 'partnerId' | 'signalId'>): string =>
  `${e.partnerId}\u0000${e.signalId}`;

/**
 * One history file's share of the sieve, once the month's households are known.
 *
 * @example
 * ```ts
 * import type { HistoryPart } from './history-parts';
 * const empty: HistoryPart = { entries: [], otherKeys: [] };
 * ```
 */
export interface HistoryPart {
  /** What the file's own sieve kept (`historySieve(month)`, no households), of the month's households, in file order. */
  entries: HistoryEntry[];
  /** The keys of what it kept of other households: they still hide a later file's entries. */
  otherKeys: string[];
}

/**
 * Splits what a file's own sieve kept (readable, before the month, each key once — the first) by
 * the month's households: their entries, and only the keys of the others.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type HistoryEntry, historySieve } from '@signaalreis/core';
 * import { splitHistory } from './history-parts';
 * declare const file: HistoryEntry[];
 * const apart = historySieve(asIsoMonth('2026-10'));
 * for (const e of file) apart.add(e);
 * const part = splitHistory(apart.entries, new Set(['7411AB 12']));
 * ```
 */
export function splitHistory(kept: readonly HistoryEntry[], households: ReadonlySet<string>): HistoryPart {
  const part: HistoryPart = { entries: [], otherKeys: [] };
  for (const e of kept) {
    if (households.has(e.householdKey)) part.entries.push(e);
    else part.otherKeys.push(historyKey(e));
  }
  return part;
}

/**
 * Merges the files' parts in file order into what one `historySieve(month, households)` over all
 * files in order keeps: an entry stays unless an earlier file kept its key (of whatever household).
 * Within a part every key occurs once, so each file's keys can be added as they are read.
 *
 * @example
 * ```ts
 * import { type HistoryPart, mergeHistoryParts } from './history-parts';
 * declare const parts: HistoryPart[]; // one per history file, in the order given
 * const entries = mergeHistoryParts(parts); // the sieve's entries
 * ```
 */
export function mergeHistoryParts(parts: readonly HistoryPart[]): HistoryEntry[] {
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const part of parts) {
    const keys = part.entries.map(historyKey);
    part.entries.forEach((e, i) => {
      if (!seen.has(keys[i] as string)) entries.push(e);
    });
    for (const k of keys) seen.add(k);
    for (const k of part.otherKeys) seen.add(k);
  }
  return entries;
}
