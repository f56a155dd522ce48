// A history index read a line at a time, when asked (issue 14, the year). A year month given six
// earlier case files as history read six indexes whole — ~500,000 entries parsed and checked, ~0.2 s
// a file — while its own signal file was read on the same two cores, although matching reads only
// the entries of the month's households (~20 %). Here an index `run` wrote is taken apart into its
// lines with their signal id, partner id and household key (no entry made), and an entry is parsed
// and checked when its household is asked for. Any text not laid out exactly as `run` writes it is
// read whole (`historyIndexText`), so the answers are the same. Taking a line apart makes no string:
// where its parts are is kept in typed arrays, its pair and its household looked up in hash tables of
// line numbers — a string and a `Map` entry per line took a year month's history thread ~0.7 s for
// six national indexes, ~0.15 s now (docs/performance.md, "Eighteenth round").
import type { HistoryEntry, IsoMonth } from '@signaalreis/core';
import { entryOfRow, type HistoryIndex, historyIndexText } from './history-index';

/**
 * A history index taken apart into its lines: its month, and for each line (in file order) the
 * signal id, partner id and household key it gives; entries are parsed and checked when asked for.
 * Each pair of partner and signal id occurs once.
 *
 * @example
 * ```ts
 * import { historyIndexLines } from '@signaalreis/adapters/cases';
 * declare const text: string; // a history.json as `run` writes it
 * const index = historyIndexLines(text);
 * index?.length; // its signals, none parsed yet
 * index?.entriesOf(new Set(['7411AB 12'])); // the entries of that household, checked; undefined: read the case file
 * ```
 */
export interface HistoryIndexLines {
  month: IsoMonth;
  /** How many lines (signals) it has. */
  length: number;
  /** Each line's signal id, as written (made when first asked for). */
  readonly signalIds: readonly string[];
  /** Each line's partner id, as written (made when first asked for). */
  readonly partnerIds: readonly string[];
  /** Each line's household key, as written (made when first asked for). */
  readonly householdKeys: readonly string[];
  /** Whether a line has this partner id and signal id. */
  has(partnerId: string, signalId: string): boolean;
  /**
   * The entries of `households` in file order, each checked as {@link historyIndexText} checks
   * every entry; `undefined` when one of them is not a valid entry (then read the case file).
   */
  entriesOf(households: ReadonlySet<string>): HistoryEntry[] | undefined;
  /** Every entry, in file order; `undefined` when one is not valid. */
  entries(): HistoryEntry[] | undefined;
  /**
   * Parses the lines of `households` now and keeps them for {@link HistoryIndexLines.entriesOf}:
   * for households that may be asked for, while there is time (`run` hands over the month's
   * households as it reads them). Changes no answer.
   */
  prepare(households: Iterable<string>): void;
  /**
   * The entries of every household given to {@link HistoryIndexLines.prepare} so far and of
   * `more`, in file order — what {@link HistoryIndexLines.entriesOf} gives for all of them, without
   * looking up again the households prepared (`run` prepares the month's households as it reads
   * them, and gives the last few here).
   */
  preparedEntries(more: Iterable<string>): HistoryEntry[] | undefined;
  /**
   * What to keep of the index for a later month ({@link historyIndexLinesAgain}): plain data — the
   * text, where its lines' parts are, its tables — with none of the entries parsed; `undefined` for
   * an index read whole (not laid out as `run` writes it).
   */
  kept(): KeptHistoryIndex | undefined;
}

/**
 * A history index taken apart, as {@link HistoryIndexLines.kept} gives it: its text and month and
 * where each line's parts are (typed arrays: a clone of them is a copy of memory). Only
 * {@link historyIndexLinesAgain} reads it.
 */
export interface KeptHistoryIndex {
  text: string;
  month: IsoMonth;
  /** Where the lines' parts are, and the tables of pairs and (once made) of households. */
  taken: IndexLinePlaces;
}

/**
 * The index {@link HistoryIndexLines.kept} kept, as it was taken apart — nothing taken apart again,
 * no entry parsed yet (each month asks for its own households): what a `batch` thread keeps of the
 * case files a later month reads again (cli/history-index-file.ts).
 *
 * @example
 * ```ts
 * import { historyIndexLines, historyIndexLinesAgain } from '@signaalreis/adapters/cases';
 * declare const text: string; // a history.json as `run` writes it
 * const kept = historyIndexLines(text)?.kept();
 * const again = kept && historyIndexLinesAgain(kept);
 * again?.entriesOf(new Set(['7411AB 12'])); // as the first one answers
 * ```
 */
