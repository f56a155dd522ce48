// Helpers for the command-line tests: run `signaalreis` in-process with captured streams, and
// write small signal CSV fixtures to a temporary directory. Not part of the public API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asIsoDate } from '@signaalreis/core';
import { SIGNAL_CSV_FIELDS } from '../csv/index';
import type { CliIo } from './io';
import { main } from './program';

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `signaalreis <args>` in-process (cwd defaults to the repository root). The language is the
 * real default, Dutch, unless the test gives `--lang` or `io.lang` (a locale).
 */
export async function runCli(args: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'signaalreis', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: io.cwd ?? REPO_ROOT,
    today: io.today ?? asIsoDate('2026-11-02'),
    ...io,
  });
  return { code, stdout, stderr };
}

/** Runs `signaalreis <args> --lang en`: for tests that check the English texts. */
export const runCliEn = (args: string[], io: Partial<CliIo> = {}): Promise<CliRun> =>
  runCli([...args, '--lang', 'en'], io);

/**
 * `signaalreis run` of an example month (`examples/data/signals-<month>.csv`, preset `type-medium`)
 * into the folder `out`, with `history` as `--history`; throws with the run's stderr when it fails.
 */
export async function runExampleMonth(
  month: string,
  out: string,
  history: readonly string[] = [],
): Promise<void> {
  const signals = join(REPO_ROOT, 'examples', 'data', `signals-${month}.csv`);
  const historyArgs = history.length > 0 ? ['--history', ...history] : [];
  const run = await runCli([
    'run',
    signals,
    '--month',
    month,
    '--preset',
    'type-medium',
    ...historyArgs,
    '--out',
    out,
  ]);
  if (run.code !== 0) throw new Error(`run ${month} exited ${run.code}: ${run.stderr}`);
}

/** The repository root (four levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The canonical header of the signal CSV. */
export const HEADER = SIGNAL_CSV_FIELDS;

type Field = (typeof HEADER)[number];

/** A valid canonical row; override fields as needed. */
export function row(over: Partial<Record<Field, string>> = {}): Record<Field, string> {
  return {
    signal_id: 'ZV-ZLD-202610-0001',
    partner_id: 'ZV-ZLD',
    partner_name: 'Zorgverzekeraar Zilverlinde',
    sector: 'health',
    kind: 'early',
    signal_date: '2026-10-26',
    arrear_since: '2026-08-20',
    amount: '312.40',
    terms_overdue: '2',
    reminders_sent: '1',
    initials: 'J.',
    prefix: 'de',
    surname: 'Vries',
    birth_date: '1980-05-17',
    legal_form: 'individual',
    bsn: '111222333',
    postcode: '7412 AB',
    house_number: '12A',
    house_number_suffix: '',
    city: 'Voorbeeldstad',
    phone: '06-12345678',
    email: 'j.devries@example.com',
    neighbourhood: 'Centrum',
    ...over,
  };
}

/** CSV text for rows (quoting when needed), with the given header (default: all columns). */
export function csvText(rows: Record<string, string>[], header: readonly string[] = HEADER): string {
  const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(','))];
  return `${lines.join('\n')}\n`;
}

/** A fresh temporary directory with the given files; returns its path. */
export function fixtureDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The escape character of a terminal's control sequences. */
export const ESC = String.fromCharCode(27);

/**
 * `signaalreis export ddas` of `from` (case files, or `--store <dir>`) for October 2026 of 0363 by
 * the example supplier and organisation, delivered at a fixed moment, into `out`; `more` after it.
 */
export const exportDdasArgs = (from: readonly string[], out: string, ...more: string[]): string[] => [
  'export',
  'ddas',
  ...from,
  '--municipality',
  '0363',
  '--from',
  '2026-10-01',
  '--to',
  '2026-10-31',
  '--supplier',
  'SIGNAALREIS',
  '--organisation',
  'Gemeente Voorbeeldstad',
  '--delivered-at',
  '2026-11-02T09:00:00Z',
  '--out',
  out,
  ...more,
];

/** A terminal's cursor and line controls, and carriage returns: what a progress bar redraws with. */
const BAR_CONTROLS = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]|${ESC}[78]|\\r`);

/**
 * What a progress bar written to a terminal last showed of each phase, in order of the phases:
 * each label (the text before ` [`) with its last line, the bar's own characters left out.
 */
export function barPhases(written: readonly string[]): [string, string][] {
  const last = new Map<string, string>();
  for (const shown of written.join('').split(BAR_CONTROLS))
    if (shown.includes(' [')) last.set(shown.split(' [')[0] as string, shown.replace(/[░█]/g, ''));
  return [...last];
}

/** Each phase {@link barPhases} found with the last count it showed (`done/total`, '' when none). */
export const barCounts = (written: readonly string[]): [string, string][] =>
  barPhases(written).map(([phase, line]): [string, string] => [phase, line.match(/(\d+)\/(\d+)/)?.[0] ?? '']);

/** A fake terminal for a command's stderr: what was written to it, and the `io` to give `runCli`. */
export function fakeTerminal(): {
  written: string[];
  io: { stderr: { isTTY: true; write: (s: string) => void } };
} {
  const written: string[] = [];
  return { written, io: { stderr: { isTTY: true, write: (s: string) => void written.push(s) } } };
}
