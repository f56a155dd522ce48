// Random draws of the synthetic population (issue 16): keyed streams and a Poisson count.
import { keyedStream } from '../random';

/** The stream of a run's part: the run's key and the parts, joined by NUL (never in a key part). */
export const streamOf = (base: string, ...parts: string[]): (() => number) =>
  keyedStream([base, ...parts].join('\u0000'));

/**
 * A Poisson-distributed count with mean `mean`: Knuth's product method up to a mean of 30, the
 * normal approximation (Box–Muller, rounded, at least 0) above — exact enough for monthly counts
 * in the hundreds or more, and a fixed number of draws (two) for every large mean.
 */
export function poisson(mean: number, next: () => number): number {
  if (!(mean > 0)) return 0;
  if (mean <= 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = next();
    while (product > limit) {
      k++;
      product *= next();
    }
    return k;
  }
  const u1 = next() || Number.MIN_VALUE;
  const u2 = next();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
}
