// `signaalreis compare`: one month of signals under two presets, side by side — for researchers
// who replay a month under another policy.
import {
  compareMonths,
  type Lang,
  type MonthComparison,
  type Pair,
  type PlannedMonth,
} from '@signaalreis/core';
import { type LoadedMunicipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import type { Command } from 'commander';
import { csvTable } from '../output/csv-writer';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { COMPARE_MESSAGES, MONTH_MESSAGES } from './messages/month';
import {
  addMonthOptions,
  type MonthInputs,
  type MonthOptions,
  monthInputPaths,
  readMonthInputs,
  warnMonth,
} from './month-input';
import { loadPresetArg, warnMissingLookups } from './preset';
import { saveFile } from './write-output';

/**
 * Options of `signaalreis compare`: a month's options plus the second preset.
 */
export interface CompareOptions extends MonthOptions {
  against: string;
}

async function plan(
  io: CliIo,
  preset: LoadedMunicipalityPreset,
  o: MonthOptions,
  input: MonthInputs,
): Promise<PlannedMonth> {
  const r = await runPresetMonth(preset, {
    month: o.month,
    signals: input.loaded.signals,
    history: input.history.entries,
    lookups: input.lookups,
  });
  if (!r.ok) {
    const [first] = r.issues;
    const lang = cliLang(io);
    throw new CliUserError(
      MONTH_MESSAGES.cannotRoute(preset.preset.id, first ? issueText(lang, first) : '')[lang],
    );
  }
  warnMonth(io, r.value.issues, MONTH_MESSAGES.presetAbout(preset.preset.id)[cliLang(io)]);
  return r.value;
}

function table(title: string, rows: Partial<Record<string, Pair>>, a: string, b: string): string[] {
  const keys = Object.keys(rows).sort();
  const w = Math.max(title.length, ...keys.map((k) => k.length)) + 2;
  const cell = (s: string | number) => String(s).padStart(Math.max(a.length, b.length, 6) + 2);
  const lines = [`${title.padEnd(w)}${cell(a)}${cell(b)}${cell('Δ')}`];
  for (const k of keys) {
    const p = rows[k] as Pair;
    const d = p.b - p.a;
    lines.push(`  ${k.padEnd(w - 2)}${cell(p.a)}${cell(p.b)}${cell(d > 0 ? `+${d}` : d)}`);
  }
  return lines;
}

function text(c: MonthComparison, a: string, b: string, lang: Lang): string {
  const t = localize(COMPARE_MESSAGES, lang);
  return `${[
    t.head(c.month, c.cases, a, b),
    '',
    ...table(t.status, c.bySignalStatus, a, b),
    '',
    ...table(t.channel, c.byPrimaryChannel, a, b),
    '',
    ...table(t.capacity, c.capacityUsed, a, b),
    '',
    t.unplaced(c.unplaced.a, c.unplaced.b),
    t.changed(c.changed.length, c.cases),
  ].join('\n')}\n`;
}

/**
 * Registers `signaalreis compare <signals.csv> --month YYYY-MM --preset <a> --against <b>`: the
 * same month under two presets, with the cases treated differently (`--out changed.csv`).
 *
 * @example
 * ```sh
 * signaalreis compare signals-2026-10.csv --month 2026-10 --preset type-small \
 *   --against my-town.json --out changed.csv
 * ```
 */
export function registerCompare(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(COMPARE_MESSAGES, lang);
  const command = program
    .command('compare')
    .description(t.description)
    .requiredOption('--against <preset>', t.againstHelp);
  addMonthOptions(command, t.outHelp, lang).action(async (file: string, o: CompareOptions) => {
    const other = loadPresetArg(io, o.against);
    warnMissingLookups(io, other, o);
    const input = await readMonthInputs(io, file, o);
    const a = input.preset.preset.id;
    const b = other.preset.id;
    const c = compareMonths(await plan(io, input.preset, o, input), await plan(io, other, o, input));
    if (o.out) {
      const rows = c.changed.map((x) => ({
        case_id: x.caseId,
        [`signal_status_${a}`]: x.a.signalStatus,
        [`signal_status_${b}`]: x.b.signalStatus,
        [`bucket_${a}`]: x.a.bucket,
        [`bucket_${b}`]: x.b.bucket,
        [`channel_${a}`]: x.a.primaryChannel ?? '',
        [`channel_${b}`]: x.b.primaryChannel ?? '',
        [`team_${a}`]: x.a.team ?? '',
        [`team_${b}`]: x.b.team ?? '',
      }));
      const columns = [
        'case_id',
        ...['signal_status', 'bucket', 'channel', 'team'].flatMap((k) => [`${k}_${a}`, `${k}_${b}`]),
      ];
      const csv = csvTable(rows, { columns: [...new Set(columns)], dialect: o.csvDialect });
      saveFile(io, o.out, csv, monthInputPaths(io, file, o));
    }
    if (o.format === 'json') io.stdout.write(`${JSON.stringify({ a, b, ...c }, null, 2)}\n`);
    else io.stdout.write(text(c, a, b, lang) + (o.out ? `${t.written(o.out)}\n` : ''));
  });
}
