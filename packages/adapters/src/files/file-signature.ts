// A file known again by its stat (issue 14, the year): what `make`, `git` and `rsync` trust to tell
// that a file has not changed since it was read — the same inode of the same device, with the same
// size and the same times of its last change. Any write to a file sets its change time (`ctime`),
// which no program can set back; so a file with the same signature holds what it held — unless it was
// written again within the same tick of the file system's clock, right after it was read. A file is
// therefore known again only when it had not changed for a while before it was read ({@link settled}),
// as git treats an entry "racily clean" otherwise.
import { type BigIntStats, lstatSync } from 'node:fs';

/**
 * How long (ms) a file must have been unchanged before it was read for a thread to know it again by
 * its signature (project default: 2 s, the coarsest clock of the file systems in use — FAT keeps
 * times to 2 s; ext4, XFS, Btrfs, APFS and NTFS to a clock tick of a few milliseconds).
 */
export const SETTLED_MS = 2000;

/**
 * A file's signature from its stat: device, inode, size, and the times of its last write and last
 * change, to the nanosecond.
 *
 * @example
 * ```ts
 * import { lstatSync } from 'node:fs';
 * import { fileSignature } from './file-signature';
 * fileSignature(lstatSync('out/2026-09/cases.json', { bigint: true })); // '2049:1837321:47269752:1764876180123456789:1764876180123456789'
 * ```
 */
export const fileSignature = (stat: BigIntStats): string =>
  `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;

/**
 * The signature of the regular file at `path` now (a link is not followed: `undefined`, as for a
 * file that is not there or not a regular file).
 */
export function signatureNow(path: string): string | undefined {
  try {
    const stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
    return stat?.isFile() ? fileSignature(stat) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a file with this stat had been unchanged for `settledMs` (default {@link SETTLED_MS}) when
 * it was read from `since` (ms since 1970) on: its last write and change both that long before. A
 * write after the read then gives it another change time than the one read, even on a coarse clock.
 * `settledMs` 0 (or less) asks for no settling: for tests of files just written.
 *
 * @example
 * ```ts
 * import { statSync } from 'node:fs';
 * import { settled } from './file-signature';
 * const since = Date.now();
 * settled(statSync('out/2026-09/cases.json', { bigint: true }), since); // false when written less than 2 s ago
 * ```
 */
export function settled(stat: BigIntStats, since: number, settledMs: number = SETTLED_MS): boolean {
  if (settledMs <= 0) return true; // (tests of files just written)
  const before = BigInt(Math.floor(since - settledMs)) * 1_000_000n;
  return stat.mtimeNs < before && stat.ctimeNs < before;
}
