// manifest.json: what one run of a command wrote into an output folder (names, sizes, SHA-256), the
// command and the time. A file is signaalreis's own only while a manifest lists it with the content it
// still has; only such files are ever replaced or removed. Why: docs/security.md, "Output folders".
import { createHash } from 'node:crypto';
import { type BigIntStats, closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { zodMessage } from '@signaalreis/core';
import * as z from 'zod';
import { OUTPUT_MESSAGES } from './messages';

/**
 * File name of the manifest in an output folder.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { MANIFEST_NAME, OutputManifestSchema } from '@signaalreis/adapters/output';
 * const m = OutputManifestSchema.parse(JSON.parse(readFileSync(`out/2026-10/${MANIFEST_NAME}`, 'utf8')));
 * ```
 */
export const MANIFEST_NAME = 'manifest.json';
/** `format` of a manifest written by this version. */
export const MANIFEST_FORMAT = 'signaalreis-output/1';
/** Largest manifest that is read (bytes); a larger one is not ours. Project default. */
const MANIFEST_MAX_BYTES = 1024 * 1024;

/** A plain file name in an output folder: no path, no leading dot, not the manifest itself. */
export const OutputFileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/)
  .refine((n) => n !== MANIFEST_NAME, { message: zodMessage(OUTPUT_MESSAGES.manifestListsItself()) });

/**
 * zod schema of `manifest.json`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { OutputManifestSchema } from '@signaalreis/adapters/output';
 * const m = OutputManifestSchema.safeParse(JSON.parse(readFileSync('out/2026-10/manifest.json', 'utf8')));
 * if (m.success) for (const f of m.data.files) console.log(f.name, f.bytes, f.sha256);
 * ```
 */
export const OutputManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  command: z.string(),
  writtenAt: z.string(),
  files: z.array(
    z.object({
      name: OutputFileNameSchema,
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

/**
 * What a run wrote into an output folder: `{ format, command, writtenAt, files: [{ name, bytes,
 * sha256 }] }`.
 *
 * @example
 * ```ts
 * import type { OutputManifest } from '@signaalreis/adapters/output';
 * const names = (m: OutputManifest) => m.files.map((f) => f.name);
 * ```
 */
export type OutputManifest = z.infer<typeof OutputManifestSchema>;

const CHUNK = 1024 * 1024;

/** Opens `path` for reading without following a link; undefined when that fails. */
function openNoFollow(path: string): number | undefined {
  try {
    return openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
}

/**
 * Called with the stat of a file just read when it was the same after the read as before it (then
 * what was read is what the stat describes), else with `undefined`.
 */
export type OnReadStat = (stat: BigIntStats | undefined) => void;

/** Whether two stats of one open file describe the same content (nothing written in between). */
const sameStat = (a: BigIntStats, b: BigIntStats): boolean =>
  a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

/** `onStat` with the stat of `fd` now, when it is the same as `before`. */
function statAfter(fd: number, before: BigIntStats, onStat: OnReadStat | undefined): void {
  if (!onStat) return;
  const after = fstatSync(fd, { bigint: true });
  onStat(sameStat(before, after) ? after : undefined);
}

/**
 * Reads a regular file (never through a link) in chunks, giving each chunk to `onChunk`; returns
 * its size, or undefined when it is not a regular file or is larger than `max` bytes.
 */
function readRegular(
  path: string,
  max: number,
  onChunk: (chunk: Buffer) => void,
  onStat?: OnReadStat,
): number | undefined {
  const fd = openNoFollow(path);
  if (fd === undefined) return undefined;
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile() || stat.size > BigInt(max)) return undefined;
    const size = Number(stat.size);
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, total);
      if (n === 0) {
        statAfter(fd, stat, onStat);
        return total;
      }
      total += n;
      if (total > max) return undefined;
      onChunk(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The manifest in `dir` (or another file `name` in the manifest's format): `undefined` when there
 * is none, `'foreign'` when it is not a manifest of this format (a link, a folder, too large, not
 * JSON, another shape).
 */
export function readManifest(dir: string, name = MANIFEST_NAME): OutputManifest | 'foreign' | undefined {
  const path = join(dir, name);
  if (!lstatSync(path, { throwIfNoEntry: false })) return undefined;
  const chunks: Buffer[] = [];
  const size = readRegular(path, MANIFEST_MAX_BYTES, (c) => chunks.push(Buffer.from(c)));
  if (size === undefined) return 'foreign';
  try {
    const parsed = OutputManifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    return parsed.success ? parsed.data : 'foreign';
  } catch {
    return 'foreign';
  }
}

/**
 * True when `dir/name` is a regular file (not a link) with exactly this size and SHA-256; `onStat`
 * is told the file's stat as it was read (history-index-file.ts keeps it to know the file again).
 */
export function unchanged(dir: string, file: OutputManifest['files'][number], onStat?: OnReadStat): boolean {
  const hash = createHash('sha256');
  const size = readRegular(join(dir, file.name), file.bytes, (c) => hash.update(c), onStat);
  return size === file.bytes && hash.digest('hex') === file.sha256;
}

/**
 * The bytes of `dir/name` when it is a regular file (not a link) with exactly this size and SHA-256
 * — read once, straight into one buffer, so that what is checked is what is used — else `undefined`;
 * `onStat` is told the file's stat as it was read (see {@link unchanged}).
 *
 * @example
 * ```ts
 * import { listedBytes, readManifest } from './manifest';
 * const m = readManifest('out/2026-09');
 * const entry = m && m !== 'foreign' ? m.files.find((f) => f.name === 'history.json') : undefined;
 * const bytes = entry ? listedBytes('out/2026-09', entry) : undefined; // undefined: changed since
 * ```
 */
export function listedBytes(
  dir: string,
  file: OutputManifest['files'][number],
  onStat?: OnReadStat,
): Buffer | undefined {
  const fd = openNoFollow(join(dir, file.name));
  if (fd === undefined) return undefined;
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile() || stat.size !== BigInt(file.bytes)) return undefined;
    const bytes = Buffer.allocUnsafe(file.bytes);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) return undefined; // shorter than it said
      at += n;
    }
    // longer than it said (growing while read): not the file the manifest lists
    if (readSync(fd, Buffer.alloc(1), 0, 1, at) !== 0) return undefined;
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) return undefined;
    statAfter(fd, stat, onStat);
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The manifest text for files written now by `command`. */
export function manifestText(command: string, files: OutputManifest['files'], now: Date): string {
  const manifest: OutputManifest = { format: MANIFEST_FORMAT, command, writtenAt: now.toISOString(), files };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
