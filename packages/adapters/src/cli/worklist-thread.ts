// `run` writes a large month's worklists in a worker thread (issue 14): on two cores the command's
// thread spent ~2.5 s of the 100k month's writing on the worklist lines while the other core idled.
// Now, when the output folder is swapped in (writeOutputFolder), this thread makes what each case's
// lines show — names, contact data, signals and the explanation (the part that needs the journeys)
// — and posts it, a chunk at a time, to the worker, which makes the CSV lines and writes the files
// into the staging folder while this thread writes the case file and the history index. The bytes
// are worklistPieces' (the same formatter, worklist-lines.ts); written any other way (a shared
// folder) the files are made here, by their pieces. docs/performance.md, "Eleventh round".
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { contactExplanations, type Lang, type PlannedMonth } from '@signaalreis/core';
import { worklistParts } from '../cases/worklist';
import { worklistLineCase } from '../cases/worklist-lines';
import { builtFile } from '../files/built-file';
import type { WrittenFile } from '../output/atomic-file';
import type { CsvDialect } from '../output/csv-writer';
import { type ThreadedFiles, threaded, writeHere } from '../output/threaded-files';
import { envChoice } from './env-choice';
import type { CliIo } from './io';
import { TextSlotsOut } from './text-slots';
import { packCase, packedCases } from './worklist-pack';
import {
  SLOT,
  SLOTS,
  TEXT_CHARS,
  TEXT_SLOTS,
  type WorklistChunk,
  type WorklistResult,
  type WorklistTask,
} from './worklist-wire';

/** The environment variable that chooses whether `run` writes the worklists in a thread: `always`, `auto` (the default) or `never`. */
export const WORKLIST_THREAD_ENV = 'SIGNAALREIS_WORKLIST_THREAD';

/** The values {@link WORKLIST_THREAD_ENV} takes (unset or empty: `auto`). */
export const WORKLIST_THREAD_VALUES: readonly string[] = ['always', 'auto', 'never'];

/**
 * With `auto`: from this many worklist rows on, a thread writes them (project default: the 10k
 * month has ~11,000 rows, written in ~0.3 s — about what starting the thread and posting costs;
 * the 100k month's 110,000 took ~2.5 s; docs/performance.md, "Eleventh round").
 */
export const WORKLIST_THREAD_MIN_ROWS = 30_000;

/**
 * Cases per posted chunk (project default: small, so that a chunk dies young in the thread — with
 * 1,024 the chunks outlived the young generation and the 100k month's peak RSS rose above 500 MB).
 */
const CHUNK_CASES = 128;

/**
 * The thread's heap (project default): a young generation of 8 MB and at most 96 MB of old — what
 * it keeps is a chunk and the explanation texts ({@link TEXT_CHARS}); a tighter old generation is
 * collected sooner (100k month: peak RSS 478–492 MB against 506–529 MB unlimited). A thread that
 * runs out of it stops, and this thread writes the files (finish).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

/** Without a sign of the thread for this long (not started, or no piece written), this thread writes what is left (project default). */
const STALL_MS = 20_000;

/**
 * The worklist worker's `error` listener: made once, not per month. A listener made in
 * `worklistThread` would hold its scope — the month, its worklist order — for as long as the Worker
 * object lives, which is until its thread has exited, after the folder is written: `signaalreis
 * batch` collected the heap before its next month while the month before was still held so (~160 MB
 * of a national month marked again, ~0.25 s a month; docs/performance.md, "Forty-fourth round").
 */
function ignoreError(): void {}

/** The built worker file: `dist/cli/worklist-worker.js` of this package. */
export const worklistWorkerFile = (): string => builtFile('cli/worklist-worker.js');

/**
 * Whether `run` writes `rows` worklist rows in a thread: `never`, `always` (when the worker file is
 * built), or `auto` — at least {@link WORKLIST_THREAD_MIN_ROWS} rows and a second core.
 */
export function worklistInThread(
  io: Pick<CliIo, 'lang'>,
  rows: number,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cores: number = availableParallelism(),
): boolean {
  const mode = envChoice(io, env, WORKLIST_THREAD_ENV, WORKLIST_THREAD_VALUES);
  if (mode === 'never' || rows === 0 || !existsSync(worklistWorkerFile())) return false;
  return mode === 'always' || (rows >= WORKLIST_THREAD_MIN_ROWS && cores >= 2);
}

/** What the worklist files need: the language, the CSV dialect and the headers of that language. */
export interface WorklistFileOptions {
  lang: Lang;
  dialect?: CsvDialect;
  headers?: Readonly<Record<string, string>>;
}

/** The worklist file of a list key (`team/channel`). */
export const worklistFileName = (key: string): string => `worklist-${key.replace('/', '-')}.csv`;

/**
 * The worklist files of `m` by file name, in order: written by a worker thread when `inThread` says
 * so for their number of rows and the folder is swapped in; otherwise by their pieces in this thread.
 */
export function worklistFiles(
  m: PlannedMonth,
  o: WorklistFileOptions,
  inThread: (rows: number) => boolean,
  tuning: WorklistThreadTuning = {},
): Map<string, () => Iterable<string>> {
  const { table, order, lists } = worklistParts(m, o);
  let rows = 0;
  for (const { list } of lists.values()) rows += list.length;
  const group = inThread(rows) ? worklistThread(m, o, { table, order, lists }, tuning) : undefined;
  const files = new Map<string, () => Iterable<string>>();
  for (const [key, { pieces }] of lists)
    files.set(worklistFileName(key), group ? threaded(pieces, group) : pieces);
  return files;
}

