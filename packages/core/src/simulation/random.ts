// Seeded random streams for the simulation (issue 16): one independent stream per case, so the
// same case draws the same uniforms under a base policy and a reform (common random numbers).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** FNV-1a, 32 bits, over the UTF-16 code units of a text. */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis;
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

// Four FNV offset bases (the standard one and three others) give the 128 bits of state.
const BASES = [0x811c9dc5, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35] as const;

/**
 * A stream of uniform numbers in [0, 1) for a text key (internal to the simulation): the key is
 * hashed four times (FNV-1a with four offset bases) into the 128-bit state of xoroshiro128+, so
 * keys that differ in one character start far apart and collisions are negligible even for
 * millions of keys. The same key gives the same numbers on every machine.
 */
export function keyedStream(key: string): () => number {
  const rng = keyedGenerator(key);
  return () => uniformFloat64(rng);
}

/** The generator behind {@link keyedStream}, for callers that keep many streams (draw with {@link draw}). */
export function keyedGenerator(key: string): RandomGenerator {
  // The four FNV-1a lanes in one pass over the key.
  let h0: number = BASES[0];
  let h1: number = BASES[1];
  let h2: number = BASES[2];
  let h3: number = BASES[3];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    h3 = Math.imul(h3 ^ c, 0x01000193);
  }
  if ((h0 | h1 | h2 | h3) === 0) h0 = 1; // xoroshiro's state may not be all zero
  return xoroshiro128plusFromState([h0, h1, h2, h3]);
}

/** The next uniform number in [0, 1) of a generator made by {@link keyedGenerator}. */
export const draw = (rng: RandomGenerator): number => uniformFloat64(rng);

/** A pure-rand generator (the state of one stream). */
export type RandomGenerator = ReturnType<typeof xoroshiro128plusFromState>;
