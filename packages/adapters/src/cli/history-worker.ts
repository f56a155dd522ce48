// The worker thread of `run`'s history pool (issue 14): reads its history files, each through its
// own sieve (core's historySieve without households) — case files while the main thread reads the
// month's file; signal files too in the eager thread, the others once the month's households have
// come on its port, and from then on only the rows of those households (the others left unchecked,
// history.ts) — and answers with each file's entries of the month's households; then it is asked
// which keys of later files' entries its files kept, and answers that (history-parts.ts; a file
// whose unchecked rows hold an asked key is read again whole for it).
// Built to dist/cli/history-worker.js; worker threads run built JavaScript only.
import type { MessagePort } from 'node:worker_threads';
import { type HistoryEntry, historySieve, type IsoDate, type IsoMonth, type Lang } from '@signaalreis/core';
import type { HistoryIndex } from '../cases/history-index';
import { readHistoryFile, type UncheckedKeys } from './history';
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
   * Whether to read signal files before the month's households have come (every row checked until
   * they come, then only theirs): for one thread, on the core the main thread leaves while it reads
   * the month's file. The others wait for the households (project default: docs/performance.md,
   * "Tenth round").
   */
  eager?: boolean;
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

type Read =
  | { ok: true; index: number; note: string; kept: readonly HistoryEntry[]; unchecked?: UncheckedKeys }
  | HistoryFileResult;

/** An io for a file read in the thread: no terminal (no progress bar), stderr kept for the main thread. */
function threadIo(task: HistoryTask, stderr: string[]): CliIo {
  return {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => stderr.push(chunk) },
    cwd: task.cwd,
    lang: task.lang,
    ...(task.today ? { today: task.today } : {}),
  };
}

/**
 * Reads one file through its own sieve; with `households` (a getter: they may come while the file
 * is read), a signal file's rows of other households unchecked from then on (history.ts).
 */
async function readOne(
  task: HistoryTask,
  file: string,
  io: CliIo,
  households?: () => ReadonlySet<string> | undefined,
) {
  const sieve = historySieve(task.month);
  // an index's entries are checked already: the sieve would keep them all, or none (not before the month)
  let whole: readonly HistoryEntry[] | undefined;
  const indexed = (x: HistoryIndex) => {
    whole = x.month < task.month ? x.entries : [];
  };
  const read = await readHistoryFile(io, file, (e) => sieve.add(e), {
    indexed,
    ...(households ? { households } : {}),
  });
  return { ...read, kept: whole ?? sieve.entries };
}

/** Whether a history file is a signal file (its rows of other households can be left unchecked). */
const isSignalFile = (file: string) => !file.toLowerCase().endsWith('.json');

/** Reads a task's files in order, up to the first that cannot be read. */
async function readFiles(task: HistoryTask, households: Households): Promise<Read[]> {
  const read: Read[] = [];
  for (const { index, file } of task.files) {
    const stderr: string[] = [];
    try {
      if (isSignalFile(file) && !task.eager) await households.come;
      read.push({
        ok: true,
        index,
        ...(await readOne(task, file, threadIo(task, stderr), households.known)),
      });
    } catch (error) {
      if (!(error instanceof CliUserError)) throw error;
      read.push({ ok: false, index, message: error.message, stderr: stderr.join('') });
      break;
    }
  }
  return read;
}

/** The month's households: when they come, and (a getter) whether they have come. */
interface Households {
  come: Promise<Set<string>>;
  known: () => Set<string> | undefined;
}

/**
 * The keys of `keys` that a file kept: from what it kept, or — when rows it left unchecked hold one
 * of them (such a row, if valid, kept it) — from reading it again whole.
 */
async function fileAnswer(task: HistoryTask, r: Read | undefined, keys: string[]): Promise<string[]> {
  if (!r || !('kept' in r)) return [];
  const { unchecked } = r;
  if (!unchecked?.(keys)) return answerQuestion(r.kept, keys);
  const file = task.files.find((f) => f.index === r.index)?.file as string;
  const again = await readOne(task, file, threadIo(task, []));
  return answerQuestion(again.kept, keys);
}

/** The messages on `port` one after another (`next`), none lost; `close` stops listening. */
function inbox(port: MessagePort) {
  const got: unknown[] = [];
  const waiting: ((m: unknown) => void)[] = [];
  const listen = (m: unknown) => {
    const w = waiting.shift();
    if (w) w(m);
    else got.push(m);
  };
  port.on('message', listen);
  return {
    next: <T>(): Promise<T> =>
      got.length > 0
        ? Promise.resolve(got.shift() as T)
        : new Promise<T>((done) => waiting.push(done as (m: unknown) => void)),
    close: () => port.off('message', listen),
  };
}

/** Runs one task in a worker thread (tinypool calls the default export). */
export default async function readHistoryTask(task: HistoryTask): Promise<void> {
  const { port } = task;
  const messages = inbox(port);
  try {
    const come = messages.next<Set<string>>();
    let known: Set<string> | undefined;
    come.then((h) => {
      known = h;
    });
    const read = await readFiles(task, { come, known: () => known });
    // a file that failed ends the run: no need to wait for the households
    const failed = read.some((r) => !r.ok);
    // (the main thread throws the failure: the files before it need not send their entries)
    const answer = (entriesOf: (kept: readonly HistoryEntry[]) => HistoryEntry[]) =>
      read.map(
        (r): HistoryFileResult =>
          'kept' in r ? { ok: true, index: r.index, note: r.note, entries: entriesOf(r.kept) } : r,
      );
    if (failed) return port.postMessage({ results: answer(() => []) } satisfies HistoryAnswer);
    const month = await come;
    const results = answer((k) => monthEntries(k, month));
    port.postMessage({ results } satisfies HistoryAnswer);
    const questions = await messages.next<HistoryQuestion>();
    // what each file kept, for the questions (looked up by pair when asked: no key per entry)
    const hiding: { index: number; keys: string[] }[] = [];
    for (const { index, keys } of questions)
      hiding.push({
        index,
        keys: await fileAnswer(
          task,
          read.find((r) => r.index === index),
          keys,
        ),
      });
    port.postMessage({ hiding } satisfies HistoryHiding);
  } catch (error) {
    port.postMessage({ error } satisfies HistoryAnswer);
  } finally {
    messages.close();
  }
}
