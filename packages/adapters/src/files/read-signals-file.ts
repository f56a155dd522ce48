// Reading a signal CSV file from disk (Node only): the file's bytes streamed into the reader of
// ../csv, which itself needs no file system and runs in a browser too.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import {
  type ReadSignalsOptions,
  type SignalImportEvent,
  type SkipRow,
  signalEventStream,
} from '../csv/read-signals';

/**
 * Streams a signal CSV file from disk (64 KiB chunks) through `streamSignalsCsv`, so a 100 MB file
 * is read in constant memory. A file that cannot be opened rejects with the file system's error
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
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  await once(stream, 'open');
  yield* signalEventStream(stream as AsyncIterable<Uint8Array>, options, skip);
}
