// `signaalreis run`: the monthly run — criteria checks of the file, matching, intake, routing and
// capacity — writing worklists per team and channel, a capacity summary and the case file.
import { join } from 'node:path';
import { CHANNEL_LABELS, type Lang, type PlannedMonth, teamLabel } from '@signaalreis/core';
import { runPresetMonth } from '@signaalreis/rules-presets';
import type { Command } from 'commander';
import { caseFilePieces } from '../cases/case-file-text';
import { compactPlannedCase } from '../cases/compact-planned';
import { HISTORY_INDEX_FILE, historyIndexPieces } from '../cases/history-index';
import { capacityTable, runJson, worklistTables } from '../cases/run-output';
import { worklistSheetName } from '../cases/worklist-table';
import type { OutputData } from '../output/atomic-file';
import { type CsvDialect, csvTable, type OutputTable } from '../output/csv-writer';
import { xlsxWorkbook } from '../output/xlsx-writer';
import { laterHistoryFiles } from './history-month';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { csvHeaders, xlsxHeaders } from './messages/columns';
import { MONTH_MESSAGES, RUN_MESSAGES } from './messages/month';
import {
  addMonthOptions,
  type MonthOptions,
  monthInputPaths,
  readMonthInputs,
  warnMatching,
  warnMonth,
} from './month-input';
import {
  addRunStoreOptions,
  type RunStore,
  type RunStoreOptions,
  storeHistory,
  storeRun,
  withRunStore,
} from './run-store';
import { worklistFiles, worklistInThread } from './worklist-thread';
import { commandLine, saveFolder, xlsxOption } from './write-output';

/**
 * Options of `signaalreis run`.
 */
export type RunOptions = MonthOptions &
  RunStoreOptions & {
    /** Also write `worklists.xlsx`: one sheet per worklist and a sheet "Capaciteit" (`--xlsx`). */
    xlsx: boolean;
  };

const num = (n: number | string, w = 6) => String(n).padStart(w);

