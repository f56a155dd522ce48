// What `match` and `run` share: the options that describe a month, and reading everything they name.
import { resolve } from 'node:path';
import {
  type IntakeLookups,
  type IsoDate,
  type IsoMonth,
  type Issue,
  type Lang,
  type MonthSignalsMemo,
  type MunicipalityCode,
  monthSignalsMemo,
  parseIsoDate,
  parseIsoMonth,
  parseMunicipalityCode,
  prepareMonthSignals,
  type Result,
  type Signal,
  signalHouseholdKey,
} from '@signaalreis/core';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { loadDebtAssistanceCsv, loadPopulationRegisterCsv } from '../files/lookup-files';
import type { CsvDialect } from '../output/csv-writer';
import { type LoadedHistory, loadHistory } from './history';
import { startHistoryKeys } from './history-keys-thread';
import { historyInWorkers, historyKeysInThread, startHistoryWorkers } from './history-pool';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize, lookupRefusal } from './lang';
import { type LoadedSignals, loadSignals } from './load-signals';
import { COMMON_MESSAGES } from './messages/common';
import { MONTH_MESSAGES } from './messages/month';
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

/** `--month` must be a real month, `YYYY-MM` (the error in `lang`). */
export function parseMonth(value: string, lang: Lang = 'nl'): IsoMonth {
  const month = parseIsoMonth(value);
  if (!month.ok) throw new InvalidArgumentError(COMMON_MESSAGES.badMonth[lang]);
  return month.value;
}

/** `--municipality` must be a CBS municipality code: `0363` or `GM0363` (the error in `lang`). */
export function parseMunicipality(value: string, lang: Lang = 'nl'): MunicipalityCode {
  const code = parseMunicipalityCode(value);
  if (!code.ok) throw new InvalidArgumentError(COMMON_MESSAGES.badMunicipality[lang]);
  return code.value;
}

/** A real date `YYYY-MM-DD` (the error in `lang`). */
export function parseDate(value: string, lang: Lang = 'nl'): IsoDate {
  const day = parseIsoDate(value);
  if (!day.ok) throw new InvalidArgumentError(COMMON_MESSAGES.badDate[lang]);
  return day.value;
}

/** Commander argument parsers whose errors are in `lang`. */
export const parsersIn = (lang: Lang) => ({
  month: (value: string) => parseMonth(value, lang),
  municipality: (value: string) => parseMunicipality(value, lang),
  date: (value: string) => parseDate(value, lang),
});

/** The issues of a lookup file: why it could not be read, or the rows that were left out. */
const lookupIssues = (r: Result<{ issues: Issue[] }>): Issue[] => (r.ok ? r.value.issues : r.issues);

/** Adds `<signals> --month --preset --history --out --register --debt-assistance --sheet --csv-dialect --format`. */
export function addMonthOptions(command: Command, outHelp: string, lang: Lang = 'nl'): Command {
  const t = localize(MONTH_MESSAGES, lang);
  const parse = parsersIn(lang);
  return command
    .argument('<signals>', t.signalsArg)
    .requiredOption('--month <month>', t.monthHelp, parse.month)
    .requiredOption('--preset <preset>', t.presetHelp)
    .option('--history <file...>', t.historyHelp, [])
    .option('--out <path>', outHelp)
    .option('--register <file>', t.registerHelp)
    .option('--debt-assistance <file>', t.debtHelp)
    .option('--municipality <code>', t.municipalityHelp, parse.municipality)
    .option('--sheet <name>', t.sheetHelp)
    .addOption(csvDialectOption(lang))
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    );
}

