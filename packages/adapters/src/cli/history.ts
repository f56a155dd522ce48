// History files for matching: earlier case files (JSON, written by `match`/`run`) or earlier signal
// CSV files (every signal then counts as picked up: a plain signal file does not say).
import { resolve } from 'node:path';
import {
  type HistoryEntry,
  historyFromSignals,
  historySieve,
  type IsoMonth,
  type Signal,
} from '@signaalreis/core';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { historyFromCaseFileLines } from '../cases/case-file-lines';
import type { HistoryIndexLines } from '../cases/history-index-lines';
import type { SkipRow } from '../csv/read-signals';
import { cellsHouseholdKey, type LineCells, lineCells } from '../csv/row-household';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import { textLines } from '../files/text-lines';
import { type HistoryIndexMemoUse, historyIndexBeside, historyIndexLinesBeside } from './history-index-file';
import type { KeyedHistory } from './history-keys';
import { historyKey, pairsBySignal } from './history-parts';
import type { CliIo } from './io';
import { readJsonArg, refuseFile } from './json-input';
import { cliLang } from './lang';
import { eachSignal } from './load-signals';
import { FILE_MESSAGES } from './messages/files';
import { MONTH_MESSAGES as M } from './messages/month';

/**
 * Whether any of `keys` (`historyKey`s) is of a row left unchecked: the rows' signal ids and
 * partner ids are kept as they came (no lookup per row), and looked through once per question.
 */
export type UncheckedKeys = (keys: readonly string[]) => boolean;

/**
 * The {@link UncheckedKeys} of unchecked rows' signal ids and partner ids (in step), kept as two
 * texts of one id a line. An id cut from a line is, in V8, a view into the text it was cut from:
 * kept as it is, the ids of a file's unchecked rows held every 64 KiB chunk of the file for as long
 * as the answer lived (docs/performance.md, "Thirteenth round"). Joined, they are copies. A skipped
 * line has no quote, so no id has a line break in it.
 */
function uncheckedKeys(ids: readonly string[], partners: readonly string[]): UncheckedKeys {
  const idLines = ids.join('\n');
  const partnerLines = partners.join('\n');
  return (keys) => {
    if (keys.length === 0) return false;
    const asked = pairsBySignal(keys);
    if (asked === undefined) return true; // not pairs of ids (no checked entry has one): read whole
    const signal = idLines.split('\n');
    const partner = partnerLines.split('\n');
    for (let i = 0; i < signal.length; i++)
      if (asked.get(signal[i] as string)?.has(partner[i] as string)) return true;
    return false;
  };
}

/**
 * Whether a history file is a case file (`.json`: read through its history index when it has one);
 * anything else is a signal file.
 *
 * @example
 * ```ts
 * import { isCaseFile } from './history';
 * isCaseFile('out/2026-09/cases.JSON'); // true
 * isCaseFile('signals-2026-09.csv'); // false: a signal file
 * ```
 */
export const isCaseFile = (file: string): boolean => file.toLowerCase().endsWith('.json');

/** What one history file gave besides its entries: its line for the summary, and what was left unchecked. */
export interface HistoryFileRead {
  /** The file's line for the summary. */
  note: string;
  /**
   * Whether keys (`historyKey`: partner and signal id, as the cells give them) are of rows of other
   * households left unchecked when the file was read with `households`; absent when none was.
   */
  unchecked?: UncheckedKeys;
}

/** How {@link readHistoryFile} reads a file besides handing its entries to `add`. */
export interface HistoryFileOptions {
  /**
   * For a case file read through its history index (`historyIndexLinesBeside`): the index taken
   * apart into its lines instead of its entries one by one to `add` — a sieve would keep each line
   * (each pair is once, all of the index's month), so a caller with a sieve per file keeps them all
   * or, for an index not before the month, none; it asks for the entries of the month's households
   * (`entriesOf`) and reads the case file with `caseFileOnly` when one of them is not valid.
   */
  indexed?: (index: HistoryIndexLines) => void;
  /** Read a case file itself, not its history index (one of the index's entries was not valid). */
  caseFileOnly?: boolean;
  /** With `indexed`: what an earlier month kept of case files, and where to keep what is read (history-index-file.ts). */
  memo?: HistoryIndexMemoUse;
  /**
   * The month's households (`run`), asked for each row: once they have come, a signal file's rows
   * of other households are left unchecked ({@link HistoryFileRead.unchecked}) — matching reads no
   * history of them — unless an accepted row has the signal id of such a row (whether it is a
   * duplicate may depend on that row): then the file is read again, whole. The note does not count
   * signals then (how many were checked depends on when the households came).
   */
  households?: () => ReadonlySet<string> | undefined;
}

