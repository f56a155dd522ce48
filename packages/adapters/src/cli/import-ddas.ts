// `signaalreis import ddas`: a DDAS v1.2 delivery of another system (e.g. a platform a municipality
// leaves) read into case files — one per municipality and month, with lifecycle records — that
// `run --history` and `feedback` take. A delivery that does not validate is refused with the schema
// path of every problem; what signaalreis cannot keep is reported, never dropped silently.
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { importDdasDelivery } from '../ddas/import';
import { CliExit, type CliIo, EXIT_CODES } from './io';
import { issueLine, readJsonArg, refuseFile } from './json-input';
import { cliLang } from './lang';
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
 * Runs `signaalreis import ddas <delivery.json> [--out <dir>] [--strict]`: 0 done; 1 under
 * `--strict` when something could not be kept; 2 (a {@link CliUserError}) when the file is refused.
 */
export function runImportDdas(cliIo: CliIo, file: string, o: ImportDdasOptions, command: string): number {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const json = readJsonArg(io, file, 'caseFile');
  const imported = importDdasDelivery(json);
  if (!imported.ok) refuseFile(io, file, imported.issues, 'not a DDAS v1.2 delivery signaalreis can read');
  const d = imported.value;
  for (const w of d.issues) io.stderr.write(`signaalreis: warning: ${issueLine(file, w, lang)}\n`);
  const lines = [
    `DDAS v1.2 delivery ${d.period.from} – ${d.period.to} of ${d.supplierCode}, delivered ${d.deliveredAt}:`,
  ];
  if (d.files.length === 0) {
    lines.push('  no signals and no cases: nothing written');
    io.stdout.write(`${lines.join('\n')}\n`);
    return o.strict && d.issues.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
  }
  const out = o.out ?? `out/ddas-import-${d.period.from}-${d.period.to}`;
  const files = new Map<string, string>();
  for (const f of d.files) {
    const name = importedFileName(f.municipality, f.month);
    files.set(name, `${JSON.stringify(f.caseFile, null, 2)}\n`);
    const cases = f.caseFile.cases;
    const records = cases.filter((c) => (c as { record?: unknown }).record !== undefined).length;
    const signals = cases.reduce((n, c) => n + c.signals.length, 0);
    lines.push(
      `  ${f.municipality} ${f.month}: ${signals} signals, ${cases.length} cases (${records} with a record) → ${name}`,
    );
  }
  saveFolder(io, out, files, { command, inputs: [resolve(io.cwd, file)] });
  lines.push(
    `Written to ${out}. Use a file as history (signaalreis run … --history ${out}/${[...files.keys()][0]})`,
    'or follow its cases on (signaalreis feedback <file> --at <date>).',
  );
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
  importCommand
    .command('ddas')
    .description(
      'Read a DDAS v1.2 delivery of another system into case files (history and lifecycle records).',
    )
    .argument('<delivery>', 'DDAS v1.2 delivery (JSON)')
    .option('--out <dir>', 'folder for the case files (default: out/ddas-import-<start>-<end>)')
    .addOption(new Option('--strict', 'exit with code 1 when anything could not be kept').default(false))
    .action((file: string, o: ImportDdasOptions, cmd: Command) => {
      const code = runImportDdas(
        io,
        file,
        o,
        commandLine(cmd).replace(/^signaalreis /, 'signaalreis import '),
      );
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });
}
