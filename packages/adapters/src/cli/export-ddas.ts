// `signaalreis export ddas`: the DDAS v1.2 delivery of a period from case files (those of `run`,
// with the lifecycle records of `feedback`), validated against the official schema, written as one
// file (atomic, mode 0600: a delivery holds personal data).
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { IsoDate, IsoMonth, Issue, Lang, LifecycleTable, MunicipalityCode } from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { DdasExportMonth } from '../ddas/export';
import type { DdasExportInParts, DdasExportInPartsDone, DdasMonthList } from '../ddas/export-parts';
import { SpoolFiles } from '../output/spool-files';
import { STORED_MONTH_LIMITS } from '../store/stored-month';
import { heapCollector } from './batch-heap';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { caseFileArg, issueLine } from './json-input';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { EXCHANGE_MESSAGES } from './messages/exchange';
import { parseMunicipality, parsersIn } from './month-input';
import { largeFiles, MIB, NO_PROGRESS, type PhasedProgress, phasedProgress } from './progress';
import { addStoreOption, storeError, withStore } from './store-option';
import { terminalIo } from './terminal';
import { saveFile } from './write-output';

const monthOf = (date: IsoDate) => date.slice(0, 7) as IsoMonth;

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
 * Adds every stored month of the period of each asked municipality (never one that was not asked
 * for) to the delivery, a month at a time — each read from the store when its turn comes and named
 * `store <code>/<month>`; the bar counts the cases made (shown from {@link EXPORT_PROGRESS_MIN_CASES}).
 */
async function addStoredMonths(
  io: CliIo,
  target: string,
  o: ExportDdasOptions,
  making: Making,
): Promise<void> {
  const lang = cliLang(io);
  if (o.municipality.length === 0) throw new CliUserError(EXCHANGE_MESSAGES.storeNeedsMunicipality[lang]);
  const { caseFileOfMonth, monthsOfPeriod } = await import('../store/period');
  await withStore(io, target, async (store) => {
    const listed = await monthsOfPeriod(store, o.municipality, monthOf(o.from), monthOf(o.to));
    if (!listed.ok) throw storeError(io, listed.issues);
    const total = listed.value.reduce((n, m) => n + m.cases, 0);
    if (total >= EXPORT_PROGRESS_MIN_CASES)
      making.bar = phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang]);
    let made = 0;
    making.onCase = () => {
      made += 1;
      if (made % CASES_PER_STEP === 0 || made === total)
        making.bar.show(EXCHANGE_MESSAGES.phaseCases[lang], made, total);
    };
    for (const m of listed.value) {
      making.collect(); // the last month's garbage, before the next is read
      const caseFile = await caseFileOfMonth(store, m);
      if (!caseFile.ok) throw storeError(io, caseFile.issues);
      const municipality = caseFile.value.municipality as MunicipalityCode;
      addMonth(making, {
        municipality,
        caseFile: caseFile.value,
        file: `store ${municipality}/${caseFile.value.month}`,
      });
    }
  });
}

/**
 * Cases of a period from the store from which `export ddas` shows its phases on a bar (stderr, a
 * terminal only; project default: about the cases of 5 MB of case files — from which a bar shows
 * for files, {@link largeFiles} — a second's work or more).
 */
export const EXPORT_PROGRESS_MIN_CASES = 10_000;

/** Cases made between two updates of the bar (project default: a national quarter's 171,000 cases in ~340 steps). */
const CASES_PER_STEP = 500;

