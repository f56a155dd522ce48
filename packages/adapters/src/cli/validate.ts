import type { IsoDate } from '@signaalreis/core';
import { formatValidationText } from './format-text';
import { type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, localize } from './lang';
import { VALIDATE_MESSAGES } from './messages/validate';
import { startProgress } from './progress';
import { fatalMessage, openSignalFile } from './signal-file';
import { terminalIo } from './terminal';
import { createValidationTally } from './validation-report';

/**
 * Options of `signaalreis validate`.
 */
export interface ValidateOptions {
  format: 'text' | 'json';
  strict: boolean;
  encoding: 'auto' | 'utf-8' | 'windows-1252';
  /** The sheet of an Excel workbook (default: the first visible one). */
  sheet?: string;
  today?: IsoDate;
}

/**
 * Runs `signaalreis validate <file>`: streams the file (signal CSV, or an Excel workbook) through its
 * reader, keeping counts (not signals), and prints the report. Returns the exit code: 0, or 1 under
 * `--strict` when a row was rejected. Throws {@link CliUserError} for problems the user can fix.
 *
 * @example
 * ```sh
 * signaalreis validate examples/data/signals-2026-10.csv --format json --strict
 * signaalreis validate examples/data/signals-2026-10.xlsx --sheet Signalen
 * ```
 */
export async function runValidate(cliIo: CliIo, file: string, options: ValidateOptions): Promise<number> {
  const io = terminalIo(cliIo);
  const opened = openSignalFile(io, file, options);
  const lang = cliLang(io);
  const t = localize(VALIDATE_MESSAGES, lang);
  const tally = createValidationTally(options.format === 'json', lang);
  const progress = startProgress(io, opened.path, opened.kind === 'csv' ? opened.size : 0);
  let sawHeader = false;
  try {
    for await (const event of opened.events) {
      if (event.type === 'fatal') throw new CliUserError(fatalMessage(file, event.issues, lang));
      if (event.type === 'header') sawHeader = true;
      tally.onEvent(event);
      progress.tick(tally.rows);
    }
  } finally {
    progress.stop();
  }
  if (!sawHeader) throw new CliUserError(t.noHeader(file));
  const report = tally.report(file);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatValidationText(report, tally.rejectedCodes(), tally.flagCodes(), lang));
  const rejected = report.rows - report.accepted;
  if (!options.strict || rejected === 0) return EXIT_CODES.ok;
  io.stderr.write(`signaalreis: ${t.strictRejected(rejected, report.rows)}\n`);
  return EXIT_CODES.dataProblems;
}