export function historyIndexLinesAgain(kept: KeptHistoryIndex): HistoryIndexLines {
  return linesOf(kept.text, kept.month, kept.taken);
}

const HEAD_END = '"entries": [';
const TAIL = '\n  ]\n}\n';

/** The lines of an index read whole: its entries are checked already. */
function wholeLines(index: HistoryIndex): HistoryIndexLines {
  const { month, entries } = index;
  const pairs = new Set(entries.map((e) => `${e.partnerId}\u0000${e.signalId}`));
  const prepared = new Set<string>();
  return {
    month,
    length: entries.length,
    has: (partnerId, signalId) => pairs.has(`${partnerId}\u0000${signalId}`),
    signalIds: entries.map((e) => e.signalId),
    partnerIds: entries.map((e) => e.partnerId),
    householdKeys: entries.map((e) => e.householdKey),
    entriesOf: (households) => entries.filter((e) => households.has(e.householdKey)),
    entries: () => entries,
    prepare: (households) => {
      for (const h of households) prepared.add(h); // (parsed already)
    },
    preparedEntries: (more) => {
      const also = new Set(more);
      return entries.filter((e) => prepared.has(e.householdKey) || also.has(e.householdKey));
    },
    kept: () => undefined,
  };
}

/** The month of an index's head (up to and with `"entries": [`) when `historyIndexText` accepts it with no entries. */
function headMonth(head: string): IsoMonth | undefined {
  return historyIndexText(`${head}]}`)?.month;
}

/**
 * A history index's text taken apart into its lines ({@link HistoryIndexLines}), or `undefined`
 * when {@link historyIndexText} would refuse it. A text laid out as `run` writes it (its head, one
 * entry a line, its end; no backslash) is taken apart without parsing its entries: each is parsed
 * and checked when its household is asked for, and refused then. So a line of another household is
 * checked only for its ids and household key (their quotes, each pair once) — the manifest beside
 * the index vouches for it as `run` wrote it. Any other text is read whole.
 *
 * @example
 * ```ts
 * import { historyIndexLines, historyIndexPieces } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const m: PlannedMonth;
 * const index = historyIndexLines([...historyIndexPieces(m.month, m.journeys)].join(''));
 * index?.entries(); // what historyIndexText gives, parsed now
 * historyIndexLines('{"format":"signaalreis-history/1"}'); // undefined: read the case file
 * ```
 */
export function historyIndexLines(text: string): HistoryIndexLines | undefined {
  const cut = text.indexOf(HEAD_END);
  const whole = () => {
    const index = historyIndexText(text);
    return index && wholeLines(index);
  };
  if (cut < 0 || !text.endsWith(TAIL) || text.includes('\\')) return whole();
  const head = text.slice(0, cut + HEAD_END.length);
  const month = headMonth(head);
  if (month === undefined) return undefined; // the same head read whole is refused too
  const from = head.length;
  const end = text.length - TAIL.length; // the body: [from, end)
  if (end === from) return wholeLines({ month, entries: [] });
  if (text.charCodeAt(from) !== NEWLINE) return whole();
  const taken = takenApart(text, from + 1, end);
  return taken === 'other layout' ? whole() : taken && linesOf(text, month, taken);
}

const NEWLINE = 10;
const COMMA = 44;
const QUOTE = 34;
const BRACKET_OPEN = 91;
const BRACKET_CLOSE = 93;

/**
 * Where each line's parts are: a line runs from `starts[i]` (its `[`) to the next line's start less
 * 2 (`,` and the line break; the last to the body's end); its signal id is `[starts[i] + 2, q1[i])`,
 * its partner id `[q1[i] + 3, q3[i])`, its household key `[q3[i] + 3, q5[i])`.
 */
export interface IndexLinePlaces {
  starts: Int32Array;
  q1: Int32Array;
  q3: Int32Array;
  q5: Int32Array;
  /** The body's end. */
  end: number;
  /** The pairs of partner and signal id: a table of line + 1 by the signal id's hash (0: empty). */
  pairs: Int32Array;
  /** The households' table, once made (when the households are first asked for). */
  chains?: IndexHouseholdChains;
}

/** {@link IndexLinePlaces}, as this file calls them. */
type Taken = IndexLinePlaces;

/**
 * The households of an index's lines: a table of households (line + 1 of a line of it, by the key's
 * hash), the last line of each, and each line's line before of its household (-1: none).
 */
export interface IndexHouseholdChains {
  table: Int32Array;
  last: Int32Array;
  before: Int32Array;
}

