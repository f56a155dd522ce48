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
import type { HistoryIndexLines } from '../cases/history-index-lines';
import { isCaseFile, readHistoryFile, type UncheckedKeys } from './history';
import type { HistoryIndexMemoEntry, HistoryIndexMemoUse } from './history-index-file';
import { answerQuestion, historyQuestions, monthEntries } from './history-parts';
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
  /**
   * The thread is kept for the next run (history-kept.ts): keep what is read of case files that had
   * not changed for `settledMs` before, and use again what an earlier task kept; absent: keep nothing.
   */
  keep?: { settledMs: number };
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
export type HistoryAnswer =
  | {
      results: HistoryFileResult[];
      /** With `keep`: how many indexes an earlier task kept were used again. */
      reused?: number;
      /**
       * The worker read every file and sends its {@link HistoryHiding} next, unasked: it asks
       * itself the questions the main thread would (`historyQuestions` of these results).
       */
      hidingFollows?: true;
    }
  | { error: unknown };

/** The second message to a worker: for some of its files, the keys to look up (history-parts.ts, `historyQuestions`). */
export type HistoryQuestion = { index: number; keys: string[] }[];

/** A worker's second answer: for each file asked, the keys it kept (`answerQuestion`); or an unexpected error. */
export type HistoryHiding = { hiding: { index: number; keys: string[] }[] } | { error: unknown };

/**
 * A file read: what its own sieve kept — as entries, or (a case file read through its history index)
 * as the index's lines, whose entries are parsed when the month's households come.
 */
type Read =
  | {
      ok: true;
      index: number;
      note: string;
      kept: readonly HistoryEntry[] | HistoryIndexLines;
      unchecked?: UncheckedKeys;
    }
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
async function readOne(task: HistoryTask, file: string, io: CliIo, options: ReadOptions = {}) {
  const sieve = historySieve(task.month);
  // an index's lines: the sieve would keep them all, or none (not before the month)
  let lines: HistoryIndexLines | readonly HistoryEntry[] | undefined;
  const { ahead, ...read } = options;
  const indexed = (x: HistoryIndexLines) => {
    lines = x.month < task.month ? x : [];
    if (x.month < task.month) ahead?.add(x);
  };
  const got = await readHistoryFile(io, file, (e) => sieve.add(e), { indexed, ...read });
  return { ...got, kept: lines ?? sieve.entries };
}

/** How a file is read: {@link readOne}'s options. */
interface ReadOptions {
  households?: () => ReadonlySet<string> | undefined;
  caseFileOnly?: boolean;
  /** What was kept of the case files, and where to keep what is read. */
  memo?: HistoryIndexMemoUse;
  /** Where an index read is kept to be parsed ahead for the households hinted. */
  ahead?: Ahead;
}

/**
 * The month's households as the main thread hands them over while it reads the month's file
 * (`{ hint }` messages, history-pool.ts), and the indexes read: each index's lines of the households
 * hinted are parsed ahead (`prepare`), on a core the main thread leaves, so that little is left to
 * do once the households come — the households hinted are not looked up again in each index then
 * (`preparedEntries`), only the last few (docs/performance.md, "Twenty-sixth round").
 */
function ahead(): Ahead {
  const hinted = new Set<string>();
  const indexes: HistoryIndexLines[] = [];
  // the month's households not hinted (once for all indexes); undefined: one hinted is not among them
  let last: { month: ReadonlySet<string>; rest: string[] | undefined } | undefined;
  const restOf = (month: ReadonlySet<string>) => {
    if (last?.month === month) return last.rest;
    const rest: string[] = [];
    for (const h of month) if (!hinted.has(h)) rest.push(h);
    last = { month, rest: month.size - rest.length === hinted.size ? rest : undefined };
    return last.rest;
  };
  return {
    hint(keys) {
      for (const x of indexes) x.prepare(keys);
      for (const k of keys) hinted.add(k);
    },
    add(x) {
      x.prepare(hinted);
      indexes.push(x);
    },
    entriesOf(x, month) {
      const rest = indexes.includes(x) ? restOf(month) : undefined;
      return rest ? x.preparedEntries(rest) : x.entriesOf(month);
    },
  };
}

