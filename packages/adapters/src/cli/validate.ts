import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IsoDate, Issue, Lang } from '@signaalreis/core';
import { sniffUtf16 } from '../csv/decode';
import { csvIssuePlace } from '../csv/index';
import { readSignalsFile } from '../files/read-signals-file';
import { formatValidationText } from './format-text';
import { type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, issueText } from './lang';
import { startProgress } from './progress';
import { terminalIo } from './terminal';
import { createValidationTally } from './validation-report';

/**
 * Options of `signaalreis validate`.
 */
export interface ValidateOptions {
  format: 'text' | 'json';
  strict: boolean;
  encoding: 'auto' | 'utf-8' | 'windows-1252';
  today?: IsoDate;
}

const fsCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** The first bytes of a file, turning file-system errors into {@link CliUserError}s. */
function statAndHead(path: string, shown: string): { size: number; head: Buffer } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliUserError(`${shown} is a directory, not a CSV file`);
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
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliUserError(`file not found: ${shown}`);
    throw new CliUserError(`cannot read ${shown} (${code ?? 'unknown error'})`);
  }
}

/** Throws a {@link CliUserError} when `path` is missing, a directory, or clearly not a CSV file. */
export function checkFile(path: string, shown: string): number {
  const { size, head } = statAndHead(path, shown);
  const magic = head.subarray(0, 4);
  if (magic.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    throw new CliUserError(
      `${shown} is not a CSV file but a zip archive (an .xlsx workbook?); save it as CSV first`,
    );
  if (magic.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new CliUserError(
      `${shown} is not a CSV file but an old Excel workbook (.xls); save it as CSV first`,
    );
  // UTF-16 text is full of zero bytes: leave it to the reader, which names the encoding and the fix.
  if (sniffUtf16(head) !== null) return size;
  if (head.includes(0)) throw new CliUserError(`${shown} is not a CSV file (it contains binary data)`);
  return size;
}

/** One line naming what is fatally wrong, e.g. the missing column(s). */
export function fatalMessage(shown: string, issues: readonly Issue[], lang: Lang): string {
  const parts = issues.map((i) => {
    const { column } = csvIssuePlace(i);
    const message = issueText(lang, i);
    return column && !message.includes(column) ? `${message} (column '${column}')` : message;
  });
  return `${shown}: ${parts.join('; ') || 'cannot be read as a signal CSV'}`;
}

/**
 * Runs `signaalreis validate <file>`: streams the file through the signal CSV reader, keeping counts
 * (not signals), and prints the report. Returns the exit code: 0, or 1 under `--strict` when a row
 * was rejected. Throws {@link CliUserError} for problems the user can fix.
 *
 * @example
 * ```sh
 * signaalreis validate examples/data/signals-2026-10.csv --format json --strict
 * ```
 */
export async function runValidate(cliIo: CliIo, file: string, options: ValidateOptions): Promise<number> {
  const io = terminalIo(cliIo);
  const path = resolve(io.cwd, file);
  const size = checkFile(path, file);
  const lang = cliLang(io);
  const tally = createValidationTally(options.format === 'json', lang);
  const progress = startProgress(io, path, size);
  let sawHeader = false;
  try {
    const today = options.today ?? io.today;
    const events = readSignalsFile(path, { encoding: options.encoding, ...(today ? { today } : {}) });
    for await (const event of events) {
      if (event.type === 'fatal') throw new CliUserError(fatalMessage(file, event.issues, lang));
      if (event.type === 'header') sawHeader = true;
      tally.onEvent(event);
      progress.tick(tally.rows);
    }
  } finally {
    progress.stop();
  }
  if (!sawHeader) throw new CliUserError(`${file}: no header row found; is it an empty file?`);
  const report = tally.report(file);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatValidationText(report, tally.rejectedCodes(), tally.flagCodes()));
  const rejected = report.rows - report.accepted;
  if (!options.strict || rejected === 0) return EXIT_CODES.ok;
  io.stderr.write(`signaalreis: ${rejected} of ${report.rows} rows rejected (--strict)\n`);
  return EXIT_CODES.dataProblems;
}
