// Text kept on disk in groups until it is written in one file in the groups' order: for an output
// whose rows come in another order than they are written (`signaalreis criteria` writes the
// delivered rows, then the others, of a ledger it reads once), so that a million rows are not held
// in memory. The files are in a folder of their own beside the output (mode 0700, each file 0600:
// they hold what the output holds), removed by `remove` — also when the command fails.
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_MODE, FOLDER_MODE, textBatches } from './atomic-file';

/** Bytes read back at a time (project default). */
const READ_BYTES = 1 << 20;

/** Text files by group, written as text comes and read back in the groups' order. */
export class SpillFiles<G extends string> {
  readonly #beside: string;
  #dir: string | undefined;
  readonly #groups: readonly G[];
  readonly #open = new Map<G, { fd: number; batches: ReturnType<typeof textBatches> }>();
  #closed = false;

  /** Files for `groups`, in a folder made in `beside` (made first when missing) when the first text comes. */
  constructor(beside: string, groups: readonly G[]) {
    this.#beside = beside;
    this.#groups = groups;
  }

  /** The folder of the files, made when first needed. */
  #folder(): string {
    if (this.#dir === undefined) {
      mkdirSync(this.#beside, { recursive: true, mode: FOLDER_MODE });
      this.#dir = mkdtempSync(join(this.#beside, '.signaalreis-spill-'));
    }
    return this.#dir;
  }

  /** Adds text to a group's file. */
  write(group: G, text: string): void {
    let file = this.#open.get(group);
    if (!file) {
      const fd = openSync(join(this.#folder(), group), 'wx', FILE_MODE);
      file = { fd, batches: textBatches((bytes) => writeAll(fd, bytes)) };
      this.#open.set(group, file);
    }
    file.batches.write(text);
  }

  /** Closes the files; then the text of every group, in the groups' order, a piece at a time (callable more than once). */
  pieces(): () => Iterable<string> {
    if (!this.#closed) {
      for (const { fd, batches } of this.#open.values()) {
        batches.flush();
        closeSync(fd);
      }
      this.#closed = true;
    }
    const dir = this.#dir;
    const files =
      dir === undefined ? [] : this.#groups.filter((g) => this.#open.has(g)).map((g) => join(dir, g));
    return function* () {
      for (const path of files) yield* readBack(path);
    };
  }

  /** Removes the files and their folder. */
  remove(): void {
    if (!this.#closed) for (const { fd } of this.#open.values()) closeSync(fd);
    this.#closed = true;
    if (this.#dir !== undefined) rmSync(this.#dir, { recursive: true, force: true });
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** A file's UTF-8 text, a megabyte at a time. */
function* readBack(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const decoder = new TextDecoder('utf-8');
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const text = decoder.decode(buffer.subarray(0, n), { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
