// `signaalreis letters`: the letters, cards, e-mails and SMS of a month's cases (issue 15), from a
// run folder (cases.json) or the store, with the municipality's templates and contact block. Each
// output is a contact attempt (Brief, Kaartje, Mail, SMS/Whatsapp): with --store recorded in the
// store in the same transaction as the files are written; with a run folder written to cases.json in
// the output folder, for `signaalreis feedback` to record once everything is sent.
import { join } from 'node:path';
import {
  asIsoDate,
  type CaseRecord,
  deliveryDay,
  type IsoDate,
  type IsoMonth,
  type MunicipalityCode,
  type Signal,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CaseFile } from '../cases/case-file';
import { HISTORY_INDEX_FILE } from '../cases/history-index';
import { lifecycleIdOf } from '../cases/record-of';
import { defaultTemplates } from '../letters/default-templates';
import { type LetterCase, type LettersResult, makeLetters } from '../letters/make-letters';
import { SKIP_MESSAGES } from '../letters/messages';
import { isOwnLetterFile, lettersFiles } from '../letters/outputs';
import { SITUATIONS, WRITTEN_CHANNELS } from '../letters/vocabulary';
import type { OutputData } from '../output/atomic-file';
import { closedOn } from '../store/stored-month';
import { feedbackFiles } from './feedback-output';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { issueLine } from './json-input';
import { cliLang, issueText, localize } from './lang';
import {
  contactOf,
  monthFromFile,
  monthFromStore,
  signalsOfFiles,
  streetsOf,
  templatesOf,
} from './letters-input';
import { lettersThreadsMode, lettersThreadsOf } from './letters-threads';
import { COMMON_MESSAGES } from './messages/common';
import { LETTERS_CLI_MESSAGES } from './messages/letters';
import { parsersIn } from './month-input';
import { besideBar, NO_PROGRESS, phasedProgress } from './progress';
import { addStoreOption, storeError, withStore } from './store-option';
import { terminalIo } from './terminal';
import { commandLine, saveFolder } from './write-output';

/** SMS parts allowed when `--sms-max-parts` is not given (project default: 3 parts, 459 GSM characters). */
const DEFAULT_SMS_MAX_PARTS = 3;

/**
 * From this many cases `letters` shows its phases on a bar when stderr is a terminal (project
 * default: below it the month's letters take about a second; a national month's ~25 s).
 */
export const LETTERS_PROGRESS_MIN_CASES = 2000;

/** Options of `signaalreis letters`. */
export interface LettersOptions {
  month: IsoMonth;
  store?: string;
  municipality?: MunicipalityCode;
  signals?: string[];
  /** A street (BAG extract) CSV: the street of each address for the address block. */
  addresses?: string;
  templates?: string;
  preset?: string;
  lifecycle?: string;
  at?: IsoDate;
  out?: string;
  smsMaxParts: number;
  dryRun?: boolean;
}

const todayNl = (): IsoDate =>
  asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

