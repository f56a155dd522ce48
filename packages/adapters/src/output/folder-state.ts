// What is in an output folder before a write: which files are signaalreis's own (listed in its
// manifest, or in the journal of an interrupted write, with unchanged content) and which are not;
// and the recovery of a run that was killed while swapping in a new output set.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual } from '@signaalreis/core';
import { TEMP_FILE } from './atomic-file';
import { MANIFEST_NAME, type OutputManifest, readManifest, unchanged } from './manifest';
import { OUTPUT_MESSAGES } from './messages';

/** Journal of a write in progress in a shared folder: the files about to be written. */
export const PENDING_NAME = '.signaalreis-pending.json';
/** A temporary file older than this is a left-over of a killed run (ms). Project default. */
const STALE_TEMP_MS = 60_000;

/** An entry that is not signaalreis's own, and why. */
export type Foreign = 'link' | 'changed' | 'manifest' | 'other';

/** The state of an output folder. */
export interface FolderState {
  exists: boolean;
  /** Own files (name → device and inode), listed with their current content. */
  ours: Map<string, { dev: number; ino: number }>;
  /** Every other entry. */
  foreign: Map<string, Foreign>;
}

/** Names of the siblings a swap uses: `.<folder>.signaalreis-new-…`, `-old-…`, `-lock`. */
export function siblings(parent: string, base: string) {
  const prefix = `.${base}.signaalreis-`;
  return {
    prefix,
    lock: join(parent, `${prefix}lock`),
    newPrefix: join(parent, `${prefix}new-`),
    old: () => join(parent, `${prefix}old-${randomBytes(6).toString('hex')}`),
  };
}

/** Reads the folder `dir` (which exists as a real folder or not at all). */
export function inspectFolder(dir: string): FolderState {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (!stat) return { exists: false, ours: new Map(), foreign: new Map() };
  const manifest = readManifest(dir);
  const listed = new Map<string, OutputManifest['files'][number][]>();
  const journal = readManifest(dir, PENDING_NAME);
  for (const f of [
    ...(manifest && manifest !== 'foreign' ? manifest.files : []),
    ...(journal && journal !== 'foreign' ? journal.files : []),
  ])
    listed.set(f.name, [...(listed.get(f.name) ?? []), f]);
  const ours = new Map<string, { dev: number; ino: number }>();
  const foreign = new Map<string, Foreign>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (TEMP_FILE.test(name)) continue; // a file being written, or left by a killed run
    if (name === MANIFEST_NAME && manifest !== 'foreign') continue;
    if (name === PENDING_NAME && journal !== 'foreign') continue;
    const versions = listed.get(name);
    if (versions?.some((f) => unchanged(dir, f))) {
      const s = lstatSync(join(dir, name));
      ours.set(name, { dev: s.dev, ino: s.ino });
    } else if (name === MANIFEST_NAME || name === PENDING_NAME) foreign.set(name, 'manifest');
    else if (versions) foreign.set(name, 'changed');
    else foreign.set(name, entry.isSymbolicLink() ? 'link' : 'other');
  }
  return { exists: true, ours, foreign };
}

/** True when `dir` holds a manifest whose every file is present with its listed content. */
function complete(dir: string): boolean {
  const m = readManifest(dir);
  return m !== undefined && m !== 'foreign' && m.files.every((f) => unchanged(dir, f));
}

/**
 * Removes a previous output set moved aside by a swap: only the files its manifest lists (and the
 * manifest), then the folder. When something else is in it, the folder is left and reported.
 */
export function removeOwned(dir: string, notes: Bilingual[]): void {
  const names: string[] = [];
  for (const m of [readManifest(dir), readManifest(dir, PENDING_NAME)])
    if (m && m !== 'foreign') names.push(...m.files.map((f) => f.name));
  // the manifest last: until every file it lists is gone, a killed removal can be finished later
  for (const name of [...names, PENDING_NAME, MANIFEST_NAME]) rmSync(join(dir, name), { force: true });
  try {
    rmdirSync(dir);
  } catch {
    notes.push(OUTPUT_MESSAGES.leftOver(dir));
  }
}

/**
 * Finishes or undoes a swap that a killed run left half-done, and removes its left-overs. Between
 * the two renames of a swap the folder does not exist; then the staged new set (complete, or it would
 * not have been swapped) is moved in, or else the previous set is put back.
 */
export function recoverFolder(dir: string, shown: string, parent: string, base: string): Bilingual[] {
  const notes: Bilingual[] = [];
  const { prefix } = siblings(parent, base);
  const entries = readdirSync(parent, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && e.name.startsWith(prefix),
  );
  const staged = entries.filter((e) => e.name.startsWith(`${prefix}new-`)).map((e) => join(parent, e.name));
  const old = entries.filter((e) => e.name.startsWith(`${prefix}old-`)).map((e) => join(parent, e.name));
  if (!lstatSync(dir, { throwIfNoEntry: false }) && old.length > 0) {
    const ready = staged.find(complete);
    if (ready) {
      renameSync(ready, dir);
      notes.push(OUTPUT_MESSAGES.finishedSwap(shown));
    } else {
      renameSync(old[0] as string, dir);
      notes.push(OUTPUT_MESSAGES.restoredPrevious(shown));
    }
  }
  for (const s of staged) if (s !== dir) rmSync(s, { recursive: true, force: true });
  for (const o of old) if (lstatSync(o, { throwIfNoEntry: false })) removeOwned(o, notes);
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    for (const name of readdirSync(dir)) {
      if (!TEMP_FILE.test(name)) continue;
      const t = lstatSync(join(dir, name), { throwIfNoEntry: false });
      if (t?.isFile() && Date.now() - t.mtimeMs > STALE_TEMP_MS) unlinkSync(join(dir, name));
    }
  }
  return notes;
}

/** Device and inode of each existing input file (links followed: the file that would be lost). */
export function inputIds(inputs: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const p of inputs) {
    const s = statSync(p, { throwIfNoEntry: false });
    if (s?.isFile()) ids.add(`${s.dev}:${s.ino}`);
  }
  return ids;
}
