// Before each run of `signaalreis batch`, the thread's heap is collected when a run before it left it
// large (issue 14, the year): V8 lets the garbage of a national month stay while the next month
// allocates, so twelve months one after another in one thread peaked at 1.0–1.2 GB against ~0.5 GB
// for one month alone (docs/performance.md, "Seventeenth round"). A thread cannot ask V8 for a full
// collection unless `gc` is exposed; it is exposed here at the first need, as Jest's leak detector
// does (`v8.setFlagsFromString('--expose-gc')`, then `gc` from a new context).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The heap (used, garbage included) above which a batch thread collects it before its next run
 * (project default: a small municipality's run leaves ~30–60 MB, a national month's 180–500 MB;
 * a full collection of a large heap takes ~0.1–0.4 s, of a small one little, but 200 of them add
 * up). 128 MB since the twenty-third round of docs/performance.md: with a month's objects smaller,
 * half the national months of the year ended below the former 256 MB, went uncollected, and the
 * next month grew on their garbage (peak 0.8–0.9 GB against 0.63 GB, and no faster).
 */
export const COLLECT_ABOVE_BYTES = 128 * 1024 * 1024;

let gc: (() => void) | undefined;

/**
 * Collects this thread's heap in full when more than `above` bytes of it are in use; says whether it
 * did.
 *
 * @example
 * ```ts
 * import { collectIfLarge } from './batch-heap';
 * collectIfLarge(); // false in a fresh thread: its heap is far below 128 MB
 * collectIfLarge(0); // true: collected
 * ```
 */
export function collectIfLarge(above: number = COLLECT_ABOVE_BYTES): boolean {
  if (getHeapStatistics().used_heap_size <= above) return false;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  return true;
}

/**
 * A collector for a command that reads many months one after another (`export ddas`): each call
 * collects the heap in full when it grew by more than `grownBy` bytes since the last collection (or
 * since the collector was made) — V8 would let a national month's garbage stay while the next is read
 * (a year: 1.0 GB against 0.5 GB) — and says whether it did. Measured from what the last collection
 * left, not from nothing: what the command keeps across months (a municipality's signal IDs, ~100 MB a
 * million) must not make each of a platform's 2,400 small files pay a full collection.
 *
 * @example
 * ```ts
 * import { heapCollector } from './batch-heap';
 * const collect = heapCollector();
 * collect(); // false: nothing grew yet
 * ```
 */
export function heapCollector(grownBy: number = COLLECT_ABOVE_BYTES): () => boolean {
  let live = getHeapStatistics().used_heap_size;
  return () => {
    if (!collectIfLarge(live + grownBy)) return false;
    live = getHeapStatistics().used_heap_size;
    return true;
  };
}