interface Ahead {
  hint(keys: readonly string[]): void;
  add(index: HistoryIndexLines): void;
  /** The entries of `month`'s households in index `x` (as `x.entriesOf(month)`). */
  entriesOf(x: HistoryIndexLines, month: ReadonlySet<string>): HistoryEntry[] | undefined;
}

/** Reads one file as {@link readOne}; a user error is the file's failed result (what it wrote on stderr kept). */
async function readAt(
  task: HistoryTask,
  index: number,
  file: string,
  options: Parameters<typeof readOne>[3] = {},
): Promise<Read> {
  const stderr: string[] = [];
  try {
    return { ok: true, index, ...(await readOne(task, file, threadIo(task, stderr), options)) };
  } catch (error) {
    if (!(error instanceof CliUserError)) throw error;
    return { ok: false, index, message: error.message, stderr: stderr.join('') };
  }
}

const isEntries = (kept: readonly HistoryEntry[] | HistoryIndexLines): kept is readonly HistoryEntry[] =>
  Array.isArray(kept);

/**
 * A file's result for the month's households: the entries it kept of them, in file order. A case
 * file whose index has an entry of them that is not valid is read again, itself (which refuses it
 * when it is broken); the read that answers is returned too.
 */
async function resultOf(
  task: HistoryTask,
  r: Read,
  households: ReadonlySet<string>,
  early: Ahead,
): Promise<{ read: Read; result: HistoryFileResult }> {
  if (!('kept' in r)) return { read: r, result: r };
  const entries = isEntries(r.kept) ? monthEntries(r.kept, households) : early.entriesOf(r.kept, households);
  if (entries) return { read: r, result: { ok: true, index: r.index, note: r.note, entries } };
  const file = task.files.find((f) => f.index === r.index)?.file as string;
  return resultOf(task, await readAt(task, r.index, file, { caseFileOnly: true }), households, early);
}

/**
 * Reads a task's files in order, up to the first that cannot be read — or until the port is closed
 * (`closed`: the month gave up; a kept thread is then free for the next run sooner).
 */
