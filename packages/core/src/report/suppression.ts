// Small-count suppression of a table of counts per neighbourhood, so that a report can be shared
// without identifying households: primary suppression of every count from 1 to below the minimum,
// then secondary suppression so that no suppressed count can be worked out from the column total.

/**
 * The smallest count a shared report shows per neighbourhood: a count from 1 to 4 is shown as
 * `< 5`. Project default, after CBS practice of minimum cell sizes in published tables (the
 * service's research export uses a stricter 10 for row-level data; see {@link SMALL_COUNT_SOURCE}).
 *
 * @example
 * ```ts
 * import { SMALL_COUNT_MIN } from '@signaalreis/core';
 * const shown = (n: number) => (n > 0 && n < SMALL_COUNT_MIN ? `< ${SMALL_COUNT_MIN}` : String(n)); // 3 → '< 5'
 * ```
 */
export const SMALL_COUNT_MIN = 5;

/**
 * The source of {@link SMALL_COUNT_MIN}, as reports cite it.
 *
 * @example
 * ```ts
 * import { citeSource, SMALL_COUNT_SOURCE } from '@signaalreis/core';
 * citeSource(SMALL_COUNT_SOURCE, 'nl'); // 'projectkeuze (after CBS practice of minimum cell sizes …)'
 * ```
 */
export const SMALL_COUNT_SOURCE =
  'project default (after CBS practice of minimum cell sizes in published tables: counts from 1 to 4 per neighbourhood are not shown)';

/**
 * One count of a table as published: the number, or — suppressed — `{ below }` (the true count is
 * from 0 to `below - 1`; shown `< 5`) or `{ hidden: true }` (a count of at least `below`, suppressed
 * only so that a small one next to it cannot be worked out from the total; shown `×`, the CBS sign
 * for "geheim").
 *
 * @example
 * ```ts
 * import type { PublishedCount } from '@signaalreis/core';
 * const text = (c: PublishedCount) => (typeof c === 'number' ? String(c) : 'below' in c ? `< ${c.below}` : '×');
 * ```
 */
export type PublishedCount = number | { below: number } | { hidden: true };

/**
 * What suppression did to a table: how many counts it suppressed because they were small
 * (`primary`) and how many more so that those cannot be worked out (`secondary`).
 *
 * @example
 * ```ts
 * import type { SuppressionSummary } from '@signaalreis/core';
 * const note = (s: SuppressionSummary) => `${s.primary + s.secondary} of the counts are not shown (minimum ${s.min})`;
 * ```
 */
export interface SuppressionSummary {
  /** The minimum count shown ({@link SMALL_COUNT_MIN} unless asked otherwise). */
  min: number;
  /** Why: {@link SMALL_COUNT_SOURCE}. */
  source: string;
  /** Counts from 1 to `min - 1`, suppressed. */
  primary: number;
  /** Other counts suppressed so that the column total does not give the small ones away. */
  secondary: number;
}

/**
 * Suppresses small counts in a table given as columns of counts (one number per row, every column
 * as long as the others). Primary: every count from 1 to `min - 1` becomes `{ below: min }`.
 * Secondary, per column: when the column total (shown elsewhere) would give the suppressed counts
 * away — exactly one is suppressed, or all suppressed ones are `min - 1` — and the column has another
 * row, the smallest other count of that column (the first such row on a tie) is suppressed too:
 * `{ below: min }` when it is 0, else `{ hidden: true }`. Zero counts are otherwise shown (a zero
 * identifies nobody). The result has the same columns and rows, in the same order.
 *
 * @example
 * ```ts
 * import { suppressSmallCounts } from '@signaalreis/core';
 * const { columns, summary } = suppressSmallCounts({ signals: [12, 3, 0], matches: [6, 7, 9] });
 * columns.signals; // [12, { below: 5 }, { below: 5 }]: the 0 hides where the 3 is
 * columns.matches; // [6, 7, 9]
 * summary; // { min: 5, source: 'project default (…)', primary: 1, secondary: 1 }
 * ```
 */
export function suppressSmallCounts<K extends string>(
  table: Readonly<Record<K, readonly number[]>>,
  min: number = SMALL_COUNT_MIN,
): { columns: Record<K, PublishedCount[]>; summary: SuppressionSummary } {
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`min must be a whole number ≥ 1, got ${min}`);
  let primary = 0;
  let secondary = 0;
  const columns = {} as Record<K, PublishedCount[]>;
  for (const key of Object.keys(table) as K[]) {
    const counts = table[key];
    const small = (n: number) => n > 0 && n < min;
    const out: PublishedCount[] = counts.map((n) => (small(n) ? { below: min } : n));
    const suppressed = counts.filter(small);
    primary += suppressed.length;
    // one suppressed count is the total minus the others; several that are all `min - 1` are too
    const sum = suppressed.reduce((a, n) => a + n, 0);
    const exact = suppressed.length === 1 || (suppressed.length > 1 && sum === suppressed.length * (min - 1));
    if (exact && counts.length > suppressed.length) {
      let pick = -1;
      counts.forEach((n, i) => {
        if (!small(n) && (pick < 0 || n < (counts[pick] as number))) pick = i;
      });
      if (pick >= 0) {
        out[pick] = (counts[pick] as number) < min ? { below: min } : { hidden: true };
        secondary += 1;
      }
    }
    columns[key] = out;
  }
  return { columns, summary: { min, source: SMALL_COUNT_SOURCE, primary, secondary } };
}

/**
 * A published count as text: the number, `< 5` for a small count, `×` for a count hidden so that a
 * small one cannot be worked out.
 *
 * @example
 * ```ts
 * import { publishedCountText } from '@signaalreis/core';
 * publishedCountText(12); // '12'
 * publishedCountText({ below: 5 }); // '< 5'
 * publishedCountText({ hidden: true }); // '×'
 * ```
 */
export function publishedCountText(count: PublishedCount): string {
  if (typeof count === 'number') return String(count);
  return 'below' in count ? `< ${count.below}` : '×';
}
