// `signaalreis simulate --preset <base> --reform <file>… …` (issue 16): runs the simulation (in
// this thread or over worker threads), writes simulation.json, simulation.csv and simulation.html,
// and prints a summary with intervals.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  addMonths,
  asIsoDate,
  type IsoDate,
  type IsoMonth,
  isIsoMonth,
  type Lang,
  monthOf,
  type SimulatedMunicipality,
} from '@signaalreis/core';
import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { JSON_FILE_LIMITS, readJsonText } from '../files/read-json-file';
import { runSimulation } from '../simulation/run-simulation';
import { simulationCsv } from '../simulation/simulation-csv';
import { SIGNAL_SOURCES, type SimulationSpec } from '../simulation/spec';
import { renderSimulationHtml } from '../simulation-report/render';
import { type CliIo, CliUserError } from './io';
import { cliLang, issueText, localize } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { SIMULATE_MESSAGES, SIMULATE_RUN_MESSAGES } from './messages/simulate';
import { simulationText } from './simulate-text';
import { rawStream } from './terminal';
import { inputPaths, saveFolder } from './write-output';

/** Today in the Netherlands (the default first month is the one after it). */
const todayNl = (): IsoDate =>
  asIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

interface RunOptions {
  preset?: string;
  reform: string[];
  months: number;
  start?: IsoMonth;
  replications: number;
  seed: string;
  municipality: SimulatedMunicipality[];
  workers: number;
  signals: string;
  out?: string;
  format: 'text' | 'json';
}

const integer = (lang: Lang) => (value: string) => {
  if (!/^-?\d{1,15}$/.test(value)) throw new InvalidArgumentError(SIMULATE_MESSAGES.badInteger[lang]);
  return Number(value);
};

const month = (lang: Lang) => (value: string) => {
  if (!isIsoMonth(value)) throw new InvalidArgumentError(SIMULATE_RUN_MESSAGES.badMonth(value)[lang]);
  return value;
};

const TYPES = new Set(['small', 'medium', 'large', 'regional']);
const municipality = (lang: Lang) => (value: string, previous: SimulatedMunicipality[] | undefined) => {
  const list = previous ?? [];
  let m: SimulatedMunicipality;
  if (TYPES.has(value)) m = { code: value, type: value as SimulatedMunicipality['type'] & string };
  else if (/^\d{1,8}$/.test(value) && Number(value) >= 1)
    m = { code: `inhabitants-${Number(value)}`, inhabitants: Number(value) };
  else throw new InvalidArgumentError(SIMULATE_RUN_MESSAGES.badMunicipality(value)[lang]);
  const same = list.filter((x) => x.code === m.code || x.code.startsWith(`${m.code}-`)).length;
  return [...list, same === 0 ? m : { ...m, code: `${m.code}-${same + 1}` }];
};

/** The issues as one line, `; ` between: each where (file and path, line) and what. */
function problemLines(
  issues: readonly {
    path: readonly (string | number)[];
    message: { nl: string; en: string };
    line?: number;
  }[],
  lang: Lang,
): string {
  const more = issues.length > 10 ? COMMON_MESSAGES.andMore(issues.length - 10)[lang] : '';
  return `${issues
    .slice(0, 10)
    .map((i) => {
      const line = typeof i.line === 'number' ? ` ${SIMULATE_MESSAGES.atLine(i.line)[lang]}` : '';
      // a reform's problem: its file, then the path in it
      const [head, file, ...rest] = i.path;
      const path =
        head === 'reforms'
          ? `${String(file)}${rest.length > 0 ? ` ${rest.join('.')}` : ''}`
          : i.path.join('.');
      const where = `${path}${line}`;
      return where === ''
        ? issueText(lang, i)
        : SIMULATE_RUN_MESSAGES.problems(where, issueText(lang, i))[lang];
    })
    // one line (a refusal is one line on stderr), each problem told apart
    .join('; ')}${more}`;
}

