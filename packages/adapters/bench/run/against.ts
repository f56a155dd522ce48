// `pnpm bench:run --against <checkout>`: each month run by this build and by another built checkout
// in turn, on the same files (issue 14: "the table filled in for today's main and after the work").
// On a host whose speed moves by a quarter from one hour to the next — and, some hours, from one
// minute to the next — two builds are compared only in alternated pairs: A B, then B A, so that a
// drift in the host's speed weighs on both alike. The decisions of both must be the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './child';

/** The other build: its command line and how the table names it. */
export interface OtherBuild {
  cli: string;
  label: string;
}

/**
 * The built command line of the checkout at `dir` (`packages/adapters/dist/cli.js`), named by
 * `label` or else by its short commit (and `+` when its files differ from the commit).
 */
export function otherBuild(dir: string, label?: string): OtherBuild {
  const root = resolve(dir);
  const cli = join(root, 'packages/adapters/dist/cli.js');
  if (!existsSync(cli))
    throw new Error(`--against ${dir}: ${cli} is missing (a checkout of signaalreis, built: pnpm build)`);
  return { cli, label: label ?? commitOf(root) ?? root };
}

/** The short commit of the checkout at `root`, with `+` when its files differ from it; undefined without git. */
function commitOf(root: string): string | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', root, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') === '' ? '' : '+'}`;
  } catch {
    return undefined;
  }
}

/**
 * Which build runs first in round `round` (from 0): this one in even rounds, the other in odd ones
 * (A B, B A, A B …), so that over an even number of rounds each goes first as often.
 *
 * @example
 * ```ts
 * [0, 1, 2].map(firstInRound); // ['this', 'other', 'this']
 * ```
 */
export const firstInRound = (round: number): 'this' | 'other' => (round % 2 === 0 ? 'this' : 'other');

/** What the pairs of one month size gave: each build's medians and the pairs' ratios. */
export interface Paired {
  /** This build's wall time ÷ the other's, per pair, in the order of the rounds. */
  wallRatios: number[];
  cpuRatios: number[];
}

/**
 * The ratios of the pairs: this build's time ÷ the other's in each round (the same round's two
 * runs: the host's speed of that minute weighs on both).
 *
 * @example
 * ```ts
 * pairedRatios([{ wallMs: 4000, cpuMs: 6000 }], [{ wallMs: 5000, cpuMs: 7500 }]);
 * // { wallRatios: [0.8], cpuRatios: [0.8] }
 * ```
 */
export function pairedRatios(
  mine: readonly { wallMs: number; cpuMs: number }[],
  other: readonly { wallMs: number; cpuMs: number }[],
): Paired {
  if (mine.length !== other.length) throw new Error(`${mine.length} runs against ${other.length}: not pairs`);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  return {
    wallRatios: mine.map((m, i) => ratio(m.wallMs, (other[i] as { wallMs: number }).wallMs)),
    cpuRatios: mine.map((m, i) => ratio(m.cpuMs, (other[i] as { cpuMs: number }).cpuMs)),
  };
}

/**
 * A set of ratios in short: their median and, for more than one, their range (`0.97 (0.93–1.02)`).
 *
 * @example
 * ```ts
 * ratiosText([1.02, 0.93, 0.97]); // '0.97 (0.93–1.02)'
 * ratiosText([0.8]); // '0.80'
 * ```
 */
export function ratiosText(ratios: readonly number[]): string {
  const m = median(ratios).toFixed(2);
  if (ratios.length < 2) return m;
  return `${m} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
}
