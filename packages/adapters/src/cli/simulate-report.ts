// `signaalreis simulate report <simulation.json> --out <file.html>` (issue 16): a researcher
// (re)draws the HTML report of a saved simulation result — in Dutch, or English with --lang en.
// Registered under `simulate` (simulate.ts makes that command), so this file stays on its own.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readJsonText } from '../files/read-json-file';
import { readSimulationResult, SIMULATION_RESULT_MAX_LENGTH } from '../simulation-report/read';
import { renderSimulationHtml } from '../simulation-report/render';
import { type CliIo, CliUserError } from './io';
import { refuseFile } from './json-input';
import { cliLang, localize } from './lang';
import { SIMULATE_REPORT_MESSAGES } from './messages/simulate-report';
import { saveFile } from './write-output';

/** Reads, checks and draws a saved result; writes the page; says what it wrote. */
async function runSimulateReport(io: CliIo, file: string, out: string): Promise<void> {
  const lang = cliLang(io);
  const t = localize(SIMULATE_REPORT_MESSAGES, lang);
  const text = readJsonText(resolve(io.cwd, file), SIMULATION_RESULT_MAX_LENGTH);
  const result = text.ok ? readSimulationResult(text.value) : text;
  if (!result.ok) refuseFile(io, file, result.issues, t.notResult);
  const html = await renderSimulationHtml(result.value, lang);
  saveFile(io, out, html, [resolve(io.cwd, file)]);
  const measures = new Set(result.value.rows.map((r) => r.measure)).size;
  io.stdout.write(`${t.written(out, result.value.scenarios.length, measures)}\n`);
}

/**
 * Registers `simulate report <simulation.json> --out <file.html>` under the `simulate` command
 * (registerSimulate must have made it). Refusals (no such file, not JSON, not a simulation
 * result — one line per problem with its path) exit with 2.
 *
 * @example
 * ```sh
 * signaalreis simulate report out/sim/simulation.json --out out/sim/simulation-en.html --lang en
 * ```
 */
export function registerSimulateReport(program: Command, io: CliIo): void {
  const simulate = program.commands.find((c) => c.name() === 'simulate');
  if (!simulate) throw new Error('registerSimulateReport: register the simulate command first');
  const t = localize(SIMULATE_REPORT_MESSAGES, cliLang(io));
  simulate
    .command('report')
    .description(t.description)
    .argument('<simulation.json>', t.fileArg)
    .option('--out <file.html>', t.outHelp)
    .action((file: string, o: { out?: string }) => {
      // commander gives an option the parent (the run) also knows to the parent, even when it is
      // written after `report`: `simulate report x.json --out page.html` puts `--out` there.
      const out =
        o.out ??
        (simulate.getOptionValueSource('out') === 'cli' ? String(simulate.getOptionValue('out')) : undefined);
      if (out === undefined) throw new CliUserError(t.needOut);
      return runSimulateReport(io, file, out);
    });
}