/** What the tests change of the thread: the text slots and their budget, the stall, the worker file. */
export interface WorklistThreadTuning {
  textSlots?: number;
  textChars?: number;
  stallMs?: number;
  workerFile?: string;
}

/** The worklist thread's group of files; `here`: how many of them this thread wrote (the worker failed or stalled). */
export type WorklistThreadGroup = ThreadedFiles & { readonly here: number };

function worklistThread(
  m: PlannedMonth,
  o: WorklistFileOptions,
  { table, order, lists }: ReturnType<typeof worklistParts>,
  tuning: WorklistThreadTuning,
): WorklistThreadGroup {
  const textSlots = tuning.textSlots ?? TEXT_SLOTS;
  const textChars = tuning.textChars ?? TEXT_CHARS;
  const stallMs = tuning.stallMs ?? STALL_MS;
  const byName = new Map([...lists].map(([key, v]) => [worklistFileName(key), { key, ...v }]));
  const state = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  let worker: Worker | undefined;
  let dir = '';
  let own = false; // this thread writes what is left (the worker failed or stalled)
  const results = new Map<string, WorklistResult>();
  let port: MessageChannel['port1'] | undefined;

  const stop = () => {
    if (!worker) return;
    Atomics.store(state, SLOT.abort, 1);
    Atomics.notify(state, SLOT.posted);
    const until = Date.now() + stallMs;
    while (Atomics.load(state, SLOT.stopped) !== 1 && Date.now() < until)
      Atomics.wait(state, SLOT.stopped, 0, 100);
    void worker.terminate();
    worker = undefined;
  };

  const start = (into: string, names: readonly string[]) => {
    dir = into;
    const chunks = new MessageChannel();
    const back = new MessageChannel();
    port = back.port1;
    const task: WorklistTask = {
      dir,
      files: names.map((name) => ({ name, key: byName.get(name)?.key ?? '' })),
      format: { lang: o.lang, teams: m.teams ?? [], ...(o.dialect ? { dialect: o.dialect } : {}) },
      table,
      textSlots,
      state,
      cases: chunks.port2,
      results: back.port2,
    };
    try {
      worker = new Worker(tuning.workerFile ?? worklistWorkerFile(), {
        workerData: task,
        transferList: [chunks.port2, back.port2],
        resourceLimits: WORKER_LIMITS,
      });
    } catch {
      own = true;
      return;
    }
    worker.on('error', ignoreError); // seen as a failure or a stall where it is waited for (finish)
    worker.unref();
    // what each case's lines show, in worklist order; an explanation text posted once while it is
    // in its slot (TEXT_SLOTS)
    const explain = contactExplanations(o.lang);
    const texts = new TextSlotsOut(textSlots, textChars);
    const empty = (): WorklistChunk => ({
      cases: packedCases(),
      explanations: new Int32Array(CHUNK_CASES),
      texts: [],
    });
    let chunk = empty();
    const send = () => {
      chunk.explanations = chunk.explanations.slice(0, chunk.cases.count);
      chunks.port1.postMessage(chunk, [chunk.explanations.buffer as ArrayBuffer]);
      Atomics.add(state, SLOT.posted, 1);
      Atomics.notify(state, SLOT.posted);
      chunk = empty();
    };
    for (const j of order) {
      const c = worklistLineCase(j, o.lang, explain);
      // a text filled from a template (most name the case's amount) by its key: not hashed whole
      const id = texts.number(c.explanation, explain.lastKey);
      chunk.explanations[chunk.cases.count] = id;
      chunk.texts.push(texts.posted ? c.explanation : null);
      packCase(chunk.cases, c);
      if (chunk.cases.count === CHUNK_CASES) send();
    }
    if (chunk.cases.count > 0) send();
    send(); // an empty chunk: no more
    chunks.port1.close();
  };

  let here = 0;
  /** This thread writes `name` (the worker failed or stalled). */
  const ownWrite = (name: string): WrittenFile => {
    here += 1;
    return writeHere(dir, name, byName.get(name)?.pieces ?? (() => []));
  };

  const finish = (name: string): WrittenFile => {
    if (own) return ownWrite(name);
    let since = Date.now();
    let progress = Atomics.load(state, SLOT.progress);
    for (;;) {
      // stopped seen before its results are taken: a worker posts its results before it stops
      const stopped = Atomics.load(state, SLOT.stopped) === 1;
      for (let r = port && receiveMessageOnPort(port); r; r = port && receiveMessageOnPort(port)) {
        const result = r.message as WorklistResult;
        results.set('name' in result ? result.name : '', result);
      }
      const result = results.get(name);
      if (result && 'written' in result) return result.written;
      for (const r of results.values())
        if ('error' in r) throw Object.assign(new Error(r.error.message), { code: r.error.code });
      if (stopped || results.has('') || Date.now() - since > stallMs) {
        // the worker failed, stalled or stopped without this file: this thread writes the rest
        stop();
        own = true;
        return ownWrite(name);
      }
      const done = Atomics.load(state, SLOT.done);
      Atomics.wait(state, SLOT.done, done, 200);
      const now = Atomics.load(state, SLOT.progress);
      if (now !== progress) [progress, since] = [now, Date.now()];
    }
  };

  return {
    start,
    finish,
    abort: stop,
    get here() {
      return here;
    },
  };
}
