// matchMonth with a memo (monthSignalsMemo, filled ahead or not by prepareMonthSignals): the same
// result as without, whatever else the calls that share it change — history, the configuration, the
// month, the area, another list of signals.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  DEFAULT_MATCHING_CONFIG,
  type HistoryEntry,
  type MatchingConfig,
  matchMonth,
  monthSignalsMemo,
  PILOT_MATCHING_CONFIG,
  prepareMonthSignals,
  type Signal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { historyArb, signalsArb } from './test-support/signals';

const OCT = asIsoMonth('2026-10');
const SEP = asIsoMonth('2026-09');
const AREA: MatchingConfig = {
  ...DEFAULT_MATCHING_CONFIG,
  area: { postcodeRanges: [{ from: '1000', to: '5999' }], source: 'test' },
};

interface Call {
  prepare: boolean;
  signals: 0 | 1;
  history: 0 | 1;
  month: typeof OCT;
  config: MatchingConfig;
}

const callArb: fc.Arbitrary<Call> = fc.record({
  prepare: fc.boolean(),
  signals: fc.constantFrom(0 as const, 1 as const),
  history: fc.constantFrom(0 as const, 1 as const),
  month: fc.constantFrom(OCT, SEP),
  config: fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG, AREA),
});

describe('matchMonth with a memo', () => {
  test.prop([
    signalsArb,
    signalsArb,
    historyArb,
    historyArb,
    fc.array(callArb, { minLength: 1, maxLength: 6 }),
  ])('gives what it gives without, call after call', (a, b, h0, h1, calls) => {
    const lists: Signal[][] = [a, b];
    const histories: HistoryEntry[][] = [h0, h1];
    const memo = monthSignalsMemo();
    for (const c of calls) {
      const input = { month: c.month, signals: lists[c.signals] as Signal[], history: histories[c.history] };
      const shared = matchMonth({ ...input, memo }, c.config);
      const alone = matchMonth(input, c.config);
      expect(shared).toEqual(alone);
      // a result's lists are its own: changing one does not reach the next call's
      if (shared.ok) {
        shared.value.setAside.push(shared.value.setAside[0] as never);
        shared.value.invalid.length = 0;
      }
    }
  });

  it('sorts a list once for calls with the same list, month and area', () => {
    const sample = fc.sample(
      signalsArb.filter((x) => x.length > 0),
      { numRuns: 1, seed: 7 },
    )[0] as Signal[];
    let sorts = 0; // matching reads a list's first signal once each time it sorts the list
    const signals = new Proxy(sample, {
      get: (t, k, r) => {
        if (k === '0') sorts++;
        return Reflect.get(t, k, r);
      },
    });
    const memo = monthSignalsMemo();
    expect(matchMonth({ month: OCT, signals, memo }).ok).toBe(true);
    expect(sorts).toBe(1);
    matchMonth({ month: OCT, signals, memo }, PILOT_MATCHING_CONFIG);
    expect(sorts).toBe(1);
    matchMonth({ month: OCT, signals, memo }, AREA); // another area: sorted again
    matchMonth({ month: SEP, signals, memo }, AREA); // another month
    expect(sorts).toBe(3);
    prepareMonthSignals(memo, { month: '2026-13' as typeof OCT, signals }); // refused: not sorted
    expect(sorts).toBe(3);
    expect(() => prepareMonthSignals(memo, { month: OCT, signals: 'not a list' as never })).not.toThrow();
    expect(() => prepareMonthSignals(memo, { month: OCT, signals }, { forward: 'x' } as never)).not.toThrow();
    expect(sorts).toBe(3); // neither sorted anything
    prepareMonthSignals(memo, { month: OCT, signals }); // ahead: the next call finds it
    matchMonth({ month: OCT, signals, memo });
    expect(sorts).toBe(4);
    matchMonth({ month: OCT, signals }); // no memo: sorted
    expect(sorts).toBe(5);
  });
});
