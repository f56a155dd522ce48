// A batch thread collects its heap before a run only when a run before it left it large.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { COLLECT_ABOVE_BYTES, collectIfLarge } from './batch-heap';

describe('collectIfLarge', () => {
  it('leaves a heap below the bound alone', () => {
    expect(getHeapStatistics().used_heap_size).toBeLessThan(COLLECT_ABOVE_BYTES);
    expect(collectIfLarge()).toBe(false);
  });

  it('collects the garbage of a heap above the bound', () => {
    // ~80 MB of arrays that are garbage once made (kept out of the young generation by their size)
    let kept: number[][] = [];
    for (let i = 0; i < 40; i++) kept.push(new Array(250_000).fill(i));
    const withGarbage = getHeapStatistics().used_heap_size;
    kept = [];
    expect(collectIfLarge(withGarbage - 40 * 1024 * 1024)).toBe(true);
    expect(kept).toEqual([]);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(withGarbage - 40 * 1024 * 1024);
    // exposed once: a second call collects again
    expect(collectIfLarge(0)).toBe(true);
  });
});
