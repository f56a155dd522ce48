// History files for matching: earlier case files (JSON, written by `match`/`run`) or earlier signal
// CSV files (every signal then counts as picked up: a plain signal file does not say).
import { resolve } from 'node:path';
import { type HistoryEntry, type HistorySieve, historyFromSignals, type Signal } from '@signaalreis/core';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { historyFromCaseFileLines } from '../cases/case-file-lines';
import type { HistoryIndex } from '../cases/history-index';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import { textLines } from '../files/text-lines';
import { historyIndexBeside } from './history-index-file';
import type { CliIo } from './io';
import { readJsonArg, refuseFile } from './json-input';
import { cliLang } from './lang';
import { eachSignal } from './load-signals';
import { FILE_MESSAGES } from './messages/files';
import { MONTH_MESSAGES as M } from './messages/month';

/** What the history files gave, with one line per file for the summary. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  notes: string[];
}

/**
 * The history of a case file: from the history index `run` wrote beside it when the folder's
 * manifest vouches for both (`historyIndexBeside`), else from the case file — a compact one as
 * `match` and `run` write it a case at a time (`historyFromCaseFileText`), any other read whole
 * (`readCaseFile`); a problem refuses the file.
 */
function caseFileHistory(
  io: CliIo,
  file: string,
  add: (e: HistoryEntry) => void,
  indexed?: (index: HistoryIndex) => void,
): { month: string; signals: number } {
  const lang = cliLang(io);
  const index = historyIndexBeside(resolve(io.cwd, file));
  if (index) {
    if (indexed) indexed(index);
    else for (const e of index.entries) add(e);
    return { month: index.month, signals: index.entries.length };
  }
  // one case is held at a time: each line within the limits of a file read whole, and the count of
  // values not summed over the file (a national month has more than the 4 million of one text)
  const limits = { maxLength: JSON_FILE_LIMITS.caseFile, maxValues: Number.MAX_SAFE_INTEGER };
  let lines: ReturnType<typeof historyFromCaseFileLines>;
  try {
    lines = historyFromCaseFileLines(
      textLines(resolve(io.cwd, file), JSON_FILE_LIMITS.caseFileByLine, JSON_FILE_LIMITS.caseFile),
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
 * Reads one history file, each entry handed to `add` in file order; a `.json` file must be a case
 * file, anything else a signal CSV. Returns the file's line for the summary (every signal of the
 * file counted); a file that cannot be read throws a `CliUserError` (`refuseFile` writes its
 * issues on `io.stderr` first). Also what a history worker thread runs (history-worker.ts).
 *
 * `indexed`: when a case file's history index is read (`historyIndexBeside`), the index whole
 * instead of its entries one by one to `add` — its entries are checked already as a sieve checks
 * them (each valid, each pair once, all of the index's month), so a caller with a sieve per file
 * keeps them all or, for an index not before the month, none.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from '@signaalreis/core';
 * import { readHistoryFile } from './history';
 * import type { CliIo } from './io';
 * declare const io: CliIo;
 * const entries: HistoryEntry[] = [];
 * const note = await readHistoryFile(io, 'signals-2026-09.csv', (e: HistoryEntry) => void entries.push(e));
 * ```
 */
export async function readHistoryFile(
  io: CliIo,
  file: string,
  add: (e: HistoryEntry) => void,
  indexed?: (index: HistoryIndex) => void,
): Promise<string> {
  const lang = cliLang(io);
  if (file.toLowerCase().endsWith('.json')) {
    const { month, signals } = caseFileHistory(io, file, add, indexed);
    return M.historyCaseFile(file, month, signals)[lang];
  }
  // a signal at a time: with a sieve only the month's households are kept
  let accepted = 0;
  const onSignal = (s: Signal) => {
    accepted++;
    for (const e of historyFromSignals([s])) add(e);
  };
  const counts = await eachSignal(io, file, onSignal);
  return M.historySignalFile(file, accepted, counts.rejected.length)[lang];
}

/**
 * Reads each history file in order ({@link readHistoryFile}). With a `sieve` (core's
 * `historySieve`: `run` gives one for the month's households) the entries go through it and only
 * what matching reads is kept; the notes count every signal of each file.
 */
export async function loadHistory(
  io: CliIo,
  files: readonly string[],
  sieve?: HistorySieve,
): Promise<LoadedHistory> {
  const all: HistoryEntry[] = [];
  const add = sieve ? (e: HistoryEntry) => sieve.add(e) : (e: HistoryEntry) => void all.push(e);
  const notes: string[] = [];
  for (const file of files) notes.push(await readHistoryFile(io, file, add));
  return { entries: sieve ? [...sieve.entries] : all, notes };
}
