// onceAJourney: a journey on several lists has its field made once, and let go after its last step.

import { fc, test } from '@fast-check/vitest';
import type { AllocatedJourney } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { onceAJourney } from './worklist-lines';

/** A journey with `steps` steps (only what onceAJourney reads). */
const journey = (steps: number) =>
  ({ allocation: { steps: Array.from({ length: steps }, () => ({})) } }) as unknown as AllocatedJourney;

describe('onceAJourney', () => {
  it('makes the field of a journey with several steps once, and again after its last step asked', () => {
    let made = 0;
    const field = onceAJourney(() => `text ${++made}`);
    const j = journey(3);
    expect([field(j), field(j), field(j)]).toEqual(['text 1', 'text 1', 'text 1']);
    expect(made).toBe(1);
    expect(field(j)).toBe('text 2'); // let go after the third: not kept for ever
  });

  it('does not keep a journey with one step', () => {
    let made = 0;
    const field = onceAJourney(() => `text ${++made}`);
    const j = journey(1);
    expect([field(j), field(j)]).toEqual(['text 1', 'text 2']);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.integer()])(
    'asked once per step, lists in any order, gives what the field gives and makes it once per journey',
    (stepCounts, seed) => {
      const journeys = stepCounts.map(journey);
      const asks = journeys.flatMap((j, i) => j.allocation.steps.map(() => i));
      // a deterministic shuffle of the asks (the lists interleave the journeys' steps)
      const order = asks
        .map((a, k) => [a, (k * 2654435761 + seed) >>> 0] as const)
        .sort((x, y) => x[1] - y[1]);
      const made = new Map<number, number>();
      const field = onceAJourney((j) => {
        const i = journeys.indexOf(j);
        made.set(i, (made.get(i) ?? 0) + 1);
        return `journey ${i}`;
      });
      for (const [i] of order) expect(field(journeys[i] as AllocatedJourney)).toBe(`journey ${i}`);
      // made once for every journey that was asked for at all
      for (const [i, j] of journeys.entries())
        expect(made.get(i) ?? 0).toBe(Math.min(1, j.allocation.steps.length));
    },
  );
});
