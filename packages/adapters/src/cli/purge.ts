// `signaalreis purge`: removes from the store what the retention of a preset no longer allows, for
// one municipality on a date — or, with --dry-run, lists exactly that and removes nothing. The text
// report gives counts per month; the case ids only with --format json (a store written before
// issue 12 holds ids of the older form, month / household key: an address).
import {
  asIsoDate,
  DEFAULT_RETENTION,
  type IsoDate,
  type Lang,
  type PurgeReport,
  type Retention,
  retentionCutoffs,
} from '@signaalreis/core';
import { type Command, Option } from 'commander';
import type { CliIo } from './io';
import { cliLang, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { CLI_STORE_MESSAGES } from './messages/store';
import { parsersIn } from './month-input';
import { loadPresetArg } from './preset';
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

/** Today in the Netherlands, YYYY-MM-DD (the purge's default date). */
const todayNl = (): IsoDate =>
  asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

/** The retention to purge by: the preset's, else the project default. */
function retentionOf(io: CliIo, o: PurgeOptions): { retention: Retention; from: string } {
  const M = localize(CLI_STORE_MESSAGES, cliLang(io));
  if (!o.preset) return { retention: DEFAULT_RETENTION, from: M.defaultRetention };
  const loaded = loadPresetArg(io, o.preset);
  const retention = loaded.preset.retention;
  return retention
    ? { retention, from: M.presetRetention(loaded.lineage) }
    : { retention: DEFAULT_RETENTION, from: M.presetWithoutRetention(loaded.preset.id) };
}

function reportText(
  r: PurgeReport,
  retention: Retention,
  from: string,
  location: string,
  lang: Lang,
): string {
  const M = localize(CLI_STORE_MESSAGES, lang);
  const c = r.cutoffs;
  const signals = r.signals.reduce((n, s) => n + s.count, 0);
  const cases = r.cases.reduce((n, x) => n + x.caseIds.length, 0);
  const lines = [
    M.purgeHead(r.municipality, location, c.on, r.dryRun),
    M.retention(
      from,
      retention.matchingMonths,
      retention.matchingMonthsIfPickedUp,
      retention.casesMonthsAfterClosure,
      retention.source,
    ),
    '',
    M.purgeSignals(signals, c.keepSignalsFrom, c.keepPickedUpFrom),
    ...r.signals.map((s) => `  ${s.month}  ${String(s.count).padStart(6)}`),
    M.purgeCases(cases, c.removeCasesClosedOnOrBefore),
    ...r.cases.map((x) => `  ${x.month}  ${String(x.caseIds.length).padStart(6)}`),
    M.purgeMonths(r.months),
    // signal deliveries of the service (names and contact data): listed when there are any
    ...(r.deliveries.length === 0
      ? []
      : [
          M.purgeDeliveries(
            r.deliveries.reduce((n, d) => n + d.count, 0),
            c.keepSignalsFrom,
          ),
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
  const lang = cliLang(io);
  const M = localize(CLI_STORE_MESSAGES, lang);
  const parse = parsersIn(lang);
  addStoreOption(program.command('purge').description(M.purgeHelp), M.storeHelp)
    .addOption(new Option('--municipality <code>', M.municipalityHelp).argParser(parse.municipality))
    .addOption(new Option('--date <date>', M.purgeDateHelp).argParser(parse.date))
    .option('--preset <preset>', M.purgePresetHelp)
    .option('--dry-run', M.purgeDryRunHelp, false)
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (o: PurgeOptions) => {
      const municipality = requireMunicipality(o, 'purge', lang);
      const target = needStore(o, 'purge', lang);
      const { retention, from } = retentionOf(io, o);
      const on = o.date ?? io.today ?? todayNl();
      await withStore(io, target, async (store) => {
        const cutoffs = retentionCutoffs(retention, on);
        const report = await store.purge({ municipality, cutoffs, dryRun: o.dryRun });
        if (!report.ok) throw storeError(io, report.issues);
        if (o.format === 'json')
          io.stdout.write(`${JSON.stringify({ ...report.value, retention }, null, 2)}\n`);
        else io.stdout.write(reportText(report.value, retention, from, store.location, lang));
      });
    });
}
