// `signaalreis simulate calibrate` (issue 16): the outcome model beside the 66-signal sample and
// the national monitor, side by side with 90 % intervals over replications. The run itself
// (`simulate --preset --reform`) is in simulate-run.ts.
import { resolve } from 'node:path';
import {
  applyOutcomePatch,
  type CalibrationResult,
  calibrate,
  DEFAULT_OUTCOME_PARAMETERS,
  type Lang,
  NATIONAL_MONITOR,
  type OutcomeParameters,
  SAMPLE_2023,
} from '@signaalreis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { JSON_FILE_LIMITS, readJsonFile } from '../files/read-json-file';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { SIMULATE_MESSAGES } from './messages/simulate';
import { registerSimulateRun } from './simulate-run';

interface CalibrateOptions {
  format: 'text' | 'json';
  replications: number;
  seed: number;
  parameters?: string;
}

const integer = (lang: Lang) => (value: string) => {
  if (!/^-?\d{1,15}$/.test(value)) throw new InvalidArgumentError(SIMULATE_MESSAGES.badInteger[lang]);
  return Number(value);
};

const pct = (x: number, lang: Lang) => {
  const s = `${Number.isInteger(x) ? x : x.toFixed(1)} %`;
  return lang === 'nl' ? s.replace('.', ',') : s;
};

/** The calibration as a table per source, in Dutch or English. */
function calibrationText(r: CalibrationResult, lang: Lang): string {
  const t = localize(SIMULATE_MESSAGES, lang);
  const [src, model, interval, check] = t.columns.split('|') as [string, string, string, string];
  const labels = {
    [SAMPLE_2023.id]: SAMPLE_2023.label[lang],
    [NATIONAL_MONITOR.id]: NATIONAL_MONITOR.label[lang],
  };
  const w =
    Math.max(...r.rows.map((x) => x.label[lang].length), ...Object.values(labels).map((l) => l.length)) + 2;
  const cell = (s: string, n: number) => s.padStart(n);
  const lines = [t.head(r.replications, r.seed, r.tolerance), ''];
  for (const source of [...new Set(r.rows.map((x) => x.source))]) {
    lines.push(
      `${(labels[source] ?? source).padEnd(w)}${cell(src, 8)}${cell(model, 9)}  ${interval.padEnd(15)}${check}`,
    );
    for (const x of r.rows.filter((y) => y.source === source)) {
      const span = `${pct(x.low, lang)}–${pct(x.high, lang)}`;
      const verdict = !x.checked ? t.notChecked : x.within ? t.within : t.outside;
      lines.push(
        `  ${x.label[lang].padEnd(w - 2)}${cell(pct(x.target, lang), 8)}${cell(pct(x.mean, lang), 9)}  ${span.padEnd(15)}${verdict}`,
      );
    }
    lines.push('');
  }
  const missed = r.rows.filter((x) => x.checked && !x.within).length;
  lines.push(missed === 0 ? t.allWithin(r.tolerance) : t.someOutside(missed, r.tolerance));
  return `${lines.join('\n')}\n`;
}

function parameters(io: CliIo, file: string | undefined, lang: Lang): OutcomeParameters {
  if (file === undefined) return DEFAULT_OUTCOME_PARAMETERS;
  const json = readJsonFile(resolve(io.cwd, file), { maxBytes: JSON_FILE_LIMITS.preset });
  const patched = json.ok ? applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, json.value) : json;
  if (!patched.ok)
    throw new CliUserError(
      SIMULATE_MESSAGES.badParameters(
        file,
        patched.issues
          .map((i) => {
            const path = i.path.filter((p) => p !== 'patch').join('.');
            const line =
              'line' in i && typeof i.line === 'number' ? SIMULATE_MESSAGES.atLine(i.line)[lang] : '';
            const where = [path, line].filter((x) => x !== '').join(' ');
            return where === '' ? issueText(lang, i) : `${where}: ${issueText(lang, i)}`;
          })
          .join('; '),
      )[lang],
    );
  return patched.value;
}

/**
 * `simulate` itself knows `--replications`, `--seed` and `--format` (the run): commander gives an
 * option written after `calibrate` to the parent when the parent knows it, so calibrate takes the
 * values given on the command line from there (the seed checked as calibrate's: a whole number).
 */
function withParentValues(command: Command, own: CalibrateOptions, lang: Lang): CalibrateOptions {
  const parent = command.parent;
  const given = (key: string) => parent?.getOptionValueSource(key) === 'cli';
  const out = { ...own };
  if (given('replications')) out.replications = parent?.getOptionValue('replications') as number;
  if (given('format')) out.format = parent?.getOptionValue('format') as CalibrateOptions['format'];
  if (given('seed')) {
    const seed = String(parent?.getOptionValue('seed'));
    if (!/^-?\d{1,15}$/.test(seed)) throw new CliUserError(`--seed: ${SIMULATE_MESSAGES.badInteger[lang]}`);
    out.seed = Number(seed);
  }
  return out;
}

/**
 * Registers `signaalreis simulate calibrate [--format json] [--replications N] [--seed S]
 * [--parameters patch.json]`: the outcome model's figures beside the 66-signal sample of March
 * 2023 and the national monitor's, with 90 % intervals over the replications. Exits with 1 when a
 * checked figure lies outside ±3 points of its source.
 *
 * @example
 * ```sh
 * signaalreis simulate calibrate --replications 500 --seed 7
 * signaalreis simulate calibrate --parameters own-call-centre.json --format json
 * ```
 */
export function registerSimulate(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(SIMULATE_MESSAGES, lang);
  const simulate = program.command('simulate').description(t.description);
  registerSimulateRun(simulate, io);
  simulate
    .command('calibrate')
    .description(t.calibrateDescription)
    .addOption(new Option('--replications <n>', t.replicationsHelp).argParser(integer(lang)).default(200))
    .addOption(new Option('--seed <n>', t.seedHelp).argParser(integer(lang)).default(1))
    .option('--parameters <file>', t.parametersHelp)
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(function (this: Command, own: CalibrateOptions) {
      const o = withParentValues(this, own, lang);
      const r = calibrate(parameters(io, o.parameters, lang), { replications: o.replications, seed: o.seed });
      if (!r.ok) throw new CliUserError(r.issues.map((i) => issueText(lang, i)).join('; '));
      if (o.format === 'json') io.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
      else io.stdout.write(calibrationText(r.value, lang));
      if (!r.value.ok) throw new CliExit(EXIT_CODES.dataProblems);
    });
}
