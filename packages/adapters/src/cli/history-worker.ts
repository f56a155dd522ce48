// The worker thread of `run`'s history pool (issue 14): reads its history files while the main
// thread reads the month's file, each file through its own sieve (core's historySieve without
// households), then waits for the month's households on its port and answers with each file's part
// (history-parts.ts). Built to dist/cli/history-worker.js; worker threads run built JavaScript only.
import { once } from 'node:events';
import type { MessagePort } from 'node:worker_threads';
import { type HistoryEntry, historySieve, type IsoDate, type IsoMonth, type Lang } from '@signaalreis/core';
import { readHistoryFile } from './history';
import { type HistoryPart, splitHistory } from './history-parts';
import { type CliIo, CliUserError } from './io';

/**
 * One worker's share of the history files, and the port it answers on.
 *
 * @example
 * ```ts
 * import { MessageChannel } from 'node:worker_threads';
 * import type { HistoryTask } from './history-worker';
 * const { port2 } = new MessageChannel();
 * const task: HistoryTask = { files: [{ index: 0, file: 'signals-2026-09.csv' }], cwd: '/data', lang: 'nl', month: '2026-10' as never, port: port2 };
 * ```
 */
export interface HistoryTask {
  /** The files, each with its place in `--history`, in that order. */
  files: { index: number; file: string }[];
  cwd: string;
  lang: Lang;
  today?: IsoDate;
  month: IsoMonth;
  /** Takes the month's households (a `Set` of household keys); gets the {@link HistoryAnswer}. */
  port: MessagePort;
}

/**
 * What became of one file: its note and part, or the user error that stopped it (with what
 * `refuseFile` wrote on stderr before), as the main thread is to write and throw it.
 */
export type HistoryFileResult =
  | { ok: true; index: number; note: string; part: HistoryPart }
  | { ok: false; index: number; message: string; stderr: string };

/**
 * A worker's answer on its port: the results of its files in order, up to the first that failed;
 * or an unexpected error (a bug), which the main thread throws as it is.
 */
export type HistoryAnswer = { results: HistoryFileResult[] } | { error: unknown };

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
    try {
      const note = await readHistoryFile(io, file, (e) => sieve.add(e));
      read.push({ ok: true, index, note, kept: sieve.entries });
    } catch (error) {
      if (!(error instanceof CliUserError)) throw error;
      read.push({ ok: false, index, message: error.message, stderr: stderr.join('') });
      break;
    }
  }
  return read;
}

/** Runs one task in a worker thread (tinypool calls the default export). */
export default async function readHistoryTask(task: HistoryTask): Promise<void> {
  const { port } = task;
  let answer: HistoryAnswer;
  try {
    const read = await readFiles(task);
    const failed = read.some((r) => !r.ok);
    // a file that failed ends the run: no need to wait for the households
    const [households] = failed ? [new Set<string>()] : ((await once(port, 'message')) as [Set<string>]);
    answer = {
      results: read.map((r) =>
        'kept' in r ? { ok: true, index: r.index, note: r.note, part: splitHistory(r.kept, households) } : r,
      ),
    };
  } catch (error) {
    answer = { error };
  }
  port.postMessage(answer);
}
