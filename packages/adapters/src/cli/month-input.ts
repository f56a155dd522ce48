// What `match` and `run` share: the options that describe a month, and reading everything they name.
import { resolve } from 'node:path';
import {
  type IntakeLookups,
  type IsoMonth,
  type Issue,
  type MunicipalityCode,
  parseIsoMonth,
  parseMunicipalityCode,
  type Result,
} from '@signaalreis/core';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { loadDebtAssistanceCsv, loadPopulationRegisterCsv } from '../files/lookup-files';
import type { CsvDialect } from '../output/csv-writer';
import { type LoadedHistory, loadHistory } from './history';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import { type LoadedSignals, loadSignals } from './load-signals';
import { loadPresetArg, warnMissingLookups } from './preset';
import { csvDialectOption } from './write-output';

/**
 * The options of a month's command (`signaalreis match`, `signaalreis run`).
 */
export interface MonthOptions {
  month: IsoMonth;
  preset: string;
  history: string[];
  out?: string;
  format: 'text' | 'json';
  register?: string;
  debtAssistance?: string;
  /** The CBS code of the municipality (`--municipality 0363`), recorded in the case file. */
  municipality?: MunicipalityCode;
  /** The sheet of an Excel signal file (`--sheet`; default: the first visible sheet). */
  sheet?: string;
  /** The flavour of the CSV files written (`--csv-dialect`). */
  csvDialect: CsvDialect;
}

/** `--month` must be a real month, `YYYY-MM`. */
export function parseMonth(value: string): IsoMonth {
  const month = parseIsoMonth(value);
  if (!month.ok) throw new InvalidArgumentError('Expected a month written YYYY-MM.');
  return month.value;
}

/** `--municipality` must be a CBS municipality code: `0363` or `GM0363`. */
export function parseMunicipality(value: string): MunicipalityCode {
  const code = parseMunicipalityCode(value);
  if (!code.ok)
    throw new InvalidArgumentError('Expected a CBS municipality code of four digits, e.g. 0363 or GM0363.');
  return code.value;
}

/** The issues of a lookup file: why it could not be read, or the rows that were left out. */
const lookupIssues = (r: Result<{ issues: Issue[] }>): Issue[] => (r.ok ? r.value.issues : r.issues);

/** Adds `<signals> --month --preset --history --out --register --debt-assistance --sheet --csv-dialect --format`. */
export function addMonthOptions(command: Command, outHelp: string): Command {
  return command
    .argument('<signals>', 'signal file of the month: CSV or Excel workbook (.xlsx)')
    .requiredOption('--month <month>', 'the month, YYYY-MM', parseMonth)
    .requiredOption(
      '--preset <preset>',
      'municipality preset id (see: signaalreis preset list) or preset JSON file',
    )
    .option('--history <file...>', 'earlier months: case files (.json) or signal CSV files', [])
    .option('--out <path>', outHelp)
    .option('--register <file>', 'population register (BRP) extract, CSV')
    .option('--debt-assistance <file>', 'debt-assistance administration (SHV) extract, CSV')
    .option(
      '--municipality <code>',
      'CBS municipality code of the month (e.g. 0363), kept in the case file',
      parseMunicipality,
    )
    .option('--sheet <name>', 'the sheet of an Excel signal file (default: the first visible sheet)')
    .addOption(csvDialectOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
}

/** Loads the optional lookups from CSV; a problem in them is a user error. */
export async function loadLookups(io: CliIo, o: Pick<MonthOptions, 'register' | 'debtAssistance'>) {
  const lookups: IntakeLookups = {};
  const refuse = (file: string, issues: Issue[]) => {
    const [first] = issues;
    if (first) throw new CliUserError(`${file}: ${issueText(cliLang(io), first)}`);
  };
  if (o.register) {
    const r = await loadPopulationRegisterCsv(resolve(io.cwd, o.register));
    refuse(o.register, lookupIssues(r));
    if (r.ok) lookups.register = r.value.register;
  }
  if (o.debtAssistance) {
    const r = await loadDebtAssistanceCsv(resolve(io.cwd, o.debtAssistance));
    refuse(o.debtAssistance, lookupIssues(r));
    if (r.ok) lookups.debtAssistance = r.value.register;
  }
  return lookups;
}

/** Every file a month's command may read (the preset only when it is a file): none may be overwritten. */
export function monthInputPaths(io: CliIo, file: string, o: MonthOptions & { against?: string }): string[] {
  return [file, ...o.history, o.register, o.debtAssistance, o.preset, o.against]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => resolve(io.cwd, p));
}

/**
 * Everything a month's command reads, loaded; user errors as {@link CliUserError}.
 */
export interface MonthInputs {
  preset: LoadedMunicipalityPreset;
  loaded: LoadedSignals;
  history: LoadedHistory;
  lookups: IntakeLookups;
}

/** Reads the preset, the signal file, the history files and the lookups, and warns about a wrong month. */
export async function readMonthInputs(io: CliIo, file: string, o: MonthOptions): Promise<MonthInputs> {
  const preset = loadPresetArg(io, o.preset);
  warnMissingLookups(io, preset, o);
  const loaded = await loadSignals(io, file, o.sheet === undefined ? {} : { sheet: o.sheet });
  const history = await loadHistory(io, o.history);
  const lookups = await loadLookups(io, o);
  if (loaded.signals.length > 0 && loaded.signals.every((s) => !s.signalDate.startsWith(o.month))) {
    io.stderr.write(`signaalreis: warning: no signal of ${file} is dated in ${o.month}\n`);
  }
  return { preset, loaded, history, lookups };
}

/**
 * Writes a month's warnings on stderr, one line each (`lookup_unused`: a register or
 * debt-assistance file was given while the preset switches that check off — never silent);
 * `about` names the preset when a command runs more than one.
 */
export function warnMonth(io: CliIo, issues: readonly Issue[], about?: string): void {
  const lang = cliLang(io);
  const head = about ? `${about}: ` : '';
  for (const i of issues) io.stderr.write(`signaalreis: warning: ${head}${issueText(lang, i)}\n`);
}
