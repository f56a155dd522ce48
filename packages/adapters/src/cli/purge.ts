// `signaalreis purge`: removes from the store what the retention of a preset no longer allows, for
// one municipality on a date — or, with --dry-run, lists exactly that and removes nothing. The text
// report gives counts per month; the case ids only with --format json (a store written before
// issue 12 holds ids of the older form, month / household key: an address).
import {
  asIsoDate,
  DEFAULT_RETENTION,
  type IsoDate,
  type PurgeReport,
  parseIsoDate,
  type Retention,
  retentionCutoffs,
} from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from './io';
import { parseMunicipality } from './month-input';
import { loadPresetArg } from './preset';
import { CLI_STORE_MESSAGES as M } from './store-messages';
import {
  addStoreOption,
  needStore,
  requireMunicipality,
  type StoreOptions,
  storeError,
  withStore,
} from './store-option';

/** Options of `signaalreis purge`. */
interface PurgeOptions extends StoreOptions {
  date?: IsoDate;
  dryRun: boolean;
  preset?: string;
  format: 'text' | 'json';
}

function parseDate(value: string): IsoDate {
  const on = parseIsoDate(value);
  if (!on.ok) throw new InvalidArgumentError(M.badDate);
  return on.value;
}

/** Today in the Netherlands, YYYY-MM-DD (the purge's default date). */
const todayNl = (): IsoDate =>
  asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

/** The retention to purge by: the preset's, else the project default. */
function retentionOf(io: CliIo, o: PurgeOptions): { retention: Retention; from: string } {
  if (!o.preset) return { retention: DEFAULT_RETENTION, from: M.defaultRetention };
  const loaded = loadPresetArg(io, o.preset);
  const retention = loaded.preset.retention;
  return retention
    ? { retention, from: M.presetRetention(loaded.lineage) }
    : { retention: DEFAULT_RETENTION, from: M.presetWithoutRetention(loaded.preset.id) };
}

function reportText(r: PurgeReport, retention: Retention, from: string, location: string): string {
  const c = r.cutoffs;
  const signals = r.signals.reduce((n, s) => n + s.count, 0);
  const cases = r.cases.reduce((n, x) => n + x.caseIds.length, 0);
  const lines = [
    `signaalreis purge — municipality ${r.municipality} in ${location}, on ${c.on}${r.dryRun ? ' (dry run)' : ''}`,
    `Retention: ${from}: matching data ${retention.matchingMonths} months, ${retention.matchingMonthsIfPickedUp} if picked up; cases ${retention.casesMonthsAfterClosure} months after closure (${retention.source})`,
    '',
    `Signals   ${signals}: not picked up of months before ${c.keepSignalsFrom}, picked up of months before ${c.keepPickedUpFrom}`,
    ...r.signals.map((s) => `  ${s.month}  ${String(s.count).padStart(6)}`),
    `Cases     ${cases}: closed on or before ${c.removeCasesClosedOnOrBefore}, with their records and the feedback sent`,
    ...r.cases.map((x) => `  ${x.month}  ${String(x.caseIds.length).padStart(6)}`),
    `Months    ${r.months.length === 0 ? 'none' : r.months.join(', ')} (nothing of them left)`,
    // signal deliveries of the service (names and contact data): listed when there are any
    ...(r.deliveries.length === 0
      ? []
      : [
          `Deliveries ${r.deliveries.reduce((n, d) => n + d.count, 0)}: of months before ${c.keepSignalsFrom}, with their signals`,
          ...r.deliveries.map((d) => `  ${d.month}  ${String(d.count).padStart(6)}`),
        ]),
    '',
    ...(cases > 0 ? [M.purgeIds] : []),
    r.dryRun ? M.purgeDry : M.purgeDone,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Registers `signaalreis purge --store <dir|url> --municipality <code> [--date <YYYY-MM-DD>]
 * [--preset <id|file>] [--dry-run]` on the program (the date defaults to today).
 *
 * @example
 * ```sh
 * signaalreis purge --store data/store --municipality 0363 --date 2027-05-01 --preset type-medium --dry-run
 * ```
 */
export function registerPurge(program: Command, io: CliIo): void {
  addStoreOption(program.command('purge').description(M.purgeHelp), M.storeHelp)
    .addOption(new Option('--municipality <code>', M.municipalityHelp).argParser(parseMunicipality))
    .addOption(new Option('--date <date>', M.purgeDateHelp).argParser(parseDate))
    .option('--preset <preset>', M.purgePresetHelp)
    .option('--dry-run', M.purgeDryRunHelp, false)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: PurgeOptions) => {
      const municipality = requireMunicipality(o, 'purge');
      const target = needStore(o, 'purge');
      const { retention, from } = retentionOf(io, o);
      const on = o.date ?? io.today ?? todayNl();
      await withStore(io, target, async (store) => {
        const cutoffs = retentionCutoffs(retention, on);
        const report = await store.purge({ municipality, cutoffs, dryRun: o.dryRun });
        if (!report.ok) throw storeError(io, report.issues);
        if (o.format === 'json')
          io.stdout.write(`${JSON.stringify({ ...report.value, retention }, null, 2)}\n`);
        else io.stdout.write(reportText(report.value, retention, from, store.location));
      });
    });
}
