// A month's e-mails composed by a worker thread (issue 14): `signaalreis letters` on a national month
// composed 41,000 e-mails (~10 s) on the command's thread while the second core idled. Now a pool
// composes them while the command's thread makes the print PDFs. The same bytes, in the same order:
// the thread runs the very same function (worker.ts). docs/performance.md, "Thirty-first round".
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { builtFile } from '../files/built-file';
import type { EmailInput } from './email';
import { composeEmails, type EmailComposer } from './email-batch';
import type { LettersTask } from './worker';

/**
 * From this many e-mails on, {@link lettersThreads}' composer uses the threads (project default:
 * starting a thread and loading nodemailer there costs ~0.15 s, what ~700 e-mails take; below 2,000
 * the command's thread composes them, as before).
 *
 * @example
 * ```ts
 * import { EMAILS_FOR_THREADS, lettersThreads } from '@signaalreis/adapters/letters';
 * EMAILS_FOR_THREADS; // 2000
 * const always = lettersThreads({ minEmails: 1 }); // a thread for any number (tests, a busy server)
 * ```
 */
export const EMAILS_FOR_THREADS = 2000;

/** The most threads (project default: composing is cheap; more threads mostly hold memory). */
export const LETTERS_THREADS_MAX = 3;

/** The built worker file: `dist/cli/letters-worker.js` of this package. */
export const lettersWorkerFile = (): string => builtFile('cli/letters-worker.js');

/**
 * How {@link lettersThreads} works: the number of threads (default: the cores but one, 1 to 3),
 * from how many e-mails they are used (default {@link EMAILS_FOR_THREADS}), the worker file (tests).
 */
export interface LettersThreadOptions {
  threads?: number;
  minEmails?: number;
  workerFile?: string;
}

/**
 * The threads of a month's letters: `composeEmails` for `lettersFiles`, and `close` to end the
 * threads once the files are made.
 */
export interface LettersThreads {
  composeEmails: EmailComposer;
  close(): Promise<void>;
}

/**
 * Worker threads (tinypool) for a month's letters, or undefined when the worker file is not built
 * (`pnpm build`). Their composer gives each thread an equal part of the e-mails, posted at once
 (the pool hands out tasks from this thread's event loop, which the PDFs keep busy for seconds:
 * with 500-e-mail tasks a thread idled 26 s of 38 waiting for its next one), and composes here
 * below `minEmails`. The bytes are those composed in this thread, in the same order; a thread's
 * failure rejects, as composing here would. Call `close` when done (also on failure).
 *
 * @example
 * ```ts
 * import { lettersFiles, lettersThreads, type LettersContext, type LettersResult } from '@signaalreis/adapters/letters';
 * declare const made: LettersResult;
 * declare const context: LettersContext;
 * const threads = lettersThreads(); // undefined before `pnpm build`
 * try {
 *   const { files } = await lettersFiles(made, context, threads ?? {}); // the same files, sooner
 * } finally {
 *   await threads?.close();
 * }
 * ```
 */
export function lettersThreads(options: LettersThreadOptions = {}): LettersThreads | undefined {
  const file = options.workerFile ?? lettersWorkerFile();
  if (!existsSync(file)) return undefined;
  const threads = options.threads ?? Math.max(1, Math.min(LETTERS_THREADS_MAX, availableParallelism() - 1));
  let pool: Tinypool | undefined;
  const run = async (task: LettersTask): Promise<Uint8Array[]> => {
    pool ??= new Tinypool({ filename: file, minThreads: 1, maxThreads: threads });
    return ((await pool.run(task)) as ArrayBuffer[]).map((buffer) => new Uint8Array(buffer));
  };
  const counted = async (emails: EmailInput[]) => {
    const files = await run({ emails });
    if (files.length !== emails.length) throw new Error('A letters thread gave another number of e-mails');
    return files;
  };
  return {
    composeEmails: async (inputs) => {
      if (inputs.length < (options.minEmails ?? EMAILS_FOR_THREADS)) return composeEmails(inputs);
      const size = Math.ceil(inputs.length / threads);
      const parts: EmailInput[][] = [];
      for (let i = 0; i < inputs.length; i += size) parts.push(inputs.slice(i, i + size));
      return (await Promise.all(parts.map(counted))).flat();
    },
    close: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
