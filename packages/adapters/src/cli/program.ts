import { isIsoDate } from '@signaalreis/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { registerCases } from './cases';
import { registerCompare } from './compare';
import { registerCriteria } from './criteria';
import { registerExportDdas } from './export-ddas';
import { registerFeedback } from './feedback';
import { registerImportDdas } from './import-ddas';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { registerMatch } from './match';
import { registerPreset } from './preset';
import { registerPurge } from './purge';
import { registerRun } from './run';
import { registerServe } from './serve';
import { terminalIo } from './terminal';
import { runValidate, type ValidateOptions } from './validate';

/** Commander's messages start with "error: " and may carry a suggestion on a second line. */
const oneLine = (message: string): string =>
  message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function parseToday(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Expected a real date written YYYY-MM-DD.');
  return value;
}

/**
 * Builds the `signaalreis` command line (commander) around an {@link CliIo}, so that it can run
 * in-process: nothing is written to `process.stdout` and nothing calls `process.exit`. Parse
 * errors surface as commander's `CommanderError`; use {@link main} to get an exit code instead.
 */
export function buildProgram(cliIo: CliIo): Command {
  const io = terminalIo(cliIo);
  const program = new Command('signaalreis')
    .description('Early detection of payment arrears (vroegsignalering): check and summarise signal files.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`signaalreis: ${oneLine(s)}\n`),
    })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description(
      'Read a signal file (CSV or .xlsx), report accepted and rejected rows and summarise the signals.',
    )
    .argument('<file>', 'signal file: CSV (canonical or Dutch Excel export) or Excel workbook (.xlsx)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--strict', 'exit with code 1 when any row is rejected', false)
    .addOption(
      new Option(
        '--today <date>',
        'the date to validate against (YYYY-MM-DD); later dates are in the future',
      ).argParser(parseToday),
    )
    .addOption(
      new Option('--encoding <encoding>', 'character encoding of the file')
        .choices(['auto', 'utf-8', 'windows-1252'])
        .default('auto'),
    )
    .option('--sheet <name>', 'the sheet of an Excel workbook (default: the first visible sheet)')
    .action(async (file: string, options: ValidateOptions) => {
      const code = await runValidate(io, file, options);
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });

  registerCriteria(program, io);
  registerMatch(program, io);
  registerRun(program, io);
  registerCompare(program, io);
  registerFeedback(program, io);
  registerPreset(program, io);
  registerCases(program, io);
  registerPurge(program, io);
  registerServe(program, io);

  // Exchange with other systems (issue 11): `export <format>` and `import <format>`.
  const exportCommand = program.command('export').description('Write data for other systems (ddas).');
  registerExportDdas(exportCommand, io);
  const importCommand = program.command('import').description('Read data of other systems (ddas).');
  registerImportDdas(importCommand, io);

  return program;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs the `signaalreis` command line and returns its exit code: 0 ok; 1 rows rejected under
 * `--strict`; 2 user error (printed as one line `signaalreis: <message>`, no stack trace);
 * 70 unexpected error ("please report"). `argv` is `process.argv`-style: `[node, script, ...args]`.
 */
export async function main(
  argv: readonly string[] = process.argv,
  cliIo: CliIo = processIo(),
): Promise<number> {
  const io = terminalIo(cliIo);
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'node' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.userError;
    if (error instanceof CliUserError) {
      io.stderr.write(`signaalreis: ${oneLine(error.message)}\n`);
      return EXIT_CODES.userError;
    }
    io.stderr.write(
      `signaalreis: unexpected error: ${oneLine(message(error))}\n` +
        'signaalreis: this is a bug; please report it with the command you ran (without personal data).\n',
    );
    return EXIT_CODES.internalError;
  }
}

/**
 * The real process's streams and working directory.
 */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
