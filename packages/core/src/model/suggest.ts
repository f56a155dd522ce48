// "Did you mean …?": the known names nearest to a misspelled one, by edit distance (Levenshtein:
// insertions, deletions, substitutions and swapped neighbours each cost 1). Used for unknown `extends`,
// parameters, rule ids and teams in a preset (moved here from rules-presets so that core's routing
// loader can suggest a team; rules-presets re-exports it).

/**
 * Edit distance between `a` and `b` (optimal string alignment: insertion, deletion, substitution
 * and swapping two neighbouring letters each cost 1), stopping early once it exceeds `max`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The known names nearest to `name` (at most 3, nearest first, then alphabetical), within an edit
 * distance of a third of the name's length (at least 1, at most 3; project default: catches a
 * swapped or missing letter, not a different word). Case is ignored.
 *
 * @example
 * ```ts
 * import { didYouMean } from '@signaalreis/core';
 * didYouMean('visitAboev', ['visitAbove', 'phoneFrom']); // ['visitAbove']
 * didYouMean('type-smal', ['type-small', 'type-medium']); // ['type-small']
 * didYouMean('zzz', ['type-small']); // []
 * ```
 */
export function didYouMean(name: string, known: Iterable<string>): string[] {
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  const lower = name.toLowerCase();
  return [...new Set(known)]
    .map((k) => ({ k, d: distance(lower, k.toLowerCase(), max) }))
    .filter(({ k, d }) => d <= max && k !== name)
    .sort((x, y) => x.d - y.d || (x.k < y.k ? -1 : 1))
    .slice(0, 3)
    .map(({ k }) => k);
}
