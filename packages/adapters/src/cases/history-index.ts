// The history index `signaalreis run` writes beside its case file (`history.json`): one line per
// signal with exactly what next month's matching reads of it — the entries `historyFromCaseFile`
// gives for the case file, without the rest of each case. A month given the case files of six
// earlier months as history reads these instead of parsing ~280 MB of cases (issue 14, the year);
// the output folder's manifest ties the two files together (cli/history-index-file.ts).
import {
  type HistoryEntry,
  type IsoMonth,
  IsoMonthSchema,
  isHistoryEntry,
  mayFollowUpAllowed,
  type PlannedJourney,
} from '@signaalreis/core';
import { PIECE_ROWS } from '../output/csv-writer';
import { statusIn } from './compact-planned';

/**
 * The format of a history index (its `format` field).
 *
 * @example
 * ```ts
 * import { HISTORY_INDEX_FORMAT } from '@signaalreis/adapters/cases';
 * HISTORY_INDEX_FORMAT; // 'signaalreis-history/1'
 * ```
 */
export const HISTORY_INDEX_FORMAT = 'signaalreis-history/1';

/**
 * The name `run` gives the history index in its output folder.
 *
 * @example
 * ```ts
 * import { HISTORY_INDEX_FILE } from '@signaalreis/adapters/cases';
 * HISTORY_INDEX_FILE; // 'history.json', beside cases.json
 * ```
 */
export const HISTORY_INDEX_FILE = 'history.json';

/**
 * The fields of an entry, in the order of each line's array (`month` is the file's; `reached` is
 * `null` when not known).
 *
 * @example
 * ```ts
 * import { HISTORY_INDEX_COLUMNS } from '@signaalreis/adapters/cases';
 * HISTORY_INDEX_COLUMNS.indexOf('pickedUp'); // 9: the tenth value of each line
 * ```
 */
export const HISTORY_INDEX_COLUMNS = [
  'signalId',
  'partnerId',
  'householdKey',
  'sector',
  'kind',
  'signalDate',
  'arrearSince',
  'amountCents',
  'naturalPerson',
  'pickedUp',
  'reached',
] as const;

/** The line of signal `cs` of journey `j` (the case file's derivation: see `compactPlannedCase`). */
function signalLine(j: PlannedJourney, cs: PlannedJourney['match']['signals'][number]): string {
  const { match: m, intake } = j;
  const s = cs.signal;
  return JSON.stringify([
    s.signalId,
    s.partner.id,
    m.householdKey,
    s.partner.sector,
    s.kind,
    s.signalDate,
    s.arrearSince,
    s.amountCents,
    mayFollowUpAllowed(s.person),
    (statusIn(intake.signals, s.signalId) ?? intake.signalStatus) === 'Opgepakt',
    m.reachedBefore ?? null,
  ]);
}

/** The line of an entry: its values in the order of {@link HISTORY_INDEX_COLUMNS}. */
function entryLine(e: HistoryEntry): string {
  return JSON.stringify([
    e.signalId,
    e.partnerId,
    e.householdKey,
    e.sector,
    e.kind,
    e.signalDate,
    e.arrearSince,
    e.amountCents,
    e.naturalPerson,
    e.pickedUp,
    e.reached ?? null,
  ]);
}

/** An index's text a piece at a time: its head, the given lines (one signal each), its end. */
function* indexPieces(month: IsoMonth, lines: Iterable<string>): Generator<string> {
  yield `{\n  "format": ${JSON.stringify(HISTORY_INDEX_FORMAT)},\n  "month": ${JSON.stringify(month)},\n  "columns": ${JSON.stringify(HISTORY_INDEX_COLUMNS)},\n  "entries": [`;
  let piece = '';
  let count = 0;
  let first = true;
  for (const line of lines) {
    piece += `${first ? '\n' : ',\n'}${line}`;
    first = false;
    if (++count === PIECE_ROWS) {
      yield piece;
      piece = '';
      count = 0;
    }
  }
  yield `${piece}\n  ]\n}\n`;
}

/** Each entry's line, in order. */
function* entryLines(entries: Iterable<HistoryEntry>): Generator<string> {
  for (const e of entries) yield entryLine(e);
}

/** Each signal's line of the journeys, in order. */
function* journeyLines(journeys: Iterable<PlannedJourney>): Generator<string> {
  for (const j of journeys) for (const cs of j.match.signals) yield signalLine(j, cs);
}

