import { fc, test } from '@fast-check/vitest';
import {
  DEFAULT_INTAKE_CONFIG,
  DEFAULT_MATCHING_CONFIG,
  type IntakeConfig,
  PILOT_MATCHING_CONFIG,
  runMonth,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { historyArb, past, sig, signalsArb } from '../matching/test-support/signals';

const intakeArb: fc.Arbitrary<IntakeConfig> = fc
  .record({
    floorCents: fc.integer({ min: 0, max: 500_000 }),
    repeatSignals: fc.constantFrom('not-picked-up' as const, 'pick-up' as const),
    outOfWindow: fc.constantFrom('not-picked-up' as const, 'pick-up' as const),
  })
  .map(({ floorCents, repeatSignals, outOfWindow }) => ({
    ...DEFAULT_INTAKE_CONFIG,
    floor: { defaultCents: floorCents, source: 'test' },
    repeatSignals,
    outOfWindow,
  }));

test.prop([
  signalsArb,
  historyArb,
  intakeArb,
  fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG),
])(
  'every case gets one decision; counts add up; floors and windows never drop a crisis signal of a natural person',
  async (signals, history, intake, matching) => {
    const r = await runMonth({ month: '2026-10', signals, history, intake, matching });
    const total = Object.values(r.counts.byBucket).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.cases.length);
    expect(r.cases.reduce((n, c) => n + c.case.signals.length, 0) + r.matching.setAside.length).toBe(
      signals.length,
    );
    for (const c of r.cases) {
      const crisis = c.case.signals.some(
        (s) => intake.crisisKinds.includes(s.signal.kind) && s.signal.person.legalForm !== 'bv',
      );
      if (crisis) expect(['crisis', 'manual-review']).toContain(c.bucket);
    }
  },
);

test.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })])(
  'a repeat never hides an increased amount (signaalreis-2023): a higher amount than last month is picked up',
  async (previous, increase) => {
    const amountCents = previous + increase;
    const r = await runMonth({
      month: '2026-10',
      signals: [sig('A', 'rent', { arrearSince: '2026-08-01', amountCents })],
      history: [past('H1', 'rent', { amountCents: previous })],
    });
    const c = r.cases[0];
    expect(c?.case.signals[0]?.repeat).toBeDefined();
    if (increase > 0) expect(c?.status).toBe('Opgepakt');
    else expect(c?.status).toBe('Niet opgepakt: herhaalde melding');
  },
);

test.prop([signalsArb])('running twice gives the same result', async (signals) => {
  expect(await runMonth({ month: '2026-10', signals })).toEqual(
    await runMonth({ month: '2026-10', signals }),
  );
});
