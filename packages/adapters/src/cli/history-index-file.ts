// A case file given as history is read through the history index beside it (`history.json`, written
// by the same run) when the folder's manifest vouches for both: the case file exactly as the run
// wrote it (size and SHA-256), the index too. Anything else — no manifest, a case file changed since
// (`feedback` adds records), an index missing, changed or not valid — and the case file itself is
// read, as before: the index only saves time, it never decides. A `batch` thread runs a year's months
// one after another, each reading the same case files again (six months of history): what it read
// and took apart of a file is kept (HistoryIndexMemo) and used again while both files are exactly as
// they were then — known by their stat, as `make` and `git` know a file again (issue 14, the year).

import { isAscii, isUtf8 } from 'node:buffer';
import type { BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HISTORY_INDEX_FILE, type HistoryIndex, historyIndexText } from '../cases/history-index';
import {
  type HistoryIndexLines,
  historyIndexLines,
  historyIndexLinesAgain,
  type KeptHistoryIndex,
} from '../cases/history-index-lines';
import { fileSignature, settled, signatureNow } from '../files/file-signature';
import {
  listedBytes,
  type OnReadStat,
  type OutputManifest,
  readManifest,
  unchanged,
} from '../output/manifest';

/**
 * The largest history index read (project default: 256 MiB, about two million signals; a national
 * month is about 11 MB). A larger one is left alone and the case file read.
 */
export const HISTORY_INDEX_MAX_BYTES = 256 * 1024 * 1024;

/** The manifest's entries of the case file at `path` and of the index beside it (within the limit), if it lists both. */
function listedBeside(path: string) {
  const dir = dirname(path);
  const name = basename(path);
  if (name === HISTORY_INDEX_FILE) return undefined;
  const manifest = readManifest(dir);
  if (manifest === undefined || manifest === 'foreign') return undefined;
  const cases = manifest.files.find((f) => f.name === name);
  const index = manifest.files.find((f) => f.name === HISTORY_INDEX_FILE);
  if (!cases || !index || index.bytes > HISTORY_INDEX_MAX_BYTES) return undefined;
  return { dir, cases, index };
}

/** What {@link listedBeside} found. */
type Listed = NonNullable<ReturnType<typeof listedBeside>>;

/**
 * The text of the index `listed` when both files are exactly as the manifest lists them; `onStats`
 * is told both files' stats as they were read (each `undefined` when it changed while read).
 */
function indexTextOf(
  listed: Listed | undefined,
  onStats?: (cases: Parameters<OnReadStat>[0], index: Parameters<OnReadStat>[0]) => void,
): string | undefined {
  if (!listed) return undefined;
  const { dir, cases, index } = listed;
  let indexStat: Parameters<OnReadStat>[0];
  const bytes = listedBytes(dir, index, (s) => {
    indexStat = s;
  });
  if (bytes === undefined || !unchanged(dir, cases, (s) => onStats?.(s, indexStat))) return undefined;
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
  const text = indexTextOf(listedBeside(path));
  return text === undefined ? undefined : historyIndexText(text);
}

/**
 * {@link historyIndexBeside} taken apart into its lines (`historyIndexLines`): an entry is parsed
 * when its household is asked for — what `run` reads, for the month's households only. With `memo`,
 * what an earlier month of the same thread kept of this file is used again when the manifest still
 * lists both files as then and both are exactly as they were then ({@link HistoryIndexMemoUse}).
 *
 * @example
 * ```ts
 * import { historyIndexLinesBeside } from './history-index-file';
 * const h = historyIndexLinesBeside('/data/out/2026-09/cases.json');
 * h?.entriesOf(new Set(['7411AB 12'])); // that household's entries of September; undefined: read the case file
 * ```
 */
export function historyIndexLinesBeside(
  path: string,
  memo?: HistoryIndexMemoUse,
): HistoryIndexLines | undefined {
  const listed = listedBeside(path);
  const earlier = listed && memo?.earlier(path);
  if (listed && earlier && sameAsKept(listed, earlier)) {
    memo?.reused(path);
    return historyIndexLinesAgain(earlier.kept);
  }
  const since = Date.now();
  let known: { cases: KnownFile; index: KnownFile } | undefined;
  const text = indexTextOf(listed, (cases, index) => {
    // kept only when both were unchanged while read and had been for a while (see settled)
    if (
      memo &&
      listed &&
      cases &&
      index &&
      settled(cases, since, memo.settledMs) &&
      settled(index, since, memo.settledMs)
    )
      known = { cases: knownFile(listed.cases, cases), index: knownFile(listed.index, index) };
  });
  const lines = text === undefined ? undefined : historyIndexLines(text);
  const files = known;
  if (memo && files && lines)
    memo.read(path, () => {
      const kept = lines.kept();
      return kept && { ...files, kept };
    });
  return lines;
}

/** A file as it was when its index was kept: what the manifest listed, and its stat's signature. */
interface KnownFile {
  sha256: string;
  bytes: number;
  signature: string;
}

/** The {@link KnownFile} of a file the manifest lists as `listed`, read with `stat`. */
const knownFile = (listed: OutputManifest['files'][number], stat: BigIntStats): KnownFile => ({
  sha256: listed.sha256,
  bytes: listed.bytes,
  signature: fileSignature(stat),
});

/**
 * What a history thread kept of a case file given as history, to use again in a later month: its
 * history index taken apart, and both files as they were then.
 */
export interface HistoryIndexMemoEntry {
  cases: KnownFile;
  index: KnownFile;
  kept: KeptHistoryIndex;
}

/**
 * What {@link historyIndexLinesBeside} is given to keep and use again what it read (a history thread
 * kept for a batch thread's runs has one: history-worker.ts).
 */
export interface HistoryIndexMemoUse {
  /** What an earlier month kept of the case file at `path`, if anything. */
  earlier(path: string): HistoryIndexMemoEntry | undefined;
  /** Told that `path`'s kept index was used again. */
  reused(path: string): void;
  /**
   * Told that `path` was read and may be kept: `entry` makes what to keep (call it when the month
   * is done with the index: its household table is made by then, and kept too).
   */
  read(path: string, entry: () => HistoryIndexMemoEntry | undefined): void;
  /** How long (ms) both files must have been unchanged before they were read to be kept ({@link settled}). */
  settledMs: number;
}

/** Whether the manifest lists both files as when they were kept, and both are exactly as they were then. */
function sameAsKept(listed: Listed, kept: HistoryIndexMemoEntry): boolean {
  const same = (listedFile: OutputManifest['files'][number], known: KnownFile) =>
    listedFile.sha256 === known.sha256 &&
    listedFile.bytes === known.bytes &&
    signatureNow(join(listed.dir, listedFile.name)) === known.signature;
  return same(listed.cases, kept.cases) && same(listed.index, kept.index);
}
