// `run` reads large history files in worker threads (a tinypool pool) while the main thread reads
// the month's file; the files' parts are merged in the order given into exactly what core's
// historySieve over all of them keeps (history-parts.ts). Errors come out as they do in this thread:
// the first file in order that fails, with the same stderr lines and message.
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { IsoMonth, Lang } from '@signaalreis/core';
import Tinypool from 'tinypool';
import { builtFile } from '../files/built-file';
import { envChoice } from './env-choice';
import { isCaseFile, type LoadedHistory } from './history';
import type { KeptHistory } from './history-kept';
import { historyKeysWorkerFile } from './history-keys-thread';
import { historyQuestions, mergeHistoryParts } from './history-parts';
import type {
  HistoryAnswer,
  HistoryFileResult,
  HistoryHiding,
  HistoryHint,
  HistoryQuestion,
  HistoryTask,
} from './history-worker';
import { type CliIo, CliUserError } from './io';
import { cliLang } from './lang';
import { MONTH_MESSAGES as M } from './messages/month';
import { type CpuSample, cpuSample, STARTED } from './started';

/**
 * Worker threads for the history files: at most this many, never more than files (project
 * default, measured on 2 cores in docs/performance.md, "Third round: history in worker threads").
 */
export const HISTORY_WORKERS = 2;

/**
 * Worker threads when every history file is a case file (project default: 1). Their history
 * indexes are taken apart into lines, not parsed, while the month's file is read — ~0.1 s a
 * national month — so one thread does six beside the command's thread, and a second one only took
 * CPU from the month's read on 2 cores (docs/performance.md, "Twelfth round").
 */
export const HISTORY_WORKERS_FOR_CASE_FILES = 1;

/**
 * The households handed to the history threads at a time while the month is read (project default:
 * 4,096 — ~25 messages for a national month; docs/performance.md, "Twelfth round").
 */
export const HINT_BATCH = 4096;

/**
 * With `SIGNAALREIS_HISTORY_WORKERS=auto` (the default): history files of together at least this
 * many bytes are read in worker threads (project default: between the 10k month's 3.9 MB, where
 * starting the threads costs about what it could save, and the 100k month's 39 MB) — signal files
 * only from {@link HISTORY_SIGNAL_FILES_FOR_THREADS} files on.
 */
export const HISTORY_WORKER_MIN_BYTES = 8 * 1024 * 1024;

/**
 * With `auto`: history of signal files only is read in threads from this many files on; fewer are
 * read by the command's own thread once the month's households are known (project default: since
 * rows of other households are left unchecked there, 2–4 national files took as long or less that
 * way and ~15 % less CPU; at 5 both were as fast, at 6 the threads, reading files side by side, ~0.6 s faster —
 * docs/performance.md, "Thirteenth round"). Case files are taken apart in a thread at any count.
 */
export const HISTORY_SIGNAL_FILES_FOR_THREADS = 5;

/**
 * The environment variable that chooses whether `run` reads its history in worker threads:
 * `always`, `never`, or `auto` (the default, {@link HISTORY_WORKERS_DEFAULT}: large history files, a
 * core free for the threads, the worker file built; see {@link historyInWorkers}).
 */
export const HISTORY_WORKERS_ENV = 'SIGNAALREIS_HISTORY_WORKERS';

/** The values {@link HISTORY_WORKERS_ENV} takes (unset or empty: {@link HISTORY_WORKERS_DEFAULT}). */
export const HISTORY_WORKERS_VALUES: readonly string[] = ['always', 'auto', 'keys', 'never'];

/**
 * What an unset or empty {@link HISTORY_WORKERS_ENV} means (project default, from the figures in
 * docs/performance.md, "Fourth round: history threads by default").
 */
export const HISTORY_WORKERS_DEFAULT = 'auto';

/** The built worker file of the pool: `dist/cli/history-worker.js` of this package. */
export const historyWorkerFile = (): string => builtFile('cli/history-worker.js');

/**
 * What `auto` looks at of the machine: how many threads can run at once, the load average over the
 * last minute (0 where the system has none, e.g. Windows), and — where it could be measured — how
 * many cores stood idle since this command started ({@link idleCores}).
 */
export interface MachineLoad {
  cores: number;
  load1: number;
  /** Idle cores, on average, since the command started (while it loaded its code); absent: not measured. */
  idle?: number;
}