/** The summary lines: counts per channel and situation, then the skipped per reason. */
function summary(made: LettersResult, t: ReturnType<typeof localize<typeof LETTERS_CLI_MESSAGES>>) {
  const lines: string[] = [];
  for (const channel of WRITTEN_CHANNELS) {
    const of = made.items.filter((x) => x.channel === channel);
    const parts = SITUATIONS.flatMap((s) => {
      const n = of.filter((x) => x.situation === s).length;
      return n > 0 ? [t.situationPart(s, n)] : [];
    }).join(', ');
    lines.push(t.channelLine(channel, of.length, parts));
  }
  const reasons = new Map<string, number>();
  for (const s of made.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  lines.push(t.skippedHead(made.skipped.length));
  for (const [reason, n] of reasons)
    lines.push(
      t.skippedLine(SKIP_MESSAGES[reason as keyof typeof SKIP_MESSAGES] ?? { nl: reason, en: reason }, n),
    );
  return lines;
}

/**
 * Runs `signaalreis letters [run folder | cases.json] --month <m> [--store … --municipality …]
 * [--signals <files…>] [--templates <folder>] [--preset …] [--at <date>] [--out <folder>]
 * [--sms-max-parts <n>] [--dry-run]`. Returns 0, or 1 when cases could not be read (they are listed
 * and skipped); refusals (bad input, bad templates, no contact block) are user errors (exit 2).
 */
export async function runLetters(
  cliIo: CliIo,
  input: string | undefined,
  o: LettersOptions,
  command = 'signaalreis letters',
): Promise<number> {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const t = localize(LETTERS_CLI_MESSAGES, lang);
  const fromStore = input === undefined && o.store !== undefined;
  if ((input === undefined) === (o.store === undefined)) throw new CliUserError(t.inputOrStore);
  if (fromStore && !o.municipality) throw new CliUserError(t.inputOrStore);
  const threadsMode = lettersThreadsMode(io); // SIGNAALREIS_LETTERS_THREADS checked before any work
  const at = o.at ?? io.today ?? todayNl();
  const start = deliveryDay(o.month);
  if (at < start) throw new CliUserError(t.atBeforeDelivery(at, start, o.month));
  const templates = await templatesOf(io, o.templates);
  let file: CaseFile;
  let name: string;
  let compact: Record<string, unknown> | undefined;
  const signals: Signal[] = [];
  if (fromStore) {
    const read = await monthFromStore(io, o.store as string, o.municipality as MunicipalityCode, o.month);
    file = read.file;
    name = `store ${o.municipality}/${o.month}`;
    for (const s of read.signals) signals.push(s);
  } else ({ file, name, compact } = monthFromFile(io, input as string, o.month));
  const contact = contactOf(io, o.preset, file.preset);
  for (const s of await signalsOfFiles(io, o.signals ?? [])) signals.push(s);
  const streets = o.addresses ? await streetsOf(io, o.addresses) : undefined;
  if (signals.length === 0) io.stderr.write(`signaalreis: ${t.noSignals}\n`);
  else if (o.signals?.length && !anyCaseSignal(file, signals))
    io.stderr.write(`signaalreis: ${t.noCaseSignals(o.month, o.signals.join(', '))}\n`);
  const table = lifecyclePreset(o.lifecycle ?? lifecycleIdOf(file.preset));
  if (!table.ok) throw new CliUserError(table.issues.map((x) => issueText(lang, x)).join('; '));
  // a large month's phases on a bar (stderr, a terminal only), cleared before the summary
  const bar =
    file.cases.length >= LETTERS_PROGRESS_MIN_CASES
      ? phasedProgress(io, COMMON_MESSAGES.phasedProgress[lang])
      : NO_PROGRESS;
  let made: LettersResult;
  let lines: string[];
  try {
    made = makeLetters({
      cases: file.cases as LetterCase[],
      table: table.value,
      start,
      at,
      signals,
      ...(streets ? { streets } : {}),
      contact,
      templates,
      lang,
      smsMaxParts: o.smsMaxParts,
      onProgress: (done, total) => bar.show(t.phaseCases, done, total),
    });
    lines = [t.head(o.month, at, file.cases.length), ...summary(made, t)];
    const dir = o.out ?? join('out', `letters-${o.month}`);
    const context = {
      month: o.month,
      at,
      lang,
      contact,
      ...(file.municipality ? { municipality: file.municipality } : {}),
    };
    if (o.dryRun) lines.push(t.dryRun);
    else {
      // the feedback's cases.json (below) may be written a piece at a time
      // the e-mails composed by a thread while this one makes the PDFs (none for a small month)
      const emails = made.items.filter((x) => x.channel === 'email').length;
      const threads = lettersThreadsOf(threadsMode, emails);
      const output = await lettersFiles(made, context, {
        ...(threads ? { composeEmails: threads.composeEmails } : {}),
        onProgress: (done, total) => bar.show(t.phasePdfs, done, total),
      }).finally(() => threads?.close());
      const files = new Map<string, OutputData>(output.files);
      // what the summary says the folder holds: the cases' own files by count, the others by name
      const writtenLine = () => {
        const names = [...files.keys()];
        return t.written(
          dir,
          names.filter(isOwnLetterFile).length,
          sharedFiles(names.filter((n) => !isOwnLetterFile(n))),
        );
      };
      const save = () =>
        saveFolder(besideBar(io, bar), dir, files, {
          command,
          inputs: [],
          onProgress: (stage, done, total) =>
            bar.show(
              COMMON_MESSAGES[stage === 'write' ? 'phaseWriteFiles' : 'phaseFlushFiles'][lang],
              done,
              total,
            ),
        });
      const fresh = made.items.filter((x) => x.records).length;
      if (fromStore) {
        await withStore(io, o.store as string, async (store) => {
          const records = [...made.records.values()].map((r) => {
            const closed = closedOn(r.record, table.value);
            return {
              caseId: r.record.caseId,
              record: r.record,
              expected: (r.stored ?? null) as CaseRecord | null,
              ...(closed ? { closedOn: closed } : {}),
            };
          });
          const update = {
            municipality: o.municipality as MunicipalityCode,
            month: o.month,
            on: at,
            records,
            feedback: [],
          };
          const saved = await store.saveLifecycle(update, { beforeCommit: save });
          if (!saved.ok) throw storeError(io, saved.issues);
        });
        lines.push(writtenLine(), t.stored(fresh, made.items.length - fresh));
      } else {
        if (made.records.size > 0) {
          const updated = new Map([...made.records].map(([id, r]) => [id, r.record]));
          // a compact input is written back compact (a national month's full form is ~2× as large,
          // past what the next run reads whole as history: issue 14)
          const fb = await feedbackFiles(
            compact ?? (file as unknown as Record<string, unknown>),
            updated,
            [],
            new Map(),
            dir,
            { dialect: 'rfc4180', xlsx: false, lang },
          );
          // the case file with the attempts, and its history index when it has one
          for (const written of ['cases.json', HISTORY_INDEX_FILE]) {
            const data = fb.files.get(written);
            if (data !== undefined) files.set(written, data);
          }
        }
        save();
        lines.push(writtenLine());
        if (made.records.size > 0) lines.push(t.importAttempts(join(dir, 'cases.json'), at));
      }
    }
  } finally {
    bar.stop();
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  for (const p of made.problems) io.stderr.write(`signaalreis: ${issueLine(name, p, lang)}\n`);
  return made.problems.length > 0 ? EXIT_CODES.dataProblems : EXIT_CODES.ok;
}

/** `signaalreis letters templates --out <folder>`: the default set in the output language, to edit. */
export function runLettersTemplates(
  cliIo: CliIo,
  out: string,
  command = 'signaalreis letters templates',
): number {
  const io = terminalIo(cliIo);
  const lang = cliLang(io);
  const set = defaultTemplates(lang);
  saveFolder(io, out, new Map(Object.entries(set)), { command, inputs: [] });
  io.stdout.write(`${LETTERS_CLI_MESSAGES.templatesWritten(Object.keys(set).length, out)[lang]}\n`);
  return EXIT_CODES.ok;
}

const partsParser = (lang: 'nl' | 'en') => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 10)
    throw new InvalidArgumentError(LETTERS_CLI_MESSAGES.badSmsParts[lang]);
  return n;
};

