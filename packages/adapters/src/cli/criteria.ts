// `signaalreis criteria`: a partner's ledger against a criteria preset — which customers become a
// signal this month, of which kind, on which delivery day, and why (phases 1–2 of the journey). The
// ledger is read a chunk at a time and each row decided as it comes, so a ledger of a million
// customers runs in bounded memory (docs/criteria.md, "Large ledgers").
import { createReadStream, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type IsoDate, type Issue, ledgerEvaluator } from '@signaalreis/core';
import { CRITERIA_PRESET_IDS, criteriaPreset } from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { openDecoded } from '../csv/decode';
import { LedgerCsvReader, type LedgerCsvRow } from '../ledger/read-ledger';
import { type CsvDialect, csvLines } from '../output/csv-writer';
import { SpillFiles } from '../output/spill-files';
import {
  COLUMNS,
  type Decision,
  DecisionTally,
  evaluatedDecision,
  GROUPS,
  type Group,
  printSummary,
  rejectedDecision,
  unreadableDecision,
} from './criteria-decisions';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, type Localized, localize } from './lang';
import { csvHeaders } from './messages/columns';
import { COMMON_MESSAGES } from './messages/common';
import { CRITERIA_CLI_MESSAGES } from './messages/feedback';
import { parsersIn } from './month-input';
import { startProgress } from './progress';
import { csvDialectOption, inputPaths, saveFile } from './write-output';

/**
 * Options of `signaalreis criteria`.
 */
export interface CriteriaOptions {
  preset: string;
  date: IsoDate;
  out?: string;
  /** The flavour of the CSV written by `--out` (`--csv-dialect`). */
  csvDialect: CsvDialect;
  format: 'text' | 'json';
}

/**
 * Registers `signaalreis criteria <ledger.csv> --preset <criteria-id> --date YYYY-MM-DD [--out decisions.csv]`.
 *
 * @example
 * ```sh
 * signaalreis criteria examples/data/ledger-energy-2026-10.csv --preset criteria-energy-a \
 *   --date 2026-10-20 --out decisions.csv
 * ```
 */
export function registerCriteria(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(CRITERIA_CLI_MESSAGES, lang);
  program
    .command('criteria')
    .description(t.description)
    .argument('<ledger>', t.ledgerArg)
    .requiredOption('--preset <id>', t.presetHelp(CRITERIA_PRESET_IDS.join(', ')))
    .requiredOption('--date <date>', t.dateHelp, parsersIn(lang).date)
    .option('--out <file>', t.outHelp)
    .addOption(csvDialectOption(lang))
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (file: string, o: CriteriaOptions) => {
      const preset = criteriaPreset(o.preset);
      if (!preset.ok) throw new CliUserError(t.unknownPreset(o.preset, CRITERIA_PRESET_IDS.join(', ')));
      const tally = new DecisionTally();
      const spill = o.out ? new SpillFiles(dirname(resolve(io.cwd, o.out)), GROUPS) : undefined;
      try {
        const headers = csvHeaders(lang);
        const lines = csvLines({ columns: COLUMNS, dialect: o.csvDialect, ...(headers ? { headers } : {}) });
        // each row decided as it is read, its line kept on disk in its group (spill files) and its
        // trace let go: a ledger of a million customers in bounded memory (docs/criteria.md)
        const take = (group: Group, d: Decision) => {
          tally.add(group, d);
          spill?.write(group, lines.line(d));
        };
        const evaluator = ledgerEvaluator(preset.value, o.date);
        // a table not in effect on the date: said once the file is known to be a ledger
        const notInEffect = (issues: Issue[]) =>
          new CliUserError(t.onDate(o.preset, o.date, issues[0] ? issueText(lang, issues[0]) : ''));
        const rows = await readLedgerFile(io, file, t, (r) => {
          if (!evaluator.ok) throw notInEffect(evaluator.issues);
          if (!r.value) return take('unreadable', unreadableDecision(r, lang));
          const outcome = evaluator.value.next(r.value);
          if ('invalid' in outcome) return take('rejected', rejectedDecision(outcome.invalid, lang));
          const d = evaluatedDecision(outcome.evaluation, lang);
          take(outcome.evaluation.deliver ? 'delivered' : 'notDelivered', d);
        });
        if (!evaluator.ok) throw notInEffect(evaluator.issues);
        if (o.out && spill) {
          const body = spill.pieces();
          const data = function* () {
            yield lines.head;
            yield* body();
          };
          saveFile(io, o.out, data, inputPaths(io, file));
        }
        printSummary(io, {
          file,
          preset: o.preset,
          date: o.date,
          ...(o.out ? { out: o.out } : {}),
          format: o.format,
          rows,
          tally,
          t,
          lang,
          rules: preset.value.rules,
        });
      } finally {
        spill?.remove();
      }
    });
}

/**
 * Reads the ledger file a chunk at a time (UTF-8 or Windows-1252, as the signal files are read) and
 * hands each data row to `onRow` as it is read; the number of data rows. A file that cannot be
 * read, is UTF-16, or is not a ledger (no header, a missing column) is refused before any row.
 */
async function readLedgerFile(
  io: CliIo,
  file: string,
  t: Localized<typeof CRITERIA_CLI_MESSAGES>,
  onRow: (row: LedgerCsvRow) => void,
): Promise<number> {
  const lang = cliLang(io);
  const path = resolve(io.cwd, file);
  const unreadable = () => new CliUserError(t.unreadable(file));
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw unreadable();
    size = stat.size;
  } catch {
    throw unreadable();
  }
  const reader = new LedgerCsvReader();
  const progress = startProgress(io, path, size);
  let rows = 0;
  const take = (read: LedgerCsvRow[]) => {
    const fatal = reader.failure ?? reader.issues.filter((p) => p.code !== 'unknown_column');
    if (fatal.length > 0)
      throw new CliUserError(`${file}: ${fatal.map((p) => issueText(lang, p)).join('; ')}`);
    for (const r of read) {
      onRow(r);
      progress.tick(++rows);
    }
  };
  try {
    let decoded: Awaited<ReturnType<typeof openDecoded>>;
    try {
      decoded = await openDecoded(createReadStream(path));
    } catch {
      throw unreadable();
    }
    if ('unsupported' in decoded) throw new CliUserError(t.utf16(file));
    try {
      for await (const chunk of decoded.text) take(reader.push(chunk));
    } catch (error) {
      if (error instanceof CliUserError) throw error;
      throw unreadable();
    }
    take(reader.end());
  } finally {
    progress.stop();
  }
  return rows;
}
