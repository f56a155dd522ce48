import { isIsoDate, type Lang } from '@signaalreis/core';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { registerBatch } from './batch';
import { registerCases } from './cases';
import { registerCompare } from './compare';
import { registerCriteria } from './criteria';
import { registerExportDdas } from './export-ddas';
import { registerFeedback } from './feedback';
import { registerImportDdas } from './import-ddas';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { CLI_LANGS, cliLang, DEFAULT_CLI_LANG, langArg, localeLang, localize } from './lang';
import { registerLetters } from './letters';
import { registerMatch } from './match';
import { COMMON_MESSAGES, dutchCommanderError, HELP_WORDS } from './messages/common';
import { VALIDATE_MESSAGES } from './messages/validate';
import { registerPreset } from './preset';
import { registerPurge } from './purge';
import { registerReport } from './report';
import { registerRun } from './run';
import { registerServe } from './serve';
import { registerSimulate } from './simulate';
import { registerSimulateReport } from './simulate-report';
import { terminalIo } from './terminal';
import { runValidate, type ValidateOptions } from './validate';
import { registerVlp } from './vlp';

/** Commander's messages start with "error: " and may carry a suggestion on a second line. */
const oneLine = (message: string): string =>
  message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const todayParser =
  (lang: Lang) =>
  (value: string): string => {
    if (!isIsoDate(value)) throw new InvalidArgumentError(COMMON_MESSAGES.badDate[lang]);
    return value;
  };

/**
 * Commander's help words and extras in the language (commander's own words are English). The extras
 * of an option or argument — `(choices: …, default: …)` — are put in the language in its description,
 * before commander wraps the line: after it, a line break could stand where the pattern wants `, `
 * (`criteria --help` kept an English `default:` so).
 */
function helpIn(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  const extras = (text: string) =>
    text.replace(
      /(\(|, )(default:|choices:|env:|preset:)/g,
      (_, before: string, w: string) => `${before}${HELP_WORDS[w] ?? w}`,
    );
  const words = (text: string) =>
    text
      .replace(/^(Usage:|Options:|Commands:|Arguments:|Global Options:)/gm, (w) => HELP_WORDS[w] ?? w)
      .replace(/\[(options|command)\]/g, (w) => HELP_WORDS[w] ?? w);
  return {
    optionDescription(option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
    formatHelp: (cmd, helper) => words(Help.prototype.formatHelp.call(helper, cmd, helper)),
  };
}

/**
 * Builds the `signaalreis` command line (commander) around an {@link CliIo}, so that it can run
 * in-process: nothing is written to `process.stdout` and nothing calls `process.exit`. Parse
 * errors surface as commander's `CommanderError`; use {@link main} to get an exit code instead.
 */
export function buildProgram(cliIo: CliIo): Command {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const t = localize(COMMON_MESSAGES, lang);
  const v = localize(VALIDATE_MESSAGES, lang);
  const commanderText = (s: string) => (lang === 'nl' ? dutchCommanderError(s) : s);
  const program = new Command('signaalreis')
    .description(t.program)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`signaalreis: ${oneLine(commanderText(s))}\n`),
    })
    .configureHelp(helpIn(lang))
    .helpOption('-h, --help', t.helpOption)
    .helpCommand('help [command]', t.helpCommand)
    .showSuggestionAfterError(true)
    // read before the program is built (main); declared here so that every command accepts it
    .addOption(new Option('--lang <lang>', t.langHelp).choices([...CLI_LANGS]));

  program
    .command('validate')
    .description(v.description)
    .argument('<file>', v.fileArg)
    .addOption(new Option('--format <format>', t.formatHelp).choices(['text', 'json']).default('text'))
    .option('--strict', v.strictHelp, false)
    .addOption(new Option('--today <date>', v.todayHelp).argParser(todayParser(lang)))
    .addOption(
      new Option('--encoding <encoding>', v.encodingHelp)
        .choices(['auto', 'utf-8', 'windows-1252'])
        .default('auto'),
    )
    .option('--sheet <name>', v.sheetHelp)
    .action(async (file: string, options: ValidateOptions) => {
      const code = await runValidate(io, file, options);
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    });

  registerCriteria(program, io);
  registerMatch(program, io);
  registerRun(program, io);
  registerBatch(program, io);
  registerCompare(program, io);
  registerSimulate(program, io);
  registerSimulateReport(program, io);
  registerFeedback(program, io);
  registerReport(program, io);
  registerLetters(program, io);
  registerPreset(program, io);
  registerCases(program, io);
  registerPurge(program, io);
  registerServe(program, io);
  registerVlp(program, io);

  // Exchange with other systems (issue 11): `export <format>` and `import <format>`.
  const exportCommand = program.command('export').description(t.exportHelp);
  registerExportDdas(exportCommand, io);
  const importCommand = program.command('import').description(t.importHelp);
  registerImportDdas(importCommand, io);

  return program;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs the `signaalreis` command line and returns its exit code: 0 ok; 1 rows rejected under
 * `--strict`; 2 user error (printed as one line `signaalreis: <message>`, no stack trace);
 * 70 unexpected error ("please report"). `argv` is `process.argv`-style: `[node, script, ...args]`.
 * The language is `--lang` when given, else `cliIo.lang` (the locale, for the real process), else Dutch.
 */
export async function main(
  argv: readonly string[] = process.argv,
  cliIo: CliIo = processIo(),
): Promise<number> {
  const asked = langArg(argv.slice(2));
  const lang = asked.lang ?? cliIo.lang ?? DEFAULT_CLI_LANG;
  const io = terminalIo({ ...cliIo, lang });
  const t = localize(COMMON_MESSAGES, lang);
  if (asked.bad !== undefined) {
    // the language asked for is unknown: say so in Dutch, the default
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.badLang(asked.bad).nl}\n`);
    return EXIT_CODES.userError;
  }
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
      `signaalreis: ${t.unexpected(oneLine(message(error)))}\nsignaalreis: ${t.pleaseReport}\n`,
    );
    return EXIT_CODES.internalError;
  }
}

/**
 * The real process's streams, working directory and language (from the locale: LC_ALL,
 * LC_MESSAGES, LANG).
 */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    lang: localeLang(process.env),
  };
}
