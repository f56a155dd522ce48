// The command line's side of src/output: every command writes its files through these two
// functions, which turn refusals into one-line user errors and print notes on stderr.
import { resolve } from 'node:path';
import type { Issue, Lang } from '@signaalreis/core';
import { type Command, Option } from 'commander';
import type { OutputData } from '../output/atomic-file';
import { CSV_DIALECTS } from '../output/csv-writer';
import { writeOutputFile } from '../output/output-file';
import { type OutputFile, type OutputOptions, writeOutputFolder } from '../output/output-folder';
import { maskStoreTarget } from '../store/target';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, say } from './lang';
import { COMMON_MESSAGES as M } from './messages/common';

const userError = (issues: Issue[], lang: Lang) =>
  new CliUserError(
    `${issues[0] ? issueText(lang, issues[0]) : M.cannotWrite[lang]}${issues.length > 1 ? M.andMore(issues.length - 1)[lang] : ''}`,
  );

/**
 * The command as given, for the manifest: `signaalreis run signals.csv --month 2026-10 …` (operands
 * and the options given on the command line, not the defaults; a store URL with its password masked).
 */
export function commandLine(command: Command): string {
  const words = ['signaalreis', command.name(), ...command.args];
  for (const option of command.options) {
    const key = option.attributeName();
    if (command.getOptionValueSource(key) !== 'cli' || !option.long) continue;
    const value: unknown = command.getOptionValue(key);
    if (value === true) words.push(option.long);
    // a store URL's password never goes into a manifest
    else for (const v of [value].flat()) words.push(option.long, maskStoreTarget(String(v)));
  }
  return words.map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/** The paths of the files a command reads (relative to the working directory), for the input check. */
export const inputPaths = (io: CliIo, ...paths: (string | readonly string[] | undefined)[]): string[] =>
  paths
    .flat()
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => resolve(io.cwd, p));

/**
 * `--csv-dialect rfc4180|excel-nl` for a command that writes CSV: `excel-nl` is `;`, a decimal comma,
 * a byte-order mark and CRLF, which Dutch Excel opens by double-click (docs/formats/signals-xlsx.md, "Writing for Excel").
 */
export const csvDialectOption = (lang: Lang = 'nl'): Option =>
  new Option('--csv-dialect <dialect>', M.csvDialectHelp[lang]).choices([...CSV_DIALECTS]).default('rfc4180');

/** `--xlsx`: also write Excel workbooks beside the CSV files (run, feedback). */
export const xlsxOption = (lang: Lang = 'nl'): Option =>
  new Option('--xlsx', M.xlsxHelp[lang]).default(false);

/**
 * Writes an output set into `dir` (relative to the working directory) through
 * {@link writeOutputFolder}; a refusal is a {@link CliUserError}, notes go to stderr.
 */
export function saveFolder(
  io: CliIo,
  dir: string,
  files: Map<string, OutputData>,
  options: { command: string; inputs: string[] } & Pick<OutputOptions, 'onProgress'>,
): void {
  const list: OutputFile[] = [...files].map(([name, data]) => ({ name, data }));
  const w = writeOutputFolder(resolve(io.cwd, dir), list, { ...options, shown: dir });
  const lang = cliLang(io);
  if (!w.ok) throw userError(w.issues, lang);
  for (const note of w.value.notes) io.stderr.write(`signaalreis: ${M.note(say(lang, note))[lang]}\n`);
}

/** Writes one output file (relative to the working directory) through {@link writeOutputFile}. */
export function saveFile(io: CliIo, path: string, text: OutputData, inputs: string[]): void {
  const w = writeOutputFile(resolve(io.cwd, path), text, { inputs, shown: path });
  if (!w.ok) throw userError(w.issues, cliLang(io));
}
