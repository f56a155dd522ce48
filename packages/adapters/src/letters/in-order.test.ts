// inOrder: every item made once, the results in the items' order whatever order they finish in,
// never more than `limit` at once, and a failure stops what has not started.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order';

describe('inOrder', () => {
  test.prop([fc.array(fc.nat({ max: 5 }), { maxLength: 40 }), fc.integer({ min: 1, max: 8 })])(
    'gives each result at its item, with at most limit running',
    async (delays, limit) => {
      let running = 0;
      let most = 0;
      const made: number[] = [];
      const out = await inOrder(
        delays.map((d, i) => ({ d, i })),
        limit,
        async ({ d, i }) => {
          running += 1;
          most = Math.max(most, running);
          for (let k = 0; k < d; k++) await Promise.resolve();
          running -= 1;
          made.push(i);
          return i * 10;
        },
      );
      expect(out).toEqual(delays.map((_, i) => i * 10));
      expect(made.sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
      expect(most).toBeLessThanOrEqual(limit);
    },
  );

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = inOrder([0, 1, 2, 3, 4, 5], 1, async (i) => {
      started.push(i);
      if (i === 2) throw new Error('kapot');
      return i;
    });
    await expect(run).rejects.toThrow('kapot');
    expect(started).toEqual([0, 1, 2]);
  });
});
