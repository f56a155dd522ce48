// A history index read a line at a time, when asked (issue 14, the year). A year month given six
// earlier case files as history read six indexes whole — ~500,000 entries parsed and checked, ~0.2 s
// a file — while its own signal file was read on the same two cores, although matching reads only
// the entries of the month's households (~20 %). Here an index `run` wrote is taken apart into its
// lines with their signal id, partner id and household key (no entry made), and an entry is parsed
// and checked when its household is asked for. Any text not laid out exactly as `run` writes it is
// read whole (`historyIndexText`), so the answers are the same.
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
 * index?.householdKeys.length; // its signals, none parsed yet
 * index?.entriesOf(new Set(['7411AB 12'])); // the entries of that household, checked; undefined: read the case file
 * ```
 */
export interface HistoryIndexLines {
  month: IsoMonth;
  /** Each line's signal id, as written. */
  signalIds: readonly string[];
  /** Each line's partner id, as written. */
  partnerIds: readonly string[];
  /** Each line's household key, as written. */
  householdKeys: readonly string[];
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
}

const HEAD_END = '"entries": [';
const TAIL = '\n  ]\n}\n';

/** The lines of an index read whole: its entries are checked already. */
function wholeLines(index: HistoryIndex): HistoryIndexLines {
  const { month, entries } = index;
  const pairs = new Set(entries.map((e) => `${e.partnerId}\u0000${e.signalId}`));
  return {
    month,
    has: (partnerId, signalId) => pairs.has(`${partnerId}\u0000${signalId}`),
    signalIds: entries.map((e) => e.signalId),
    partnerIds: entries.map((e) => e.partnerId),
    householdKeys: entries.map((e) => e.householdKey),
    entriesOf: (households) => entries.filter((e) => households.has(e.householdKey)),
    entries: () => entries,
    prepare: () => {}, // parsed already
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
  const body = text.slice(head.length, text.length - TAIL.length);
  if (body === '') return wholeLines({ month, entries: [] });
  const lines = body.split('\n');
  if (lines[0] !== '') return whole();
  const starts = new Int32Array(lines.length - 1);
  const signalIds: string[] = [];
  const partnerIds: string[] = [];
  const householdKeys: string[] = [];
  const seen = new Map<string, string | Set<string>>(); // signal id → partner id(s)
  let at = head.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const last = i === lines.length - 1;
    // ["signal","partner","household",…] then `,` but on the last line
    const q1 = line.indexOf('"', 2);
    const q3 = line.indexOf('"', q1 + 3);
    const q5 = line.indexOf('"', q3 + 3);
    if (
      !line.startsWith('["') ||
      q5 < 0 ||
      line.charCodeAt(q1 + 1) !== 44 ||
      line.charCodeAt(q1 + 2) !== 34 ||
      line.charCodeAt(q3 + 1) !== 44 ||
      line.charCodeAt(q3 + 2) !== 34 ||
      line.charCodeAt(q5 + 1) !== 44 ||
      !line.endsWith(last ? ']' : '],')
    )
      return whole();
    const signalId = line.slice(2, q1);
    const partnerId = line.slice(q1 + 3, q3);
    const before = seen.get(signalId);
    if (before === undefined) seen.set(signalId, partnerId);
    else if (typeof before === 'string') {
      if (before === partnerId) return undefined; // a signal twice
      seen.set(signalId, new Set([before, partnerId]));
    } else if (before.has(partnerId)) return undefined;
    else before.add(partnerId);
    starts[i - 1] = at;
    at += line.length + 1;
    signalIds.push(signalId);
    partnerIds.push(partnerId);
    householdKeys.push(line.slice(q3 + 3, q5));
  }
  const parse = (i: number): HistoryEntry | undefined => {
    const from = starts[i] as number;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) - 2 : at - 1;
    let row: unknown;
    try {
      row = JSON.parse(text.slice(from, to));
    } catch {
      return undefined;
    }
    // (no backslash: the ids and key parsed are the ones taken apart)
    return entryOfRow(row, month);
  };
  // lines parsed ahead (`prepare`; null: not valid), and each household's lines (made at the first)
  const parsed = new Array<HistoryEntry | null | undefined>(householdKeys.length);
  let lastOf: Map<string, number> | undefined;
  let before: Int32Array | undefined; // the household's line before, or -1
  const entryAt = (i: number): HistoryEntry | undefined => {
    const ahead = parsed[i];
    return ahead === undefined ? parse(i) : (ahead ?? undefined);
  };
  const entriesWhere = (wanted: (i: number) => boolean): HistoryEntry[] | undefined => {
    const entries: HistoryEntry[] = [];
    for (let i = 0; i < householdKeys.length; i++) {
      if (!wanted(i)) continue;
      const e = entryAt(i);
      if (e === undefined) return undefined;
      entries.push(e);
    }
    return entries;
  };
  const prepare = (households: Iterable<string>) => {
    if (!lastOf || !before) {
      lastOf = new Map();
      before = new Int32Array(householdKeys.length);
      for (let i = 0; i < householdKeys.length; i++) {
        const key = householdKeys[i] as string;
        before[i] = lastOf.get(key) ?? -1;
        lastOf.set(key, i);
      }
    }
    for (const h of households)
      for (let i = lastOf.get(h) ?? -1; i >= 0; i = before[i] as number)
        if (parsed[i] === undefined) parsed[i] = parse(i) ?? null;
  };
  return {
    month,
    signalIds,
    partnerIds,
    householdKeys,
    has: (partnerId, signalId) => {
      const of = seen.get(signalId);
      return typeof of === 'string' ? of === partnerId : (of?.has(partnerId) ?? false);
    },
    entriesOf: (households) => entriesWhere((i) => households.has(householdKeys[i] as string)),
    entries: () => entriesWhere(() => true),
    prepare,
  };
}
