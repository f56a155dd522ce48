// Reading a whole signal file (CSV or an Excel workbook) for the commands that need the signals
// themselves (match, run, compare, history): accepted signals are kept, rejected rows are counted
// with their first reason.
import type { Signal } from '@signaalreis/core';
import type { SkipRow } from '../csv/read-signals';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { VALIDATE_MESSAGES } from './messages/validate';
import { startProgress } from './progress';
import { fatalMessage, openSkipping, type SignalFileOptions } from './signal-file';

/** A signal file read whole: the accepted signals and what was rejected. */
export interface LoadedSignals {
  file: string;
  rows: number;
  signals: Signal[];
  rejected: { row: number; code: string; message: string }[];
}

/** What {@link eachSignal} counted: every data row, and each rejected row with its first reason. */
export type SignalCounts = Omit<LoadedSignals, 'signals'>;

/**
 * Reads a signal file — CSV (any encoding and delimiter the reader knows) or an Excel workbook
 * (`sheet`, default the first visible one); user errors as {@link CliUserError}. `onSignal` sees
 * each accepted signal as it is read (`run` hands the households over to its history threads).
 */
export async function loadSignals(
  io: CliIo,
  file: string,
  options: SignalFileOptions & { onSignal?: (signal: Signal) => void } = {},
): Promise<LoadedSignals> {
  const signals: Signal[] = [];
  const { onSignal, ...open } = options;
  const keep = onSignal
    ? (s: Signal) => {
        signals.push(s);
        onSignal(s);
      }
    : (s: Signal) => void signals.push(s);
  const counts = await eachSignal(io, file, keep, open);
  return { ...counts, signals };
}

/**
 * What {@link loadSignals} reads, each accepted signal handed to `onSignal` in file order instead of
 * kept: for a history file, of whose signals `run` keeps only the month's households (a national
 * month's two history files are 200,000 signals that need not all be held at once). `skip`: CSV
 * records left unchecked (cli/history.ts) — not counted in `rows` (the rows counted keep their
 * numbers in the file).
 */
export async function eachSignal(
  io: CliIo,
  file: string,
  onSignal: (signal: Signal) => void,
  options: SignalFileOptions & { skip?: SkipRow } = {},
): Promise<SignalCounts> {
  const { skip, ...open } = options;
  const opened = openSkipping(io, file, open, skip);
  const progress = startProgress(io, opened.path, opened.kind === 'csv' ? opened.size : 0);
  const out: SignalCounts = { file, rows: 0, rejected: [] };
  let sawHeader = false;
  const lang = cliLang(io);
  const t = localize(VALIDATE_MESSAGES, lang);
  try {
    for await (const event of opened.events) {
      if (event.type === 'fatal') throw new CliUserError(fatalMessage(file, event.issues, lang));
      if (event.type === 'header') sawHeader = true;
      else if (event.type === 'accepted') {
        out.rows += 1;
        onSignal(event.signal);
      } else if (event.type === 'rejected') {
        out.rows += 1;
        const p = event.issues[0];
        const message = p ? issueText(lang, p) : t.rejected;
        out.rejected.push({ row: event.row, code: p?.code ?? 'rejected', message });
      }
      progress.tick(out.rows);
    }
  } finally {
    progress.stop();
  }
  if (!sawHeader) throw new CliUserError(t.noHeader(file));
  return out;
}
