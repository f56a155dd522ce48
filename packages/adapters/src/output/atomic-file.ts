// Writing one file so that nobody ever sees half of it and no planted symlink is followed: write a
// new temporary file in the same folder (created exclusively, never through a link, mode 0600),
// flush it to disk, then rename it over the target. Why: docs/security.md, "Output folders".
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Mode of every file signaalreis writes: owner read/write only (the files hold personal data). */
export const FILE_MODE = 0o600;
/** Mode of every folder signaalreis creates: owner only. */
export const FOLDER_MODE = 0o700;

/** Name of a temporary file in an output folder; left-overs of a killed run are removed by the next. */
export const TEMP_FILE = /^\.signaalreis-[0-9a-f]{12}\.tmp$/;

/**
 * A file as written: its name, size in bytes and SHA-256 (hex), as `manifest.json` lists it.
 *
 * @example
 * ```ts
 * import { createHash } from 'node:crypto';
 * import { readFileSync } from 'node:fs';
 * import type { WrittenFile } from '@signaalreis/adapters/output';
 * // still the file that was written?
 * const intact = (dir: string, f: WrittenFile) =>
 *   createHash('sha256').update(readFileSync(`${dir}/${f.name}`)).digest('hex') === f.sha256;
 * ```
 */
export interface WrittenFile {
  name: string;
  bytes: number;
  sha256: string;
}

