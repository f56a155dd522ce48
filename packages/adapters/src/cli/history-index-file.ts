// A case file given as history is read through the history index beside it (`history.json`, written
// by the same run) when the folder's manifest vouches for both: the case file exactly as the run
// wrote it (size and SHA-256), the index too. Anything else — no manifest, a case file changed since
// (`feedback` adds records), an index missing, changed or not valid — and the case file itself is
// read, as before: the index only saves time, it never decides.

import { isAscii, isUtf8 } from 'node:buffer';
import { basename, dirname } from 'node:path';
import { HISTORY_INDEX_FILE, type HistoryIndex, historyIndexText } from '../cases/history-index';
import { type HistoryIndexLines, historyIndexLines } from '../cases/history-index-lines';
import { listedBytes, readManifest, unchanged } from '../output/manifest';

/**
 * The largest history index read (project default: 256 MiB, about two million signals; a national
 * month is about 11 MB). A larger one is left alone and the case file read.
 */
export const HISTORY_INDEX_MAX_BYTES = 256 * 1024 * 1024;

/** The text of the index beside the case file at `path` when the folder's manifest lists both files exactly as they are. */
function indexTextBeside(path: string): string | undefined {
  const dir = dirname(path);
  const name = basename(path);
  if (name === HISTORY_INDEX_FILE) return undefined;
  const manifest = readManifest(dir);
  if (manifest === undefined || manifest === 'foreign') return undefined;
  const cases = manifest.files.find((f) => f.name === name);
  const index = manifest.files.find((f) => f.name === HISTORY_INDEX_FILE);
  if (!cases || !index || index.bytes > HISTORY_INDEX_MAX_BYTES) return undefined;
  const bytes = listedBytes(dir, index);
  if (bytes === undefined || !unchanged(dir, cases)) return undefined;
  // ids and keys are ASCII as a rule: the same text decoded as Latin-1, several times faster
  if (isAscii(bytes)) return bytes.toString('latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
}

/**
 * The history of the case file at `path` from the index beside it, or `undefined` when the folder's
 * manifest does not list both files exactly as they are (then read the case file).
 *
 * @example
 * ```ts
 * import { historyIndexBeside } from './history-index-file';
 * const h = historyIndexBeside('/data/out/2026-09/cases.json');
 * h?.entries.length; // one entry per signal of September, as the case file would give them
 * ```
 */
export function historyIndexBeside(path: string): HistoryIndex | undefined {
  const text = indexTextBeside(path);
  return text === undefined ? undefined : historyIndexText(text);
}

/**
 * {@link historyIndexBeside} taken apart into its lines (`historyIndexLines`): an entry is parsed
 * when its household is asked for — what `run` reads, for the month's households only.
 *
 * @example
 * ```ts
 * import { historyIndexLinesBeside } from './history-index-file';
 * const h = historyIndexLinesBeside('/data/out/2026-09/cases.json');
 * h?.entriesOf(new Set(['7411AB 12'])); // that household's entries of September; undefined: read the case file
 * ```
 */
export function historyIndexLinesBeside(path: string): HistoryIndexLines | undefined {
  const text = indexTextBeside(path);
  return text === undefined ? undefined : historyIndexLines(text);
}
