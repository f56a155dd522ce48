// Reading a signal CSV file from disk (Node only): the file's bytes streamed into the reader of
// ../csv, which itself needs no file system and runs in a browser too.
import { once } from 'node:events';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import {
  type ReadSignalsOptions,
  type SignalImportEvent,
  type SkipRow,
  signalEventStream,
} from '../csv/read-signals';

/** The chunks a file is read in (the stream's, and those of a small file read at once). */
const CHUNK_BYTES = 64 * 1024;

/**
 * A file up to this size is read at once, without the stream's trips to the I/O threads per chunk
 * (project default: a municipality's month is ~100 KB; a national one, ~20 MB, is streamed).
 */
const SMALL_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Streams a signal CSV file from disk (64 KiB chunks) through `streamSignalsCsv`, so a 100 MB file
 * is read in constant memory (a file of at most 4 MiB is read at once, then fed in the same chunks). A file that cannot be opened rejects with the file system's error
 * (`ENOENT` …): that is about the path, not the data; everything in the file is an event. In a
 * browser, hand the bytes (`await file.arrayBuffer()`) or `file.stream()` to `streamSignalsCsv` of
 * `@signaalreis/adapters/csv` instead.
 *
 * @example
 * ```ts
 * import { readSignalsFile } from '@signaalreis/adapters/files';
 * import { asIsoDate } from '@signaalreis/core';
 * let rejected = 0;
 * for await (const e of readSignalsFile('examples/data/signals-2026-10.csv', { today: asIsoDate('2026-11-01') })) {
 *   if (e.type === 'rejected') rejected++; // e.issues: code, path ['rows', row, column], line, message.nl/en
 * }
 * ```
 */
export function readSignalsFile(
  path: string,
  options: ReadSignalsOptions = {},
): AsyncGenerator<SignalImportEvent> {
  return signalFileEvents(path, options);
}

/**
 * {@link readSignalsFile} with records left unchecked where `skip` says so (`signalEventStream`);
 * internal to the command line (cli/signal-file.ts).
 */
export async function* signalFileEvents(
  path: string,
  options: ReadSignalsOptions = {},
  skip?: SkipRow,
): AsyncGenerator<SignalImportEvent> {
  const small = readSmallFile(path);
  if (small) {
    yield* signalEventStream(chunksOf(small), options, skip);
    return;
  }
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  await once(stream, 'open');
  yield* signalEventStream(stream as AsyncIterable<Uint8Array>, options, skip);
}

/** The bytes of a file of at most SMALL_FILE_BYTES, or undefined for a larger one; throws as opening it does. */
function readSmallFile(path: string): Buffer | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > SMALL_FILE_BYTES) return undefined;
    // one byte more than the size: a file that grew since is read whole by the stream instead
    const buffer = Buffer.allocUnsafe(size + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buffer.length; n += r) r = readSync(fd, buffer, n, buffer.length - n, n);
    return n > size ? undefined : buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** `bytes` in chunks of CHUNK_BYTES, as the stream gives them. */
async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}
