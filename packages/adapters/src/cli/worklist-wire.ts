// What `run`'s worklist thread and the command's own thread share (worklist-thread.ts, the command's
// side; worklist-worker.ts, the thread's): the task, the messages, and the slots of the shared
// counters through which each waits for the other without an event loop (the output folder is
// written synchronously).
import type { MessagePort } from 'node:worker_threads';
import type { WrittenFile } from '../output/atomic-file';
import type { CsvTableOptions } from '../output/csv-writer';
import type { PackedCases } from './worklist-pack';

/** Slots of the task's shared Int32Array. */
export const SLOT = {
  /** Chunks of cases the command's thread has posted. */
  posted: 0,
  /** Results (a file written, or an error) the worker has posted. */
  done: 1,
  /** Set to 1 by the command's thread: stop writing. */
  abort: 2,
  /** Pieces the worker has written: its heartbeat. */
  progress: 3,
  /** Set to 1 by the worker when it writes no more (finished, failed or stopped). */
  stopped: 4,
} as const;

/** The number of slots. */
export const SLOTS = 5;

/** A worklist file: its name and its list's key (`team/channel`: the steps it shows). */
export interface WorklistThreadFile {
  name: string;
  key: string;
}

/** The worker's task (its `workerData`). */
export interface WorklistTask {
  /** The folder the files are created in (new files). */
  dir: string;
  files: WorklistThreadFile[];
  format: Parameters<typeof import('../cases/worklist-lines').worklistLineParts>[0];
  /** The CSV options of every list (its header). */
  table: CsvTableOptions;
  /** The explanation texts' slots ({@link TEXT_SLOTS} but in tests). */
  textSlots: number;
  state: Int32Array;
  /** Chunks of cases come in here. */
  cases: MessagePort;
  /** Results go out here. */
  results: MessagePort;
}

/**
 * Explanation texts both threads keep for reference: text `n` (numbered in posting order) in slot
 * `n % TEXT_SLOTS`, so that each knows which the other still has (project default: a national
 * month has ~20,000 distinct texts, a few dozen of which serve most rows).
 */
export const TEXT_SLOTS = 4096;

/**
 * The most characters of the texts in the slots: a text that would take more is posted with the
 * id -1 and kept by neither thread (project default: 8 Mi characters, ≤ 16 MB; a national month's
 * 4,096 slots hold ~3 Mi).
 */
export const TEXT_CHARS = 8 << 20;

/**
 * Cases in worklist order (`worklistOrder`; an empty chunk: no more), as columns (worklist-pack.ts).
 * Each without its explanation, which is text `explanations[i]` (see {@link TEXT_SLOTS}); `texts[i]`
 * is that text when it is new (numbered on from the texts before it, case by case), null when the
 * other thread has it.
 */
export interface WorklistChunk {
  cases: PackedCases;
  explanations: Int32Array;
  texts: (string | null)[];
}

/** What the worker posts: a file written, a file system's error writing a file, or its own failure. */
export type WorklistResult =
  | { name: string; written: WrittenFile }
  | { name: string; error: { code: string; message: string } }
  | { failed: string };
