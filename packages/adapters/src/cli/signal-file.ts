// Opening a signal file for the commands that read one (validate, match, run, compare, history):
// what it is (CSV or an Excel workbook, by its first bytes and its name), and its events from the
// reader that fits — the CSV reader or the Excel reader, which yield the same row events.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IsoDate, Issue, Lang } from '@signaalreis/core';
import { sniffUtf16 } from '../csv/decode';
import { csvIssuePlace } from '../csv/issues';
import type { SignalImportEvent, SkipRow } from '../csv/read-signals';
import { signalFileEvents } from '../files/read-signals-file';
import { readSignalsXlsxFile, type XlsxSignalImportEvent } from '../xlsx/read-signals-xlsx';
import { sniffWorkbook } from '../xlsx/zip';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import { VALIDATE_MESSAGES as M } from './messages/validate';

const fsCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** The first bytes of a file, turning file-system errors into {@link CliUserError}s. */
function statAndHead(path: string, shown: string, lang: Lang): { size: number; head: Buffer } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliUserError(M.isDirectory(shown)[lang]);
    const head = Buffer.alloc(Math.min(stat.size, 4096));
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    return { size: stat.size, head };
  } catch (error) {
    if (error instanceof CliUserError) throw error;
    const code = fsCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliUserError(M.notFound(shown)[lang]);
    throw new CliUserError(M.unreadable(shown, code ?? M.unknownError[lang])[lang]);
  }
}

/** What a signal file is: a CSV text file, or an Excel workbook (read by the xlsx reader). */
export type SignalFileKind = 'csv' | 'xlsx';

/**
 * Throws a {@link CliUserError} when `path` is missing, a directory, or clearly neither a CSV file
 * nor a workbook; returns the size and the kind. A zip archive, an OLE compound file (an old .xls
 * or a password-protected .xlsx) and a file named `.xlsx`/`.xlsm` go to the Excel reader, which
 * says what it is and what to do; anything else is read as CSV.
 */
export function checkFile(
  path: string,
  shown: string,
  lang: Lang = 'nl',
): { size: number; kind: SignalFileKind } {
  const { size, head } = statAndHead(path, shown, lang);
  if (sniffWorkbook(head) !== 'other' || /\.xls[xm]$/i.test(path)) return { size, kind: 'xlsx' };
  // UTF-16 text is full of zero bytes: leave it to the reader, which names the encoding and the fix.
  if (sniffUtf16(head) !== null) return { size, kind: 'csv' };
  if (head.includes(0)) throw new CliUserError(M.binary(shown)[lang]);
  return { size, kind: 'csv' };
}

/** One line naming what is fatally wrong, e.g. the missing column(s). */
export function fatalMessage(shown: string, issues: readonly Issue[], lang: Lang): string {
  const parts = issues.map((i) => {
    const { column } = csvIssuePlace(i);
    const message = issueText(lang, i);
    return column && !message.includes(column) ? M.column(message, column)[lang] : message;
  });
  return `${shown}: ${parts.join('; ') || M.cannotRead[lang]}`;
}

/** An event of either reader. */
export type SignalFileEvent = SignalImportEvent | XlsxSignalImportEvent;

/** How a command reads its signal file: `--encoding` (CSV), `--sheet` (Excel), `--today`. */
export interface SignalFileOptions {
  encoding?: 'auto' | 'utf-8' | 'windows-1252';
  sheet?: string;
  today?: IsoDate;
}

/** An opened signal file: its absolute path, size, kind and events. */
export interface SignalFile {
  path: string;
  size: number;
  kind: SignalFileKind;
  events: AsyncIterable<SignalFileEvent>;
}

/**
 * Opens `file` (relative to the working directory) with the reader that fits; user errors (no such
 * file, binary data, `--sheet` for a CSV file) as {@link CliUserError}.
 */
export function openSignalFile(io: CliIo, file: string, options: SignalFileOptions = {}): SignalFile {
  return openSkipping(io, file, options);
}

/**
 * {@link openSignalFile} with records of a CSV file left unchecked where `skip` says so (no event
 * for them; cli/history.ts); an Excel workbook is checked whole.
 */
export function openSkipping(
  io: CliIo,
  file: string,
  options: SignalFileOptions,
  skip?: SkipRow,
): SignalFile {
  const path = resolve(io.cwd, file);
  const { size, kind } = checkFile(path, file, cliLang(io));
  const today = options.today ?? io.today;
  if (kind === 'xlsx') {
    const events = readSignalsXlsxFile(path, {
      ...(today ? { today } : {}),
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    });
    return { path, size, kind, events };
  }
  if (options.sheet !== undefined) throw new CliUserError(M.sheetForCsv(file)[cliLang(io)]);
  const read = { encoding: options.encoding ?? 'auto', ...(today ? { today } : {}) } as const;
  const events = signalFileEvents(path, read, skip);
  return { path, size, kind, events };
}
