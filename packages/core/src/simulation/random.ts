// Seeded random streams for the simulation (issue 16): one independent stream per case, so the
// same case draws the same uniforms under a base policy and a reform (common random numbers).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** FNV-1a, 32 bits, over the UTF-16 code units of a text. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A stream of uniform numbers in [0, 1) for one case: seeded by the run's seed and the case's key
 * (e.g. a replication number and the household's case key), so two cases never share a stream and
 * the same case gets the same numbers in every run with that seed. Each call returns the next one.
 *
 * @example
 * ```ts
 * import { caseStream } from '@signaalreis/core';
 * const next = caseStream(42, 'r1/2026-10-0007');
 * const u = next(); // the same first number for this seed and key, under every policy
 * ```
 */
export function caseStream(seed: number, key: string): () => number {
  const rng = xoroshiro128plus(fnv1a(`${seed}\u0000${key}`) | 0);
  return () => uniformFloat64(rng);
}
