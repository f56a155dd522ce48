// Texts set aside on disk while a command still works, then written into its output folder: what
// `import ddas` of a national delivery makes a month at a time (a year's case files are ~0.5 GB of
// text; held, they set the command's peak). Each text is written to a file in a private folder
// (0700, the file 0600) that is unlinked at once where the system allows it (the open file stays
// readable): a killed command leaves no personal data behind; elsewhere the folder is removed when
// the command ends.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Result } from '@signaalreis/core';
import { eachBatch, FOLDER_MODE, type OutputData } from './atomic-file';
import { ioFailure } from './messages';

/** Bytes read back at a time (project default). */
const READ_BYTES = 1 << 20;

/** Texts set aside on disk beside the output folder (see the file's comment). */
export class SpoolFiles {
  private readonly files = new Map<string, { fd: number; bytes: number }>();

  private constructor(private readonly folder: string) {}

  /**
   * A private folder in `parent` (made when missing); `write_failed` with the system's code when it
   * cannot be made (`shown`: the output folder as the user wrote it, for the message).
   */
  static open(parent: string, shown: string): Result<SpoolFiles> {
    try {
      mkdirSync(parent, { recursive: true, mode: FOLDER_MODE });
      return { ok: true, value: new SpoolFiles(mkdtempSync(join(parent, '.signaalreis-spool-'))) };
    } catch (error) {
      return ioFailure(error, shown);
    }
  }

  /** Sets `data` aside as `name` (a plain file name, once): text made piece by piece is never one string. */
  add(name: string, data: OutputData): void {
    const path = join(this.folder, name);
    const fd = openSync(path, 'wx+', 0o600);
    try {
      unlinkSync(path); // open files stay readable; a killed command leaves nothing
    } catch {
      // Windows: the folder is removed at the end
    }
    let bytes = 0;
    eachBatch(data, (batch) => {
      for (let at = 0; at < batch.length; ) at += writeSync(fd, batch, at, batch.length - at, bytes + at);
      bytes += batch.length;
    });
    this.files.set(name, { fd, bytes });
  }

  /** The text set aside as `name`, as output data: read back a piece at a time, each time it is asked for. */
  data(name: string): OutputData {
    const file = this.files.get(name);
    if (file === undefined) throw new Error(`unreachable: ${name} was set aside`);
    return function* () {
      const buf = Buffer.allocUnsafe(READ_BYTES);
      const decoder = new StringDecoder('utf8');
      for (let at = 0; at < file.bytes; ) {
        const n = readSync(file.fd, buf, 0, Math.min(READ_BYTES, file.bytes - at), at);
        if (n === 0) throw new Error('a text set aside was cut short');
        at += n;
        yield decoder.write(buf.subarray(0, n));
      }
      yield decoder.end();
    };
  }

  /** Closes and removes everything set aside. */
  close(): void {
    for (const { fd } of this.files.values()) closeSync(fd);
    this.files.clear();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
