// History files for matching: earlier case files (JSON, written by `match`/`run`) or earlier signal
// CSV files (every signal then counts as picked up: a plain signal file does not say).
import { type HistoryEntry, historyFromSignals } from '@signaalreis/core';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import type { CliIo } from './io';
import { readJsonArg, refuseFile } from './json-input';
import { cliLang } from './lang';
import { loadSignals } from './load-signals';
import { FILE_MESSAGES } from './messages/files';
import { MONTH_MESSAGES as M } from './messages/month';

/** What the history files gave, with one line per file for the summary. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  notes: string[];
}

// One by one: push(...items) passes every item as an argument, which overflows the call stack from
// about 150,000 items (a national month of history is 100,000 signals and more).
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Reads each history file; a `.json` file must be a case file, anything else a signal CSV. */
export async function loadHistory(io: CliIo, files: readonly string[]): Promise<LoadedHistory> {
  const out: LoadedHistory = { entries: [], notes: [] };
  const lang = cliLang(io);
  for (const file of files) {
    if (file.toLowerCase().endsWith('.json')) {
      const read = readCaseFile(readJsonArg(io, file, 'caseFile'));
      if (!read.ok) refuseFile(io, file, read.issues, FILE_MESSAGES.notCaseFile[lang]);
      const entries = historyFromCaseFile(read.value);
      append(out.entries, entries);
      out.notes.push(M.historyCaseFile(file, read.value.month, entries.length)[lang]);
    } else {
      const loaded = await loadSignals(io, file);
      append(out.entries, historyFromSignals(loaded.signals));
      out.notes.push(M.historySignalFile(file, loaded.signals.length, loaded.rejected.length)[lang]);
    }
  }
  return out;
}
