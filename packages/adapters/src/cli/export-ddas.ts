// `signaalreis export ddas`: the DDAS v1.2 delivery of a period from case files (those of `run`,
// with the lifecycle records of `feedback`), validated against the official schema, written as one
// file (atomic, mode 0600: a delivery holds personal data).
import { resolve } from 'node:path';
import type { IsoDate, IsoMonth, Issue, Lang, LifecycleTable, MunicipalityCode } from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { DdasExportMonth } from '../ddas/export';
import { jsonPieces } from '../output/json-pieces';
import { STORED_MONTH_LIMITS } from '../store/stored-month';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { caseFileArg, issueLine } from './json-input';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { EXCHANGE_MESSAGES } from './messages/exchange';
import { parseMunicipality, parsersIn } from './month-input';
import { largeFiles, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
import { addStoreOption, storeError, withStore } from './store-option';
import { terminalIo } from './terminal';
import { saveFile } from './write-output';

const monthOf = (date: IsoDate) => date.slice(0, 7) as IsoMonth;

/** The levels of a delivery opened when it is written: the delivery, `leveringen`, a levering, its lists — each signal and case a piece. */
const DELIVERY_DEPTH = 4;

/** Records written between two updates of the bar (project default: ~470,000 records of a national quarter in ~470 steps). */
const WRITE_PROGRESS_EVERY = 1000;

/**
 * Options of `signaalreis export ddas`.
 */
export interface ExportDdasOptions {
  /** First day of the period (YYYY-MM-DD). */
  from: IsoDate;
  /** Last day of the period (YYYY-MM-DD). */
  to: IsoDate;
  /** CBS codes: each gets a delivery (also without cases); files of other municipalities are skipped. */
  municipality: MunicipalityCode[];
  /** `codeGegevensleverancier`: the code of the data supplier. */
  supplier: string;
  /** `aanleverendeOrganisatie.naam`: the organisation that delivers. */
  organisation: string;
  /** The file to write (default `out/ddas-<from>-<to>.json`). */
  out?: string;
  /** `aanleverdatumEnTijd` (default: now). */
  deliveredAt?: Date;
  /** Lifecycle preset of the records (default: the file's `preset` when it names one, else `ddas`). */
  lifecycle?: string;
  /** The case store to read the months from when no case files are given (`--store`, SIGNAALREIS_STORE). */
  store?: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const dateTimeParser =
  (lang: Lang) =>
  (value: string): Date => {
    const d = new Date(value);
    if (!DATE_TIME.test(value) || Number.isNaN(d.getTime()))
      throw new InvalidArgumentError(EXCHANGE_MESSAGES.badDateTime[lang]);
    return d;
  };

type ExportMonth = DdasExportMonth & { file: string };

/**
 * The months to deliver from the store: every stored month of the period of each asked
 * municipality (never a municipality that was not asked for), each named `store <code>/<month>`.
 */
async function storedMonthsOf(io: CliIo, target: string, o: ExportDdasOptions): Promise<ExportMonth[]> {
  if (o.municipality.length === 0)
    throw new CliUserError(EXCHANGE_MESSAGES.storeNeedsMunicipality[cliLang(io)]);
  const { caseFilesOfPeriod } = await import('../store/period');
  return withStore(io, target, async (store) => {
    const files = await caseFilesOfPeriod(store, o.municipality, monthOf(o.from), monthOf(o.to));
    if (!files.ok) throw storeError(io, files.issues);
    return files.value.map((caseFile) => {
      const municipality = caseFile.municipality as MunicipalityCode;
      return { municipality, caseFile, file: `store ${municipality}/${caseFile.month}` };
    });
  });
}

/**
 * Cases of a period from the store from which `export ddas` shows its phases on a bar (stderr, a
 * terminal only; project default: about the cases of 5 MB of case files — from which a bar shows
 * for files, {@link largeFiles} — a second's work or more).
 */
export const EXPORT_PROGRESS_MIN_CASES = 10_000;

/** The months to deliver: each file read, named by its municipality; files of other codes skipped. */
function monthsOf(io: CliIo, files: readonly string[], o: ExportDdasOptions, bar: PhasedProgress) {
  const months: ExportMonth[] = [];
  const codes = new Set<MunicipalityCode>(o.municipality);
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  for (const [i, file] of files.entries()) {
    bar.show(COMMON_MESSAGES.phaseRead[lang], i, files.length);
    const caseFile = caseFileArg(io, file).file;
    bar.show(COMMON_MESSAGES.phaseRead[lang], i + 1, files.length);
    const own = caseFile.municipality;
    if (own === undefined && o.municipality.length !== 1)
      throw new CliUserError(t.noMunicipality(file, caseFile.month, o.municipality.length > 1));
    const municipality = own ?? (o.municipality[0] as MunicipalityCode);
    if (o.municipality.length > 0 && !codes.has(municipality)) {
      bar.stop(); // the note on a line of its own; the next file starts the bar again
      io.stderr.write(`signaalreis: ${t.skipped(file, municipality)}\n`);
      continue;
    }
    months.push({ municipality, caseFile, file });
  }
  return months;
}

/** The file an issue of the export input is about (`months.<i>…`), for its line. */
function lineOf(issue: Issue, files: readonly string[], lang: 'nl' | 'en'): string {
  const [head, i, ...rest] = issue.path;
  const file = head === 'months' && typeof i === 'number' ? files[i] : undefined;
  if (file === undefined)
    return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issueText(lang, issue)}`;
  const path = rest[0] === 'caseFile' ? rest.slice(1) : rest;
  return issueLine(file, { ...issue, path }, lang);
}

/**
 * Runs `signaalreis export ddas [cases.json…] --from --to --supplier --organisation
 * [--municipality <code>…] [--store <dir|url>] [--out <file>]`: from the case files, or, when none
 * are given, from the stored months of the period of the asked municipalities; returns the exit code
 * (0, or 2 through a {@link CliUserError} when nothing was written).
 */
export async function runExportDdas(
  cliIo: CliIo,
  files: readonly string[],
  o: ExportDdasOptions,
): Promise<number> {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  if (o.from > o.to) throw new CliUserError(t.fromAfterTo(o.from, o.to));
  const fromStore = files.length === 0 && o.store !== undefined;
  // a large period's phases on a bar (stderr, a terminal only), cleared when the command ends
  let bar =
    !fromStore && largeFiles(io, files)
      ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang])
      : NO_PROGRESS;
  try {
    const months = fromStore ? await storedMonthsOf(io, o.store as string, o) : monthsOf(io, files, o, bar);
    const cases = months.reduce((n, m) => n + m.caseFile.cases.length, 0);
    if (fromStore && cases >= EXPORT_PROGRESS_MIN_CASES)
      bar = phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang]);
    return await deliver(io, files, o, { months, fromStore, bar });
  } finally {
    bar.stop();
  }
}

/** The rest of {@link runExportDdas} once the months are read: make, check and write the delivery. */
async function deliver(
  io: CliIo,
  files: readonly string[],
  o: ExportDdasOptions,
  read: { months: ExportMonth[]; fromStore: boolean; bar: PhasedProgress },
): Promise<number> {
  const { months, fromStore, bar } = read;
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  let lifecycle: LifecycleTable | undefined;
  if (o.lifecycle !== undefined) {
    const table = lifecyclePreset(o.lifecycle);
    if (!table.ok) throw new CliUserError(table.issues.map((x) => issueText(lang, x)).join('; '));
    lifecycle = table.value;
  }
  const municipalities =
    o.municipality.length > 0 ? o.municipality : [...new Set(months.map((m) => m.municipality))];
  if (municipalities.length === 0) throw new CliUserError(t.nothingToDeliver);
  // loaded when a delivery is made: the DDAS schema's validator (ajv) is no part of other commands' start
  const { deliveryWith } = await import('../ddas/export');
  const phase = { cases: t.phaseCases, schema: t.phaseSchema } as const;
  const onProgress = (p: keyof typeof phase, done: number, total: number) => bar.show(phase[p], done, total);
  const input = {
    period: { from: o.from, to: o.to },
    supplierCode: o.supplier,
    organisation: o.organisation,
    months: months.map((m) => ({
      municipality: m.municipality,
      caseFile: m.caseFile,
      ...(lifecycle ? { lifecycle } : {}),
    })),
    municipalities,
  };
  const now = o.deliveredAt ?? new Date();
  // the files were read by readCaseFile just now (caseFileArg): not checked a second time; the store's are
  // the store's months are read here, a national month's values not counted as one document's
  const made = deliveryWith(input, now, {
    filesRead: !fromStore,
    onProgress,
    ...(fromStore ? { limits: STORED_MONTH_LIMITS } : {}),
  });
  const names = months.map((m) => m.file);
  // the bar cleared first: each problem and warning on a line of its own
  bar.stop();
  if (!made.ok) {
    for (const i of made.issues) io.stderr.write(`signaalreis: ${lineOf(i, names, lang)}\n`);
    throw new CliUserError(t.notWritten(made.issues.length));
  }
  for (const w of made.value.issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(lineOf(w, names, lang))[lang]}\n`);
  const out = o.out ?? `out/ddas-${o.from}-${o.to}.json`;
  // written a signal and a case at a time: a large delivery's text is more than one string holds
  const delivery = made.value.delivery;
  const records = made.value.counts.reduce((n, c) => n + c.signals + c.cases, 0);
  let written = 0;
  const text = function* () {
    bar.show(t.phaseWrite, 0, records);
    yield* jsonPieces(delivery, 2, DELIVERY_DEPTH, () => {
      written += 1;
      if (written % WRITE_PROGRESS_EVERY === 0) bar.show(t.phaseWrite, written, records);
    });
    bar.show(t.phaseWrite, records, records);
    yield '\n';
  };
  saveFile(
    io,
    out,
    text,
    files.map((f) => resolve(io.cwd, f)),
  );
  bar.stop();
  const source = fromStore ? t.fromStore(months.length) : '';
  const lines = [t.head(o.from, o.to, o.supplier, source)];
  for (const c of made.value.counts)
    lines.push(t.counts(c.municipality, c.signals, c.cases, c.pickedUp, c.withResult, c.attempts));
  const personal = made.value.counts.some((c) => c.signals > 0);
  lines.push(t.written(out, personal));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_CODES.ok;
}