/**
 * The text of the history index of a planned month, a piece at a time: `{`, `format`, `month` and
 * `columns` one a line, then `"entries": [` and one signal a line (an array in the order of
 * {@link HISTORY_INDEX_COLUMNS}), then `]}`. Its entries are the ones the month's case file gives
 * as history (`historyFromCaseFile`), in the same order.
 *
 * @example
 * ```ts
 * import { historyIndexPieces } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const m: PlannedMonth;
 * const text = [...historyIndexPieces(m.month, m.journeys)].join('');
 * // '{\n  "format": "signaalreis-history/1",\n  "month": "2026-10",\n  "columns": […],\n  "entries": [\n["WO-…",…'
 * ```
 */
export function historyIndexPieces(month: IsoMonth, journeys: Iterable<PlannedJourney>): Generator<string> {
  return indexPieces(month, journeyLines(journeys));
}

/**
 * The text of the history index of given entries, a piece at a time, as {@link historyIndexPieces}
 * writes it: for a case file read back (`historyFromCaseFileLines`), e.g. the one `feedback` and
 * `letters` write with lifecycle records, whose `reached` the records decide. `reached` absent is
 * written as `null`; each entry's own `month` is not written (the index has one, `month`).
 *
 * @example
 * ```ts
 * import { historyIndexOfEntries, historyIndexText } from '@signaalreis/adapters/cases';
 * import { asIsoMonth, type HistoryEntry } from '@signaalreis/core';
 * declare const entries: HistoryEntry[]; // of October, e.g. historyFromCaseFileLines(…).value.entries
 * const text = [...historyIndexOfEntries(asIsoMonth('2026-10'), entries)].join('');
 * historyIndexText(text)?.entries; // the same entries again
 * ```
 */
export function historyIndexOfEntries(month: IsoMonth, entries: Iterable<HistoryEntry>): Generator<string> {
  return indexPieces(month, entryLines(entries));
}

/** What a history index holds: its month and its entries, in order. */
export interface HistoryIndex {
  month: IsoMonth;
  entries: HistoryEntry[];
}

const KEYS = ['format', 'month', 'columns', 'entries'];

/**
 * The entry of one line's array when core's `HistoryEntrySchema` accepts it (`isHistoryEntry`, the
 * same answer without zod's parse), else undefined. Internal (history-index-lines.ts reads a line
 * when asked).
 */
export function entryOfRow(row: unknown, month: IsoMonth): HistoryEntry | undefined {
  if (!Array.isArray(row) || row.length !== HISTORY_INDEX_COLUMNS.length) return undefined;
  const entry: Record<string, unknown> = {
    month,
    signalId: row[0],
    partnerId: row[1],
    householdKey: row[2],
    sector: row[3],
    kind: row[4],
    signalDate: row[5],
    arrearSince: row[6],
    amountCents: row[7],
    naturalPerson: row[8],
    pickedUp: row[9],
  };
  if (row[10] !== null) entry.reached = row[10];
  return isHistoryEntry(entry) ? entry : undefined;
}

/**
 * The entries of a history index's text, or `undefined` when it is anything but a whole, valid
 * index: not JSON, another format or other columns, a field more or less, an entry that core's
 * `HistoryEntrySchema` refuses, a signal twice. An index is a copy of what the case file
 * says, so a reader that gets `undefined` reads the case file instead (it explains any problem).
 *
 * @example
 * ```ts
 * import { historyIndexPieces, historyIndexText } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const m: PlannedMonth;
 * historyIndexText([...historyIndexPieces(m.month, m.journeys)].join(''))?.entries.length; // signals
 * historyIndexText('{"format":"signaalreis-history/1"}'); // undefined: read the case file
 * ```
 */
export function historyIndexText(text: string): HistoryIndex | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined; // not JSON, or nested past the stack
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const x = v as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== KEYS.length || !KEYS.every((k) => Object.hasOwn(x, k))) return undefined;
  if (
    x.format !== HISTORY_INDEX_FORMAT ||
    JSON.stringify(x.columns) !== JSON.stringify(HISTORY_INDEX_COLUMNS)
  )
    return undefined;
  const month = IsoMonthSchema.safeParse(x.month);
  if (!month.success || !Array.isArray(x.entries)) return undefined;
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (const row of x.entries) {
    const e = entryOfRow(row, month.data);
    if (e === undefined) return undefined;
    const key = `${e.partnerId}\n${e.signalId}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    entries.push(e);
  }
  return { month: month.data, entries };
}
