// `signaalreis report`: the monthly report of one municipality (issue 15) — report.html with charts
// (printable on A4, no script), report.xlsx with the same tables, report.json with the figures —
// from case files or the store. Counts only: nothing about one household leaves.
import { join } from 'node:path';
import {
  asIsoDate,
  type IsoDate,
  type IsoMonth,
  type Lang,
  MAX_TREND_MONTHS,
  type MunicipalityCode,
  monthlyReport,
} from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { reportHtml } from '../report/report-html';
import { reportJson } from '../report/report-json';
import { reportWorkbook } from '../report/report-xlsx';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { REPORT_CLI_MESSAGES } from './messages/report';
import { parsersIn } from './month-input';
import { largeFiles, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
import {
  capacityOf,
  monthsFromFiles,
  monthsFromStore,
  type ReadMonth,
  reportIssueLine,
} from './report-input';
import { addStoreOption } from './store-option';
import { terminalIo } from './terminal';
import { commandLine, inputPaths, saveFolder } from './write-output';

/** Months in the trend when `--months` is not given (project default: half a year). */
const DEFAULT_TREND_MONTHS = 6;

/**
 * Options of `signaalreis report`.
 */
export interface ReportOptions {
  month: IsoMonth;
  months: number;
  municipality?: MunicipalityCode;
  store?: string;
  out?: string;
  preset?: string;
  lifecycle?: string;
  at?: IsoDate;
}

const todayNl = (): IsoDate =>
  asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

const monthsParser = (lang: Lang) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_TREND_MONTHS)
    throw new InvalidArgumentError(REPORT_CLI_MESSAGES.badMonths(MAX_TREND_MONTHS)[lang]);
  return n;
};

/**
 * Runs `signaalreis report [cases.json…] --month <m> [--months <n>] [--store …] [--municipality]
 * [--out <folder>]`: reads the months, computes the figures (core's `monthlyReport`), draws the
 * charts and writes the three files as one output set. Returns 0; refusals are user errors (exit 2).
 */
export async function runReport(
  cliIo: CliIo,
  files: readonly string[],
  o: ReportOptions,
  command = 'signaalreis report',
): Promise<number> {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const t = localize(REPORT_CLI_MESSAGES, lang);
  const fromStore = files.length === 0 && o.store !== undefined;
  if (files.length === 0 && !fromStore) throw new CliUserError(t.nothingGiven);
  // a large trend's files read, then the report made, on a bar (stderr, a terminal only)
  const bar =
    !fromStore && largeFiles(io, files)
      ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang])
      : NO_PROGRESS;
  try {
    return await report(io, files, o, command, { fromStore, bar });
  } finally {
    bar.stop();
  }
}

/** {@link runReport} once the input is known to be given: read the months, make and write the report. */
async function report(
  io: CliIo,
  files: readonly string[],
  o: ReportOptions,
  command: string,
  { fromStore, bar }: { fromStore: boolean; bar: PhasedProgress },
): Promise<number> {
  const lang = cliLang(io);
  const t = localize(REPORT_CLI_MESSAGES, lang);
  const months: ReadMonth[] = fromStore
    ? await monthsFromStore(io, o.store as string, o)
    : monthsFromFiles(io, files, o, bar);
  const own = months.find((m) => m.month.month === o.month);
  bar.stop(); // a note about the capacities (a preset that is not bundled) on a line of its own
  const capacity = own ? capacityOf(io, o.preset, own.preset) : undefined;
  bar.show(t.phaseMake, 0, 3);
  const made = monthlyReport({
    month: o.month,
    months: o.months,
    cases: months.map((m) => m.month),
    capacity,
    on: o.at ?? io.today ?? todayNl(),
  });
  bar.show(t.phaseMake, 1, 3);
  if (!made.ok) {
    bar.stop(); // each problem on a line of its own
    if (made.issues.length === 1 && made.issues[0])
      throw new CliUserError(reportIssueLine(made.issues[0], months, io));
    for (const i of made.issues) io.stderr.write(`signaalreis: ${reportIssueLine(i, months, io)}\n`);
    throw new CliUserError(t.notMade(made.issues.length));
  }
  const figures = made.value;
  if (figures.issues.length > 0) bar.stop(); // each note on a line of its own
  for (const w of figures.issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.note(w.message[lang])[lang]}\n`);
  const source = { municipality: own?.municipality ?? o.municipality, preset: own?.preset ?? '' };
  const dir = o.out ?? join('out', `report-${o.month}`);
  const html = await reportHtml(figures, source, lang);
  bar.show(t.phaseMake, 2, 3);
  const xlsx = await reportWorkbook(figures, source, lang);
  bar.show(t.phaseMake, 3, 3);
  const out = new Map<string, string | Uint8Array>([
    ['report.html', html],
    ['report.xlsx', xlsx],
    ['report.json', reportJson(figures, source)],
  ]);
  saveFolder(io, dir, out, { command, inputs: inputPaths(io, files) });
  bar.stop();
  const s = figures.neighbourhoods.suppression;
  const from = fromStore ? t.fromStore(months.length) : t.fromFiles(months.length);
  io.stdout.write(
    `${[
      t.done(o.month, figures.totals.signals, figures.totals.cases, figures.trend.length, from),
      t.suppressed(s.primary, s.secondary),
      t.written(dir),
    ].join('\n')}\n`,
  );
  return EXIT_CODES.ok;
}

/**
 * Registers `signaalreis report`.
 *
 * @example
 * ```sh
 * signaalreis report --month 2026-10 --months 3 --store out/demo-store/store --municipality 0363 --out out/report-2026-10
 * ```
 */
export function registerReport(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(REPORT_CLI_MESSAGES, lang);
  const parse = parsersIn(lang);
  const command = program
    .command('report')
    .description(t.description)
    .argument('[cases...]', t.casesArg)
    .addOption(new Option('--month <month>', t.monthHelp).argParser(parse.month).makeOptionMandatory())
    .addOption(
      new Option('--months <n>', t.monthsHelp(MAX_TREND_MONTHS))
        .argParser(monthsParser(lang))
        .default(DEFAULT_TREND_MONTHS),
    )
    .addOption(new Option('--municipality <code>', t.municipalityHelp).argParser(parse.municipality))
    .option('--out <folder>', t.outHelp)
    .option('--preset <id|file>', t.presetHelp)
    .option('--lifecycle <id>', t.lifecycleHelp)
    .addOption(new Option('--at <date>', t.atHelp).argParser(parse.date));
  addStoreOption(command, t.storeHelp).action(async (files: string[], o: ReportOptions) => {
    if (files.length > 0 && command.getOptionValueSource('store') === 'cli')
      throw new CliUserError(t.filesOrStore);
    const code = await runReport(io, files, o, commandLine(command));
    if (code !== EXIT_CODES.ok) throw new CliExit(code);
  });
}
