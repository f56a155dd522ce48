// `signaalreis vlp plan <household.json>`: the Vaste Lasten Pakket's payment plan of a household
// (docs/vlp.md). Reads the household JSON, plans with core's `planVlp` and prints the plan in Dutch
// (or English with --lang en), or as JSON for tools. A bad file is refused with each problem on
// its own line: file, line, JSON path and message — never a value of the file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type IsoMonth, type Issue, jsonLines, type Lang, planVlp } from '@signaalreis/core';
import { type Command, Option } from 'commander';
import { readJsonFile } from '../files/read-json-file';
import { type CliIo, CliUserError } from './io';
import { issueLine } from './json-input';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { FILE_MESSAGES } from './messages/files';
import { VLP_CLI_MESSAGES } from './messages/vlp';
import { parsersIn } from './month-input';
import { vlpPlanText } from './vlp-text';

/** The largest household file: 1 MiB (project default: a household is a few kilobytes). */
const MAX_HOUSEHOLD_BYTES = 1024 * 1024;

/**
 * Options of `signaalreis vlp plan`.
 */
export interface VlpPlanOptions {
  month?: IsoMonth;
  format: 'text' | 'json';
}

/** `file:line: path: message` for a problem in the household's value (the line where known). */
function householdIssueLine(
  file: string,
  issue: Issue,
  lineOf: (path: Issue['path']) => number | undefined,
  lang: Lang,
) {
  const line = lineOf(issue.path) ?? lineOf(issue.path.slice(0, -1));
  const where = line === undefined ? file : `${file}:${line}`;
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}: ${path}${issueText(lang, issue)}`;
}

/** Reads and plans the household; any problem is a {@link CliUserError} (exit 2). */
function planFile(io: CliIo, file: string, o: VlpPlanOptions) {
  const lang = cliLang(io);
  const path = resolve(io.cwd, file);
  const read = readJsonFile(path, { maxBytes: MAX_HOUSEHOLD_BYTES });
  if (!read.ok) {
    const [first] = read.issues;
    throw new CliUserError(first ? issueLine(file, first, lang) : FILE_MESSAGES.cannotBeRead(file)[lang]);
  }
  const planned = planVlp(read.value, o.month === undefined ? {} : { month: o.month });
  if (planned.ok) return planned.value;
  const lineOf = jsonLines(readFileSync(path, 'utf8'));
  const what = VLP_CLI_MESSAGES.notHousehold[lang];
  const lines = planned.issues.map((i) => householdIssueLine(file, i, lineOf, lang));
  if (lines.length === 1) throw new CliUserError(`${lines[0]} (${what})`);
  for (const line of lines) io.stderr.write(`signaalreis: ${line}\n`);
  throw new CliUserError(FILE_MESSAGES.refused(file, what, lines.length)[lang]);
}

/**
 * Registers `signaalreis vlp plan <household.json> [--month YYYY-MM] [--format text|json]`.
 *
 * @example
 * ```sh
 * signaalreis vlp plan examples/data/vlp-household.json
 * signaalreis vlp plan examples/data/vlp-household.json --month 2027-02 --format json --lang en
 * ```
 */
export function registerVlp(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(VLP_CLI_MESSAGES, lang);
  const vlp = program.command('vlp').description(t.description);
  vlp
    .command('plan')
    .description(t.planDescription)
    .argument('<household>', t.householdArg)
    .option('--month <month>', t.monthHelp, parsersIn(lang).month)
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((file: string, o: VlpPlanOptions) => {
      const plan = planFile(io, file, o);
      io.stdout.write(o.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : vlpPlanText(plan, lang));
    });
}
