// The history thread a `batch` thread keeps for its runs (issue 14, the year). A year's month reads
// the case files of the six months before it, five of which the month before read too; a new history
// thread each month verified each file again (SHA-256 of ~50 MB a national case file), read its index
// and took it apart — ~1 s of CPU a month beside the month's own read — and loaded its code anew.
// Kept, the thread keeps what it took apart (history-worker.ts) and uses it again while the manifest
// lists both files as then and both are exactly as they were (history-index-file.ts).
import Tinypool from 'tinypool';
import { SETTLED_MS } from '../files/file-signature';

/** What `run` is given to keep its history thread for the next run of the same thread (`CliIo.keptHistory`). */
export interface KeptHistory {
  /** The pool of one thread running `filename`, made on first use and the same for each run after. */
  pool(filename: string): Pick<Tinypool, 'run'>;
  /** How long (ms) a case file must have been unchanged when read to be kept (default `SETTLED_MS`, 2 s). */
  settledMs: number;
  /** How many indexes the runs used again (for tests and measurements). */
  reused: number;
  /** Ends the thread (and what it kept). */
  close(): Promise<void>;
}

/**
 * A {@link KeptHistory}: one history thread for the runs given it, ended by `close`.
 *
 * @example
 * ```ts
 * import { keptHistory } from './history-kept';
 * const kept = keptHistory();
 * // const io: CliIo = { …, keptHistory: kept }; run the months one after another with that io, then:
 * await kept.close();
 * ```
 */
export function keptHistory(settledMs: number = SETTLED_MS): KeptHistory {
  const pools = new Map<string, Tinypool>();
  return {
    pool(filename) {
      let pool = pools.get(filename);
      if (!pool) {
        pool = new Tinypool({ filename, minThreads: 1, maxThreads: 1 });
        pools.set(filename, pool);
      }
      return pool;
    },
    settledMs,
    reused: 0,
    async close() {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((p) => p.destroy().catch(() => undefined)));
    },
  };
}

/** The kept history of this thread's `batch` runs (made on first use, ended by {@link closeThreadKeptHistory}). */
let thread: KeptHistory | undefined;

/** This thread's {@link KeptHistory} for the runs of a `batch` (batch-task.ts gives it each run). */
export const threadKeptHistory = (): KeptHistory => {
  thread ??= keptHistory();
  return thread;
};

/** Ends this thread's kept history thread, if there is one (the batch is done); never throws. */
export async function closeThreadKeptHistory(): Promise<void> {
  const was = thread;
  thread = undefined;
  await was?.close();
}
