// `signaalreis import ddas`: a DDAS v1.2 delivery of another system (e.g. a platform a municipality
// leaves) read into case files — one per municipality and month, with lifecycle records — that
// `run --history` and `feedback` take. A delivery that does not validate is refused with the schema
// path of every problem; what signaalreis cannot keep is reported, never dropped silently.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { caseFilePieces, caseFileText } from '../cases/case-file-text';
import type { DdasImport, DdasImportedFile } from '../ddas/import';
import { readJsonFileInParts } from '../files/json-file-parts';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import type { OutputData } from '../output/atomic-file';
import { SpoolFiles } from '../output/spool-files';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { issueLine, readJsonArg, refuseFile, unreadFile } from './json-input';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { EXCHANGE_MESSAGES } from './messages/exchange';
import { besideBar, largeFiles, MIB, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
import { terminalIo } from './terminal';
import { commandLine, saveFolder } from './write-output';

/**
 * Options of `signaalreis import ddas`.
 */
export interface ImportDdasOptions {
  /** Folder for the case files (default `out/ddas-import-<start>-<end>`). */
  out?: string;
  /** Exit with code 1 when anything could not be kept. */
  strict: boolean;
}

/** The name of the case file of a municipality and month. */
export const importedFileName = (municipality: string, month: string): string =>
  `cases-${municipality}-${month}.json`;

/** A case file made, for the output folder: its name, its text (or where it was set aside), its summary line. */
interface MadeFile {
  name: string;
  data: OutputData;
  line: string;
}

/**
 * A delivery up to the case-file limit (64 MiB) read whole, as every JSON file, and imported; its
 * value let go when this returns (before its case files become text).
 */
async function importWhole(io: CliIo, file: string, bar: PhasedProgress) {
  const t = localize(EXCHANGE_MESSAGES, cliLang(io));
  bar.show(t.phaseReadDelivery, 0, 1);
  const json = readJsonArg(io, file, 'caseFile');
  // loaded when a delivery is read: the DDAS schema's validator (ajv) is no part of other commands' start
  const { importDdasDelivery } = await import('../ddas/import');
  return importDdasDelivery(json, undefined, {
    onProgress: (phase, done, total) =>
      phase === 'schema' ? bar.show(t.phaseSchema, 0, 1) : bar.show(t.phaseImport, done, total),
  });
}

/**
 * A larger delivery — a platform's quarter of a national delivery is ~200 MB, a national year ~700
 * MB, `export ddas` writes them — imported as it is read in parts (`readJsonFileInParts`, at most
 * `JSON_FILE_LIMITS.ddasDeliveryInParts`; `ddasPartsImport`): each signal and case read, checked
 * against the schema and imported on its own, each case file handed to `made` as it is made. Never
 * the whole text nor the whole delivery at once (issue 14: a national year held whole took 3 GB).
 */
async function importInParts(
  io: CliIo,
  path: string,
  file: string,
  bar: PhasedProgress,
  made: (f: DdasImportedFile, compactCases: readonly unknown[]) => void,
) {
  const t = localize(EXCHANGE_MESSAGES, cliLang(io));
  const { ddasPartsImport, openInDelivery } = await import('../ddas/import-parts');
  const size = statSync(path).size;
  const total = Math.ceil(size / MIB);
  const parts = ddasPartsImport({ onFile: made });
  const r = readJsonFileInParts(path, {
    maxBytes: JSON_FILE_LIMITS.ddasDeliveryInParts,
    open: openInDelivery,
    hand: parts.hand,
    onMember: parts.onMember,
    onProgress: (read) => bar.show(t.phaseReadImport, Math.ceil(read / MIB), total),
  });
  if (!r.ok) {
    bar.stop();
    unreadFile(io, file, r.issues);
  }
  return parts.finish(r.value);
}

/**
 * Runs `signaalreis import ddas <delivery.json> [--out <dir>] [--strict]`: 0 done; 1 under
 * `--strict` when something could not be kept; 2 (a {@link CliUserError}) when the file is refused.
 */
export async function runImportDdas(
  cliIo: CliIo,
  file: string,
  o: ImportDdasOptions,
  command: string,
): Promise<number> {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const bar = largeFiles(io, [file]) ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang]) : NO_PROGRESS;
  try {
    return await importFile(io, file, o, command, bar);
  } finally {
    bar.stop();
  }
}

