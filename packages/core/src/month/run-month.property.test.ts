import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  DEFAULT_INTAKE_CONFIG,
  DEFAULT_MATCHING_CONFIG,
  type IntakeConfig,
  type MonthInput,
  type MonthResult,
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

const OCT = asIsoMonth('2026-10');
async function run(input: Omit<MonthInput, 'month'>): Promise<MonthResult> {
  const r = await runMonth({ month: OCT, ...input });
  if (!r.ok) throw new Error(`runMonth failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

test.prop([
  signalsArb,
  historyArb,
  intakeArb,
  fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG),
])(
  'every case gets one decision; counts add up; floors and windows never drop a crisis signal of a natural person',
  async (signals, history, intake, matching) => {
    const r = await run({ signals, history, intake, matching });
    const total = Object.values(r.counts.byOutcome).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.journeys.length);
    const byStatus = Object.values(r.counts.bySignalStatus).reduce((a, b) => a + b, 0);
    expect(byStatus).toBe(r.journeys.length);
    expect(
      r.journeys.reduce((n, j) => n + j.match.signals.length, 0) +
        r.matching.setAside.length +
        r.matching.invalid.length,
    ).toBe(signals.length);
    for (const j of r.journeys) {
      expect(j.intake.signals.map((s) => s.signalId)).toEqual(j.match.signals.map((s) => s.signal.signalId));
      const crisis = j.match.signals.some(
        (s) => intake.crisisKinds.includes(s.signal.kind) && s.signal.person.legalForm !== 'bv',
      );
      if (crisis) expect(['crisis', 'manual-review']).toContain(j.intake.outcome);
      if (j.match.manualReview) expect(j.intake.outcome).not.toBe('picked-up');
    }
  },
);

test.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })])(
  'a repeat never hides an increased amount (signaalreis-2023): a higher amount than last month is picked up',
  async (previous, increase) => {
    const amountCents = previous + increase;
    const r = await run({
      signals: [sig('A', 'rent', { arrearSince: '2026-08-01', amountCents })],
      history: [past('H1', 'rent', { amountCents: previous })],
    });
    const j = r.journeys[0];
    expect(j?.match.signals[0]?.repeat).toBeDefined();
    if (increase > 0) expect(j?.intake.signalStatus).toBe('Opgepakt');
    else expect(j?.intake.signalStatus).toBe('Niet opgepakt: herhaalde melding');
  },
);

test.prop([signalsArb])('running twice gives the same result', async (signals) => {
  expect(await runMonth({ month: OCT, signals })).toEqual(await runMonth({ month: OCT, signals }));
});
