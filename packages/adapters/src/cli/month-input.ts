// What `match` and `run` share: the options that describe a month, and reading everything they name.
import { resolve } from 'node:path';
import type { IntakeLookups, IsoMonth } from '@signaalreis/core';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { loadDebtAssistanceCsv, loadPopulationRegisterCsv } from '../lookups/index';
import { type LoadedHistory, loadHistory } from './history';
import { type CliIo, CliUserError } from './io';
import { type LoadedSignals, loadSignals } from './load-signals';
import { loadPresetArg } from './preset';

/**
 * The options of a month's command (`signaalreis match`, `signaalreis run`).
 *
 * @example
 * ```ts
 * import type { MonthOptions } from '@signaalreis/adapters';
 * const o: MonthOptions = { month: '2026-10', preset: 'type-medium', history: ['cases-2026-09.json'], format: 'json' };
 * ```
 */
export interface MonthOptions {
  month: IsoMonth;
  preset: string;
  history: string[];
  out?: string;
  format: 'text' | 'json';
  register?: string;
  debtAssistance?: string;
}

/** `--month` must be a real month, `YYYY-MM`. */
export function parseMonth(value: string): IsoMonth {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new InvalidArgumentError('Expected a month written YYYY-MM.');
  return value;
}

/** Adds `<signals> --month --preset --history --out --register --debt-assistance --format`. */
export function addMonthOptions(command: Command, outHelp: string): Command {
  return command
    .argument('<signals>', 'signal CSV file of the month')
    .requiredOption('--month <month>', 'the month, YYYY-MM', parseMonth)
    .requiredOption(
      '--preset <preset>',
      'municipality preset id (see: signaalreis preset list) or preset JSON file',
    )
    .option('--history <file...>', 'earlier months: case files (.json) or signal CSV files', [])
    .option('--out <path>', outHelp)
    .option('--register <file>', 'population register (BRP) extract, CSV')
    .option('--debt-assistance <file>', 'debt-assistance administration (SHV) extract, CSV')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
}

/** Loads the optional lookups from CSV; a problem in them is a user error. */
export async function loadLookups(io: CliIo, o: Pick<MonthOptions, 'register' | 'debtAssistance'>) {
  const lookups: IntakeLookups = {};
  if (o.register) {
    const r = await loadPopulationRegisterCsv(resolve(io.cwd, o.register));
    if (r.issues.length) throw new CliUserError(`${o.register}: ${r.issues[0]?.message}`);
    lookups.register = r.register;
  }
  if (o.debtAssistance) {
    const r = await loadDebtAssistanceCsv(resolve(io.cwd, o.debtAssistance));
    if (r.issues.length) throw new CliUserError(`${o.debtAssistance}: ${r.issues[0]?.message}`);
    lookups.debtAssistance = r.register;
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
 *
 * @example
 * ```ts
 * import type { MonthInputs } from '@signaalreis/adapters';
 * const count = (i: MonthInputs) => i.loaded.signals.length;
 * ```
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
  const loaded = await loadSignals(io, file);
  const history = await loadHistory(io, o.history);
  const lookups = await loadLookups(io, o);
  if (loaded.signals.length > 0 && loaded.signals.every((s) => !s.signalDate.startsWith(o.month))) {
    io.stderr.write(`signaalreis: warning: no signal of ${file} is dated in ${o.month}\n`);
  }
  return { preset, loaded, history, lookups };
}