/**
 * The shortest time over which {@link idleCores} is measured (project default). Between the
 * command's start (`started.ts`, loaded first by cli.ts) and the decision a run loads its code and
 * reads its arguments and preset: 0.3–0.6 s on the 2-core machines of docs/performance.md. The kernel
 * counts CPU time in 10 ms ticks, so over 100 ms on 2 cores the measure is within about ± 0.2 of a
 * core — enough to tell a quiet machine (about 1 core idle besides the run's own) from a busy one
 * (about none) against {@link IDLE_CORES_FOR_THREADS}.
 */
export const IDLE_WINDOW_MS = 100;

/**
 * How many cores stood idle on average between two samples: the idle CPU time of all cores over
 * the wall time between them; `undefined` when less than {@link IDLE_WINDOW_MS} lies between them
 * or the system gives no CPU times.
 *
 * @example
 * ```ts
 * import { idleCores } from './history-pool';
 * idleCores({ at: 0, idle: 1000 }, { at: 400, idle: 1380 }); // 0.95: about one core idle over those 400 ms
 * idleCores({ at: 0, idle: 1000 }, { at: 40, idle: 1040 }); // undefined: too short to tell
 * ```
 */
export function idleCores(since: CpuSample, now: CpuSample): number | undefined {
  const ms = now.at - since.at;
  // (no CPU times on this system: all zero; a counter that went back: not to be trusted)
  if (!(ms >= IDLE_WINDOW_MS) || now.idle === 0 || now.idle < since.idle) return undefined;
  return (now.idle - since.idle) / ms;
}

/**
 * This machine's {@link MachineLoad}: `os.availableParallelism()`, `os.loadavg()[0]`, and the idle
 * cores since `since` (by default since the command started).
 */
export const machineLoad = (since: CpuSample = STARTED): MachineLoad => {
  const idle = idleCores(since, cpuSample());
  return { cores: availableParallelism(), load1: loadavg()[0] ?? 0, ...(idle === undefined ? {} : { idle }) };
};

/**
 * The idle cores that make a core free for the history threads: about a third of a core (project
 * default, between what was measured: the run's own thread loads its code meanwhile and V8 compiles
 * beside it, so a quiet 2-core machine showed 0.63–0.67 idle cores and the same machine with one
 * other busy process 0.00–0.02 — docs/performance.md, "Fifth round: history threads for runs back
 * to back").
 */
export const IDLE_CORES_FOR_THREADS = 0.35;

/**
 * Whether a core is free for the history threads besides the run's own thread: at least 2 cores,
 * and at least {@link IDLE_CORES_FOR_THREADS} idle cores since the command started — or, where that
 * was not measured, a load average over the last minute of at most cores − 1 (project default: on a
 * machine busy with other work the threads took CPU for nothing, docs/performance.md, "Third round:
 * history in worker threads"). The idle cores go first: the load average still counts the runs of
 * the last minute, so runs one after another (a year replayed month by month) kept the threads off
 * on an otherwise quiet machine.
 *
 * @example
 * ```ts
 * import { coreFree } from './history-pool';
 * coreFree({ cores: 2, load1: 0.4 }); // true
 * coreFree({ cores: 2, load1: 1.6, idle: 0.9 }); // true: the previous run raised the load average, but a core is idle now
 * coreFree({ cores: 2, load1: 0.4, idle: 0.1 }); // false: something else took the other core just now
 * coreFree({ cores: 2, load1: 3.1 }); // false: every core is busy already
 * coreFree({ cores: 1, load1: 0 }); // false
 * ```
 */
export const coreFree = ({ cores, load1, idle }: MachineLoad): boolean =>
  cores >= 2 && (idle === undefined ? load1 <= cores - 1 : idle >= IDLE_CORES_FOR_THREADS);

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0; // a missing file fails where it is read, with its own message
  }
};

/**
 * Files of together {@link HISTORY_WORKER_MIN_BYTES} or more (and at most `max`), a core free and
 * the thread's file built.
 */
const worthAThread = (
  io: Pick<CliIo, 'cwd'>,
  files: readonly string[],
  machine: () => MachineLoad,
  worker: string,
  max = Number.POSITIVE_INFINITY,
) => {
  let bytes = 0;
  for (const f of files) bytes += sizeOf(resolve(io.cwd, f));
  return bytes >= HISTORY_WORKER_MIN_BYTES && bytes <= max && coreFree(machine()) && sizeOf(worker) > 0;
};