async function importFile(
  io: CliIo,
  file: string,
  o: ImportDdasOptions,
  command: string,
  bar: PhasedProgress,
): Promise<number> {
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  const made: MadeFile[] = [];
  const line = (f: DdasImportedFile, name: string) => {
    const cases = f.caseFile.cases;
    const records = cases.filter((c) => (c as { record?: unknown }).record !== undefined).length;
    const signals = cases.reduce((n, c) => n + c.signals.length, 0);
    return t.importFile(f.municipality, f.month, signals, cases.length, records, name);
  };
  const path = resolve(io.cwd, file);
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  // a large delivery's case files set aside on disk as they are made, beside the output folder
  const spool = size > (io.wholeDeliveryMax ?? JSON_FILE_LIMITS.caseFile) ? openSpool(io, o.out) : undefined;
  try {
    const imported = spool
      ? await importInParts(io, path, file, bar, (f, compactCases) => {
          const name = importedFileName(f.municipality, f.month);
          const { cases: _cases, format: _format, ...head } = f.caseFile;
          spool.add(name, () => caseFilePieces(head, compactCases, (c) => c));
          made.push({ name, data: spool.data(name), line: line(f, name) });
        })
      : await importWhole(io, file, bar);
    bar.stop(); // the refusal or the warnings on lines of their own
    if (!imported.ok) refuseFile(io, file, imported.issues, t.notDelivery);
    const d = imported.value;
    // each case file let go once it is text: a delivery's are ~1 GB as objects for a national year
    for (let f = d.files.shift(); f !== undefined; f = d.files.shift()) {
      const name = importedFileName(f.municipality, f.month);
      made.push({ name, data: caseFileText(f.caseFile), line: line(f, name) });
    }
    return writeImport(io, file, o, command, bar, d, made);
  } finally {
    spool?.close();
  }
}

/** The spool of a large delivery's case files, in the parent folder of the output folder. */
function openSpool(io: CliIo, out: string | undefined): SpoolFiles {
  const opened = SpoolFiles.open(dirname(resolve(io.cwd, out ?? 'out/ddas-import')), out ?? 'out');
  if (!opened.ok) throw new CliUserError(opened.issues.map((i) => i.message[cliLang(io)]).join('\n'));
  return opened.value;
}

/** The warnings, the case files written into the output folder, and the summary. */
function writeImport(
  io: CliIo,
  file: string,
  o: ImportDdasOptions,
  command: string,
  bar: PhasedProgress,
  d: DdasImport,
  made: readonly MadeFile[],
): number {
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  for (const w of d.issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(issueLine(file, w, lang))[lang]}\n`);
  const lines = [t.importHead(d.period.from, d.period.to, d.supplierCode, d.deliveredAt)];
  if (made.length === 0) {
    lines.push(t.nothing);
    io.stdout.write(`${lines.join('\n')}\n`);
    return o.strict && d.issues.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
  }
  const out = o.out ?? `out/ddas-import-${d.period.from}-${d.period.to}`;
  lines.push(...made.map((f) => f.line));
  saveFolder(besideBar(io, bar), out, new Map(made.map((f) => [f.name, f.data])), {
    command,
    inputs: [resolve(io.cwd, file)],
    onProgress: (stage, done, total) =>
      bar.show(COMMON_MESSAGES[stage === 'write' ? 'phaseWriteFiles' : 'phaseFlushFiles'][lang], done, total),
  });
  bar.stop();
  lines.push(t.importWritten(out, made[0]?.name ?? ''));
  io.stdout.write(`${lines.join('\n')}\n`);
  return o.strict && d.issues.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
}

/**
 * Registers `signaalreis import ddas` under the `import` command.
 *
 * @example
 * ```sh
 * signaalreis import ddas delivery-2026-q3.json --out history/
 * ```
 */
export function registerImportDdas(importCommand: Command, io: CliIo): void {
  const t = localize(EXCHANGE_MESSAGES, cliLang(io));
  importCommand
    .command('ddas')
    .description(t.importHelp)
    .argument('<delivery>', t.deliveryArg)
    .option('--out <dir>', t.importOutHelp)
    .addOption(new Option('--strict', t.strictHelp).default(false))
    .action(async (file: string, o: ImportDdasOptions, cmd: Command) => {
      const code = await runImportDdas(
        io,
        file,
        o,
        commandLine(cmd).replace(/^signaalreis /, 'signaalreis import '),
      );
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });
}
