// A batch thread collects its heap before a run only when a run before it left it large.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { COLLECT_ABOVE_BYTES, collectIfLarge, heapCollector } from './batch-heap';

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

describe('heapCollector', () => {
  it('collects only when the heap grew by the bound since the last collection, not above a fixed size', () => {
    const grownBy = 40 * 1024 * 1024;
    // what a command keeps across months (~50 MB live), then a collector made
    const keptAcross: number[][] = [];
    for (let i = 0; i < 25; i++) keptAcross.push(new Array(250_000).fill(i));
    const collect = heapCollector(grownBy);
    expect(collect()).toBe(false); // the kept 50 MB are not growth
    // a month's garbage of ~80 MB: grown beyond the bound, collected
    let month: number[][] = [];
    for (let i = 0; i < 40; i++) month.push(new Array(250_000).fill(i));
    month = [];
    expect(collect()).toBe(true);
    // right after: nothing grew since, though the kept arrays are still there
    expect(collect()).toBe(false);
    expect(month.length + keptAcross.length).toBe(25);
  });
});
