import { describe, expect, it } from 'vitest';
import { publishedCountText, SMALL_COUNT_MIN, suppressSmallCounts } from './suppression';

const LT5 = { below: 5 };

describe('suppressSmallCounts', () => {
  it('shows counts of 0 and of 5 or more, and hides 1 to 4 (primary)', () => {
    // two small counts in one column (1 and 4): their sum 5 is not 2 × 4, so neither can be worked out
    const { columns, summary } = suppressSmallCounts({ signals: [0, 1, 4, 5, 12] });
    expect(columns.signals).toEqual([0, LT5, LT5, 5, 12]);
    expect(summary).toMatchObject({ min: SMALL_COUNT_MIN, primary: 2, secondary: 0 });
  });

  it('hides a zero next to a single small count, so that the total does not give it away', () => {
    // 20 = 12 + 3 + 0 + 5: with only the 3 hidden, 20 − 12 − 0 − 5 = 3 would show it
    const { columns, summary } = suppressSmallCounts({ c: [12, 3, 0, 5] });
    expect(columns.c).toEqual([12, LT5, LT5, 5]);
    expect(summary).toMatchObject({ primary: 1, secondary: 1 });
  });

  it('hides the smallest other count as × when no zero is there', () => {
    const { columns, summary } = suppressSmallCounts({ c: [12, 2, 7, 9] });
    expect(columns.c).toEqual([12, LT5, { hidden: true }, 9]);
    expect(summary).toMatchObject({ primary: 1, secondary: 1 });
  });

  it('hides one more when all small counts are 4: their sum would say so', () => {
    // two 4s sum to 8 = 2 × 4, the only way two counts below 5 make 8
    const { columns } = suppressSmallCounts({ c: [4, 4, 6, 10] });
    expect(columns.c).toEqual([LT5, LT5, { hidden: true }, 10]);
  });

  it('leaves a one-row table as it is after primary suppression (nothing else to hide)', () => {
    expect(suppressSmallCounts({ c: [3] }).columns.c).toEqual([LT5]);
  });

  it('works column by column and keeps the order', () => {
    const { columns, summary } = suppressSmallCounts({ a: [6, 7], b: [1, 9] });
    expect(columns).toEqual({ a: [6, 7], b: [LT5, { hidden: true }] });
    expect(summary.primary + summary.secondary).toBe(2);
  });

  it('takes another minimum, and refuses one below 1 (a programming error)', () => {
    expect(suppressSmallCounts({ c: [9, 10, 0] }, 10).columns.c).toEqual([{ below: 10 }, 10, { below: 10 }]);
    expect(() => suppressSmallCounts({ c: [1] }, 0)).toThrow(RangeError);
  });
});

describe('publishedCountText', () => {
  it('writes numbers, < min and ×', () => {
    expect([7, { below: 5 }, { hidden: true } as const].map(publishedCountText)).toEqual(['7', '< 5', '×']);
  });
});
