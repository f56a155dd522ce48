// `signaalreis match`: matching and intake for a month, counts per decision, the case list on disk.
import { type Lang, type MonthResult, runMonth } from '@signaalreis/core';
import type { Command } from 'commander';
import { type CaseFile, toCaseFile } from '../cases/case-file';
import { caseFilePieces } from '../cases/case-file-text';
import type { OutputData } from '../output/atomic-file';
import { type CsvDialect, csvTable } from '../output/csv-writer';
import { labelOrId, OUTCOME_TEXTS } from '../report/messages';
import { reasonText } from './compare-text';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { csvHeaders, TABLE_WORDS } from './messages/columns';
import { MATCH_MESSAGES, MONTH_MESSAGES } from './messages/month';
import {
  addMonthOptions,
  type MonthOptions,
  monthInputPaths,
  readMonthInputs,
  warnMatching,
  warnMonth,
} from './month-input';
import { saveFile } from './write-output';

/**
 * Options of `signaalreis match`.
 */
export type MatchOptions = MonthOptions;

/**
 * The case list as CSV: one row per case, no personal data beyond the household key. Its columns
 * follow the case file (`signal_status`, `intake_outcome`: intake's DDAS status and outcome); the
 * headers, the match column and the explanation are in `lang` (Dutch titles, or in English the
 * column names).
 */
export function caseFileCsv(file: CaseFile, dialect?: CsvDialect, lang: Lang = 'nl'): string {
  const headers = csvHeaders(lang);
  const rows = file.cases.map((c) => ({
    case_id: c.caseId,
    rank: c.rank,
    household_key: c.householdKey,
    signal_status: c.signalStatus,
    intake_outcome: c.intakeOutcome,
    match: (c.isMatch ? TABLE_WORDS.yes : TABLE_WORDS.no)[lang],
    partners: c.partners.join(' '),
    signal_ids: c.signalIds.join(' '),
    total_amount: (c.totalAmountCents / 100).toFixed(2),
    recidive_months: c.recidiveMonths.join(' '),
    crisis_deadline: c.crisisDeadline ?? '',
    explanation: c.explanation?.[lang] ?? '',
  }));
  return csvTable(rows, {
    columns: CASE_LIST_COLUMNS,
    ...(headers ? { headers } : {}),
    numeric: ['total_amount'],
    ...(dialect ? { dialect } : {}),
  });
}

const CASE_LIST_COLUMNS = [
  'case_id',
  'rank',
  'household_key',
  'signal_status',
  'intake_outcome',
  'match',
  'partners',
  'signal_ids',
  'total_amount',
  'recidive_months',
  'crisis_deadline',
  'explanation',
];

/** Writes the case list; `.csv` as CSV, anything else as JSON; never over one of `inputs`. */
export function writeCaseFile(
  io: CliIo,
  out: string,
  file: CaseFile,
  inputs: string[],
  dialect?: CsvDialect,
): void {
  const { cases, format: _format, ...head } = file;
  const text: OutputData = out.toLowerCase().endsWith('.csv')
    ? caseFileCsv(file, dialect, cliLang(io))
    : () => caseFilePieces(head, cases);
  saveFile(io, out, text, inputs);
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (s: number, n = 6) => String(s).padStart(n);

function summaryText(
  r: MonthResult,
  preset: string,
  rows: number,
  rejected: number,
  notes: string[],
  lang: Lang,
): string {
  const t = localize(MATCH_MESSAGES, lang);
  const lines = [t.head(r.month, preset, r.decidedOn), ''];
  lines.push(t.signals(rows, rows - rejected, rejected));
  for (const n of notes) lines.push(t.history(n));
  const m = r.matching.counts;
  lines.push(
    '',
    t.cases(num(m.cases), m.matches, m.recidive, m.repeats, m.consecutiveCreditors),
    t.setAside(
      num(m.setAside),
      [...new Set(r.matching.setAside.map((s) => s.issue.code))].map((c) => reasonText(c, lang)).join(', '),
    ),
    '',
    t.decisions,
  );
  for (const [status, n] of Object.entries(r.counts.bySignalStatus).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${pad(status, 45)}${num(n)}`);
  }
  lines.push('', t.buckets);
  for (const [outcome, n] of Object.entries(r.counts.byOutcome)) {
    // a newer engine's bucket as it came
    lines.push(`  ${pad(labelOrId(OUTCOME_TEXTS, outcome, lang), 45)}${num(n)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Registers `signaalreis match <signals.csv> --month YYYY-MM --preset <id|file> [--history <file>...]`.
 *
 * @example
 * ```sh
 * signaalreis match examples/data/signals-2026-10.csv --month 2026-10 --preset national-baseline \
 *   --history examples/data/signals-2026-08.csv examples/data/signals-2026-09.csv --out cases.json
 * ```
 */
export function registerMatch(program: Command, io: CliIo): void {
  const t = localize(MATCH_MESSAGES, cliLang(io));
  const command = program.command('match').description(t.description);
  addMonthOptions(command, t.outHelp, cliLang(io)).action(async (file: string, o: MatchOptions) => {
    const { preset, loaded, history, lookups } = await readMonthInputs(io, file, o);
    const lang = cliLang(io);
    const run = await runMonth({
      month: o.month,
      signals: loaded.signals,
      history: history.entries,
      matching: preset.preset.matching,
      intake: preset.preset.intake,
      lookups,
    });
    if (!run.ok) {
      const i = run.issues[0];
      const problem = `${i?.path.join('.')}: ${i ? issueText(lang, i) : ''}`;
      throw new CliUserError(MONTH_MESSAGES.cannotRun(preset.preset.id, problem)[lang]);
    }
    const result = run.value;
    warnMatching(io, result.matching.issues);
    warnMonth(io, result.issues);
    const caseFile = toCaseFile(result, preset.preset.id, o.municipality);
    if (o.out) writeCaseFile(io, o.out, caseFile, monthInputPaths(io, file, o), o.csvDialect);
    if (o.format === 'json') {
      const summary = {
        month: result.month,
        preset: preset.preset.id,
        decidedOn: result.decidedOn,
        rows: loaded.rows,
      };
      const counts = {
        ...result.counts,
        matching: result.matching.counts,
        rejectedRows: loaded.rejected.length,
      };
      const setAside = result.matching.setAside.map((s) => s.issue);
      const issues = [...result.matching.issues, ...result.issues];
      io.stdout.write(`${JSON.stringify({ ...summary, counts, setAside, issues }, null, 2)}\n`);
    } else {
      io.stdout.write(
        summaryText(result, preset.preset.id, loaded.rows, loaded.rejected.length, history.notes, lang),
      );
      if (o.out) io.stdout.write(`\n${t.written(o.out)}\n`);
    }
  });
}
