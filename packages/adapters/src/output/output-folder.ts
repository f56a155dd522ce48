// The one way signaalreis writes its output: a folder of files written as one set (run, feedback),
// or one file (match, compare, criteria). Nothing is written through a link, no input is replaced,
// only files a manifest lists are ever replaced or removed, and a killed run leaves the previous set
// or the complete new one. Why and how: docs/security.md, "Output folders and atomic writes".
import { lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { type Bilingual, type Issue, issue, type Result } from '@signaalreis/core';
import {
  createFile,
  FOLDER_MODE,
  measure,
  type OutputData,
  replaceFile,
  syncFolder,
  type WrittenFile,
} from './atomic-file';
import { flushFiles } from './flush-files';
import { takeLock } from './folder-lock';
import {
  type FolderState,
  inputIds,
  inspectFolder,
  PENDING_NAME,
  recoverFolder,
  removeOwned,
  siblings,
} from './folder-state';
import { MANIFEST_NAME, manifestText, OutputFileNameSchema } from './manifest';
import { failed, ioFailure, OUTPUT_MESSAGES as M } from './messages';
import { type ThreadedFiles, threadedGroups, threadedOf } from './threaded-files';

/**
 * One file of an output set.
 *
 * @example
 * ```ts
 * import type { OutputFile } from '@signaalreis/adapters/output';
 * const file: OutputFile = { name: 'capacity.csv', data: 'channel,team\n' };
 * ```
 */
export interface OutputFile {
  /** A plain file name: letters, digits, `.`, `_`, `-`; no path, no leading dot. */
  name: string;
  /** Text, bytes, or text made piece by piece (a large file: see {@link OutputData}). */
  data: OutputData;
}

/**
 * Options of {@link writeOutputFolder} and {@link writeOutputFile}.
 *
 * @example
 * ```ts
 * import type { OutputOptions } from '@signaalreis/adapters/output';
 * const o: OutputOptions = { command: 'signaalreis run signals.csv --month 2026-10', inputs: ['/data/signals.csv'] };
 * ```
 */
export interface OutputOptions {
  /** What wrote the set, for the manifest (e.g. the command line). */
  command?: string;
  /** Files the command read: none of them may be replaced or removed. */
  inputs?: readonly string[];
  /** The folder or file as the user wrote it, for messages (default: the path given). */
  shown?: string;
  /** The time for the manifest (default: now). */
  now?: Date;
  /**
   * Told how far the writing is (a progress bar): stage `write` as each file is written, then
   * `flush` as the files are put on disk (a folder swapped in; a shared folder's files are put on
   * disk one by one as they are written) — the files done and their number. Nothing is written
   * differently.
   */
  onProgress?: (stage: 'write' | 'flush', done: number, total: number) => void;
}

/**
 * What {@link writeOutputFolder} did. `mode` is `swapped` when the set was written into a fresh
 * sibling folder and swapped in whole, `shared` when the folder holds files signaalreis did not
 * write, which were left alone while the new files were written one at a time.
 *
 * @example
 * ```ts
 * import type { FolderWrite } from '@signaalreis/adapters/output';
 * const line = (w: FolderWrite) => `${w.written.length} files (${w.mode}), ${w.removed.length} removed`;
 * ```
 */
export interface FolderWrite {
  mode: 'swapped' | 'shared';
  written: WrittenFile[];
  /** Own files of the previous run that this run did not write again (removed). */
  removed: string[];
  /** Entries the folder holds that signaalreis did not write (left alone). */
  foreign: string[];
  /** Things the user should know (Dutch and English): a shared folder, a recovered interrupted run, a left-over. */
  notes: Bilingual[];
}

/** Refusals: an input that would be replaced or removed, or someone else's entry in the way. */
function refusals(
  dir: string,
  state: FolderState,
  names: Set<string>,
  o: Required<Pick<OutputOptions, 'inputs' | 'shown'>>,
): Issue[] {
  const ids = inputIds(o.inputs);
  const inTheWay = [...state.foreign.keys()].filter(
    (n) => names.has(n) || n === MANIFEST_NAME || n === PENDING_NAME,
  );
  const inputs: Issue[] = [];
  for (const name of [...state.ours.keys(), ...inTheWay]) {
    const s = lstatSync(join(dir, name), { throwIfNoEntry: false });
    if (s && ids.has(`${s.dev}:${s.ino}`))
      inputs.push(issue('would_replace_input', [name], M.wouldReplaceInput(join(o.shown, name))));
  }
  if (inputs.length > 0) return inputs;
  return inTheWay.map((name) => {
    const kind = state.foreign.get(name);
    if (kind === 'changed') return issue('changed_since_written', [name], M.changedFile(o.shown, name));
    if (kind === 'manifest') return issue('foreign_manifest', [name], M.foreignManifest(o.shown, name));
    return issue(
      'foreign_file',
      [name],
      kind === 'link' ? M.foreignLink(o.shown, name) : M.foreignFile(o.shown, name),
    );
  });
}

/**
 * Writes the set into a fresh sibling folder and swaps it in: rename the old folder aside, rename the
 * new one into place, remove the old one. Returns undefined when the swap is not possible here (the
 * parent folder is not writable, the folder is a mount point …): then the caller writes in place.
 */
function swapIn(
  dir: string,
  state: FolderState,
  files: readonly OutputFile[],
  manifest: (w: WrittenFile[]) => string,
  notes: Bilingual[],
  progress?: OutputOptions['onProgress'],
): WrittenFile[] | undefined {
  const names = siblings(dirname(dir), basename(dir));
  let staging: string;
  try {
    staging = mkdtempSync(names.newPrefix);
  } catch {
    return undefined;
  }
  let written: WrittenFile[];
  const threads = threadedGroups(files);
  try {
    // files another thread writes are started first, so that it writes them while this thread
    // writes the others (threaded-files.ts); then all are flushed together (flushFiles): the disk
    // writes the first files while the later ones are made, and many files are flushed at once
    for (const [group, names] of threads) group.start(staging, names);
    let done = 0;
    const wrote = (w: WrittenFile): WrittenFile => {
      progress?.('write', ++done, files.length);
      return w;
    };
    const own = files.map((f) =>
      threadedOf(f.data) ? undefined : wrote(createFile(staging, f.name, f.data, false)),
    );
    written = files.map((f, i) => own[i] ?? wrote((threadedOf(f.data) as ThreadedFiles).finish(f.name)));
    flushFiles(
      written.map((w) => join(staging, w.name)),
      progress && ((flushed) => progress('flush', flushed, files.length)),
    );
    createFile(staging, MANIFEST_NAME, manifest(written));
    syncFolder(staging);
    if (!state.exists) {
      renameSync(staging, dir);
      syncFolder(dirname(dir));
      return written;
    }
  } catch (error) {
    for (const group of threads.keys()) group.abort();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = names.old();
  try {
    renameSync(dir, old);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    return undefined;
  }
  try {
    renameSync(staging, dir);
  } catch (error) {
    renameSync(old, dir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  syncFolder(dirname(dir));
  removeOwned(old, notes);
  return written;
}

/**
 * Writes the files one at a time into a folder that also holds files signaalreis did not write:
 * first a journal of what is coming, then each file (atomically), then the removal of own files of
 * the previous run, then the manifest. After a crash every own file is listed in the old manifest or
 * the journal, so the next run still recognises it.
 */
function writeInPlace(
  dir: string,
  state: FolderState,
  files: readonly OutputFile[],
  removed: readonly string[],
  manifest: (w: WrittenFile[]) => string,
  progress?: OutputOptions['onProgress'],
): WrittenFile[] {
  if (!state.exists) mkdirSync(dir, { mode: FOLDER_MODE });
  const planned = files.map((f) => ({ name: f.name, ...measure(f.data) }));
  replaceFile(dir, PENDING_NAME, manifest(planned));
  const written = files.map((f, i) => {
    const w = replaceFile(dir, f.name, f.data);
    progress?.('write', i + 1, files.length);
    return w;
  });
  for (const name of removed) rmSync(join(dir, name), { force: true });
  replaceFile(dir, MANIFEST_NAME, manifest(written));
  unlinkSync(join(dir, PENDING_NAME));
  syncFolder(dir);
  return written;
}

/** True when `dir` is the working directory or holds it: such a folder is never renamed away. */
function holdsWorkingDirectory(dir: string): boolean {
  const cwd = resolve(process.cwd());
  return cwd === dir || cwd.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
}

/**
 * Writes an output set into the folder `dir` with `manifest.json` listing it (names, sizes, SHA-256,
 * command, time). Files are created 0600, folders 0700. When the folder holds only what an earlier
 * manifest lists (or does not exist), the new set is written into a fresh sibling folder and swapped
 * in whole: a killed run leaves the previous set or the complete new one, and no file of the earlier
 * run stays behind. When the folder also holds files signaalreis did not write, those are left alone
 * and the new files are written one at a time (`mode: 'shared'`, with a note); so they are when the
 * folder is (or holds) the working directory, or its parent folder cannot be written. Refused, as issues:
 * `dir` is a symbolic link (`output_is_link`) or not a folder (`not_a_folder`); a file to be written
 * exists and is not signaalreis's own (`foreign_file`, also for a planted link), or was changed
 * since it was written (`changed_since_written`); a foreign `manifest.json` (`foreign_manifest`); an
 * input would be replaced or removed (`would_replace_input`); another run writes to the folder
 * (`folder_busy`); the file system fails (`write_failed`, with its error code).
 *
 * @example
 * ```ts
 * import { writeOutputFolder } from '@signaalreis/adapters/output';
 * const w = writeOutputFolder('out/2026-10', [{ name: 'capacity.csv', data: 'channel\n' }], {
 *   command: 'signaalreis run signals.csv --month 2026-10',
 *   inputs: ['signals.csv'],
 * });
 * if (!w.ok) console.error(w.issues.map((i) => i.message.nl).join('\n'));
 * else if (w.value.mode === 'shared') console.warn(w.value.notes.map((n) => n.nl).join('\n'));
 * ```
 */
export function writeOutputFolder(
  dir: string,
  files: readonly OutputFile[],
  options: OutputOptions = {},
): Result<FolderWrite> {
  const names = new Set(files.map((f) => f.name));
  for (const f of files)
    if (!OutputFileNameSchema.safeParse(f.name).success)
      throw new Error(`Not a plain output file name: ${JSON.stringify(f.name)}`);
  if (names.size !== files.length) throw new Error('Two output files with the same name');
  const abs = resolve(dir);
  const o = { shown: options.shown ?? dir, inputs: options.inputs ?? [] };
  const manifest = (w: WrittenFile[]) =>
    manifestText(options.command ?? 'signaalreis', w, options.now ?? new Date());
  try {
    mkdirSync(dirname(abs), { recursive: true, mode: FOLDER_MODE });
  } catch (error) {
    return ioFailure(error, o.shown);
  }
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) return failed('output_is_link', M.outputIsLink(o.shown));
  if (stat && !stat.isDirectory()) return failed('not_a_folder', M.notAFolder(o.shown));
  let lock: ReturnType<typeof takeLock> | undefined;
  try {
    lock = takeLock(siblings(dirname(abs), basename(abs)).lock);
  } catch {
    lock = undefined; // the parent folder is not writable: no swap, no lock file, write in place
  }
  if (lock && 'heldBy' in lock)
    return failed('folder_busy', M.busy(o.shown, lock.heldBy, siblings(dirname(abs), basename(abs)).lock));
  try {
    const notes = lock ? recoverFolder(abs, o.shown, dirname(abs), basename(abs)) : [];
    const state = inspectFolder(abs);
    const refused = refusals(abs, state, names, o);
    if (refused.length > 0) return { ok: false, issues: refused };
    const foreign = [...state.foreign.keys()].sort();
    const removed = [...state.ours.keys()].filter((n) => !names.has(n)).sort();
    const swappable = lock !== undefined && foreign.length === 0 && !holdsWorkingDirectory(abs);
    const swapped = swappable ? swapIn(abs, state, files, manifest, notes, options.onProgress) : undefined;
    if (swapped) return { ok: true, value: { mode: 'swapped', written: swapped, removed, foreign, notes } };
    const written = writeInPlace(abs, state, files, removed, manifest, options.onProgress);
    if (foreign.length > 0) notes.push(M.sharedFolder(o.shown, foreign));
    return { ok: true, value: { mode: 'shared', written, removed, foreign, notes } };
  } catch (error) {
    return ioFailure(error, o.shown);
  } finally {
    if (lock && 'release' in lock) lock.release();
  }
}

/**
 * Repairs an output folder after a run was killed: finishes or undoes a half-done swap (between its
 * two renames the folder does not exist for a moment) and removes the left-overs of the killed run.
 * Every write does this first; call it yourself before reading a folder that a run may have been
 * killed writing. Returns notes (Dutch and English) on what it did (none when there was nothing to
 * do); `folder_busy` while another run is writing.
 *
 * @example
 * ```ts
 * import { recoverOutputFolder } from '@signaalreis/adapters/output';
 * const r = recoverOutputFolder('out/2026-10');
 * if (r.ok) for (const note of r.value) console.warn(note.nl);
 * ```
 */
export function recoverOutputFolder(
  dir: string,
  options: Pick<OutputOptions, 'shown'> = {},
): Result<Bilingual[]> {
  const abs = resolve(dir);
  const shown = options.shown ?? dir;
  const lockPath = siblings(dirname(abs), basename(abs)).lock;
  try {
    if (!lstatSync(dirname(abs), { throwIfNoEntry: false })?.isDirectory()) return { ok: true, value: [] };
    const lock = takeLock(lockPath);
    if ('heldBy' in lock) return failed('folder_busy', M.busy(shown, lock.heldBy, lockPath));
    try {
      return { ok: true, value: recoverFolder(abs, shown, dirname(abs), basename(abs)) };
    } finally {
      lock.release();
    }
  } catch (error) {
    return ioFailure(error, shown);
  }
}
