// A set of (partner id, signal id) pairs without a key string per pair. Internal to core.

/**
 * The pairs seen, answering as a `Set` of the keys `${a}\u0000${b}` would — without building that
 * string: matching asks once per signal and per history entry (300,000 times for a national month
 * with two months of history), and each key was a new string to join, flatten and hash. A pair with
 * no U+0000 in either part is kept per `a` (its joined key splits only one way); a pair with one
 * falls back to the joined key, so that two such pairs that join alike (`'a\0'`+`'b'`,
 * `'a'`+`'\0b'`) are still one, as before.
 */
export class PairSet {
  readonly #byFirst = new Map<string, Set<string>>();
  readonly #joined = new Set<string>();

  /** Adds the pair; `false` when it was already there. */
  add(a: string, b: string): boolean {
    if (a.includes('\u0000') || b.includes('\u0000')) {
      const key = `${a}\u0000${b}`;
      if (this.#joined.has(key)) return false;
      this.#joined.add(key);
      return true;
    }
    let seconds = this.#byFirst.get(a);
    if (seconds === undefined) {
      seconds = new Set();
      this.#byFirst.set(a, seconds);
    } else if (seconds.has(b)) return false;
    seconds.add(b);
    return true;
  }
}
