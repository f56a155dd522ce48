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
  type Lang,
  type MunicipalityCode,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { lifecycleRun } from '../cases/lifecycle-run';
import { lifecycleIdOf } from '../cases/record-of';
import type { CsvDialect } from '../output/csv-writer';
import { listedLabel } from '../report/messages';
import { type CasesFile, readCases } from './feedback-cases';
import { defaultFeedbackOut, feedbackFiles } from './feedback-output';
import {
  addFeedbackStoreOptions,
  casesFromStore,
  type FeedbackStoreOptions,
  storeFeedback,
} from './feedback-store';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { FEEDBACK_MESSAGES } from './messages/feedback';
import { parsersIn } from './month-input';
import { besideBar, largeFiles, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
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
  const lang = cliLang(io);
  const { store } = options;
  // a bar for a case file of 5 MB or more, or a month of 10,000 cases or more from the store
  const large = file !== undefined && largeFiles(io, [file]);
  const bar = large || store ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang]) : NO_PROGRESS;
  try {
    if (!store) {
      if (file === undefined) throw new CliUserError(FEEDBACK_MESSAGES.needsCases[lang]);
      bar.show(COMMON_MESSAGES.phaseRead[lang], 0, 1);
      const json = readCases(besideBar(io, bar), file); // a refusal on lines of its own
      bar.show(COMMON_MESSAGES.phaseRead[lang], 1, 1);
      return await feedbackOn(io, file, json, options, command, bar);
    }
    return await withStore(io, store, async (s) => {
      const { json, problems, municipality, expected } = await casesFromStore(io, s, file, options);
      const shown = large || json.cases.length >= FEEDBACK_PROGRESS_MIN_CASES ? bar : NO_PROGRESS;
      const stored = { store: s, municipality, problems, expected };
      return feedbackOn(io, file, json, options, command, shown, stored);
    });
  } finally {
    bar.stop();
  }
}

/** From this many cases of the store, `feedback --store` shows its phases (project default: ~2 s). */
export const FEEDBACK_PROGRESS_MIN_CASES = 10_000;

async function feedbackOn(
  io: CliIo,
  file: string | undefined,
  json: CasesFile,
  options: FeedbackOptions,
  command: string,
  bar: PhasedProgress,
  stored?: {
    store: CaseStore;
    municipality: MunicipalityCode;
    problems: Issue[];
    expected: ReadonlyMap<string, CaseRecord | null>;
  },
): Promise<number> {
  const lang = cliLang(io);
  const t = localize(FEEDBACK_MESSAGES, lang);
  const month = json.month;
  const id = options.lifecycle ?? lifecycleIdOf(json.preset);
  const table = lifecyclePreset(id);
  if (!table.ok) throw new CliUserError(table.issues.map((x) => issueText(lang, x)).join('; '));
  const start = deliveryDay(month);
  if (options.at < start) throw new CliUserError(t.atBeforeDelivery(options.at, start, month));
  const phase = { records: t.phaseRecords, timers: t.phaseTimers };
  const run = lifecycleRun(json.cases, table.value, start, options.at, (p, done, total) =>
    bar.show(phase[p], done, total),
  );
  const { records, actions, byPartner, sent, updated } = run;
  const problems: Issue[] = [
    ...(stored?.problems ?? []),
    ...run.problems,
    ...run.caseProblems.flatMap((p) => p.issues.map((x) => ofCase(p.caseId, x))),
  ];
  const lines = [t.head(table.value.id, month, start, options.at, records.length)];
  const { events } = table.value;
  const perEvent = new Map<string, number>();
  for (const a of actions) perEvent.set(a.event, (perEvent.get(a.event) ?? 0) + 1);
  const eventText = (event: string) => listedLabel(events, event, lang);
  const counts = [...perEvent].map(([e, n]) => `${eventText(e)} ${n}`).join(', ');
  lines.push(t.actionsDue(actions.length, counts));
  for (const a of actions.slice(0, 10)) lines.push(t.action(a.caseId, eventText(a.event), a.at));
  if (actions.length > 10) lines.push(t.more(actions.length - 10));
  const out = options.out ?? defaultFeedbackOut(month, options.at);
  // from the store: the case file in the compact layout, which reads back at any size (feedback-output.ts)
  const format = {
    dialect: options.csvDialect ?? 'rfc4180',
    xlsx: options.xlsx === true,
    lang,
    compact: stored !== undefined,
    events,
  } as const;
  bar.show(t.phaseFiles, 0, 1);
  const written = await feedbackFiles(json, updated, actions, byPartner, out, format);
  bar.show(t.phaseFiles, 1, 1);
  const save = () =>
    saveFolder(besideBar(io, bar), out, written.files, {
      command,
      inputs: file === undefined ? [] : [resolve(io.cwd, file)],
      onProgress: (stage, done, total) =>
        bar.show(
          COMMON_MESSAGES[stage === 'write' ? 'phaseWriteFiles' : 'phaseFlushFiles'][lang],
          done,
          total,
        ),
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
  if (byPartner.size === 0) lines.push(t.noneDue);
  bar.stop(); // the summary and the problems on lines of their own
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
  const lang: Lang = cliLang(io);
  const t = localize(FEEDBACK_MESSAGES, lang);
  const feedback = program
    .command('feedback')
    .description(t.description)
    .argument('[cases]', t.casesArg)
    .addOption(new Option('--at <date>', t.atHelp).argParser(parsersIn(lang).date).makeOptionMandatory())
    .option('--out <dir>', t.outHelp)
    .addOption(new Option('--lifecycle <id>', t.lifecycleHelp))
    .addOption(csvDialectOption(lang))
    .addOption(xlsxOption(lang));
  addFeedbackStoreOptions(feedback, lang).action(
    async (file: string | undefined, options: FeedbackOptions, command: Command) => {
      const code = await runFeedback(io, file, options, commandLine(command));
      if (code !== EXIT_CODES.ok) throw new CliExit(code);
    },
  );
}
