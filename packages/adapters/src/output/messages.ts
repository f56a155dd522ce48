// Every message of src/output in one place (English for now; a later issue adds a Dutch catalogue).
import { join } from 'node:path';
import { type Issue, issue } from '@signaalreis/core';

const at = (dir: string, name: string) => join(dir, name);
const list = (names: readonly string[], max = 5) =>
  names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');

/** Messages of the output folder and output file writers; `dir` and `path` as the user gave them. */
export const OUTPUT_MESSAGES = {
  outputIsLink: (dir: string) =>
    `${dir} is a symbolic link; give the folder it points to (signaalreis never writes through a link)`,
  notAFolder: (dir: string) => `${dir} exists and is not a folder`,
  notAFile: (path: string) => `${path} is a folder; give a file name`,
  foreignFile: (dir: string, name: string) =>
    `${at(dir, name)} was not written by signaalreis (no manifest.json there lists it); it is left alone: move it away or choose another output folder`,
  foreignLink: (dir: string, name: string) =>
    `${at(dir, name)} is a symbolic link that signaalreis did not make; it is left alone and not followed: remove it or choose another output folder`,
  changedFile: (dir: string, name: string) =>
    `${at(dir, name)} was changed after signaalreis wrote it (its size or SHA-256 differs from manifest.json); it is left alone: move it away or choose another output folder`,
  foreignManifest: (dir: string, name: string) =>
    `${at(dir, name)} is not a manifest of this version of signaalreis; it is left alone: choose another output folder`,
  wouldReplaceInput: (path: string) =>
    `${path} is an input of this command and would be replaced or removed; choose another output`,
  busy: (dir: string, pid: string, lock: string) =>
    `another signaalreis (process ${pid}) is writing to ${dir}; if none is running, remove ${lock}`,
  writeFailed: (path: string, code: string) => `cannot write to ${path} (${code})`,
  sharedFolder: (dir: string, foreign: readonly string[]) =>
    `${dir} also holds ${foreign.length === 1 ? 'a file' : 'files'} that signaalreis did not write (${list(foreign)}); ${foreign.length === 1 ? 'it was' : 'they were'} left alone, and the new files were written one at a time, not swapped in as one set`,
  finishedSwap: (dir: string) =>
    `${dir}: an earlier run was interrupted while swapping in its output; its complete new output is now in place`,
  restoredPrevious: (dir: string) =>
    `${dir}: an earlier run was interrupted while swapping in its output; the previous output was put back`,
  leftOver: (path: string) =>
    `${path} (the previous output) could not be removed because it holds files signaalreis did not write; look at it and remove it`,
} as const;

export const failed = (code: string, message: string): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [issue(code, [], message)],
});

/** An I/O error becomes an issue; anything else is a bug and is thrown on. */
export function ioFailure(error: unknown, shown: string): { ok: false; issues: Issue[] } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw error;
  return failed('write_failed', OUTPUT_MESSAGES.writeFailed(shown, code));
}
