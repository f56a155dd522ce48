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
 * From this many e-mails on, a thread pays (project default: starting one and loading nodemailer
 * there costs ~0.15 s, what ~700 e-mails take; measured: the 10k month, 3,109 e-mails, 4.9–5.9 s
 * → 4.6–5.4 s with the thread, alternated). `signaalreis letters` takes {@link lettersThreads} from here on; below, the
 * command's thread composes the e-mails first, as before.
 *
 * @example
 * ```ts
 * import { EMAILS_FOR_THREADS, type LettersResult, lettersThreads } from '@signaalreis/adapters/letters';
 * declare const made: LettersResult;
 * const emails = made.items.filter((x) => x.channel === 'email').length;
 * const threads = emails >= EMAILS_FOR_THREADS ? lettersThreads() : undefined; // EMAILS_FOR_THREADS: 2000
 * ```
 */
export const EMAILS_FOR_THREADS = 2000;

/** The most threads (project default: composing is cheap; more threads mostly hold memory). */
export const LETTERS_THREADS_MAX = 3;

/** The built worker file: `dist/cli/letters-worker.js` of this package. */
export const lettersWorkerFile = (): string => builtFile('cli/letters-worker.js');

/**
 * How {@link lettersThreads} works: the number of threads (default: the cores but one, 1 to 3) and
 * the worker file (tests).
 */
export interface LettersThreadOptions {
  threads?: number;
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
 * (the pool hands out tasks from this thread's event loop, which the PDFs keep busy for seconds:
 * with 500-e-mail tasks a thread idled 26 s of 38 waiting for its next one). The bytes are those
 * composed in this thread, in the same order; should a thread fail, the e-mails are composed in
 * this thread after all (an e-mail that cannot be made rejects, as it would here). Worth it from
 * {@link EMAILS_FOR_THREADS} e-mails on. Call `close` when done (also on failure).
 *
 * @example
 * ```ts
 * import { lettersFiles, lettersThreads, type LettersContext, type LettersResult } from '@signaalreis/adapters/letters';
 * declare const made: LettersResult; // a national month: ~41,000 e-mails
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
      if (inputs.length === 0) return [];
      const size = Math.ceil(inputs.length / threads);
      const parts: EmailInput[][] = [];
      for (let i = 0; i < inputs.length; i += size) parts.push(inputs.slice(i, i + size));
      try {
        return (await Promise.all(parts.map(counted))).flat();
      } catch {
        // a thread that failed (could not start, ran out of memory, gave too few): composed here
        // after all — an e-mail that cannot be made fails here the same way
        return composeEmails(inputs);
      }
    },
    close: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