/** What the history files gave, with one line per file for the summary. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  notes: string[];
}

/**
 * The history of a case file: from the history index `run` wrote beside it when the folder's
 * manifest vouches for both — taken apart into its lines for a caller that asks for the month's
 * households' entries (`indexed`: a history thread, `historyIndexLinesBeside`), else read whole with
 * every entry checked (`historyIndexBeside`: when every entry is wanted, one parse of the whole text
 * is faster than one per line) — else from the case file: a compact one as `match` and `run` write
 * it a case at a time (`historyFromCaseFileText`), any other read whole (`readCaseFile`); a problem
 * refuses the file.
 */
function caseFileHistory(
  io: CliIo,
  file: string,
  add: (e: HistoryEntry) => void,
  options: HistoryFileOptions,
): { month: string; signals: number } {
  const lang = cliLang(io);
  const path = resolve(io.cwd, file);
  const { indexed, caseFileOnly } = options;
  if (!caseFileOnly && indexed) {
    const taken = historyIndexLinesBeside(path, options.memo);
    if (taken) {
      indexed(taken);
      return { month: taken.month, signals: taken.length };
    }
  } else if (!caseFileOnly) {
    const index = historyIndexBeside(path);
    if (index) {
      for (const e of index.entries) add(e);
      return { month: index.month, signals: index.entries.length };
    }
  }
  // one case is held at a time: each line within the limits of a file read whole, and the count of
  // values not summed over the file (a national month has more than the 4 million of one text)
  const limits = { maxLength: JSON_FILE_LIMITS.caseFile, maxValues: Number.MAX_SAFE_INTEGER };
  let lines: ReturnType<typeof historyFromCaseFileLines>;
  try {
    lines = historyFromCaseFileLines(
      textLines(path, JSON_FILE_LIMITS.caseFileByLine, JSON_FILE_LIMITS.caseFile),
      limits,
      add,
    );
  } catch {
    lines = undefined; // too large, unreadable, not UTF-8: read whole below, which says so
  }
  if (lines) {
    if (!lines.ok) refuseFile(io, file, lines.issues, FILE_MESSAGES.notCaseFile[lang]);
    return lines.value;
  }
  // any other layout (or format 2): read whole; entries handed over before the layout ended come
  // again first, in the same order (a sieve keeps each signal once)
  const read = readCaseFile(readJsonArg(io, file, 'caseFile'));
  if (!read.ok) refuseFile(io, file, read.issues, FILE_MESSAGES.notCaseFile[lang]);
  const entries = historyFromCaseFile(read.value);
  for (const e of entries) add(e);
  return { month: read.value.month, signals: entries.length };
}

/**
 * A signal file's rows checked until the month's `households` have come, then only theirs, the rest
 * left unchecked; its entries are handed to `add` only when no accepted row has the id of an
 * unchecked one (else `undefined`: the caller reads the file whole). A row the cells give no
 * household for is checked (it is rejected), and so is every line with a quote.
 */
async function signalFileOfHouseholds(
  io: CliIo,
  file: string,
  add: (e: HistoryEntry) => void,
  households: () => ReadonlySet<string> | undefined,
): Promise<HistoryFileRead | undefined> {
  // the unchecked rows' ids, in step
  const ids: string[] = [];
  const partners: string[] = [];
  const skip: SkipRow = (line, delimiter, header) => {
    const month = households();
    if (month === undefined) return false;
    const cells = lineCells(line, delimiter, header);
    const key = cells && cellsHouseholdKey(cells);
    if (key === undefined || month.has(key)) return false;
    ids.push((cells as LineCells).signalId.trim());
    partners.push((cells as LineCells).partnerId.trim());
    return true;
  };
  // held until the file is done: a clash with an unchecked row means reading it again
  const held: HistoryEntry[] = [];
  await eachSignal(io, file, (s) => void held.push(...historyFromSignals([s])), { skip });
  // an accepted row with an unchecked row's id (before or after it: not told apart, it is rare)
  if (ids.length > 0) {
    const accepted = new Set<string>(held.map((e) => e.signalId));
    if (ids.some((id) => accepted.has(id))) return undefined;
  }
  for (const e of held) add(e);
  const note = M.historySignalFileOfHouseholds(file)[cliLang(io)];
  return ids.length === 0 ? { note } : { note, unchecked: uncheckedKeys(ids, partners) };
}

