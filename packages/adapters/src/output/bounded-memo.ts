// A memo for the texts that repeat while an output is made (worklist fields, a letter's words and
// lines): kept until it holds `limit` of them, then new ones are made each time and not kept — the
// texts that repeat come first, and a bounded memo cannot grow with the month.

/**
 * `make`, remembered per key until `limit` keys are kept; after that, keys not kept are made again
 * each time they are asked for.
 *
 * @example
 * ```ts
 * import { boundedMemo } from './bounded-memo';
 * const upper = boundedMemo((s: string) => s.toUpperCase(), 2);
 * upper('a'); // 'A', made and kept
 * upper('a'); // 'A', from the memo
 * ```
 */
export function boundedMemo<V>(make: (key: string) => V, limit: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = make(key);
      if (memo.size < limit) memo.set(key, value);
    }
    return value;
  };
}
