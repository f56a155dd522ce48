// Texts set aside on disk while a command still works, then written into its output folder: what
// `import ddas` of a national delivery makes a month at a time (a year's case files are ~0.5 GB of
// text; held, they set the command's peak) and what `export ddas` makes of a national year's months.
// The texts are written one after another into one file in a private folder (0700, the file 0600;
// one file, however many texts: no limit of open files is reached) that is unlinked at once where the
// system allows it (the open file stays readable): a killed command leaves no personal data behind;
// elsewhere the folder is removed when the command ends.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Result } from '@signaalreis/core';
import { eachBatch, FOLDER_MODE, type OutputData } from './atomic-file';
import { ioFailure } from './messages';

/** Bytes read back at a time (project default). */
const READ_BYTES = 1 << 20;

/** Texts set aside on disk beside the output folder (see the file's comment). */
export class SpoolFiles {
  private readonly texts = new Map<string, { at: number; bytes: number }>();
  private end = 0;
  private open = true;

  private constructor(
    private readonly folder: string,
    private readonly fd: number,
    private readonly made: readonly string[],
  ) {}

  /**
   * A private folder in `parent` (made when missing: removed again at `close` if nothing was written
   * into it) with the file the texts go into; `write_failed` with the system's code when either
   * cannot be made (`shown`: the output folder as the user wrote it, for the message).
   */
  static open(parent: string, shown: string): Result<SpoolFiles> {
    let folder: string | undefined;
    try {
      const first = mkdirSync(parent, { recursive: true, mode: FOLDER_MODE });
      // the folders made, deepest first: `parent` up to the first that was missing
      const made: string[] = [];
      if (first !== undefined)
        for (let at = resolve(parent); made.at(-1) !== resolve(first); at = dirname(at)) made.push(at);
      folder = mkdtempSync(join(parent, '.signaalreis-spool-'));
      const path = join(folder, 'texts');
      const fd = openSync(path, 'wx+', 0o600);
      try {
        unlinkSync(path); // an open file stays readable; a killed command leaves nothing
      } catch {
        // Windows: the folder is removed at the end
      }
      return { ok: true, value: new SpoolFiles(folder, fd, made) };
    } catch (error) {
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
      return ioFailure(error, shown);
    }
  }

  /** Sets `data` aside as `name` (once): text made piece by piece is never one string. */
  add(name: string, data: OutputData): void {
    if (this.texts.has(name)) throw new Error(`unreachable: ${name} set aside twice`);
    const at = this.end;
    eachBatch(data, (batch) => {
      for (let done = 0; done < batch.length; )
        done += writeSync(this.fd, batch, done, batch.length - done, this.end + done);
      this.end += batch.length;
    });
    this.texts.set(name, { at, bytes: this.end - at });
  }

  /** How many bytes were set aside as `name` (0: nothing by that name). */
  bytes(name: string): number {
    return this.texts.get(name)?.bytes ?? 0;
  }

  /**
   * The text set aside as `name`, as output data: read back a piece at a time, each time it is asked
   * for — as its UTF-8 bytes, which are written as they are (not decoded to be encoded again).
   */
  data(name: string): () => Generator<Uint8Array> {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`unreachable: ${name} was set aside`);
    const fd = this.fd;
    return function* () {
      const end = text.at + text.bytes;
      for (let at = text.at; at < end; ) {
        const buf = Buffer.allocUnsafe(Math.min(READ_BYTES, end - at));
        const n = readSync(fd, buf, 0, buf.length, at);
        if (n === 0) throw new Error('a text set aside was cut short');
        at += n;
        yield buf.subarray(0, n);
      }
    };
  }

  /** Closes and removes everything set aside, and the folders `open` made if they stayed empty (a refused command). */
  close(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
    this.texts.clear();
    rmSync(this.folder, { recursive: true, force: true });
    try {
      for (const dir of this.made) rmdirSync(dir);
    } catch {
      // not empty: the command wrote its output there
    }
  }
}
