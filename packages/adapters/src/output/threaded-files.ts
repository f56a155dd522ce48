// Files of an output set that another thread writes (issue 14: the worklists of a national month
// are written by a worker thread while the command's own thread writes the case file). A file's
// data is still a function of pieces — what every other way of writing calls (in place, measured,
// a single file) — with a group attached under a symbol: only writeOutputFolder's swap, which
// writes into a fresh folder of its own, lets the group write its files there instead.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createFile, type OutputData, type WrittenFile } from './atomic-file';

/**
 * Files that another thread writes into a folder: started together, then waited for one by one.
 * Internal to the package (the command line's worklist thread).
 */
export interface ThreadedFiles {
  /** Starts writing `names` (new files) into `dir`; returns while they are written. */
  start(dir: string, names: readonly string[]): void;
  /** Waits until `name` is written and closed (not flushed); throws the file system's error for it. */
  finish(name: string): WrittenFile;
  /** Stops writing (the set is given up) and returns once nothing more is written into the folder. */
  abort(): void;
}

const THREADED = Symbol('signaalreis.threadedFiles');

type Marked = (() => Iterable<string>) & { [THREADED]?: ThreadedFiles };

/**
 * `pieces` — the file's text, as this thread would write it — marked as one of `group`'s files.
 *
 * @example
 * ```ts
 * import { threaded, type ThreadedFiles } from './threaded-files';
 * declare const group: ThreadedFiles;
 * const data = threaded(function* () { yield 'a\n'; }, group); // written by the group in a swap, by its pieces elsewhere
 * ```
 */
export function threaded(pieces: () => Iterable<string>, group: ThreadedFiles): () => Iterable<string> {
  const marked: Marked = () => pieces();
  marked[THREADED] = group;
  return marked;
}

/** The group that writes `data`, if another thread does. */
export const threadedOf = (data: OutputData): ThreadedFiles | undefined =>
  typeof data === 'function' ? (data as Marked)[THREADED] : undefined;

/** The groups among `files`, each with the names of its files in the order given. */
export function threadedGroups(
  files: readonly { name: string; data: OutputData }[],
): Map<ThreadedFiles, string[]> {
  const out = new Map<ThreadedFiles, string[]>();
  for (const f of files) {
    const group = threadedOf(f.data);
    if (!group) continue;
    const names = out.get(group);
    if (names) names.push(f.name);
    else out.set(group, [f.name]);
  }
  return out;
}

/**
 * Writes `dir/name` in this thread after all (the other thread failed or stalled), as createFile
 * would without flushing it: what the other thread may have begun of it is removed first.
 */
export function writeHere(dir: string, name: string, data: OutputData): WrittenFile {
  rmSync(join(dir, name), { force: true });
  return createFile(dir, name, data, false);
}
