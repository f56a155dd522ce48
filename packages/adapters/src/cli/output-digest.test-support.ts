// Digests of what `signaalreis run` wrote and printed, for the regression guard of issue 14
// (run-digest.test.ts) and the figures of `pnpm bench:run`: SHA-256 per output, with what is
// inherently per run normalised first. Not part of the public API.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { runCli } from './cli-test-kit';

/** SHA-256 (hex) of text or bytes. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * The digests of one run, in two groups: `decisions` (worklists, capacity, summary, DDAS export …:
 * must stay byte-identical) and `caseFile` (`cases.json`, whose format may change on purpose).
 */
export interface OutputDigests {
  decisions: Record<string, string>;
  caseFile: Record<string, string>;
}

/** `text` with each `[from, to]` replaced everywhere: temporary folder names become placeholders. */
export function normalise(text: string, replacements: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of replacements) out = out.replaceAll(from, to);
  return out;
}

/**
 * `manifest.json` without what is per run: `writtenAt` (the clock) becomes `<writtenAt>`, the
 * command's folder names are normalised, and the entry of `cases.json` (its size and hash, which
 * follow the case file's format) becomes `<cases.json>`.
 */
export function normalisedManifest(
  text: string,
  replacements: readonly (readonly [string, string])[],
): string {
  const m = JSON.parse(text) as {
    writtenAt: string;
    command: string;
    files: { name: string; bytes: number | string; sha256: string }[];
  };
  m.writtenAt = '<writtenAt>';
  m.command = normalise(m.command, replacements);
  for (const f of m.files)
    if (f.name === 'cases.json') Object.assign(f, { bytes: '<cases.json>', sha256: '<cases.json>' });
  return JSON.stringify(m, null, 2);
}

/**
 * The digests of an output folder of `run`: every file by name (`manifest.json` normalised,
 * `cases.json` in its own group), plus `extra` (printed text, an export …) already normalised.
 */
export function folderDigests(
  dir: string,
  replacements: readonly (readonly [string, string])[],
  extra: Record<string, string> = {},
): OutputDigests {
  const decisions: Record<string, string> = {};
  const caseFile: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    if (name === 'cases.json') caseFile[name] = sha256(bytes);
    else if (name === 'manifest.json')
      decisions[`${name} (writtenAt, folder names and the cases.json entry normalised)`] = sha256(
        normalisedManifest(bytes.toString('utf8'), replacements),
      );
    else decisions[name] = sha256(bytes);
  }
  for (const [name, text] of Object.entries(extra)) decisions[name] = sha256(text);
  return { decisions, caseFile };
}

/** The differences between expected and actual digests, one line per output: missing, extra or changed. */
export function digestDifferences(
  expected: Record<string, string>,
  actual: Record<string, string>,
): string[] {
  const out: string[] = [];
  for (const [name, hash] of Object.entries(expected)) {
    if (!(name in actual)) out.push(`${name}: no longer written`);
    else if (actual[name] !== hash)
      out.push(`${name}: differs (expected ${hash.slice(0, 12)}…, got ${actual[name]?.slice(0, 12)}…)`);
  }
  for (const name of Object.keys(actual)) if (!(name in expected)) out.push(`${name}: new output`);
  return out;
}

/** The example data folder (`examples/data/`, with its trailing slash). */
export const EXAMPLE_DATA = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));
/** The example signal file of month `m`. */
export const exampleSignals = (m: string): string => join(EXAMPLE_DATA, `signals-${m}.csv`);
/** The arguments of `signaalreis run` for one month. */
export const runMonthArgs = (m: string, file: string, preset: string): string[] => [
  'run',
  file,
  '--month',
  m,
  '--preset',
  preset,
];

/**
 * Runs the example months August and September 2026 (`type-medium`; September with August's case
 * file as history) into `<dir>/2026-08` and `<dir>/2026-09`; gives their two case files, October's
 * history in compact form.
 */
export async function exampleCaseFileHistory(dir: string): Promise<string[]> {
  const caseFile = (m: string) => join(dir, m, 'cases.json');
  const aug = await runCli([
    ...runMonthArgs('2026-08', exampleSignals('2026-08'), 'type-medium'),
    '--out',
    join(dir, '2026-08'),
  ]);
  expect(aug.code, aug.stderr).toBe(0);
  const sep = await runCli([
    ...runMonthArgs('2026-09', exampleSignals('2026-09'), 'type-medium'),
    ...['--history', caseFile('2026-08'), '--out', join(dir, '2026-09')],
  ]);
  expect(sep.code, sep.stderr).toBe(0);
  return [caseFile('2026-08'), caseFile('2026-09')];
}
