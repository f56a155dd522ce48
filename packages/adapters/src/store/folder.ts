// A store in a folder: PGlite (PostgreSQL in WebAssembly) keeps its data files in <folder>/pgdata,
// beside a marker file that says the folder is a signaalreis store. A folder that holds other files
// is never turned into a store, and one process at a time uses a store (PGlite is a single-process
// database): a lock file holds the user's process id; the lock of a killed run is taken over.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bilingual, fail, issue, ok, type Result } from '@signaalreis/core';
import { createFile, createPrivateFolder } from '../output/atomic-file';
import { takeLock } from '../output/folder-lock';
import { STORE_MESSAGES as M } from './messages';

/** The marker file of a store folder and what it holds. */
export const STORE_MARKER = 'signaalreis-store.json';
/** The format of the folder layout (not of the schema, which migrations version). */
export const STORE_FOLDER_FORMAT = 'signaalreis-store/1';
/** PGlite's data folder inside the store folder. */
export const PGDATA = 'pgdata';
/** The lock file inside the store folder. */
export const STORE_LOCK = '.signaalreis-store.lock';

const notAStore = (shown: string, why: Bilingual) =>
  fail(issue('store_not_a_store', [], M.notAStore(shown, why)));

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** Writes the marker: a new file (never through a link), mode 0600, by src/output's writer. */
function writeMarker(dir: string): void {
  createFile(
    dir,
    STORE_MARKER,
    `${JSON.stringify({ format: STORE_FOLDER_FORMAT, engine: 'pglite' }, null, 2)}\n`,
  );
}

function markerIsOurs(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, STORE_MARKER), 'utf8')) as { format?: unknown };
    return m.format === STORE_FOLDER_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Prepares a store folder for PGlite and takes its lock: a missing folder is created (mode 0700,
 * whatever the umask) and marked; an empty folder is marked and made 0700; a folder with the marker
 * is used. Without `create`, a missing or empty folder is `store_not_found`. A
 * file, a symbolic link, a folder with other files or a damaged marker is refused
 * (`store_not_a_store`), a folder in use by another process too (`store_locked`). Returns the data
 * folder for PGlite and the function that releases the lock.
 */
export function prepareStoreFolder(
  dir: string,
  shown: string,
  create = true,
): Result<{ pgdata: string; release: () => void }> {
  let stat: ReturnType<typeof lstatSync> | undefined;
  try {
    stat = lstatSync(dir);
  } catch (e) {
    if (errno(e) !== 'ENOENT') throw e;
  }
  if (stat && !stat.isDirectory()) return notAStore(shown, M.notAFolder);
  if (!stat && !create) return fail(issue('store_not_found', [], M.notFound(shown)));
  if (!stat) createPrivateFolder(dir);
  const entries = readdirSync(dir);
  if (!entries.includes(STORE_MARKER)) {
    if (entries.length > 0) return notAStore(shown, M.foreignFiles);
    // an empty folder is a store only for a command that may make one (not for one that reads)
    if (!create) return fail(issue('store_not_found', [], M.emptyFolder(shown)));
    createPrivateFolder(dir); // an empty folder of yours, now a store: owner only, as a new one
    writeMarker(dir);
  } else if (!markerIsOurs(dir)) return notAStore(shown, M.badMarker);
  const lock = takeLock(join(dir, STORE_LOCK));
  if ('heldBy' in lock) return fail(issue('store_locked', [], M.locked(shown, lock.heldBy)));
  return ok({ pgdata: join(dir, PGDATA), release: lock.release });
}