/**
 * Reads one history file, each entry handed to `add` in file order; a `.json` file must be a case
 * file, anything else a signal CSV. Returns the file's line for the summary (every signal of the
 * file counted; with `households`, a signal file's line counts none) and, with `households`, the
 * keys of the rows left unchecked ({@link HistoryFileOptions}); a file that cannot be read
 * throws a `CliUserError` (`refuseFile` writes its issues on `io.stderr` first). Also what a
 * history worker thread runs (history-worker.ts).
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from '@signaalreis/core';
 * import { readHistoryFile } from './history';
 * import type { CliIo } from './io';
 * declare const io: CliIo;
 * const entries: HistoryEntry[] = [];
 * const { note } = await readHistoryFile(io, 'signals-2026-09.csv', (e: HistoryEntry) => void entries.push(e));
 * ```
 */
export async function readHistoryFile(
  io: CliIo,
  file: string,
  add: (e: HistoryEntry) => void,
  options: HistoryFileOptions = {},
): Promise<HistoryFileRead> {
  const lang = cliLang(io);
  if (isCaseFile(file)) {
    const { month, signals } = caseFileHistory(io, file, add, options);
    return { note: M.historyCaseFile(file, month, signals)[lang] };
  }
  if (options.households) {
    const read = await signalFileOfHouseholds(io, file, add, options.households);
    if (read) return read;
  }
  // a signal at a time: with a sieve only the month's households are kept
  let accepted = 0;
  const onSignal = (s: Signal) => {
    accepted++;
    for (const e of historyFromSignals([s])) add(e);
  };
  const counts = await eachSignal(io, file, onSignal);
  // (with `households`, the same note as when rows were left unchecked: it does not depend on when they came)
  if (options.households) return { note: M.historySignalFileOfHouseholds(file)[lang] };
  return { note: M.historySignalFile(file, accepted, counts.rejected.length)[lang] };
}

/**
 * What `run` sieves the history by: the month, its households and — when a thread read the signal
 * files for them beside the month's file (history-keys.ts) — each file's entries of them.
 */
export interface SievedBy {
  month: IsoMonth;
  households: ReadonlySet<string>;
  keyed?: KeyedHistory;
}

/**
 * The history files through one sieve of the month's households, in order; `undefined` when rows
 * left unchecked (`unchecked`) may have decided what the sieve keeps: an entry of the households
 * has the key of an earlier file's unchecked row (that row, if valid, would have hidden it).
 */
async function sievedHistory(
  io: CliIo,
  files: readonly string[],
  sieved: SievedBy,
  unchecked: boolean,
): Promise<LoadedHistory | undefined> {
  const { households } = sieved;
  const sieve = historySieve(sieved.month, households);
  const earlier: UncheckedKeys[] = []; // of earlier files' unchecked rows
  const notes: string[] = [];
  for (const file of files) {
    const keys: string[] = []; // of the entries of the households
    const add = (e: HistoryEntry) => {
      if (earlier.length > 0 && households.has(e.householdKey)) keys.push(historyKey(e));
      sieve.add(e);
    };
    // (read whole: households that never come, so that the notes are the same)
    const read = await readHistoryFile(io, file, add, {
      households: unchecked ? () => households : () => undefined,
    });
    if (earlier.some((of) => of(keys))) return undefined;
    notes.push(read.note);
    if (read.unchecked) earlier.push(read.unchecked);
  }
  return { entries: [...sieve.entries], notes };
}

/**
 * Reads each history file in order ({@link readHistoryFile}). With `sieved` (`run` gives the month
 * and its households) the entries go through core's `historySieve` and only what matching reads
 * is kept: the rows of other households in signal files are left unchecked, unless one of them
 * could decide what is kept (then every file is read again, whole) — the entries are those of
 * the sieve over every file read whole. With `sieved.keyed` the files are not read here: their
 * entries of the households, as a thread read them (history-keys.ts), go through the sieve. Without,
 * every entry of every file; the notes count every signal of each file (with `sieved`, a signal
 * file's note counts none: {@link HistoryFileOptions}).
 */
export async function loadHistory(
  io: CliIo,
  files: readonly string[],
  sieved?: SievedBy,
): Promise<LoadedHistory> {
  if (sieved?.keyed) {
    // as read here: the files' entries of the households through one sieve, a note per file
    const sieve = historySieve(sieved.month, sieved.households);
    for (const entries of sieved.keyed) for (const e of entries) sieve.add(e);
    const notes = files.map((file) => M.historySignalFileOfHouseholds(file)[cliLang(io)]);
    return { entries: [...sieve.entries], notes };
  }
  if (sieved) {
    const read = await sievedHistory(io, files, sieved, true);
    return read ?? ((await sievedHistory(io, files, sieved, false)) as LoadedHistory);
  }
  const entries: HistoryEntry[] = [];
  const notes: string[] = [];
  for (const file of files) notes.push((await readHistoryFile(io, file, (e) => void entries.push(e))).note);
  return { entries, notes };
}
