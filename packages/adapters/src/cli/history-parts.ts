// `run`'s history sieve (core's historySieve over every history file in order) split so that each
// file can be read apart — in a worker thread, while the month's file is read — and the parts
// merged afterwards into exactly the entries the sieve keeps. The threads send little back: each
// file's entries of the month's households, and then only those keys of later files' entries that
// the file kept for another household (a second question on the thread's port), not every key.
import type { HistoryEntry } from '@signaalreis/core';

/** The key under which historySieve (and checkHistory) keeps a signal once: its partner and id. */
export const historyKey = (e: { partnerId: string; signalId: string }): string =>
  `${e.partnerId}\u0000${e.signalId}`;

/**
 * One history file's share of the sieve, once the month's households are known and the file has
 * been asked about the keys of later files.
 *
 * @example
 * ```ts
 * import type { HistoryPart } from './history-parts';
 * const empty: HistoryPart = { entries: [], hiding: [] };
 * ```
 */
export interface HistoryPart {
  /** What the file's own sieve kept (`historySieve(month)`, no households), of the month's households, in file order. */
  entries: HistoryEntry[];
  /**
   * Keys the file kept (of any household) among those it was asked about ({@link historyQuestions}):
   * they hide a later file's entries. Keys of `entries` may be left out (they hide anyway).
   */
  hiding: string[];
}

/**
 * What a file's own sieve kept (readable, before the month, each key once — the first), of the
 * month's households, in file order: what a thread sends back first.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type HistoryEntry, historySieve } from '@signaalreis/core';
 * import { monthEntries } from './history-parts';
 * declare const file: HistoryEntry[];
 * const apart = historySieve(asIsoMonth('2026-10'));
 * for (const e of file) apart.add(e);
 * const entries = monthEntries(apart.entries, new Set(['7411AB 12']));
 * ```
 */
export function monthEntries(kept: readonly HistoryEntry[], households: ReadonlySet<string>): HistoryEntry[] {
  return kept.filter((e) => households.has(e.householdKey));
}

/**
 * The keys each file is asked about, given every file's {@link monthEntries} in file order: those of
 * later files' entries that no entry of this file or an earlier one has (an entry with the key hides
 * the later entries anyway). Only a file's keys of other households can hide an entry beyond that,
 * and only an entry of a later file: so these questions are all that is needed (the last file is
 * asked nothing).
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from '@signaalreis/core';
 * import { historyQuestions } from './history-parts';
 * declare const entries: HistoryEntry[][]; // monthEntries of each file, in the order given
 * const questions = historyQuestions(entries); // questions[i]: keys to look up in file i
 * ```
 */
export function historyQuestions(entries: readonly (readonly HistoryEntry[])[]): string[][] {
  // a key is asked of every file before the first whose entries have it
  const first = new Map<string, number>();
  entries.forEach((file, i) => {
    for (const e of file) {
      const k = historyKey(e);
      if (!first.has(k)) first.set(k, i);
    }
  });
  const questions = entries.map((): string[] => []);
  for (const [k, f] of first) for (let i = 0; i < f; i++) questions[i]?.push(k);
  return questions;
}

/**
 * The keys of `asked` that a file kept: `kept` is what its own sieve kept (of any household), as
 * {@link monthEntries} takes it (or a history index's lines, their pairs looked up). What a thread sends back second, in the order asked. The file's
 * entries are looked up by pair without a key per entry (a national year month's thread holds
 * ~250,000 entries and is asked about a few thousand keys); a key that does not split into one
 * pair at U+0000 — no valid id holds one — is looked up by the entries' whole keys instead.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from '@signaalreis/core';
 * import { answerQuestion } from './history-parts';
 * declare const kept: HistoryEntry[]; // one entry, of P1 and S1
 * answerQuestion(kept, ['P1\u0000S1', 'P1\u0000S2']); // ['P1\u0000S1']
 * ```
 */
export function answerQuestion(
  kept: readonly HistoryEntry[] | PairLookup,
  asked: readonly string[],
): string[] {
  if (asked.length === 0) return [];
  if (!Array.isArray(kept)) {
    // a history index's lines: each asked key looked up (one that is not one pair is of no line)
    const lines = kept as PairLookup;
    return asked.filter((k) => {
      const cut = k.indexOf('\u0000');
      return cut >= 0 && k.indexOf('\u0000', cut + 1) < 0 && lines.has(k.slice(0, cut), k.slice(cut + 1));
    });
  }
  const entries = kept as readonly HistoryEntry[];
  const bySignal = pairsBySignal(asked);
  if (bySignal === undefined) {
    const keys = new Set(entries.map(historyKey)); // not pairs of ids: every key, as before
    return asked.filter((a) => keys.has(a));
  }
  const found = new Set<string>();
  for (const e of entries) if (bySignal.get(e.signalId)?.has(e.partnerId)) found.add(historyKey(e));
  return asked.filter((k) => found.has(k));
}

/** What a file kept, as pairs to look up (a history index's lines, `HistoryIndexLines`), for {@link answerQuestion}. */
export interface PairLookup {
  has(partnerId: string, signalId: string): boolean;
}

/**
 * The pairs of `keys` (`historyKey`s) by signal id: signal id → partner ids, for looking up many
 * entries or rows without a key each; `undefined` when a key does not split into one pair at U+0000
 * (no valid id holds one).
 *
 * @example
 * ```ts
 * import { pairsBySignal } from './history-parts';
 * pairsBySignal(['P1\u0000S1', 'P2\u0000S1']); // Map { 'S1' => Set { 'P1', 'P2' } }
 * pairsBySignal(['P1\u0000S1\u0000x']); // undefined
 * ```
 */
export function pairsBySignal(keys: readonly string[]): Map<string, Set<string>> | undefined {
  const bySignal = new Map<string, Set<string>>();
  for (const k of keys) {
    const cut = k.indexOf('\u0000');
    if (cut < 0 || k.indexOf('\u0000', cut + 1) >= 0) return undefined;
    const signal = k.slice(cut + 1);
    const partners = bySignal.get(signal);
    if (partners) partners.add(k.slice(0, cut));
    else bySignal.set(signal, new Set([k.slice(0, cut)]));
  }
  return bySignal;
}

/**
 * Merges the files' parts in file order into what one `historySieve(month, households)` over all
 * files in order keeps: an entry stays unless an earlier file kept its key (of whatever household).
 * Within a part every key occurs once, so each file's keys can be added as they are read. Exact with
 * {@link HistoryPart.hiding} from {@link historyQuestions}: an entry's key is asked of every earlier
 * file unless an earlier entry has it, so an earlier file kept it iff it is among the keys of their
 * entries or their answers.
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
    for (const k of part.hiding) seen.add(k);
  }
  return entries;
}
