import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { type PublishedCount, suppressSmallCounts } from './suppression';

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const table = fc.integer({ min: 1, max: 8 }).chain((rows) =>
  fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.array(count, { minLength: rows, maxLength: rows }), {
    minKeys: 1,
  }),
);

const isSmall = (n: number, min: number) => n > 0 && n < min;

test.prop([table, fc.integer({ min: 2, max: 10 })], { numRuns: 300 })(
  'publishes no count from 1 to min − 1; every published number is the true count; suppressed cells say the truth',
  (t, min) => {
    const { columns, summary } = suppressSmallCounts(t, min);
    let suppressed = 0;
    for (const [key, counts] of Object.entries(t)) {
      const out = columns[key] as PublishedCount[];
      expect(out).toHaveLength(counts.length);
      out.forEach((cell, i) => {
        const truth = counts[i] as number;
        if (typeof cell === 'number') {
          expect(isSmall(cell, min)).toBe(false);
          expect(cell).toBe(truth);
        } else {
          suppressed += 1;
          if ('below' in cell) expect(truth).toBeLessThan(min);
          else expect(truth).toBeGreaterThanOrEqual(min);
        }
      });
    }
    expect(summary.primary + summary.secondary).toBe(suppressed);
  },
);

test.prop([table, fc.integer({ min: 2, max: 10 })], { numRuns: 300 })(
  'the column total does not give a suppressed count away: published + suppressed = total, and the suppressed are never one alone (when there is another row) nor all min − 1',
  (t, min) => {
    const { columns } = suppressSmallCounts(t, min);
    for (const [key, counts] of Object.entries(t)) {
      const out = columns[key] as PublishedCount[];
      const total = counts.reduce((a, n) => a + n, 0);
      const published = out.reduce<number>((a, c) => a + (typeof c === 'number' ? c : 0), 0);
      const hidden = counts.filter((_, i) => typeof out[i] !== 'number');
      expect(published + hidden.reduce((a, n) => a + n, 0)).toBe(total);
      if (hidden.length === 0 || counts.length === 1) continue;
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      const below = counts.filter((_, i) => typeof out[i] === 'object' && 'below' in (out[i] as object));
      if (below.length === hidden.length && hidden.length < counts.length)
        expect(below.every((n) => n === min - 1)).toBe(false);
    }
  },
);