/** FNV-1a of `text[from, to)`'s UTF-16 code units. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether `a[af, at)` and `b[bf, bt)` are the same text. */
function same(a: string, af: number, at: number, b: string, bf: number, bt: number): boolean {
  if (at - af !== bt - bf) return false;
  for (let i = 0; i < at - af; i++) if (a.charCodeAt(af + i) !== b.charCodeAt(bf + i)) return false;
  return true;
}

/** A table of 2 to 4 slots a line (a power of two), for open addressing. */
const tableFor = (lines: number): Int32Array => {
  let size = 4;
  while (size < lines * 2) size *= 2;
  return new Int32Array(size);
};

/**
 * Where linear probing from `hash` in `table` (line + 1 in a slot, 0: empty) meets a line that
 * `matches`, or else the empty slot where such a line goes.
 */
function slotOf(table: Int32Array, hash: number, matches: (line: number) => boolean): number {
  const mask = table.length - 1;
  let slot = hash & mask;
  for (let at = table[slot] as number; at !== 0 && !matches(at - 1); at = table[slot] as number)
    slot = (slot + 1) & mask;
  return slot;
}

/**
 * The lines of the body `text[from, end)` (each after a line break) taken apart — each
 * `["signal","partner","household",…]` then `,` but on the last line — without a string per line;
 * 'other layout' when a line is not so laid out, `undefined` when a pair of partner and signal id
 * comes twice (as {@link historyIndexText} refuses it), in the order a line-by-line reading meets them.
 */
function takenApart(text: string, from: number, end: number): Taken | 'other layout' | undefined {
  let count = 1;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  const q1 = new Int32Array(count);
  const q3 = new Int32Array(count);
  const q5 = new Int32Array(count);
  const pairs = tableFor(count);
  let s = from;
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const next = last ? end : text.indexOf('\n', s);
    const a = text.indexOf('"', s + 2);
    const b = text.indexOf('"', a + 3);
    const c = text.indexOf('"', b + 3);
    if (
      next - s < 2 ||
      text.charCodeAt(s) !== BRACKET_OPEN ||
      text.charCodeAt(s + 1) !== QUOTE ||
      c < 0 ||
      c >= next ||
      text.charCodeAt(a + 1) !== COMMA ||
      text.charCodeAt(a + 2) !== QUOTE ||
      text.charCodeAt(b + 1) !== COMMA ||
      text.charCodeAt(b + 2) !== QUOTE ||
      text.charCodeAt(c + 1) !== COMMA ||
      !endsLine(text, s, next, last)
    )
      return 'other layout';
    starts[i] = s;
    q1[i] = a;
    q3[i] = b;
    q5[i] = c;
    // each pair once: the lines before with this signal id
    const pair = (j: number) =>
      same(text, (starts[j] as number) + 2, q1[j] as number, text, s + 2, a) &&
      same(text, (q1[j] as number) + 3, q3[j] as number, text, a + 3, b);
    const slot = slotOf(pairs, hashOf(text, s + 2, a), pair);
    if (pairs[slot] !== 0) return undefined; // a signal twice
    pairs[slot] = i + 1;
    s = next + 1;
  }
  return { starts, q1, q3, q5, end, pairs };
}

/** Whether the line `text[s, next)` ends as a line of the index does: `],`, or `]` when it is the last. */
function endsLine(text: string, s: number, next: number, last: boolean): boolean {
  if (last) return text.charCodeAt(next - 1) === BRACKET_CLOSE;
  return next - s >= 2 && text.charCodeAt(next - 2) === BRACKET_CLOSE && text.charCodeAt(next - 1) === COMMA;
}