/**
 * Registers `signaalreis letters` and `signaalreis letters templates`.
 *
 * @example
 * ```sh
 * signaalreis letters out/2026-10 --month 2026-10 --signals examples/data/signals-2026-10.csv --preset my-town.json --out out/letters-2026-10
 * signaalreis letters templates --out sjablonen
 * ```
 */
export function registerLetters(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(LETTERS_CLI_MESSAGES, lang);
  const parse = parsersIn(lang);
  const letters = program
    .command('letters')
    .description(t.description)
    .argument('[input]', t.inputArg)
    .addOption(new Option('--month <month>', t.monthHelp).argParser(parse.month))
    .addOption(new Option('--municipality <code>', t.municipalityHelp).argParser(parse.municipality))
    .option('--signals <files...>', t.signalsHelp)
    .option('--addresses <file>', t.addressesHelp)
    .option('--templates <folder>', t.templatesHelp)
    .option('--preset <id|file>', t.presetHelp)
    .option('--lifecycle <id>', t.lifecycleHelp)
    .addOption(new Option('--at <date>', t.atHelp).argParser(parse.date))
    .option('--out <folder>', t.outHelp)
    .addOption(
      new Option('--sms-max-parts <n>', t.smsPartsHelp(DEFAULT_SMS_MAX_PARTS))
        .argParser(partsParser(lang))
        .default(DEFAULT_SMS_MAX_PARTS),
    )
    .option('--dry-run', t.dryRunHelp, false);
  addStoreOption(letters, t.storeHelp).action(async (input: string | undefined, o: LettersOptions) => {
    if (o.month === undefined) throw new CliUserError(t.needsMonth);
    // a store named only by SIGNAALREIS_STORE does not count when a folder or file is given
    if (input !== undefined && letters.getOptionValueSource('store') !== 'cli') delete o.store;
    if (o.store === '') delete o.store;
    const code = await runLetters(io, input, o, commandLine(letters));
    if (code !== EXIT_CODES.ok) throw new CliExit(code);
  });
  letters
    .command('templates')
    .description(t.templatesDescription)
    .option('--out <folder>', t.templatesOutHelp)
    .action((o: { out?: string }, sub: Command) => {
      // `--out` after `templates` may be taken by `letters` itself (it has one too)
      const out = o.out ?? (letters.opts() as { out?: string }).out;
      if (out === undefined) throw new CliUserError(t.templatesNeedOut);
      runLettersTemplates(io, out, commandLine(sub));
    });
}

/** The order the summary names a letters folder's shared files in (the case file and its index: the next line says). */
const SHARED_ORDER = ['print-letters.pdf', 'print-cards.pdf', 'sms.csv', 'skipped.csv', 'letters.json'];

/** The shared files among `names` in the summary's order (the case file and its history index left to their own line). */
function sharedFiles(names: readonly string[]): string[] {
  const rank = (n: string) => (SHARED_ORDER.includes(n) ? SHARED_ORDER.indexOf(n) : SHARED_ORDER.length);
  return names
    .filter((n) => n !== 'cases.json' && n !== HISTORY_INDEX_FILE)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Whether any signal of the month's cases is among `signals` (none: the signal files are of another month). */
function anyCaseSignal(file: CaseFile, signals: readonly Signal[]): boolean {
  const ids = new Set<string>(signals.map((s) => s.signalId));
  return file.cases.length === 0 || file.cases.some((c) => c.signalIds.some((id) => ids.has(id)));
}
