// Flushing many written files to disk at once. Each fsync waits for the disk; one after another,
// the 57,000 files of a national month's letters waited ~35 s (issue 14). Several at once, the file
// system commits them together: worker threads each take the next file and flush it while the
// calling thread does the same, and the call returns when every file is on disk — still a
// synchronous call, so an output folder is written exactly as before (docs/security.md, "Output
// folders": every file on disk before the folder is swapped in).
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** From this many files the flushing is shared with worker threads (project default: below it, starting them costs more). */
export const FLUSH_IN_THREADS_FROM = 256;

/** Worker threads that flush beside the calling thread (project default: fsync waits, it does not compute). */
const FLUSH_THREADS = 7;

/** Without progress for this long, the calling thread flushes what is left itself (a thread that died). */
const STALL_MS = 30_000;

/** Flushes one file's data to disk. */
export function flushFile(path: string): void {
  const fd = openSync(path, 'r+'); // writable: Windows flushes only a handle that may write
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// state: [next index to take, files finished]; done[i] = 1 once file i is on disk
const WORKER = `
const { workerData } = require('node:worker_threads');
const { openSync, fsyncSync, closeSync } = require('node:fs');
const { paths, state, done } = workerData;
for (;;) {
  const i = Atomics.add(state, 0, 1);
  if (i >= paths.length) break;
  try { const fd = openSync(paths[i], 'r+'); try { fsyncSync(fd); } finally { closeSync(fd); } Atomics.store(done, i, 1); } catch {}
  Atomics.add(state, 1, 1);
  Atomics.notify(state, 1);
}
`;

/**
 * Flushes the files at `paths` (written and closed) to disk and returns when all are there; throws
 * the file system's error for a file that cannot be flushed. From {@link FLUSH_IN_THREADS_FROM}
 * files on, worker threads flush beside the calling thread. `onFlushed`, when given, is told the
 * number of files on disk as it grows (a progress bar; not every step is told when threads flush).
 */
export function flushFiles(paths: readonly string[], onFlushed?: (done: number) => void): void {
  if (paths.length < FLUSH_IN_THREADS_FROM) {
    for (const [i, p] of paths.entries()) {
      flushFile(p);
      onFlushed?.(i + 1);
    }
    return;
  }
  const state = new Int32Array(new SharedArrayBuffer(8));
  const done = new Int32Array(new SharedArrayBuffer(4 * paths.length));
  const workerData = { paths, state, done };
  const workers = Array.from({ length: FLUSH_THREADS }, () => {
    // not the process's own flags (a profiler, an inspector): a flushing thread needs none
    const w = new Worker(WORKER, { eval: true, workerData, execArgv: [] });
    w.unref();
    return w;
  });
  try {
    for (;;) {
      const i = Atomics.add(state, 0, 1);
      if (i >= paths.length) break;
      flushFile(paths[i] as string); // an error here is the call's error
      Atomics.store(done, i, 1);
      const flushed = Atomics.add(state, 1, 1) + 1; // (not in the call: `?.` skips its arguments)
      onFlushed?.(flushed);
    }
    let seen = Atomics.load(state, 1);
    let since = Date.now();
    while (seen < paths.length) {
      Atomics.wait(state, 1, seen, 1000);
      const now = Atomics.load(state, 1);
      if (now !== seen) {
        [seen, since] = [now, Date.now()];
        onFlushed?.(Math.min(now, paths.length));
      } else if (Date.now() - since > STALL_MS) break;
    }
    // a file a thread could not flush (or never finished): flushed here, so its error is thrown here
    for (let i = 0; i < paths.length; i++) if (Atomics.load(done, i) !== 1) flushFile(paths[i] as string);
    onFlushed?.(paths.length);
  } finally {
    for (const w of workers) void w.terminate();
  }
}
