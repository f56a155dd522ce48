// Whether `signaalreis letters` composes its e-mails in a worker thread (issue 14): chosen by
// SIGNAALREIS_LETTERS_THREADS — `auto` (the default: from EMAILS_FOR_THREADS e-mails on, with a
// second core), `always` (from any number: what the tests use) or `never`. The files are the same.
import { availableParallelism } from 'node:os';
import { EMAILS_FOR_THREADS, type LettersThreads, lettersThreads } from '../letters/threads';
import { envChoice } from './env-choice';
import type { CliIo } from './io';

/** The environment variable that chooses whether `letters` uses a thread: `always`, `auto` (the default) or `never`. */
export const LETTERS_THREADS_ENV = 'SIGNAALREIS_LETTERS_THREADS';

/** The values {@link LETTERS_THREADS_ENV} takes (unset or empty: `auto`). */
export const LETTERS_THREADS_VALUES: readonly string[] = ['always', 'auto', 'never'];

/** The mode {@link LETTERS_THREADS_ENV} asks for (`auto` when unset or empty); an unknown value is a user error (exit 2). */
export function lettersThreadsMode(
  io: Pick<CliIo, 'lang'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return envChoice(io, env, LETTERS_THREADS_ENV, LETTERS_THREADS_VALUES);
}

/**
 * The threads of `letters` for a month of `emails` e-mails under `mode` ({@link lettersThreadsMode}),
 * or undefined — `never`; `auto` on one core or below `EMAILS_FOR_THREADS` e-mails; the worker file
 * not built — when the command's thread composes them itself, first, as before.
 */
export function lettersThreadsOf(
  mode: string,
  emails: number,
  cores: number = availableParallelism(),
  workerFile?: string,
): LettersThreads | undefined {
  if (mode === 'never' || emails === 0) return undefined;
  if (mode === 'auto' && (cores < 2 || emails < EMAILS_FOR_THREADS)) return undefined;
  return lettersThreads(workerFile ? { workerFile } : {});
}