/** The {@link HistoryIndexLines} of lines taken apart. */
function linesOf(text: string, month: IsoMonth, t: Taken): HistoryIndexLines {
  const { starts, q1, q3, q5, pairs } = t;
  const count = starts.length;
  const signalAt = (i: number) => text.slice((starts[i] as number) + 2, q1[i]);
  const partnerAt = (i: number) => text.slice((q1[i] as number) + 3, q3[i]);
  const householdAt = (i: number) => text.slice((q3[i] as number) + 3, q5[i]);
  const parse = (i: number): HistoryEntry | undefined => {
    const to = i + 1 < count ? (starts[i + 1] as number) - 2 : t.end;
    let row: unknown;
    try {
      row = JSON.parse(text.slice(starts[i], to));
    } catch {
      return undefined;
    }
    // (no backslash: the ids and key parsed are the ones taken apart)
    return entryOfRow(row, month);
  };
  // lines parsed ahead (`prepare`; null: not valid)
  const parsed = new Array<HistoryEntry | null | undefined>(count);
  const entryAt = (i: number): HistoryEntry | undefined => {
    const ahead = parsed[i];
    return ahead === undefined ? parse(i) : (ahead ?? undefined);
  };
  const households = householdChains(text, t);
  // the lines of the households prepared (`prepare`), marked: `preparedEntries` looks up only others
  let marked: Uint8Array | undefined;
  const entriesWhere = (lines: readonly number[]): HistoryEntry[] | undefined => {
    const entries: HistoryEntry[] = [];
    for (const i of lines) {
      const e = entryAt(i);
      if (e === undefined) return undefined;
      entries.push(e);
    }
    return entries;
  };
  let ids: { signal: string[]; partner: string[]; household: string[] } | undefined;
  const idsOf = () => {
    ids ??= {
      signal: Array.from({ length: count }, (_, i) => signalAt(i)),
      partner: Array.from({ length: count }, (_, i) => partnerAt(i)),
      household: Array.from({ length: count }, (_, i) => householdAt(i)),
    };
    return ids;
  };
  return {
    month,
    length: count,
    get signalIds() {
      return idsOf().signal;
    },
    get partnerIds() {
      return idsOf().partner;
    },
    get householdKeys() {
      return idsOf().household;
    },
    has: (partnerId, signalId) => {
      const pair = (j: number) =>
        same(text, (starts[j] as number) + 2, q1[j] as number, signalId, 0, signalId.length) &&
        same(text, (q1[j] as number) + 3, q3[j] as number, partnerId, 0, partnerId.length);
      return pairs[slotOf(pairs, hashOf(signalId, 0, signalId.length), pair)] !== 0;
    },
    entriesOf: (wanted) => entriesWhere(households.linesOf(wanted)),
    entries: () => entriesWhere(Array.from({ length: count }, (_, i) => i)),
    prepare: (wanted) => {
      marked ??= new Uint8Array(count);
      const lines = marked;
      const ahead = (i: number) => {
        lines[i] = 1;
        if (parsed[i] === undefined) parsed[i] = parse(i) ?? null;
      };
      for (const h of wanted) households.eachLine(h, ahead);
    },
    preparedEntries: (more) => entriesWhere(households.linesOf(more, marked)),
    kept: () => ({ text, month, taken: t }),
  };
}

/**
 * The lines of each household, made when first asked for and kept in `t.chains` (for a later month
 * too): a table of households (line + 1 of a line of it, by the key's hash) with the last line of
 * each, and for each line the household's line before (-1: none).
 */
function householdChains(text: string, t: Taken) {
  const { q3, q5 } = t;
  const count = q3.length;
  // where line j's household key is
  const keyFrom = (j: number) => (q3[j] as number) + 3;
  const keyTo = (j: number) => q5[j] as number;
  const make = (): IndexHouseholdChains => {
    const table = tableFor(count);
    const last = new Int32Array(table.length);
    const before = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const from = keyFrom(i);
      const to = keyTo(i);
      const slot = slotOf(table, hashOf(text, from, to), (j) =>
        same(text, keyFrom(j), keyTo(j), text, from, to),
      );
      before[i] = table[slot] === 0 ? -1 : (last[slot] as number);
      table[slot] = i + 1;
      last[slot] = i;
    }
    return { table, last, before };
  };
  const built = () => {
    t.chains ??= make();
    return t.chains;
  };
  /** The last line of `household`, or -1. */
  const lastOf = (household: string): number => {
    const { table, last } = built();
    const key = (j: number) => same(text, keyFrom(j), keyTo(j), household, 0, household.length);
    const slot = slotOf(table, hashOf(household, 0, household.length), key);
    return table[slot] === 0 ? -1 : (last[slot] as number);
  };
  /** Calls `each` with the lines of `household`, last first. */
  const eachLine = (household: string, each: (line: number) => void): void => {
    const { before } = built();
    for (let i = lastOf(household); i >= 0; i = before[i] as number) each(i);
  };
  /** The lines of any of `households` and those marked in `also`, in file order. */
  const linesOf = (households: Iterable<string>, also?: Uint8Array): number[] => {
    const wanted = also ? also.slice() : new Uint8Array(count);
    const want = (i: number) => {
      wanted[i] = 1;
    };
    for (const h of households) eachLine(h, want);
    const lines: number[] = [];
    for (let i = 0; i < count; i++) if (wanted[i] === 1) lines.push(i);
    return lines;
  };
  return { eachLine, linesOf };
}
