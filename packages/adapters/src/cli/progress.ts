import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { CliIo } from './io';
import { cliLang } from './lang';
import { VALIDATE_MESSAGES } from './messages/validate';
import { rawStream } from './terminal';

/** Bytes of a MiB: the unit of the bars that count bytes read (`import ddas`, `export ddas`). */
export const MIB = 1024 * 1024;

/** Files larger than this get a progress bar (when stderr is a terminal). */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
const EVERY_ROWS = 2_000;

/** Progress of a running validation. */
export interface Progress {
  /** Rows seen so far. */
  tick(rows: number): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/** Rows in a file, estimated from the line length of its first 64 KiB. */
function estimateRows(path: string, size: number): number {
  const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  let lines = 0;
  for (const byte of buffer) if (byte === 0x0a) lines += 1;
  return Math.max(1, Math.round((size / buffer.length) * Math.max(lines, 1)) - 1);
}

/**
 * A started progress bar on the terminal of `io.stderr` (only for a terminal: ask `isTTY` first),
 * `format` in cli-progress's tokens, cleared when it stops.
 */
export function terminalBar(io: CliIo, format: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      // the bar writes its own cursor controls: give it the terminal itself, not the escaping wrapper
      stream: rawStream(io.stderr) as NodeJS.WritableStream,
      format,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/** A progress bar on stderr for a large file on a terminal; otherwise nothing. */
export function startProgress(io: CliIo, path: string, size: number): Progress {
  if (!io.stderr.isTTY || size <= PROGRESS_MIN_BYTES) return NONE;
  let total = estimateRows(path, size);
  const bar = terminalBar(io, VALIDATE_MESSAGES.progress[cliLang(io)], total);
  return {
    tick(rows) {
      if (rows % EVERY_ROWS !== 0) return;
      if (rows > total) {
        total = Math.round(rows * 1.05);
        bar.setTotal(total);
      }
      bar.update(rows);
    },
    stop() {
      bar.update(total);
      bar.stop();
    },
  };
}

/**
 * Whether `files` (relative to the working directory) are together at least {@link PROGRESS_MIN_BYTES}:
 * then a command that reads them shows its phases on a bar (`export ddas`, `report`). A file that is
 * not there counts as nothing here; it is refused when it is read, with its own message.
 */
export function largeFiles(io: CliIo, files: readonly string[]): boolean {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(resolve(io.cwd, file)).size;
    } catch {
      // refused when read
    }
  }
  return bytes >= PROGRESS_MIN_BYTES;
}

/**
 * A bar on the terminal that goes through phases of a long command, each with its own label and
 * number of steps (`letters`: the cases, the PDFs, the files written and put on disk).
 */
export interface PhasedProgress {
  /** `done` of `total` steps of the phase `label`: a new label starts the bar again at its own total. */
  show(label: string, done: number, total: number): void;
  /** Clears the bar (also when the command fails). */
  stop(): void;
}

/**
 * `io` whose stderr clears `bar` before anything else is written there — a refusal, a warning, a
 * note of the output folder — so that each comes on a line of its own; the bar starts again at the
 * next phase. For the steps that write to stderr while a bar shows.
 */
export function besideBar(io: CliIo, bar: PhasedProgress): CliIo {
  if (bar === NO_PROGRESS) return io;
  const stderr = io.stderr;
  return {
    ...io,
    stderr: {
      write: (chunk: string) => {
        bar.stop();
        return stderr.write(chunk);
      },
      isTTY: stderr.isTTY,
    },
  };
}

/** What {@link phasedProgress} gives when there is no terminal: nothing is shown. */
export const NO_PROGRESS: PhasedProgress = { show() {}, stop() {} };

/**
 * A {@link PhasedProgress} on the terminal of `io.stderr` in `format` (cli-progress's tokens, with
 * `{phase}` for the label) when stderr is a terminal; otherwise {@link NO_PROGRESS}.
 *
 * @example
 * ```ts
 * import { phasedProgress } from './progress';
 * import type { CliIo } from './io';
 * declare const io: CliIo;
 * const bar = phasedProgress(io, '{phase} [{bar}] {value}/{total}');
 * bar.show('zaken', 500, 57000); // "zaken [░░░…] 500/57000" on a terminal
 * bar.show("PDF's", 1, 25432); // the bar starts again for the next phase
 * bar.stop();
 * ```
 */
export function phasedProgress(io: CliIo, format: string): PhasedProgress {
  if (!io.stderr.isTTY) return NO_PROGRESS;
  let bar: cliProgress.SingleBar | undefined;
  let phase: string | undefined;
  let total = 0;
  const stop = () => {
    bar?.stop();
    bar = undefined;
    phase = undefined;
  };
  return {
    show(label, done, steps) {
      if (label !== phase || steps !== total) {
        stop();
        phase = label;
        total = steps;
        bar = terminalBar(io, format.replace('{phase}', label), steps);
      }
      bar?.update(Math.min(done, steps));
    },
    stop,
  };
}