// O_NOFOLLOW does not exist on Windows; O_EXCL alone already refuses an existing link there.
const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * What a file holds: text (UTF-8), bytes, or text made piece by piece by a function — called once
 * per write (twice when a file's size and SHA-256 are needed before it is written), each call
 * giving the same pieces — so that a large file is never one string in memory.
 *
 * @example
 * ```ts
 * import type { OutputData } from '@signaalreis/adapters/output';
 * const lines = ['a', 'b'];
 * const data: OutputData = function* () {
 *   for (const line of lines) yield `${line}\n`; // 'a\nb\n', written a piece at a time
 * };
 * ```
 */
export type OutputData = string | Uint8Array | (() => Iterable<string | Uint8Array>);

/** Bytes of a batch: pieces of text are encoded into one buffer of this size before they are written (project default). */
const BATCH_BYTES = 1 << 18;

/** The most bytes UTF-8 needs for one UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Calls `sink` with the bytes of `data`, a batch at a time (all at once for text and bytes). The
 * pieces of a function are encoded straight into one reused buffer (no joined string, no copy per
 * batch), so `sink` must use the bytes before it returns. The bytes are those of the pieces
 * joined: a surrogate pair split between two pieces is joined again before it is encoded. A piece
 * of bytes (text read back from disk, already UTF-8) is given to `sink` as it is, after the text
 * before it.
 */
export function eachBatch(data: OutputData, sink: (bytes: Uint8Array) => void): void {
  if (typeof data !== 'function') {
    sink(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    return;
  }
  const { write, flush } = textBatches(sink);
  let carry = '';
  for (const piece of data()) {
    if (typeof piece !== 'string') {
      if (carry !== '') write(carry); // a lone high surrogate before bytes: nothing to pair it with
      carry = '';
      flush();
      if (piece.length > 0) sink(piece);
      continue;
    }
    const text = carry === '' ? piece : carry + piece;
    const last = text.charCodeAt(text.length - 1);
    // a high surrogate at the end may pair with the next piece's first unit
    if (last >= 0xd800 && last <= 0xdbff) {
      carry = text.slice(-1);
      if (text.length > 1) write(text.slice(0, -1));
    } else {
      carry = '';
      if (text !== '') write(text);
    }
  }
  if (carry !== '') write(carry);
  flush();
}

/**
 * A writer of text in batches: text is encoded straight into one reused buffer of BATCH_BYTES, and
 * `sink` gets the buffer's bytes when the next text would not fit (and at `flush`) — so `sink` must
 * use them before it returns. Text is encoded as given: a caller that splits a surrogate pair
 * between two texts joins it first (eachBatch does); whole lines never split one.
 */
export function textBatches(sink: (bytes: Uint8Array) => void): { write(text: string): void; flush(): void } {
  const buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  const flush = () => {
    if (used > 0) sink(buffer.subarray(0, used));
    used = 0;
  };
  const write = (text: string) => {
    if (used + text.length * MAX_BYTES_PER_UNIT > BATCH_BYTES) {
      flush();
      if (text.length * MAX_BYTES_PER_UNIT > BATCH_BYTES) {
        sink(Buffer.from(text, 'utf8'));
        return;
      }
    }
    used += buffer.write(text, used, 'utf8');
  };
  return { write, flush };
}

/** The size and SHA-256 of `data`, as a manifest lists them, without writing it. */
export function measure(data: OutputData): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  let bytes = 0;
  eachBatch(data, (b) => {
    hash.update(b);
    bytes += b.length;
  });
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * A new file being written (see {@link createFile}): bytes written in order, then closed — what
 * createFile does with a file's data, for a writer that fills several files at once (the command
 * line's worklist thread).
 */
export interface NewFile {
  /** Writes `bytes` at the end (all of them). */
  write(bytes: Uint8Array): void;
  /** Flushes the file to disk if `flush`, closes it and gives its size and SHA-256. */
  close(flush: boolean): WrittenFile;
  /** Closes the file after a failure (its contents no longer matter). */
  discard(): void;
}

/** Creates `dir/name`, which must not exist yet (not even as a dangling link), mode 0600, to be written in order. */
export function newFile(dir: string, name: string): NewFile {
  const fd = openSync(join(dir, name), NEW_FILE, FILE_MODE);
  const hash = createHash('sha256');
  let total = 0;
  let open = true;
  const shut = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(bytes) {
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      hash.update(bytes);
      total += bytes.length;
    },
    close(flush) {
      try {
        if (flush) fsyncSync(fd);
      } finally {
        shut();
      }
      return { name, bytes: total, sha256: hash.digest('hex') };
    },
    discard: shut,
  };
}

/**
 * Creates `dir/name`, which must not exist yet (not even as a dangling link), writes `data`, flushes
 * it to disk (unless `flush` is false: then the caller flushes it, see `flushFiles`) and closes it.
 * Mode 0600.
 */
export function createFile(dir: string, name: string, data: OutputData, flush = true): WrittenFile {
  const file = newFile(dir, name);
  try {
    eachBatch(data, (bytes) => file.write(bytes));
  } catch (error) {
    file.discard();
    throw error;
  }
  return file.close(flush);
}

/**
 * Replaces `dir/name` with `data` in one step: a temporary file in `dir` is written and renamed over
 * it. Whatever was at `dir/name` — a file, or a symbolic link — is replaced, never written through.
 */
export function replaceFile(dir: string, name: string, data: OutputData): WrittenFile {
  const temp = `.signaalreis-${randomBytes(6).toString('hex')}.tmp`;
  try {
    const written = createFile(dir, temp, data);
    renameSync(join(dir, temp), join(dir, name));
    syncFolder(dir);
    return { ...written, name };
  } catch (error) {
    try {
      unlinkSync(join(dir, temp));
    } catch {
      // already renamed, or never created
    }
    throw error;
  }
}

/**
 * Creates the folder `dir` (and missing parents) with mode 0700 whatever the umask: a folder that
 * only its owner may read, such as a case store's.
 */
export function createPrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  chmodSync(dir, FOLDER_MODE);
}

/**
 * Takes the rights of others than the owner off every folder and file in `dir` and below (0700 and
 * 0600 for those that had more; a symbolic link is not followed): for files another program wrote
 * into a folder of ours — a case store's database files, which PGlite creates 0755 and 0666.
 * Returns how many it changed.
 */
export function makeTreePrivate(dir: string): number {
  let changed = 0;
  const tighten = (path: string): void => {
    const s = lstatSync(path);
    if (!s.isDirectory() && !s.isFile()) return;
    const mode = s.isDirectory() ? FOLDER_MODE : FILE_MODE;
    if ((s.mode & 0o077) !== 0) {
      chmodSync(path, mode);
      changed += 1;
    }
    if (s.isDirectory()) for (const name of readdirSync(path)) tighten(join(path, name));
  };
  tighten(dir);
  return changed;
}

/** Flushes a folder's entries (a rename) to disk; a no-op where folders cannot be opened (Windows). */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported on this platform or file system: the rename itself is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
