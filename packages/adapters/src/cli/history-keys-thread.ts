// `run` keys its history signal files in a thread while it reads the month's file (issue 14,
// fourteenth round; history-keys.ts, history-keys-worker.ts).
import { MessageChannel, type ResourceLimits, Worker } from 'node:worker_threads';
import { builtFile } from '../files/built-file';
import type { KeyedHistory } from './history-keys';
import type { HistoryKeysAnswer, HistoryKeysHint, HistoryKeysTask } from './history-keys-worker';
import type { CliIo } from './io';
import { cliLang } from './lang';

/** The built keying thread: `dist/cli/history-keys-worker.js` of this package. */
export const historyKeysWorkerFile = (): string => builtFile('cli/history-keys-worker.js');

/** Households per hint message (project default: a tail of at most this many is checked after the month is read). */
export const KEY_HINT_BATCH = 1024;

/**
 * The thread's heap (project default): at most 512 MB of old generation — the 100k month's two files
 * take ~100 MB. A thread that runs out of it stops, and the command's thread reads the files (as
 * with any failure of the thread): a file larger than `auto` gives it (`HISTORY_KEYS_MAX_BYTES`)
 * under `SIGNAALREIS_HISTORY_WORKERS=keys` costs time, not the run.
 */
export const KEYS_THREAD_LIMITS = { maxOldGenerationSizeMb: 512 };

/** History signal files being keyed in a thread. */
export interface HistoryKeying {
  /** A household of the month, as the month's file is read (sent in batches of {@link KEY_HINT_BATCH}). */
  hint(household: string): void;
  /**
   * Gives the thread the month's households; resolves to each file's entries of them, or `undefined`
   * (the thread left the files to this thread, failed or is not built): never rejects.
   */
  decide(households: ReadonlySet<string>): Promise<KeyedHistory | undefined>;
  /** Ends the thread without an answer (the month's file failed). */
  cancel(): void;
}

/**
 * Starts reading `files` (the history's signal files, in order) in a thread running `filename`
 * (default {@link historyKeysWorkerFile}) with the heap `limits` (default {@link KEYS_THREAD_LIMITS}).
 *
 * @example
 * ```ts
 * import { signalHouseholdKey } from '@signaalreis/core';
 * import { startHistoryKeys } from './history-keys-thread';
 * import type { CliIo } from './io';
 * import { loadSignals } from './load-signals';
 * declare const io: CliIo;
 * const keying = startHistoryKeys(io, ['signals-2026-08.csv', 'signals-2026-09.csv']);
 * const households = new Set<string>();
 * await loadSignals(io, 'signals-2026-10.csv', {
 *   onSignal: (s) => {
 *     const key = signalHouseholdKey(s);
 *     if (!households.has(key)) keying.hint(key);
 *     households.add(key);
 *   },
 * });
 * const keyed = await keying.decide(households); // undefined: read the files here
 * ```
 */
export function startHistoryKeys(
  io: CliIo,
  files: readonly string[],
  filename: string = historyKeysWorkerFile(),
  limits: ResourceLimits = KEYS_THREAD_LIMITS,
): HistoryKeying {
  const { port1, port2 } = new MessageChannel();
  const task: HistoryKeysTask = {
    files: [...files],
    cwd: io.cwd,
    lang: cliLang(io),
    ...(io.today ? { today: io.today } : {}),
    port: port2,
  };
  let worker: Worker | undefined;
  const answer = new Promise<KeyedHistory | undefined>((done) => {
    try {
      worker = new Worker(filename, { workerData: task, transferList: [port2], resourceLimits: limits });
    } catch {
      return done(undefined);
    }
    worker.on('error', () => done(undefined));
    worker.on('exit', () => done(undefined));
    port1.once('message', (m: HistoryKeysAnswer) => done(m?.length === files.length ? m : undefined));
  });
  const end = () => {
    port1.close();
    void worker?.terminate();
  };
  let batch: string[] = [];
  return {
    hint(household) {
      batch.push(household);
      if (batch.length < KEY_HINT_BATCH) return;
      port1.postMessage({ hint: batch } satisfies HistoryKeysHint);
      batch = [];
    },
    async decide(households) {
      port1.postMessage(households);
      const got = await answer;
      end();
      return got;
    },
    cancel: end,
  };
}
