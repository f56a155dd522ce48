import type { CaseStore, IsoDate, Lang } from '@signaalreis/core';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import type { KeptHistory } from './history-kept';

/**
 * A place the command line writes to: `process.stdout`/`process.stderr`, or a string buffer in tests.
 */
export interface CliStream {
  write(chunk: string): unknown;
  /** True when the stream is an interactive terminal (progress bars are shown only then). */
  isTTY?: boolean;
}

/**
 * Everything the `signaalreis` command line touches outside itself, so that tests can run it
 * in-process with captured output and a fixed date (see cli-test-kit.ts).
 */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Directory that relative file names are resolved against. */
  cwd: string;
  /** "Today" when `--today` is not given (dates after it are in the future); default: the clock. */
  today?: IsoDate;
  /**
   * The language of every text that exists in Dutch and English (issue messages, labels,
   * explanations); default `'en'` for now (see `cliLang`). The command line's own sentences are
   * English.
   */
  lang?: Lang;
  /** Told by `run` when it has written its folder: what `batch` shows per municipality. */
  onRun?: (summary: RunSummary) => void;
  /**
   * Opens the store `--store` names (`create`: a missing folder becomes a new store); default: a
   * new connection each time. `batch` gives the store its thread keeps open for all its runs.
   */
  openStore?: (target: string, create: boolean) => Promise<CaseStore>;
  /** Presets already loaded, shared by the runs of a `batch` thread (preset-cache.ts); default: none. */
  presets?: Map<string, LoadedMunicipalityPreset>;
  /**
   * The history thread a `batch` thread keeps for its runs (history-kept.ts): a run whose history is
   * case files reads them there, and uses again what an earlier run read of them; default: a
   * thread of its own for each run.
   */
  keptHistory?: KeptHistory;
  /**
   * The largest DDAS delivery `import ddas` reads as one text (default `JSON_FILE_LIMITS.caseFile`,
   * 64 MiB); a larger one is read a signal and a case at a time. Tests set it low.
   */
  wholeDeliveryMax?: number;
}

/** What a `run` decided, in counts (see {@link CliIo.onRun}). */
export interface RunSummary {
  /** Rows of the signal file, and of them rejected. */
  rows: number;
  rejected: number;
  /** Cases, of them picked up (crisis included), and with a contact placed (wholly or partly). */
  cases: number;
  pickedUp: number;
  contacted: number;
}

/**
 * A problem the user can fix (file not found, not a CSV, missing column, bad option): printed as
 * one line `signaalreis: <message>` without a stack trace; exit code 2.
 */
export class CliUserError extends Error {
  override readonly name = 'CliUserError';
}

/** Ends a command with an exit code after its output was written (e.g. `--strict` with rejected rows). */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/**
 * Exit codes of the `signaalreis` command line. Not part of the library API: users and scripts
 * read them in docs/getting-started.md, "Exit codes" (keep both the same).
 */
export const EXIT_CODES = {
  /** Everything went fine (rejected rows are reported, not an error, unless `--strict`). */
  ok: 0,
  /** `--strict` and at least one row was rejected. */
  dataProblems: 1,
  /** The user can fix it: file not found, not a CSV, missing required column, bad option. */
  userError: 2,
  /** A bug: an unexpected exception (EX_SOFTWARE). Please report it. */
  internalError: 70,
} as const;