/**
 * With `auto`: history signal files of together more than this many bytes are not read by the keying
 * thread (project default: it holds the lines of households not yet seen until the month is read,
 * ~2.5 bytes of heap a byte of file; the 100k month's two files are 39 MB, this is three times that).
 */
export const HISTORY_KEYS_MAX_BYTES = 128 * 1024 * 1024;

/**
 * Whether `run` reads these history files in worker threads: with `SIGNAALREIS_HISTORY_WORKERS=always`
 * for any history; with `auto` — also when the variable is unset or empty ({@link HISTORY_WORKERS_DEFAULT}) —
 * when one of them is a case file or there are at least {@link HISTORY_SIGNAL_FILES_FOR_THREADS},
 * the files together have at least {@link HISTORY_WORKER_MIN_BYTES}, a core is free
 * ({@link coreFree}; `machine` is asked only then) and the worker file is built; with `never`, not.
 * Any other value is a user error ({@link CliUserError}), not a silent default: a misspelt `alway`
 * would otherwise decide for itself and say nothing.
 *
 * @example
 * ```ts
 * import { historyInWorkers } from './history-pool';
 * historyInWorkers({ cwd: '.' }, ['signals-2026-08.csv'], { SIGNAALREIS_HISTORY_WORKERS: 'never' }); // false
 * historyInWorkers({ cwd: '.' }, ['signals-2026-08.csv'], { SIGNAALREIS_HISTORY_WORKERS: 'always' }); // true
 * historyInWorkers({ cwd: '.' }, ['out/2026-09/cases.json'], {}, () => ({ cores: 2, load1: 0.3 })); // true when 8 MB or more
 * historyInWorkers({ cwd: '.' }, ['signals-2026-08.csv', 'signals-2026-09.csv'], {}, () => ({ cores: 2, load1: 0.3 })); // false: two signal files go to historyKeysInThread
 * ```
 */
export function historyInWorkers(
  io: Pick<CliIo, 'cwd' | 'lang'>,
  files: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  machine: () => MachineLoad = machineLoad,
): boolean {
  const mode = envChoice(io, env, HISTORY_WORKERS_ENV, HISTORY_WORKERS_VALUES, HISTORY_WORKERS_DEFAULT);
  if (files.length === 0 || mode === 'never' || mode === 'keys') return false;
  if (mode === 'always') return true;
  if (files.length < HISTORY_SIGNAL_FILES_FOR_THREADS && !files.some(isCaseFile)) return false;
  return worthAThread(io, files, machine, historyWorkerFile());
}

/**
 * Whether `run`, reading its history itself ({@link historyInWorkers} said no), keys the history's
 * signal files in a thread while it reads the month's file (history-keys.ts): under `auto` (unset
 * or empty), when the history is signal files only of at least {@link HISTORY_WORKER_MIN_BYTES}
 * and at most {@link HISTORY_KEYS_MAX_BYTES} together, a core is free and the thread's file is
 * built; under `keys`, for any history of signal files only (when the thread's file is built).
 *
 * @example
 * ```ts
 * import { historyKeysInThread } from './history-pool';
 * const quiet = () => ({ cores: 2, load1: 0.3 });
 * historyKeysInThread({ cwd: '.' }, ['signals-2026-08.csv', 'signals-2026-09.csv'], {}, quiet); // true when 8 MB or more
 * historyKeysInThread({ cwd: '.' }, ['signals-2026-09.csv', 'out/2026-09/cases.json'], {}, quiet); // false: a case file goes to the pool
 * historyKeysInThread({ cwd: '.' }, ['small.csv'], { SIGNAALREIS_HISTORY_WORKERS: 'keys' }); // true (when built)
 * ```
 */
export function historyKeysInThread(
  io: Pick<CliIo, 'cwd' | 'lang'>,
  files: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  machine: () => MachineLoad = machineLoad,
): boolean {
  const mode = env[HISTORY_WORKERS_ENV] || HISTORY_WORKERS_DEFAULT;
  if ((mode !== 'auto' && mode !== 'keys') || files.length === 0 || files.some(isCaseFile)) return false;
  if (mode === 'keys') return sizeOf(historyKeysWorkerFile()) > 0;
  return worthAThread(io, files, machine, historyKeysWorkerFile(), HISTORY_KEYS_MAX_BYTES);
}

