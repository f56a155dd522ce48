// `signaalreis run`: the monthly run — criteria checks of the file, matching, intake, routing and
// capacity — writing worklists per team and channel, a capacity summary and the case file.
import { join } from 'node:path';
import type { PlannedMonth } from '@signaalreis/core';
import { runPresetMonth } from '@signaalreis/rules-presets';
import type { Command } from 'commander';
import {
  capacityCsv,
  capacityTable,
  plannedCaseFile,
  runJson,
  worklists,
  worklistTables,
} from '../cases/run-output';
import { xlsxWorkbook } from '../output/xlsx-writer';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText } from './lang';
import {
  addMonthOptions,
  type MonthOptions,
  monthInputPaths,
  readMonthInputs,
  warnMonth,
} from './month-input';
import { addRunStoreOptions, type RunStoreOptions, storeHistory, storeRun, withRunStore } from './run-store';
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
): string {
  const b = m.counts.byOutcome;
  const a = m.allocation.counts;
  const lines = [
    `signaalreis run — ${m.month}, preset ${lineage.join(' → ')}, decided on ${m.decidedOn}`,
    '',
    `Signals   ${rows} rows: ${rows - rejected} accepted, ${rejected} rejected (see: signaalreis validate)`,
    `Cases     ${m.counts.cases}: ${b['picked-up'] + b.crisis} picked up (crisis ${b.crisis}), ${b['manual-review']} manual review, ${b['not-picked-up']} not picked up; ${m.matching.counts.matches} matches`,
    `Contact   ${a.placed} placed, ${a.partial} partly placed, ${a.unplaced} not placed, ${a.noContact} without contact step`,
    '',
    'Primary channel and team',
  ];
  const byPrimary = new Map<string, number>();
  for (const j of m.journeys) {
    const p = j.allocation?.primaryChannel;
    const key = `${p?.padEnd(12)}${j.allocation?.team ?? ''}`;
    if (p) byPrimary.set(key, (byPrimary.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...byPrimary].sort((x, y) => y[1] - x[1])) lines.push(`  ${k.padEnd(40)}${num(n)}`);
  lines.push(
    '',
    `Capacity (cases this month)         ${'used'.padStart(6)} ${'of'.padStart(9)} ${'overflow out'.padStart(13)} ${'unplaced'.padStart(9)}`,
  );
  for (const u of m.allocation.usage) {
    const label = `${u.channel}${u.team ? ` / ${u.team}` : ''}`;
    lines.push(
      `  ${label.padEnd(34)}${num(u.used)} ${num(u.perMonth ?? 'no limit', 9)} ${num(u.overflowedOut, 13)} ${num(u.unplaced, 9)}`,
    );
  }
  if (m.allocation.unplaced.length > 0) {
    lines.push(
      '',
      `${m.allocation.unplaced.length} case(s) did not fit any capacity: listed in capacity.csv and cases.json`,
    );
  }
  if (written.length) lines.push('', `Written: ${written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** `worklists.xlsx`: one sheet per worklist (named `team channel`), then the sheet "Capaciteit". */
async function worklistsWorkbook(m: PlannedMonth): Promise<Uint8Array> {
  const sheets = [...worklistTables(m)].map(([key, table]) => ({ name: key.replace('/', ' '), ...table }));
  return xlsxWorkbook([...sheets, { name: 'Capaciteit', ...capacityTable(m) }]);
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
  const command = program
    .command('run')
    .description('The monthly run: matching, intake, routing and capacity; worklists per team and channel.');
  addMonthOptions(
    command,
    'folder for worklists, capacity.csv, cases.json and manifest.json (default: out/<month>)',
  ).addOption(xlsxOption());
  addRunStoreOptions(command).action(
    withRunStore(io, async (file: string, o: RunOptions, command: Command, store) => {
      const { preset, loaded, history, lookups } = await readMonthInputs(io, file, o);
      const stored = store ? await storeHistory(io, store, o.month) : [];
      const run = await runPresetMonth(preset, {
        month: o.month,
        signals: loaded.signals,
        history: [...stored, ...history.entries],
        lookups,
      });
      if (!run.ok) {
        const i = run.issues[0];
        throw new CliUserError(
          `preset ${preset.preset.id} cannot route this month: ${i?.path.join('.')}: ${i ? issueText(cliLang(io), i) : ''}`,
        );
      }
      const m = run.value;
      warnMonth(io, m.issues);
      const dir = o.out ?? join('out', o.month);
      const files = new Map<string, string | Uint8Array>();
      for (const [key, csv] of worklists(m, o.csvDialect))
        files.set(`worklist-${key.replace('/', '-')}.csv`, csv);
      files.set('capacity.csv', capacityCsv(m, o.csvDialect));
      if (o.xlsx) files.set('worklists.xlsx', await worklistsWorkbook(m));
      const caseFile = plannedCaseFile(m, preset.preset.id, o.municipality);
      files.set('cases.json', `${JSON.stringify(caseFile, null, 2)}\n`);
      const save = () =>
        saveFolder(io, dir, files, { command: commandLine(command), inputs: monthInputPaths(io, file, o) });
      // with a store, the folder is written inside the transaction that stores the month
      const storedLine = store ? await storeRun(io, store, caseFile, o, save, stored) : save();
      if (o.format === 'json') io.stdout.write(`${JSON.stringify(runJson(m, preset.preset.id), null, 2)}\n`);
      else {
        const lists = [...files.keys()].filter((n) => n.startsWith('worklist-')).length;
        const excel = o.xlsx ? ', worklists.xlsx' : '';
        const written = [`${lists} worklists, capacity.csv${excel}, cases.json and manifest.json in ${dir}`];
        io.stdout.write(summary(m, preset.lineage, loaded.rows, loaded.rejected.length, written));
        if (storedLine) io.stdout.write(`${storedLine}\n`);
      }
    }),
  );
}
