// `signaalreis feedback`: the lifecycle at a date for a month's cases — the timer actions due, and
// one feedback CSV per partner with only what that partner may see.
import { resolve } from 'node:path';
import {
  type Bilingual,
  type CaseRecord,
  type CaseStore,
  deliveryDay,
  type IsoDate,
  type Issue,
  type MunicipalityCode,
  parseIsoDate,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { lifecycleRun } from '../cases/lifecycle-run';
import { lifecycleIdOf } from '../cases/record-of';
import type { CsvDialect } from '../output/csv-writer';
import { type CasesFile, readCases } from './feedback-cases';
import { defaultFeedbackOut, feedbackFiles } from './feedback-output';
import {
  addFeedbackStoreOptions,
  casesFromStore,
  type FeedbackStoreOptions,
  storeFeedback,
} from './feedback-store';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, issueText } from './lang';
import { withStore } from './store-option';
import { terminalIo } from './terminal';
import { commandLine, csvDialectOption, saveFolder, xlsxOption } from './write-output';

/**
 * Options of `signaalreis feedback`.
 */
export interface FeedbackOptions extends FeedbackStoreOptions {
  /** The date to evaluate the timers on (YYYY-MM-DD). */
  at: IsoDate;
  /**
   * Folder for the per-partner CSV files, `actions-due.csv` and `cases.json` (default:
   * `out/<month>-feedback-<at>`). It may not be a folder the input case file would be replaced in.
   */
  out?: string;
  /** Lifecycle preset id; default: the file's `preset` when it names one, else `ddas`. */
  lifecycle?: string;
  /** The flavour of the CSV files (`--csv-dialect`; default `rfc4180`). */
  csvDialect?: CsvDialect;
  /** Also write `.xlsx` workbooks beside the CSV files (`--xlsx`). */
  xlsx?: boolean;
}

function parseAt(value: string): IsoDate {
  const at = parseIsoDate(value);
  if (!at.ok) throw new InvalidArgumentError('Expected a real date written YYYY-MM-DD.');
  return at.value;
}

/** An issue of one case's record, its message starting with the case id. */
const ofCase = (caseId: string, i: Issue): Issue => {
  const message: Bilingual = { nl: `${caseId}: ${i.message.nl}`, en: `${caseId}: ${i.message.en}` };
  return { ...i, message };
};

/**
 * Runs `signaalreis feedback <cases.json> --at <date>`: builds or reads each case's lifecycle record,
 * lists the timer actions due on the date, applies them, and writes `feedback-<partner>.csv` per
 * partner, `actions-due.csv` and `cases.json` into `--out` (default `out/<month>-feedback-<at>`;
 * never over the input). Returns 0, or 1 when cases could not be processed (they are listed).
 * With `--store`, the cases and records come from the store (and the file's records, when a file
 * is given too), and the records after the timers and the feedback sent are stored.
 */
export async function runFeedback(
  cliIo: CliIo,
  file: string | undefined,
  options: FeedbackOptions,
  command = 'signaalreis feedback',
): Promise<number> {
  const io = terminalIo(cliIo);
  const { store } = options;
  if (!store) {
    if (file === undefined) throw new CliUserError('feedback needs <cases> (a case file) or --store');
    return feedbackOn(io, file, readCases(io, file), options, command);
  }
  return withStore(io, store, async (s) => {
    const { json, problems, municipality, expected } = await casesFromStore(io, s, file, options);
    return feedbackOn(io, file, json, options, command, { store: s, municipality, problems, expected });
  });
}

async function feedbackOn(
  io: CliIo,
  file: string | undefined,
  json: CasesFile,
  options: FeedbackOptions,
  command: string,
  stored?: {
    store: CaseStore;
    municipality: MunicipalityCode;
    problems: Issue[];
    expected: ReadonlyMap<string, CaseRecord | null>;
  },
): Promise<number> {
  const lang = cliLang(io);
  const month = json.month;
  const id = options.lifecycle ?? lifecycleIdOf(json.preset);
  const table = lifecyclePreset(id);
  if (!table.ok) throw new CliUserError(table.issues.map((x) => issueText(lang, x)).join('; '));
  const start = deliveryDay(month);
  if (options.at < start)
    throw new CliUserError(`--at ${options.at} is before the delivery day ${start} of ${month}`);
  const run = lifecycleRun(json.cases, table.value, start, options.at);
  const { records, actions, byPartner, sent, updated } = run;
  const problems: Issue[] = [
    ...(stored?.problems ?? []),
    ...run.problems,
    ...run.caseProblems.flatMap((p) => p.issues.map((x) => ofCase(p.caseId, x))),
  ];
  const lines = [
    `Lifecycle ${table.value.id}, month ${month} (delivered ${start}), at ${options.at}: ${records.length} case(s).`,
  ];
  const perEvent = new Map<string, number>();
  for (const a of actions) perEvent.set(a.event, (perEvent.get(a.event) ?? 0) + 1);
  const counts = [...perEvent].map(([e, n]) => `${e} ${n}`).join(', ');
  lines.push(`Actions due: ${actions.length}${counts ? ` (${counts})` : ''}; listed in actions-due.csv`);
  for (const a of actions.slice(0, 10)) lines.push(`  ${a.caseId}  ${a.event}  (${a.timer} since ${a.at})`);
  if (actions.length > 10) lines.push(`  … and ${actions.length - 10} more`);
  const out = options.out ?? defaultFeedbackOut(month, options.at);
  const format = { dialect: options.csvDialect ?? 'rfc4180', xlsx: options.xlsx === true } as const;
  const written = await feedbackFiles(json, updated, actions, byPartner, out, format);
  const save = () =>
    saveFolder(io, out, written.files, {
      command,
      inputs: file === undefined ? [] : [resolve(io.cwd, file)],
    });
  lines.push(...written.lines);
  if (stored) {
    const target = {
      municipality: stored.municipality,
      month,
      at: options.at,
      table: table.value,
      expected: stored.expected,
    };
    lines.push(await storeFeedback(io, stored.store, target, updated, sent, save));
  } else save();
  if (byPartner.size === 0) lines.push('No feedback due yet.');
  io.stdout.write(`${lines.join('\n')}\n`);
  for (const p of problems) io.stderr.write(`signaalreis: ${p.path.join('.')}: ${issueText(lang, p)}\n`);
  return problems.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
}

/**
 * Registers `signaalreis feedback <cases.json> --at YYYY-MM-DD [--out <dir>] [--lifecycle <id>]`
 * on the program.
 *
 * @example
 * ```sh
 * signaalreis feedback cases-2026-10.json --at 2026-11-23 --out feedback/
 * ```
 */
export function registerFeedback(program: Command, io: CliIo): void {
  const feedback = program
    .command('feedback')
    .description('List the lifecycle actions due at a date and write one feedback CSV per partner.')
    .argument(
      '[cases]',
      'cases JSON of a monthly run (records are created at the delivery day when missing); with --store: records to take into the store',
    )
    .addOption(
      new Option('--at <date>', 'the date to evaluate (YYYY-MM-DD)').argParser(parseAt).makeOptionMandatory(),
    )
    .option(
      '--out <dir>',
      'folder for the feedback CSV files and cases.json (default: out/<month>-feedback-<at>)',
    )
    .addOption(new Option('--lifecycle <id>', "lifecycle preset (default: the file's preset, else ddas)"))
    .addOption(csvDialectOption())
    .addOption(xlsxOption());
  addFeedbackStoreOptions(feedback).action(
    async (file: string | undefined, options: FeedbackOptions, command: Command) => {
      const code = await runFeedback(io, file, options, commandLine(command));
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    },
  );
}
