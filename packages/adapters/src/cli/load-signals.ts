// Reading a whole signal CSV for the commands that need the signals themselves (match, run):
// accepted signals are kept, rejected rows are counted with their first reason.
import { resolve } from 'node:path';
import type { IsoDate, Signal } from '@signaalreis/core';
import { readSignalsFile } from '../files/read-signals-file';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import { startProgress } from './progress';
import { checkFile, fatalMessage } from './validate';

/** A signal file read whole: the accepted signals and what was rejected. */
export interface LoadedSignals {
  file: string;
  rows: number;
  signals: Signal[];
  rejected: { row: number; code: string; message: string }[];
}

/** Reads a signal CSV (any encoding and delimiter the reader knows); user errors as {@link CliUserError}. */
export async function loadSignals(
  io: CliIo,
  file: string,
  options: { encoding?: 'auto' | 'utf-8' | 'windows-1252'; today?: IsoDate } = {},
): Promise<LoadedSignals> {
  const path = resolve(io.cwd, file);
  const size = checkFile(path, file);
  const progress = startProgress(io, path, size);
  const out: LoadedSignals = { file, rows: 0, signals: [], rejected: [] };
  let sawHeader = false;
  try {
    const today = options.today ?? io.today;
    const lang = cliLang(io);
    const events = readSignalsFile(path, {
      encoding: options.encoding ?? 'auto',
      ...(today ? { today } : {}),
    });
    for await (const event of events) {
      if (event.type === 'fatal') throw new CliUserError(fatalMessage(file, event.issues, lang));
      if (event.type === 'header') sawHeader = true;
      else if (event.type === 'accepted') {
        out.rows += 1;
        out.signals.push(event.signal);
      } else if (event.type === 'rejected') {
        out.rows += 1;
        const p = event.issues[0];
        const message = p ? issueText(lang, p) : 'rejected';
        out.rejected.push({ row: event.row, code: p?.code ?? 'rejected', message });
      }
      progress.tick(out.rows);
    }
  } finally {
    progress.stop();
  }
  if (!sawHeader) throw new CliUserError(`${file}: no header row found; is it an empty file?`);
  return out;
}
