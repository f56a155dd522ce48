// A small seeded random source over pure-rand. Every random choice of the generator goes through
// one instance, in a fixed order, so the same seed always gives the same files.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The seed of the example data set (also named in examples/data/README.md). */
export const SEED = 20261001;

/**
 * Seeded random choices.
 *
 * @example
 * ```ts
 * const rand = new Rand(SEED);
 * rand.int(1, 6); // always the same first throw for this seed
 * ```
 */
export class Rand {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** True with probability `p` (resolution 1/10,000). */
  chance(p: number): boolean {
    return this.int(0, 9999) < Math.round(p * 10_000);
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty array');
    return item;
  }

  /** One value chosen by integer weights: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.int(1, total);
    for (const [value, w] of choices) {
      roll -= w;
      if (roll <= 0) return value;
    }
    throw new Error('weighted: empty choices');
  }

  /** A new array with the same elements in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A value between `from` and `to` spread evenly on a log scale (amounts: many small, few large). */
  logUniform(from: number, to: number): number {
    const t = this.int(0, 1_000_000) / 1_000_000;
    return Math.round(Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from))));
  }
}
