// `signaalreis compare`: one month of signals under two presets, side by side — for researchers
// who replay a month under another policy.
import {
  type CaseOutcome,
  compareMonths,
  type MonthComparison,
  type MonthSignalsMemo,
  monthSignalsMemo,
  type PlannedMonth,
} from '@signaalreis/core';
import { type LoadedMunicipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import type { Command } from 'commander';
import { csvTable } from '../output/csv-writer';
import { compareNames, compareText } from './compare-text';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { COMPARE_MESSAGES } from './messages/compare';
import { MONTH_MESSAGES } from './messages/month';
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
  memo: MonthSignalsMemo,
): Promise<PlannedMonth> {
  const r = await runPresetMonth(preset, {
    month: o.month,
    signals: input.loaded.signals,
    history: input.history.entries,
    lookups: input.lookups,
    memo, // the month's signals sorted once for both presets (unless their areas differ)
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

const KEYS = ['signal_status', 'bucket', 'channel', 'team'] as const;

const cells = (o: CaseOutcome | undefined) => ({
  signal_status: o?.signalStatus ?? '',
  bucket: o?.bucket ?? '',
  channel: o?.primaryChannel ?? '',
  team: o?.team ?? '',
});

/**
 * The rows of `--out`: every case treated differently under both presets, then every case under
 * one preset only (`only_under` names that preset, `reason` why the other has none). Ids and
 * codes only, no personal data.
 */
function changedRows(c: MonthComparison, a: string, b: string) {
  const row = (ids: { a?: string; b?: string }, x: CaseOutcome | undefined, y: CaseOutcome | undefined) => {
    const [ca, cb] = [cells(x), cells(y)];
    return {
      case_id: ids.a ?? '',
      [`case_id_${b}`]: ids.b ?? '',
      ...Object.fromEntries(
        KEYS.flatMap((k) => [
          [`${k}_${a}`, ca[k]],
          [`${k}_${b}`, cb[k]],
        ]),
      ),
    };
  };
  return [
    ...c.changed.map((x) => ({
      ...row({ a: x.caseId, b: x.caseIdB ?? x.caseId }, x.a, x.b),
      only_under: '',
      reason: '',
    })),
    ...c.onlyInA.map((x) => ({
      ...row({ a: x.caseId }, x.outcome, undefined),
      only_under: a,
      reason: x.reason,
    })),
    ...c.onlyInB.map((x) => ({
      ...row({ b: x.caseId }, undefined, x.outcome),
      only_under: b,
      reason: x.reason,
    })),
  ];
}

/**
 * Registers `signaalreis compare <signals.csv> --month YYYY-MM --preset <a> --against <b>`: the
 * same month under two presets, with the cases treated differently and the cases under one preset
 * only (an area, a different input), with the reason (`--out changed.csv`, `--format json`).
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
    const memo = monthSignalsMemo();
    const ma = await plan(io, input.preset, o, input, memo);
    const mb = await plan(io, other, o, input, memo);
    const c = compareMonths(ma, mb);
    if (o.out) {
      const columns = [
        'case_id',
        `case_id_${b}`,
        ...KEYS.flatMap((k) => [`${k}_${a}`, `${k}_${b}`]),
        'only_under',
        'reason',
      ];
      const csv = csvTable(changedRows(c, a, b), { columns: [...new Set(columns)], dialect: o.csvDialect });
      saveFile(io, o.out, csv, monthInputPaths(io, file, o));
    }
    if (o.format === 'json') io.stdout.write(`${JSON.stringify({ a, b, ...c }, null, 2)}\n`);
    else
      io.stdout.write(
        compareText(c, a, b, lang, compareNames(ma, mb)) + (o.out ? `${t.written(o.out)}\n` : ''),
      );
  });
}