/** Loads the optional lookups from CSV; a problem in them is a user error. */
export async function loadLookups(io: CliIo, o: Pick<MonthOptions, 'register' | 'debtAssistance'>) {
  const lookups: IntakeLookups = {};
  const refuse = (file: string, issues: Issue[]) => {
    const [first] = issues;
    if (first) throw new CliUserError(lookupRefusal(cliLang(io), file, issues));
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
  /** With `sieve`: the month's signals sorted for matching while the history threads finished. */
  memo?: MonthSignalsMemo;
}

/**
 * Reads the preset, the signal file, the history files and the lookups, and warns about a wrong
 * month. `sieve`: keep only the history matching reads (of the month's households, see core's
 * `historySieve`) — for `run`, which does not report matching's issues about history.
 */
export async function readMonthInputs(
  io: CliIo,
  file: string,
  o: MonthOptions,
  options: { sieve?: boolean } = {},
): Promise<MonthInputs> {
  const preset = loadPresetArg(io, o.preset);
  warnMissingLookups(io, preset, o);
  // large history files are read in worker threads meanwhile (only with a sieve: `run`)
  const apart =
    options.sieve && historyInWorkers(io, o.history)
      ? startHistoryWorkers(io, o.history, o.month)
      : undefined;
  // otherwise history signal files are keyed in a thread meanwhile (history-keys.ts)
  const keying =
    options.sieve && !apart && historyKeysInThread(io, o.history)
      ? startHistoryKeys(io, o.history)
      : undefined;
  let loaded: LoadedSignals;
  // the month's households, as they are read: handed to the history threads meanwhile
  const households = options.sieve ? new Set<string>() : undefined;
  const onSignal = (s: Signal) => {
    const key = signalHouseholdKey(s);
    if (households?.has(key)) return;
    households?.add(key);
    apart?.hint(key);
    keying?.hint(key);
  };
  try {
    loaded = await loadSignals(io, file, {
      ...(o.sheet === undefined ? {} : { sheet: o.sheet }),
      ...(households ? { onSignal } : {}),
    });
  } catch (error) {
    await apart?.cancel();
    keying?.cancel();
    throw error;
  }
  // the threads get the month's households first; matching's sorting of the month is done meanwhile
  const finishing = apart?.finish(households ?? new Set());
  const keyed = households && keying ? keying.decide(households) : undefined;
  const memo = options.sieve ? monthSignalsMemo() : undefined;
  if (memo) prepareMonthSignals(memo, { month: o.month, signals: loaded.signals }, preset.preset.matching);
  const history = finishing
    ? await finishing
    : await loadHistory(
        io,
        o.history,
        households && {
          month: o.month,
          households,
          ...(keyed ? { keyed: await keyed } : {}),
        },
      );
  const lookups = await loadLookups(io, o);
  if (loaded.signals.length > 0 && loaded.signals.every((s) => !s.signalDate.startsWith(o.month))) {
    io.stderr.write(`signaalreis: ${MONTH_MESSAGES.noSignalInMonth(file, o.month)[cliLang(io)]}\n`);
  }
  return { preset, loaded, history, lookups, ...(memo ? { memo } : {}) };
}

/**
 * Writes the matching's warnings about its input as a whole (history from the month itself or
 * later set aside, a history signal twice) on stderr: per kind the first, and how many more of that
 * kind — a wrong history file sets aside thousands of signals, one line says so.
 */
export function warnMatching(io: CliIo, issues: readonly Issue[]): void {
  const lang = cliLang(io);
  // per code its first issue and how many came (a wrong history file gives one per signal)
  const byCode = new Map<string, { first: Issue; count: number }>();
  for (const i of issues) {
    const seen = byCode.get(i.code);
    if (seen) seen.count += 1;
    else byCode.set(i.code, { first: i, count: 1 });
  }
  for (const { first, count } of byCode.values()) {
    const more = count > 1 ? COMMON_MESSAGES.moreOfKind(count - 1)[lang] : '';
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(`${issueText(lang, first)}${more}`)[lang]}\n`);
  }
}

/**
 * Writes a month's warnings on stderr, one line each (`lookup_unused`: a register or
 * debt-assistance file was given while the preset switches that check off — never silent);
 * `about` names the preset when a command runs more than one.
 */
export function warnMonth(io: CliIo, issues: readonly Issue[], about?: string): void {
  const lang = cliLang(io);
  const head = about ? `${about}: ` : '';
  for (const i of issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(`${head}${issueText(lang, i)}`)[lang]}\n`);
}
