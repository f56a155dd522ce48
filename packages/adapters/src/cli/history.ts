// History files for matching: earlier case files (JSON, written by `match`/`run`) or earlier signal
// CSV files (every signal then counts as picked up: a plain signal file does not say).
import { type HistoryEntry, historyFromSignals } from '@signaalreis/core';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { type CaseFileHistory, historyFromCaseFileText } from '../cases/case-file-lines';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import type { CliIo } from './io';
import { parseJsonArg, readJsonTextArg, refuseFile } from './json-input';
import { cliLang } from './lang';
import { loadSignals } from './load-signals';
import { FILE_MESSAGES } from './messages/files';
import { MONTH_MESSAGES as M } from './messages/month';

/** What the history files gave, with one line per file for the summary. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  notes: string[];
}

/**
 * The history of a case file: a compact one as `match` and `run` write it a case at a time
 * (`historyFromCaseFileText`), any other read whole (`readCaseFile`); a problem refuses the file.
 */
function caseFileHistory(io: CliIo, file: string): CaseFileHistory {
  const lang = cliLang(io);
  const text = readJsonTextArg(io, file, 'caseFile');
  const lines = historyFromCaseFileText(text, { maxLength: JSON_FILE_LIMITS.caseFile });
  if (lines) {
    if (!lines.ok) refuseFile(io, file, lines.issues, FILE_MESSAGES.notCaseFile[lang]);
    return lines.value;
  }
  const read = readCaseFile(parseJsonArg(io, file, text, 'caseFile'));
  if (!read.ok) refuseFile(io, file, read.issues, FILE_MESSAGES.notCaseFile[lang]);
  return { month: read.value.month, entries: historyFromCaseFile(read.value) };
}

/** Reads each history file; a `.json` file must be a case file, anything else a signal CSV. */
export async function loadHistory(io: CliIo, files: readonly string[]): Promise<LoadedHistory> {
  const out: LoadedHistory = { entries: [], notes: [] };
  const lang = cliLang(io);
  for (const file of files) {
    if (file.toLowerCase().endsWith('.json')) {
      const { month, entries } = caseFileHistory(io, file);
      for (const e of entries) out.entries.push(e);
      out.notes.push(M.historyCaseFile(file, month, entries.length)[lang]);
    } else {
      const loaded = await loadSignals(io, file);
      out.entries.push(...historyFromSignals(loaded.signals));
      out.notes.push(M.historySignalFile(file, loaded.signals.length, loaded.rejected.length)[lang]);
    }
  }
  return out;
}
