// Presets loaded once for the runs of a `signaalreis batch` thread (CliIo.presets): loading a preset
// — following its `extends`, checking the merged preset, compiling its routing table — takes
// ~10 ms, which a platform's month of 200 municipalities paid 200 times (issue 14). A bundled preset
// is the same for every run; a preset file is the same while neither it nor any JSON file of its
// folder (which `extends` may name) has changed: its key holds their names, sizes and times.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LoadedMunicipalityPreset } from '@signaalreis/rules-presets';
import type { CliIo } from './io';

/** The most presets a thread keeps (project default: a plan names a few; at most one per run). */
export const PRESET_CACHE_LIMIT = 64;

/** Presets loaded by a thread, by {@link presetCacheKey}. */
export type PresetCache = Map<string, LoadedMunicipalityPreset>;

/**
 * The key of `--preset <arg>` in a {@link PresetCache}: a bundled id as it is; a file by its full
 * path and each JSON file of its folder with its size, modification time and inode; undefined
 * when the folder cannot be read (not kept then).
 *
 * @example
 * ```ts
 * import { presetCacheKey } from './preset-cache';
 * declare const io: import('./io').CliIo;
 * presetCacheKey(io, 'type-medium', false); // 'id:type-medium'
 * ```
 */
export function presetCacheKey(io: CliIo, arg: string, file: boolean): string | undefined {
  if (!file) return `id:${arg}`;
  const path = resolve(io.cwd, arg);
  const dir = dirname(path);
  try {
    const names = readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.json'))
      .sort();
    const parts = names.map((n) => {
      const s = statSync(join(dir, n), { bigint: true });
      return `${n}\u0000${s.size}\u0000${s.mtimeNs}\u0000${s.ino}`;
    });
    return `file:${path}\u0001${parts.join('\u0001')}`;
  } catch {
    return undefined;
  }
}

/** The preset of `key` from `cache`, or `load()` kept there (a refused preset throws and is not kept). */
export function cachedPreset(
  cache: PresetCache,
  key: string | undefined,
  load: () => LoadedMunicipalityPreset,
): LoadedMunicipalityPreset {
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit) return hit;
  const loaded = load();
  if (key !== undefined && cache.size < PRESET_CACHE_LIMIT) cache.set(key, loaded);
  return loaded;
}
