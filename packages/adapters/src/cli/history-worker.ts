// The worker thread of `run`'s history pool (issue 14): reads its history files while the main
// thread reads the month's file, each file through its own sieve (core's historySieve without
// households), then waits for the month's households on its port and answers with each file's
// entries of them; then it is asked which keys of later files' entries its files kept, and answers
// that (history-parts.ts). Built to dist/cli/history-worker.js; worker threads run built JavaScript only.
import { once } from 'node:events';
import type { MessagePort } from 'node:worker_threads';
import { type HistoryEntry, historySieve, type IsoDate, type IsoMonth, type Lang } from '@signaalreis/core';
import type { HistoryIndex } from '../cases/history-index';
import { readHistoryFile } from './history';
import { answerQuestion, monthEntries } from './history-parts';
import { type CliIo, CliUserError } from './io';

/**
 * One worker's share of the history files, and the port it answers on.
 *
 * @example
 * ```ts
 * import { MessageChannel } from 'node:worker_threads';
 * import type { HistoryTask } from './history-worker';
 * const { port2 } = new MessageChannel();
 * const task: HistoryTask = { files: [{ index: 0, file: 'signals-2026-09.csv' }], count: 1, cwd: '/data', lang: 'nl', month: '2026-10' as never, port: port2 };
 * ```
 */
export interface HistoryTask {
  /** The files, each with its place in `--history`, in that order. */
  files: { index: number; file: string }[];
  /** How many history files there are in all (the last one is never asked about keys). */
  count: number;
  cwd: string;
  lang: Lang;
  today?: IsoDate;
  month: IsoMonth;
  /**
   * Takes the month's households (a `Set` of household keys) and gets the {@link HistoryAnswer};
   * then takes the {@link HistoryQuestion}s and gets the {@link HistoryHiding}.
   */
  port: MessagePort;
}

/**
 * What became of one file: its note and its entries of the month's households (history-parts.ts,
 * `monthEntries`), or the user error that stopped it (with what `refuseFile` wrote on stderr
 * before), as the main thread is to write and throw it.
 */
export type HistoryFileResult =
  | { ok: true; index: number; note: string; entries: HistoryEntry[] }
  | { ok: false; index: number; message: string; stderr: string };

/**
 * A worker's first answer on its port: the results of its files in order, up to the first that
 * failed (then it is asked nothing more); or an unexpected error (a bug), which the main thread
 * throws as it is.
 */
export type HistoryAnswer = { results: HistoryFileResult[] } | { error: unknown };

/** The second message to a worker: for some of its files, the keys to look up (history-parts.ts, `historyQuestions`). */
export type HistoryQuestion = { index: number; keys: string[] }[];

/** A worker's second answer: for each file asked, the keys it kept (`answerQuestion`); or an unexpected error. */
export type HistoryHiding = { hiding: { index: number; keys: string[] }[] } | { error: unknown };

type Read = { ok: true; index: number; note: string; kept: readonly HistoryEntry[] } | HistoryFileResult;

/** Reads a task's files in order, up to the first that cannot be read. */
async function readFiles(task: HistoryTask): Promise<Read[]> {
  const read: Read[] = [];
  for (const { index, file } of task.files) {
    const stderr: string[] = [];
    // no terminal: a history file read here has no progress bar
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      cwd: task.cwd,
      lang: task.lang,
      ...(task.today ? { today: task.today } : {}),
    };
    const sieve = historySieve(task.month);
    // an index's entries are checked already: the sieve would keep them all, or none (not before the month)
    let whole: readonly HistoryEntry[] | undefined;
    const indexed = (x: HistoryIndex) => {
      whole = x.month < task.month ? x.entries : [];
    };
    try {
      const note = await readHistoryFile(io, file, (e) => sieve.add(e), indexed);
      read.push({ ok: true, index, note, kept: whole ?? sieve.entries });
    } catch (error) {
      if (!(error instanceof CliUserError)) throw error;
      read.push({ ok: false, index, message: error.message, stderr: stderr.join('') });
      break;
    }
  }
  return read;
}

/** Waits for the next message on the port. */
const nextMessage = async <T>(port: MessagePort): Promise<T> => ((await once(port, 'message')) as [T])[0];

/** Runs one task in a worker thread (tinypool calls the default export). */
export default async function readHistoryTask(task: HistoryTask): Promise<void> {
  const { port } = task;
  try {
    const read = await readFiles(task);
    // a file that failed ends the run: no need to wait for the households
    const failed = read.some((r) => !r.ok);
    // (the main thread throws the failure: the files before it need not send their entries)
    const answer = (entriesOf: (kept: readonly HistoryEntry[]) => HistoryEntry[]) =>
      read.map(
        (r): HistoryFileResult =>
          'kept' in r ? { ok: true, index: r.index, note: r.note, entries: entriesOf(r.kept) } : r,
      );
    if (failed) return port.postMessage({ results: answer(() => []) } satisfies HistoryAnswer);
    // what each file kept, for the questions (looked up by pair when asked: no key per entry)
    const kept = new Map<number, readonly HistoryEntry[]>();
    for (const r of read) if ('kept' in r) kept.set(r.index, r.kept);
    const households = await nextMessage<Set<string>>(port);
    const results = answer((k) => monthEntries(k, households));
    const asked = nextMessage<HistoryQuestion>(port); // listening before the answer goes out
    port.postMessage({ results } satisfies HistoryAnswer);
    const questions = await asked;
    const hiding = questions.map(({ index, keys }) => ({
      index,
      keys: answerQuestion(kept.get(index) ?? [], keys),
    }));
    port.postMessage({ hiding } satisfies HistoryHiding);
  } catch (error) {
    port.postMessage({ error } satisfies HistoryAnswer);
  }
}
