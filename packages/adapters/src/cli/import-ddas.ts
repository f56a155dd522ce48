// `signaalreis import ddas`: a DDAS v1.2 delivery of another system (e.g. a platform a municipality
// leaves) read into case files — one per municipality and month, with lifecycle records — that
// `run --history` and `feedback` take. A delivery that does not validate is refused with the schema
// path of every problem; what signaalreis cannot keep is reported, never dropped silently.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JsonLimits } from '@signaalreis/core';
import { type Command, Option } from 'commander';
import { caseFileText } from '../cases/case-file-text';
import { readJsonFileInParts } from '../files/json-file-parts';
import { JSON_FILE_LIMITS } from '../files/read-json-file';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { issueLine, readJsonArg, refuseFile, unreadFile } from './json-input';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { EXCHANGE_MESSAGES } from './messages/exchange';
import { besideBar, largeFiles, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
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

/**
 * Whether the object or array at `path` of a DDAS delivery is opened when the delivery is read in
 * parts: the delivery, its `leveringen` and each of them, and their lists of signals and cases —
 * each signal and each case is then one part (a few hundred bytes).
 */
export const openInDelivery = (path: readonly (string | number)[]): boolean =>
  path.length < 3 || (path.length === 3 && (path[2] === 'vroegsignalen' || path[2] === 'vroegsignaalzaken'));

const MIB = 1024 * 1024;

/**
 * The delivery as JSON, and the JSON limits to import it with: read whole up to the case-file limit
 * (64 MiB), as every JSON file; a larger one — a platform's quarter of a national delivery is ~200
 * MB, `export ddas` writes it — in parts (`readJsonFileInParts`, at most
 * `JSON_FILE_LIMITS.ddasDeliveryInParts`): each signal and case read and checked on its own, never
 * the whole text at once, and the number of values not limited (each part's are).
 */
function readDelivery(
  io: CliIo,
  file: string,
  bar: PhasedProgress,
  label: string,
): { json: unknown; limits: Partial<JsonLimits> } {
  const path = resolve(io.cwd, file);
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size <= (io.wholeDeliveryMax ?? JSON_FILE_LIMITS.caseFile)) {
    bar.show(label, 0, 1);
    return { json: readJsonArg(io, file, 'caseFile'), limits: {} };
  }
  const total = Math.ceil(size / MIB);
  const r = readJsonFileInParts(path, {
    maxBytes: JSON_FILE_LIMITS.ddasDeliveryInParts,
    open: openInDelivery,
    onProgress: (read) => bar.show(label, Math.ceil(read / MIB), total),
  });
  if (!r.ok) {
    bar.stop();
    unreadFile(io, file, r.issues);
  }
  return { json: r.value, limits: { maxValues: Number.MAX_SAFE_INTEGER } };
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

/**
 * The delivery read and imported; the delivery's value is let go when this returns (a national
 * quarter's is ~0.5 GB), before its case files become text.
 */
async function importDelivery(io: CliIo, file: string, bar: PhasedProgress) {
  const t = localize(EXCHANGE_MESSAGES, cliLang(io));
  const { json, limits } = readDelivery(io, file, bar, t.phaseReadDelivery);
  // loaded when a delivery is read: the DDAS schema's validator (ajv) is no part of other commands' start
  const { importDdasDelivery } = await import('../ddas/import');
  return importDdasDelivery(json, undefined, {
    limits,
    onProgress: (phase, done, total) =>
      phase === 'schema' ? bar.show(t.phaseSchema, 0, 1) : bar.show(t.phaseImport, done, total),
  });
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
  const imported = await importDelivery(io, file, bar);
  bar.stop(); // the refusal or the warnings on lines of their own
  if (!imported.ok) refuseFile(io, file, imported.issues, t.notDelivery);
  const d = imported.value;
  for (const w of d.issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(issueLine(file, w, lang))[lang]}\n`);
  const lines = [t.importHead(d.period.from, d.period.to, d.supplierCode, d.deliveredAt)];
  if (d.files.length === 0) {
    lines.push(t.nothing);
    io.stdout.write(`${lines.join('\n')}\n`);
    return o.strict && d.issues.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
  }
  const out = o.out ?? `out/ddas-import-${d.period.from}-${d.period.to}`;
  const files = new Map<string, string>();
  // each case file let go once it is text: a national year's twelve are ~1 GB as objects
  for (let f = d.files.shift(); f !== undefined; f = d.files.shift()) {
    const name = importedFileName(f.municipality, f.month);
    files.set(name, caseFileText(f.caseFile));
    const cases = f.caseFile.cases;
    const records = cases.filter((c) => (c as { record?: unknown }).record !== undefined).length;
    const signals = cases.reduce((n, c) => n + c.signals.length, 0);
    lines.push(t.importFile(f.municipality, f.month, signals, cases.length, records, name));
  }
  saveFolder(besideBar(io, bar), out, files, {
    command,
    inputs: [resolve(io.cwd, file)],
    onProgress: (stage, done, total) =>
      bar.show(COMMON_MESSAGES[stage === 'write' ? 'phaseWriteFiles' : 'phaseFlushFiles'][lang], done, total),
  });
  bar.stop();
  lines.push(t.importWritten(out, [...files.keys()][0] ?? ''));
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