function readText(io: CliIo, file: string, lang: Lang): string {
  const r = readJsonText(resolve(io.cwd, file), JSON_FILE_LIMITS.preset);
  if (!r.ok)
    throw new CliUserError(`${file}: ${issueText(lang, r.issues[0] ?? { message: { nl: '', en: '' } })}`);
  return r.value;
}

function specOf(io: CliIo, o: RunOptions, lang: Lang): SimulationSpec {
  const preset = o.preset as string;
  const isFile =
    preset.endsWith('.json') ||
    (existsSync(resolve(io.cwd, preset)) && statSync(resolve(io.cwd, preset)).isFile());
  return {
    base: preset,
    ...(isFile ? { baseText: readText(io, preset, lang) } : {}),
    reforms: o.reform.map((file) => ({ source: file, text: readText(io, file, lang) })),
    seed: o.seed,
    start: o.start ?? addMonths(monthOf(io.today ?? todayNl()), 1),
    months: o.months,
    replications: o.replications,
    municipalities: o.municipality.length > 0 ? o.municipality : [{ code: 'medium', type: 'medium' }],
    signalSource: o.signals,
  };
}

function progressBar(io: CliIo, lang: Lang) {
  if (!io.stderr.isTTY) return { tick: (_d: number, _t: number) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: rawStream(io.stderr) as NodeJS.WritableStream,
      format: SIMULATE_RUN_MESSAGES.progress[lang],
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    tick: (done: number, total: number) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * Adds the simulation run itself to `signaalreis simulate`: options and the action that runs when
 * no subcommand (`calibrate`) is given.
 */
export function registerSimulateRun(simulate: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(SIMULATE_RUN_MESSAGES, lang);
  simulate
    .description(t.runDescription)
    .option('--preset <id|file>', t.presetHelp)
    .option('--reform <file...>', t.reformHelp, [])
    .addOption(new Option('--months <n>', t.monthsHelp).argParser(integer(lang)).default(12))
    .addOption(new Option('--start <month>', t.startHelp).argParser(month(lang)))
    .addOption(
      new Option('--replications <n>', SIMULATE_MESSAGES.replicationsHelp[lang])
        .argParser(integer(lang))
        .default(100),
    )
    .option('--seed <text>', t.seedTextHelp, '1')
    .addOption(
      new Option('--municipality <type|inhabitants>', t.municipalityHelp)
        .argParser(municipality(lang))
        .default([]),
    )
    .addOption(new Option('--workers <n>', t.workersHelp).argParser(integer(lang)).default(1))
    .addOption(
      new Option('--signals <source>', t.signalsHelp)
        .choices(Object.keys(SIGNAL_SOURCES))
        .default('population'),
    )
    .option('--out <folder>', t.outHelp)
    .addOption(
      new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang])
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (o: RunOptions) => {
      if (o.preset === undefined || o.out === undefined) throw new CliUserError(t.needPreset);
      const spec = specOf(io, o, lang);
      const bar = progressBar(io, lang);
      const r = await runSimulation(spec, { workers: o.workers, onProgress: bar.tick }).finally(() =>
        bar.stop(),
      );
      if (!r.ok) throw new CliUserError(problemLines(r.issues, lang));
      const json = `${JSON.stringify(r.value, null, 2)}\n`;
      const files = new Map<string, string>([
        ['simulation.json', json],
        ['simulation.csv', simulationCsv(r.value)],
      ]);
      files.set('simulation.html', await renderSimulationHtml(r.value, lang));
      saveFolder(io, o.out, files, {
        command: 'simulate',
        inputs: inputPaths(io, spec.baseText === undefined ? undefined : o.preset, o.reform),
      });
      if (o.format === 'json') io.stdout.write(json);
      else io.stdout.write(`${simulationText(r.value, lang)}${t.wrote(o.out)}\n`);
    });
}
