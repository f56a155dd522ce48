import { fc, test } from '@fast-check/vitest';
import {
  DEFAULT_MATCHING_CONFIG,
  matchMonth,
  PILOT_MATCHING_CONFIG,
  signalHouseholdKey,
  windowFor,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { historyArb, signalsArb } from './test-support/signals';

const withShuffle = <T>(arb: fc.Arbitrary<T[]>) =>
  arb.chain((xs) =>
    fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
  );

const config = fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG);

test.prop([withShuffle(signalsArb), withShuffle(historyArb), config])(
  'shuffling signals and history changes nothing but issue paths',
  ([signals, shuffled], [history, shuffledHistory], cfg) => {
    const a = matchMonth({ month: '2026-10', signals, history, config: cfg });
    const b = matchMonth({ month: '2026-10', signals: shuffled, history: shuffledHistory, config: cfg });
    expect(b.cases).toEqual(a.cases);
    expect(b.setAside).toEqual(a.setAside);
    expect(b.counts).toEqual(a.counts);
  },
);

test.prop([signalsArb, historyArb, config])(
  'running twice gives the same result',
  (signals, history, cfg) => {
    expect(matchMonth({ month: '2026-10', signals, history, config: cfg })).toEqual(
      matchMonth({ month: '2026-10', signals, history, config: cfg }),
    );
  },
);

test.prop([signalsArb, historyArb])(
  'every signal lands in exactly one case or is set aside',
  (signals, history) => {
    const m = matchMonth({ month: '2026-10', signals, history });
    const seen = [
      ...m.cases.flatMap((c) => c.signals.map((s) => s.signal)),
      ...m.setAside.map((s) => s.signal),
    ];
    expect(seen).toHaveLength(signals.length);
    expect(new Set(seen)).toEqual(new Set(signals));
    expect(m.counts.signals).toBe(m.counts.inCases + m.counts.setAside);
    for (const c of m.cases)
      for (const s of c.signals) expect(signalHouseholdKey(s.signal)).toBe(c.householdKey);
  },
);

test.prop([signalsArb, historyArb, config])(
  'a match always has 2+ distinct partners inside the window in this or the previous month',
  (signals, history, cfg) => {
    const m = matchMonth({ month: '2026-10', signals, history, config: cfg });
    for (const c of m.cases.filter((x) => x.match.isMatch)) {
      expect(c.match.partners.length).toBeGreaterThanOrEqual(2);
      const now = c.signals.filter((s) => s.countsForMatch);
      expect(now.length).toBeGreaterThan(0);
      for (const s of now) {
        const w = windowFor(cfg, s.signal.partner.sector, s.signal.signalDate);
        expect(s.ageDays).toBeGreaterThanOrEqual(w?.minAgeDays ?? 0);
        expect(s.ageDays).toBeLessThanOrEqual(w?.maxAgeDays ?? Number.POSITIVE_INFINITY);
      }
      const fromNow = new Set(now.map((s) => s.signal.partner.id));
      const fromBefore = history.filter((h) => h.month === '2026-09' && h.householdKey === c.householdKey);
      for (const p of c.match.partners) {
        expect(fromNow.has(p) || fromBefore.some((h) => h.partnerId === p)).toBe(true);
      }
    }
  },
);

test.prop([signalsArb])('ranks are 1..n in order, and more signals never rank below fewer', (signals) => {
  const m = matchMonth({ month: '2026-10', signals });
  m.cases.forEach((c, i) => {
    expect(c.rank).toBe(i + 1);
    const next = m.cases[i + 1];
    if (next) expect(c.totals.signalCount).toBeGreaterThanOrEqual(next.totals.signalCount);
  });
});