function summary(
  m: PlannedMonth,
  lineage: string[],
  rows: number,
  rejected: number,
  written: string[],
  lang: Lang,
): string {
  const t = localize(RUN_MESSAGES, lang);
  const b = m.counts.byOutcome;
  const a = m.allocation.counts;
  const lines = [
    t.head(m.month, lineage.join(' → '), m.decidedOn),
    '',
    t.signals(rows, rows - rejected, rejected),
    t.cases(
      m.counts.cases,
      b['picked-up'] + b.crisis,
      b.crisis,
      b['manual-review'],
      b['not-picked-up'],
      m.matching.counts.matches,
    ),
    t.contact(a.placed, a.partial, a.unplaced, a.noContact),
    '',
    t.primary,
  ];
  const byPrimary = new Map<string, number>();
  for (const j of m.journeys) {
    const p = j.allocation?.primaryChannel;
    const team = j.allocation?.team;
    const key = `${p ? CHANNEL_LABELS[p][lang].padEnd(12) : ''}${team ? teamLabel(team, lang, m.teams) : ''}`;
    if (p) byPrimary.set(key, (byPrimary.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...byPrimary].sort((x, y) => y[1] - x[1])) lines.push(`  ${k.padEnd(40)}${num(n)}`);
  const unplacedWidth = Math.max(9, t.unplaced.length + 1);
  lines.push(
    '',
    `${t.capacityHead.padEnd(36)}${t.used.padStart(6)} ${t.of.padStart(9)} ${t.overflowOut.padStart(13)} ${t.unplaced.padStart(unplacedWidth)}`,
  );
  for (const u of m.allocation.usage) {
    const label = `${CHANNEL_LABELS[u.channel][lang]}${u.team ? ` / ${teamLabel(u.team, lang, m.teams)}` : ''}`;
    lines.push(
      `  ${label.padEnd(34)}${num(u.used)} ${num(u.perMonth ?? t.noLimit, 9)} ${num(u.overflowedOut, 13)} ${num(u.unplaced, unplacedWidth)}`,
    );
  }
  if (m.allocation.unplaced.length > 0) {
    lines.push('', t.didNotFit(m.allocation.unplaced.length));
  }
  if (written.length) lines.push('', ...written);
  return `${lines.join('\n')}\n`;
}

/** `worklists.xlsx`: one sheet per worklist (named `team channel`, a declared team by its label), then the sheet "Capaciteit". */
async function worklistsWorkbook(m: PlannedMonth, lang: Lang): Promise<Uint8Array> {
  const headers = xlsxHeaders(lang);
  const sheets = [...worklistTables(m, lang)].map(([key, table]) => ({
    name: worklistSheetName(key, lang, m.teams),
    ...table,
    headers,
  }));
  const capacity = { name: RUN_MESSAGES.capacitySheet[lang], ...capacityTable(m, lang), headers };
  return xlsxWorkbook([...sheets, capacity]);
}

/** A table as CSV with the headers of `lang`. */
const csvOf = (table: OutputTable, dialect: CsvDialect, lang: Lang): string => {
  const headers = csvHeaders(lang);
  return csvTable(table.rows, { ...table, dialect, ...(headers ? { headers } : {}) });
};

/**
 * Reads the month's inputs and runs the preset. Only what writing needs comes back: the history
 * entries and the list of signals go when it returns (the journeys keep the signals they hold), so
 * that they are not kept while the output is written (issue 14, memory).
 */
async function decideMonth(io: CliIo, file: string, o: RunOptions, store: RunStore | undefined) {
  const lang = cliLang(io);
  const { preset, loaded, history, lookups, memo } = await readMonthInputs(io, file, o, { sieve: true });
  const stored = store ? await storeHistory(io, store, o.month) : [];
  const run = await runPresetMonth(preset, {
    month: o.month,
    signals: loaded.signals,
    history: [...stored, ...history.entries],
    lookups,
    ...(memo ? { memo } : {}),
  });
  if (!run.ok) {
    const i = run.issues[0];
    const problem = `${i?.path.join('.')}: ${i ? issueText(lang, i) : ''}`;
    throw new CliUserError(MONTH_MESSAGES.cannotRoute(preset.preset.id, problem)[lang]);
  }
  const later = laterHistoryFiles(io, o.history, o.month);
  return { preset, m: run.value, rows: loaded.rows, rejected: loaded.rejected.length, stored, later };
}

/**
 * Registers `signaalreis run <signals.csv> --preset <id|file> --month YYYY-MM [--history <file>...]
 * [--out <dir>]`: the monthly run.
 *
 * @example
 * ```sh
 * signaalreis run examples/data/signals-2026-10.csv --month 2026-10 --preset type-medium \
 *   --history examples/data/signals-2026-08.csv examples/data/signals-2026-09.csv
 * ```
 */
export function registerRun(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(RUN_MESSAGES, lang);
  const command = program.command('run').description(t.description);
  addMonthOptions(command, t.outHelp, lang).addOption(xlsxOption(lang));
  addRunStoreOptions(command, lang).action(
    withRunStore(io, async (file: string, o: RunOptions, command: Command, store) => {
      const { preset, m, rows, rejected, stored, later } = await decideMonth(io, file, o, store);
      warnMonth(io, later);
      warnMatching(io, m.matching.issues);
      warnMonth(io, m.issues);
      const dir = o.out ?? join('out', o.month);
      const files = new Map<string, OutputData>();
      const headers = csvHeaders(lang);
      const lists = worklistFiles(
        m,
        { lang, dialect: o.csvDialect, ...(headers ? { headers } : {}) },
        (rows) => worklistInThread(io, rows),
      );
      for (const [name, data] of lists) files.set(name, data);
      files.set('capacity.csv', csvOf(capacityTable(m, lang), o.csvDialect, lang));
      if (o.xlsx) files.set('worklists.xlsx', await worklistsWorkbook(m, lang));
      const head = {
        month: m.month,
        preset: preset.preset.id,
        decidedOn: m.decidedOn,
        ...(o.municipality ? { municipality: o.municipality } : {}),
      };
      // written a case at a time (a national month is a hundred thousand cases)
      files.set('cases.json', () => caseFilePieces(head, m.journeys, compactPlannedCase));
      // what next month reads of it as history, tied to it by the manifest (issue 14, the year)
      files.set(HISTORY_INDEX_FILE, () => historyIndexPieces(m.month, m.journeys));
      const save = () =>
        saveFolder(io, dir, files, { command: commandLine(command), inputs: monthInputPaths(io, file, o) });
      // with a store, the folder is written inside the transaction that stores the month
      const storedLine = store ? await storeRun(io, store, m, preset.preset.id, o, save, stored) : save();
      const b = m.counts.byOutcome;
      const a = m.allocation.counts;
      io.onRun?.({
        rows,
        rejected,
        cases: m.counts.cases,
        pickedUp: b['picked-up'] + b.crisis,
        contacted: a.placed + a.partial,
      });
      if (o.format === 'json') {
        const json = runJson(m, preset.preset.id);
        io.stdout.write(`${JSON.stringify({ ...json, issues: [...later, ...json.issues] }, null, 2)}\n`);
      } else {
        const lists = [...files.keys()].filter((n) => n.startsWith('worklist-')).length;
        const written = [t.written(lists, o.xlsx, dir)];
        io.stdout.write(summary(m, preset.lineage, rows, rejected, written, lang));
        if (storedLine) io.stdout.write(`${storedLine}\n`);
      }
    }),
  );
}