/** The file an issue of the export input is about (`months.<i>…`), for its line. */
function lineOf(issue: Issue, files: readonly string[], lang: 'nl' | 'en'): string {
  const [head, i, ...rest] = issue.path;
  const file = head === 'months' && typeof i === 'number' ? files[i] : undefined;
  if (file === undefined)
    return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issueText(lang, issue)}`;
  const path = rest[0] === 'caseFile' ? rest.slice(1) : rest;
  return issueLine(file, { ...issue, path }, lang);
}

/** A delivery's problems, a line each, then the refusal: nothing was written. */
function refused(io: CliIo, issues: readonly Issue[], names: readonly string[]): never {
  const lang = cliLang(io);
  for (const i of issues) io.stderr.write(`signaalreis: ${lineOf(i, names, lang)}\n`);
  throw new CliUserError(EXCHANGE_MESSAGES.notWritten(issues.length)[lang]);
}

/** The lifecycle table of `--lifecycle`, if given. */
function lifecycleOption(io: CliIo, id: string | undefined): LifecycleTable | undefined {
  if (id === undefined) return undefined;
  const table = lifecyclePreset(id);
  if (!table.ok) throw new CliUserError(table.issues.map((x) => issueText(cliLang(io), x)).join('; '));
  return table.value;
}

/** What a delivery is made from and into while its months are added: the parts, their texts, their names. */
interface Making {
  parts: DdasExportInParts;
  spool: SpoolFiles;
  lifecycle: LifecycleTable | undefined;
  /** each added month's name (its file, or `store <code>/<month>`) and how many records its texts hold */
  names: string[];
  counts: (Record<DdasMonthList, number> | undefined)[];
  /** called after each case is made (the bar) */
  onCase: () => void;
  /** a large period's phases (stderr, a terminal only), cleared when the command ends */
  bar: PhasedProgress;
  /** collects the heap between months when it grew (`heapCollector`) */
  collect: () => boolean;
}

/** Adds a month to the delivery; its texts set aside until the delivery is written. */
function addMonth(making: Making, m: ExportMonth): void {
  const { parts, spool, lifecycle, names, counts } = making;
  const texts = parts.add({
    municipality: m.municipality,
    caseFile: m.caseFile,
    ...(lifecycle ? { lifecycle } : {}),
  });
  const i = names.length;
  names.push(m.file);
  counts.push(texts?.count);
  if (texts === undefined) return;
  if (texts.count.signals > 0) spool.add(`${i}-signals`, texts.signals);
  if (texts.count.zaken > 0) spool.add(`${i}-zaken`, texts.zaken);
}

/**
 * Each case file read, named by its municipality, and added to the delivery when its turn comes (a
 * file of another asked code skipped with a note): only one file's cases are held at a time. The bar
 * counts the files' MiB, a file's as its cases are made.
 */
function addFiles(io: CliIo, files: readonly string[], o: ExportDdasOptions, making: Making) {
  const { bar } = making;
  const codes = new Set<MunicipalityCode>(o.municipality);
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  const sizes = files.map((f) => statSync(resolve(io.cwd, f), { throwIfNoEntry: false })?.size ?? 0);
  const total = Math.max(1, Math.ceil(sizes.reduce((n, b) => n + b, 0) / MIB));
  let before = 0;
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 0;
    bar.show(t.phaseReadCases, Math.floor(before / MIB), total);
    making.collect(); // the last month's garbage, before the next is read
    const caseFile = caseFileArg(io, file).file;
    const own = caseFile.municipality;
    if (own === undefined && o.municipality.length !== 1)
      throw new CliUserError(t.noMunicipality(file, caseFile.month, o.municipality.length > 1));
    const municipality = own ?? (o.municipality[0] as MunicipalityCode);
    if (o.municipality.length > 0 && !codes.has(municipality)) {
      bar.stop(); // the note on a line of its own; the next file starts the bar again
      io.stderr.write(`signaalreis: ${t.skipped(file, municipality)}\n`);
      before += size;
      continue;
    }
    // without --municipality: each file's municipality gets a levering, also for a month outside the period
    if (o.municipality.length === 0) making.parts.deliverTo(municipality);
    let made = 0;
    const cases = caseFile.cases.length;
    making.onCase = () => {
      made += 1;
      if (made % CASES_PER_STEP === 0)
        bar.show(t.phaseReadCases, Math.floor((before + (size * made) / cases) / MIB), total);
    };
    addMonth(making, { municipality, caseFile, file });
    before += size;
  }
  bar.show(t.phaseReadCases, total, total);
}

/**
 * Runs `signaalreis export ddas [cases.json…] --from --to --supplier --organisation
 * [--municipality <code>…] [--store <dir|url>] [--out <file>]`: from the case files, or, when none
 * are given, from the stored months of the period of the asked municipalities; returns the exit code
 * (0, or 2 through a {@link CliUserError} when nothing was written). The delivery is made a month at
 * a time (`DdasExportInParts`): each month's DDAS records are set aside as text beside the output
 * (`SpoolFiles`) and the delivery written from them once every month proved good — a national year
 * is never held.
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
  const lifecycle = lifecycleOption(io, o.lifecycle);
  const fromStore = files.length === 0 && o.store !== undefined;
  if (files.length === 0 && !fromStore && o.municipality.length === 0)
    throw new CliUserError(t.nothingToDeliver);
  // loaded when a delivery is made: the DDAS schema's validator (ajv) is no part of other commands' start
  const { DdasExportInParts } = await import('../ddas/export-parts');
  const parts = new DdasExportInParts(
    {
      period: { from: o.from, to: o.to },
      supplierCode: o.supplier,
      organisation: o.organisation,
      ...(o.municipality.length > 0 ? { municipalities: o.municipality } : {}),
    },
    o.deliveredAt ?? new Date(),
    // the files were read by readCaseFile just now (caseFileArg): not checked a second time; the
    // store's months are read here, a national month's values not counted as one document's
    {
      filesRead: !fromStore,
      ...(fromStore ? { limits: STORED_MONTH_LIMITS } : {}),
      // the bar's, which the months set (`making` is made below, before any month is added)
      onCase: () => making.onCase(),
    },
  );
  // the delivery's own problems (supplier, organisation, moment) before any file is read
  if (parts.headIssues.length > 0) refused(io, parts.headIssues, []);
  const out = o.out ?? `out/ddas-${o.from}-${o.to}.json`;
  const spool = SpoolFiles.open(dirname(resolve(io.cwd, out)), dirname(out));
  if (!spool.ok) throw new CliUserError(spool.issues.map((x) => issueText(lang, x)).join('; '));
  const making: Making = {
    parts,
    spool: spool.value,
    lifecycle,
    names: [],
    counts: [],
    onCase: () => {},
    collect: heapCollector(),
    bar:
      !fromStore && largeFiles(io, files)
        ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang])
        : NO_PROGRESS,
  };
  try {
    if (fromStore) await addStoredMonths(io, o.store as string, o, making);
    else addFiles(io, files, o, making);
    const done = parts.finish();
    making.bar.stop(); // each problem and warning on a line of its own
    if (!done.ok) refused(io, done.issues, making.names);
    write(io, { out, files, making, done: done.value });
    making.bar.stop();
    const source = fromStore ? t.fromStore(making.names.length) : '';
    const lines = [t.head(o.from, o.to, o.supplier, source)];
    for (const c of done.value.counts)
      lines.push(t.counts(c.municipality, c.signals, c.cases, c.pickedUp, c.withResult, c.attempts));
    const personal = done.value.counts.some((c) => c.signals > 0);
    lines.push(t.written(out, personal));
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_CODES.ok;
  } finally {
    making.bar.stop();
    spool.value.close();
  }
}

/** Writes the delivery (atomic, 0600) from the months' texts set aside, the warnings first. */
function write(
  io: CliIo,
  w: {
    out: string;
    files: readonly string[];
    making: Making;
    done: DdasExportInPartsDone;
  },
): void {
  const { out, files, making, done } = w;
  const { bar } = making;
  const lang = cliLang(io);
  const t = localize(EXCHANGE_MESSAGES, lang);
  for (const x of done.issues)
    io.stderr.write(`signaalreis: ${COMMON_MESSAGES.warning(lineOf(x, making.names, lang))[lang]}\n`);
  const records = done.records;
  let written = 0;
  // written a month's signals and cases at a time, read back from where they were set aside
  const text = function* () {
    bar.show(t.phaseWrite, 0, records);
    yield* done.pieces<Uint8Array>(function* (i, list) {
      const name = `${i}-${list}`;
      const count = making.counts[i]?.[list] ?? 0;
      const bytes = Math.max(1, making.spool.bytes(name));
      const at = written;
      let read = 0;
      for (const piece of making.spool.data(name)()) {
        yield piece;
        read += piece.length;
        bar.show(t.phaseWrite, at + Math.floor((count * Math.min(read, bytes)) / bytes), records);
      }
      written = at + count;
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