/** History files being read in worker threads. */
export interface HistoryReading {
  /**
   * A household of the month, as the month's file is read: the threads parse ahead the lines of the
   * history indexes they have for it (history-worker.ts), in batches of {@link HINT_BATCH}. Changes
   * no answer: `finish` gives the households that count.
   */
  hint(household: string): void;
  /** Gives the workers the month's households and returns the history as `loadHistory` with a sieve would; ends the pool. */
  finish(households: ReadonlySet<string>): Promise<LoadedHistory>;
  /** Ends the pool without waiting for the history (the month's file failed). */
  cancel(): Promise<void>;
}

/** The files in `groups` workers: each file to the least loaded (by bytes), in the order given. */
function groupFiles(io: CliIo, files: readonly string[], groups: number): HistoryTask['files'][] {
  const out: HistoryTask['files'][] = Array.from({ length: groups }, () => []);
  const load = new Array<number>(groups).fill(0);
  files.forEach((file, index) => {
    const g = load.indexOf(Math.min(...load));
    out[g]?.push({ index, file });
    load[g] = (load[g] ?? 0) + Math.max(1, sizeOf(resolve(io.cwd, file)));
  });
  return out.filter((g) => g.length > 0);
}

/**
 * A worker's answers one after another (`next`), or an error when it stopped without one (its
 * thread ended, or the pool failed).
 */
function repliesOf(port: MessagePort, run: Promise<unknown>, shown: string, lang: Lang) {
  const got: unknown[] = [];
  const waiting: { done: (m: unknown) => void; fail: (e: Error) => void }[] = [];
  let stop: Error | undefined;
  port.on('message', (m: unknown) => {
    const w = waiting.shift();
    if (w) w.done(m);
    else got.push(m);
  });
  const stopped = (reason: string) => {
    stop ??= new CliUserError(M.historyWorkerStopped(shown, reason)[lang]);
    for (const w of waiting.splice(0)) w.fail(stop);
  };
  port.once('close', () => stopped('exit'));
  run.catch((error: unknown) => stopped(error instanceof Error ? error.message : String(error)));
  return <T>(): Promise<T> => {
    if (got.length > 0) return Promise.resolve(got.shift() as T);
    if (stop) return Promise.reject(stop);
    return new Promise<T>((done, fail) => waiting.push({ done: done as (m: unknown) => void, fail }));
  };
}

/** Asks each thread about its files' `questions` (none: the pool ends it); its replies, in order. */
function ask(
  tasks: readonly { port: MessagePort; indexes: number[]; next: <T>() => Promise<T> }[],
  questions: readonly string[][],
): (Promise<HistoryHiding> | undefined)[] {
  return tasks.map((t) => {
    const asked: HistoryQuestion = t.indexes
      .map((index) => ({ index, keys: questions[index] ?? [] }))
      .filter((q) => q.keys.length > 0);
    if (asked.length === 0) return undefined;
    t.port.postMessage(asked);
    return t.next<HistoryHiding>();
  });
}

/**
 * Starts reading `files` in up to `workers` worker threads of a tinypool pool running `filename`
 * (default the built `dist/cli/history-worker.js`); call {@link HistoryReading.finish} with the
 * month's households once they are known, or {@link HistoryReading.cancel}. The first thread
 * reads its signal files while the month's file is read (the core the main thread leaves), the
 * others wait for the households: then the rows of other households are left unchecked
 * (history-worker.ts). Case files only: one thread ({@link HISTORY_WORKERS_FOR_CASE_FILES}), which
 * parses ahead the index lines of the households {@link HistoryReading.hint}ed (`hintBatch` at a
 * time, default {@link HINT_BATCH}).
 *
 * @example
 * ```ts
 * import { type IsoMonth, signalHouseholdKey } from '@signaalreis/core';
 * import { startHistoryWorkers } from './history-pool';
 * import type { CliIo } from './io';
 * import { loadSignals } from './load-signals';
 * declare const io: CliIo;
 * declare const o: { history: string[]; month: IsoMonth };
 * declare const file: string;
 * const reading = startHistoryWorkers(io, o.history, o.month);
 * const loaded = await loadSignals(io, file).catch(async (e: unknown) => { await reading.cancel(); throw e; });
 * const history = await reading.finish(new Set(loaded.signals.map(signalHouseholdKey)));
 * ```
 */