/**
 * Registers `signaalreis export ddas` under the `export` command.
 *
 * @example
 * ```sh
 * signaalreis export ddas out/2026-10-feedback-2026-11-30/cases.json --from 2026-10-01 --to 2026-10-31 \
 *   --supplier SIGNAALREIS --organisation "Gemeente Voorbeeldstad" --out ddas-2026-10.json
 * ```
 */
export function registerExportDdas(exportCommand: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  const parse = parsersIn(lang);
  const collect = (value: string, previous: MunicipalityCode[]) => [
    ...previous,
    parseMunicipality(value, lang),
  ];
  const command = exportCommand
    .command('ddas')
    .description(t.exportHelp)
    .argument('[cases...]', t.casesArg)
    .addOption(new Option('--from <date>', t.fromHelp).argParser(parse.date).makeOptionMandatory())
    .addOption(new Option('--to <date>', t.toHelp).argParser(parse.date).makeOptionMandatory())
    .addOption(new Option('--municipality <code>', t.municipalityHelp).argParser(collect).default([]))
    .requiredOption('--supplier <code>', t.supplierHelp)
    .requiredOption('--organisation <name>', t.organisationHelp)
    .option('--out <file>', t.outHelp)
    .addOption(new Option('--delivered-at <date-time>', t.deliveredAtHelp).argParser(dateTimeParser(lang)))
    .option('--lifecycle <id>', t.lifecycleHelp);
  addStoreOption(command, t.storeHelp).action(async (files: string[], o: ExportDdasOptions) => {
    if (files.length > 0 && command.getOptionValueSource('store') === 'cli')
      throw new CliUserError(t.filesOrStore);
    const code = await runExportDdas(io, files, o);
    if (code !== EXIT_CODES.ok) throw new CliExit(code);
  });
}