async function readFiles(
  task: HistoryTask,
  households: Households,
  early: Ahead,
  memo: HistoryIndexMemoUse | undefined,
  closed: () => boolean,
): Promise<Read[]> {
  const read: Read[] = [];
  for (const { index, file } of task.files) {
    if (closed()) break;
    if (!isCaseFile(file) && !task.eager) await households.come;
    const r = await readAt(task, index, file, {
      households: households.known,
      ahead: early,
      ...(memo ? { memo } : {}),
    });
    read.push(r);
    if (!r.ok) break;
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

/** A hint of households on a worker's port (history-pool.ts, `hint`): handled as it comes, not queued. */
export type HistoryHint = { hint: string[] };

const isHint = (m: unknown): m is HistoryHint =>
  typeof m === 'object' && m !== null && Array.isArray((m as Partial<HistoryHint>).hint);

/**
 * The messages on `port` one after another (`next`), none lost; hints go to `hint` as they come;
 * once the port is closed (the main thread is done with this task, or gave it up) `next` rejects,
 * so that a thread kept for later runs ends the task; `close` stops listening.
 */
function inbox(port: MessagePort, hint: (keys: string[]) => void) {
  const got: unknown[] = [];
  const waiting: { done: (m: unknown) => void; fail: (e: Error) => void }[] = [];
  let closed = false;
  const listen = (m: unknown) => {
    if (isHint(m)) return hint(m.hint);
    const w = waiting.shift();
    if (w) w.done(m);
    else got.push(m);
  };
  const gone = () => new Error('the history port was closed');
  const onClose = () => {
    closed = true;
    for (const w of waiting.splice(0)) w.fail(gone());
  };
  port.on('message', listen);
  port.once('close', onClose);
  return {
    next: <T>(): Promise<T> => {
      if (got.length > 0) return Promise.resolve(got.shift() as T);
      if (closed) return Promise.reject(gone());
      return new Promise<T>((done, fail) => waiting.push({ done: done as (m: unknown) => void, fail }));
    },
    /** Whether the port was closed. */
    closed: () => closed,
    close: () => {
      port.off('message', listen);
      port.off('close', onClose);
    },
  };
}

/**
 * What this thread keeps of the case files it read, by full path, while it is kept for later runs
 * (`HistoryTask.keep`): each history index taken apart, and both files as they were then.
 */
const memo = new Map<string, HistoryIndexMemoEntry>();

/**
 * {@link memo} as a task with `keep` uses it ({@link HistoryIndexMemoUse}), and `done` to call when
 * the month's households were answered: what was read is kept then (with its household table), and
 * the case files this task did not ask for are forgotten (a later month reads the same or later ones).
 */
function memoOf(task: HistoryTask) {
  const { keep } = task;
  if (!keep) return undefined;
  const asked = new Set<string>();
  const read = new Map<string, () => HistoryIndexMemoEntry | undefined>();
  let reused = 0;
  const use: HistoryIndexMemoUse = {
    earlier: (path) => {
      asked.add(path);
      return memo.get(path);
    },
    reused: () => {
      reused += 1;
    },
    read: (path, entry) => void read.set(path, entry),
    settledMs: keep.settledMs,
  };
  const done = () => {
    for (const path of [...memo.keys()]) if (!asked.has(path)) memo.delete(path);
    for (const [path, entry] of read) {
      const e = entry();
      if (e) memo.set(path, e);
    }
    return reused;
  };
  return { use, done };
}

/** The questions the main thread asks of files that are all one thread's (history-pool.ts): `historyQuestions`. */
function ownQuestions(results: readonly HistoryFileResult[]): HistoryQuestion {
  const inOrder = [...results].sort((a, b) => a.index - b.index);
  return historyQuestions(inOrder.map((r) => (r.ok ? r.entries : [])))
    .map((keys, i) => ({ index: inOrder[i]?.index ?? i, keys }))
    .filter((q) => q.keys.length > 0);
}

/** Runs one task in a worker thread (tinypool calls the default export). */
export default async function readHistoryTask(task: HistoryTask): Promise<void> {
  const { port } = task;
  const early = ahead();
  const messages = inbox(port, (keys) => early.hint(keys));
  try {
    const come = messages.next<Set<string>>();
    let known: Set<string> | undefined;
    come.then(
      (h) => {
        known = h;
      },
      () => {}, // the port closed: read on, the task ends where it waits for them
    );
    const kept = memoOf(task);
    const read = await readFiles(task, { come, known: () => known }, early, kept?.use, messages.closed);
    // a file that failed ends the run: no need to wait for the households
    // (the main thread throws the failure: the files before it need not send their entries)
    const empty = (r: Read): HistoryFileResult =>
      'kept' in r ? { ok: true, index: r.index, note: r.note, entries: [] } : r;
    if (read.some((r) => !r.ok))
      return port.postMessage({ results: read.map(empty) } satisfies HistoryAnswer);
    const month = await come;
    const results: HistoryFileResult[] = [];
    for (let i = 0; i < read.length; i++) {
      const { read: r, result } = await resultOf(task, read[i] as Read, month, early);
      read[i] = r;
      results.push(result);
      if (!result.ok) break; // (a case file read again, refused)
    }
    const reused = kept?.done();
    // every file here: the questions are this thread's to ask itself, while the main thread
    // receives the results (docs/performance.md, "Twenty-sixth round")
    const alone = results.length === task.count && results.every((r) => r.ok);
    port.postMessage({
      results,
      ...(reused === undefined ? {} : { reused }),
      ...(alone ? { hidingFollows: true } : {}),
    } satisfies HistoryAnswer);
    const questions: HistoryQuestion = alone ? ownQuestions(results) : await messages.next<HistoryQuestion>();
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
    if (!messages.closed()) port.postMessage({ error } satisfies HistoryAnswer);
  } finally {
    messages.close();
  }
}