export function startHistoryWorkers(
  io: CliIo,
  files: readonly string[],
  month: IsoMonth,
  options: { workers?: number; filename?: string; hintBatch?: number } = {},
): HistoryReading {
  const lang = cliLang(io);
  const workers =
    options.workers ?? (files.every(isCaseFile) ? HISTORY_WORKERS_FOR_CASE_FILES : HISTORY_WORKERS);
  const groups = groupFiles(io, files, Math.min(workers, files.length));
  const threads = groups.length;
  const filename = options.filename ?? historyWorkerFile();
  // case files in one thread: the thread a `batch` thread keeps, which keeps what it read (history-kept.ts)
  const kept = threads === 1 && files.every(isCaseFile) ? io.keptHistory : undefined;
  const own = kept ? undefined : new Tinypool({ filename, minThreads: threads, maxThreads: threads });
  const pool = own ?? (kept as KeptHistory).pool(filename);
  const tasks = groups.map((group, g) => {
    const { port1, port2 } = new MessageChannel();
    const task: HistoryTask = {
      files: group,
      count: files.length,
      cwd: io.cwd,
      lang,
      ...(io.today ? { today: io.today } : {}),
      month,
      eager: g === 0,
      port: port2,
      ...(kept ? { keep: { settledMs: kept.settledMs } } : {}),
    };
    const run = pool.run(task, { transferList: [port2] });
    const shown = group.map((g) => g.file).join(', ');
    const next = repliesOf(port1, run, shown, lang);
    const answer = next<HistoryAnswer>();
    answer.catch(() => {}); // looked at in finish; a month that fails first is what is reported
    return { port: port1, indexes: group.map((g) => g.index), answer, next };
  });
  const end = async () => {
    // (a kept thread ends its task when its port closes, and waits for the next run)
    for (const t of tasks) t.port.close();
    await own?.destroy();
  };
  // hints only to threads with case files (their indexes are parsed ahead)
  const hinted = tasks.filter((_, g) => groups[g]?.some((f) => isCaseFile(f.file)));
  let batch: string[] = [];
  return {
    hint(household) {
      if (hinted.length === 0) return;
      batch.push(household);
      if (batch.length < (options.hintBatch ?? HINT_BATCH)) return;
      for (const t of hinted) t.port.postMessage({ hint: batch } satisfies HistoryHint);
      batch = [];
    },
    cancel: end,
    async finish(households) {
      try {
        for (const t of tasks) t.port.postMessage(households);
        const byIndex = new Map<number, HistoryFileResult>();
        // a thread with every file asks itself the questions: its answer to them follows
        let follows: Promise<HistoryHiding> | undefined;
        for (const t of tasks) {
          const answer = await t.answer;
          if ('error' in answer) throw answer.error;
          for (const r of answer.results) byIndex.set(r.index, r);
          if (kept) kept.reused += answer.reused ?? 0;
          if (answer.hidingFollows) follows = t.next<HistoryHiding>();
        }
        const notes: string[] = [];
        const entries = files.map((_, i) => {
          const r = byIndex.get(i);
          if (!r) throw new Error(`no answer for history file ${i}`); // an earlier file failed first
          if (!r.ok) {
            if (r.stderr) io.stderr.write(r.stderr);
            throw new CliUserError(r.message);
          }
          notes.push(r.note);
          return r.entries;
        });
        // second round: each thread is asked only about later files' keys (history-parts.ts)
        const hiding = files.map((): string[] => []);
        const asked = follows ? [follows] : ask(tasks, historyQuestions(entries));
        for (const reply of asked) {
          const answer = await reply;
          if (answer === undefined) continue;
          if ('error' in answer) throw answer.error;
          for (const h of answer.hiding) hiding[h.index] = h.keys;
        }
        const parts = entries.map((e, i) => ({ entries: e, hiding: hiding[i] ?? [] }));
        return { entries: mergeHistoryParts(parts), notes };
      } finally {
        // the threads end while the month is decided: nothing waits for them (nor keeps the process)
        end().catch(() => {});
      }
    },
  };
}
