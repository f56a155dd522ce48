// `signaalreis letters` and its thread (letters-threads.ts; issue 14): SIGNAALREIS_LETTERS_THREADS
// chooses it, an unknown value is one Dutch (or English) line with exit 2 before anything is read,
// and the example month's folder is the same bytes whether the e-mails come from the thread or not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMAILS_FOR_THREADS } from '../letters/threads';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';
import { CliUserError } from './io';
import { LETTERS_THREADS_ENV, lettersThreadsMode, lettersThreadsOf } from './letters-threads';

const dir = fixtureDir({});
const RUN = join(dir, '2026-10');
const SIGNALS = 'examples/data/signals-2026-10.csv';
const base = ['--month', '2026-10', '--signals', SIGNALS, '--preset', 'examples/presets/voorbeeldstad.json'];
const letters = [...base, '--at', '2026-11-02'];
const nl = { lang: 'nl' as const };

beforeAll(async () => {
  const r = await runCli(['run', SIGNALS, '--month', '2026-10', '--preset', 'type-medium', '--out', RUN]);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterEach(() => vi.unstubAllEnvs());

/** The files of a letters folder with their SHA-256 (the manifest's list; its own time left out). */
const listed = (out: string) =>
  (
    JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: { name: string; sha256: string }[];
    }
  ).files;

describe('SIGNAALREIS_LETTERS_THREADS (issue 14)', () => {
  it('takes always, auto, never or nothing; anything else is a user error naming the values', () => {
    expect(lettersThreadsMode(nl, {})).toBe('auto');
    expect(lettersThreadsMode(nl, { [LETTERS_THREADS_ENV]: '' })).toBe('auto');
    for (const v of ['always', 'auto', 'never'])
      expect(lettersThreadsMode(nl, { [LETTERS_THREADS_ENV]: v })).toBe(v);
    expect(() => lettersThreadsMode(nl, { [LETTERS_THREADS_ENV]: 'yes' })).toThrow(CliUserError);
    expect(() => lettersThreadsMode(nl, { [LETTERS_THREADS_ENV]: 'yes' })).toThrow(
      'SIGNAALREIS_LETTERS_THREADS="yes" is onbekend: gebruik always, auto, never',
    );
  });

  it('has a thread from EMAILS_FOR_THREADS e-mails on with a second core (auto), for any e-mails (always), never with never or without the built worker', async () => {
    const env = (v: string) => ({ [LETTERS_THREADS_ENV]: v });
    const mode = (e: Record<string, string>) => lettersThreadsMode(nl, e);
    expect(lettersThreadsOf(mode(env('never')), 50_000, 8)).toBeUndefined();
    expect(lettersThreadsOf(mode({}), 50_000, 1)).toBeUndefined();
    expect(lettersThreadsOf(mode({}), EMAILS_FOR_THREADS - 1, 8)).toBeUndefined();
    expect(lettersThreadsOf(mode(env('always')), 0, 8)).toBeUndefined();
    expect(lettersThreadsOf(mode(env('always')), 5, 1, '/nonexistent/w.js')).toBeUndefined();
    for (const threads of [
      lettersThreadsOf(mode({}), EMAILS_FOR_THREADS, 2),
      lettersThreadsOf(mode(env('always')), 1, 1),
    ]) {
      expect(threads).toBeDefined();
      await threads?.close();
    }
  });

  it('refuses an unknown value before reading anything, in Dutch and in English', async () => {
    vi.stubEnv(LETTERS_THREADS_ENV, 'sometimes');
    const args = ['letters', join(dir, 'missing'), ...letters, '--out', join(dir, 'never-written')];
    for (const [run, text] of [
      [runCli, 'SIGNAALREIS_LETTERS_THREADS="sometimes" is onbekend'],
      [runCliEn, 'SIGNAALREIS_LETTERS_THREADS="sometimes" is unknown'],
    ] as const) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(/missing|bestaat niet|does not exist/);
    }
    expect(existsSync(join(dir, 'never-written'))).toBe(false);
  });

  it('writes the example month the same, byte for byte, with the e-mails from the thread or from the command', async () => {
    const out = (mode: string) => join(dir, `letters-${mode}`);
    for (const mode of ['always', 'never']) {
      vi.stubEnv(LETTERS_THREADS_ENV, mode);
      const r = await runCli(['letters', RUN, ...letters, '--out', out(mode)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const always = listed(out('always'));
    expect(always.filter((f) => f.name.endsWith('.eml')).length).toBeGreaterThan(10);
    expect(always).toEqual(listed(out('never')));
  }, 120_000);
});
