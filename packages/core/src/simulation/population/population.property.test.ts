import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { asIsoMonth } from '../../model/iso-date';
import { createPopulation, type PopulationOptions } from './population';
import { selection, type Thresholds } from './tables.test-support';

const base = (seed: string, replication: number): PopulationOptions => ({
  seed,
  replication,
  municipality: { code: '0123', inhabitants: 8_000 },
  start: asIsoMonth('2027-01'),
});
const make = (o: PopulationOptions) => {
  const p = createPopulation(o);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
};

const thresholds = fc.record({
  floor: fc.integer({ min: 1, max: 60_000 }),
  minTerms: fc.integer({ min: 1, max: 4 }),
  minDays: fc.integer({ min: 0, max: 90 }),
  maxDays: fc.integer({ min: 30, max: 400 }),
});
/** Thresholds at least as strict as `t`. */
const stricter = (t: Thresholds) =>
  fc
    .record({
      floor: fc.integer({ min: 0, max: 40_000 }),
      minTerms: fc.integer({ min: 0, max: 2 }),
      minDays: fc.integer({ min: 0, max: 30 }),
      maxDays: fc.integer({ min: 0, max: 30 }),
    })
    .map((d) => ({
      floor: t.floor + d.floor,
      minTerms: t.minTerms + d.minTerms,
      minDays: t.minDays + d.minDays,
      maxDays: Math.max(0, t.maxDays - d.maxDays),
    }));

describe('the arrears do not depend on the criteria (common random numbers)', () => {
  test.prop(
    [
      fc.string({ minLength: 1, maxLength: 12 }),
      thresholds.chain((t) => fc.tuple(fc.constant(t), stricter(t))),
    ],
    {
      numRuns: 15,
    },
  )('same arrears; the stricter criteria signal a subset', (seed, [lenient, strict]) => {
    const a = make(base(seed, 0));
    const b = make(base(seed, 0));
    for (let i = 0; i < 5; i++) {
      const ma = a.next(selection(lenient));
      const mb = b.next(selection(strict));
      const counts = (m: typeof ma) =>
        Object.fromEntries(Object.entries(m.arrears).map(([s, c]) => [s, { ...c, signalled: 0 }]));
      expect(counts(mb)).toEqual(counts(ma));
      const lenientIds = new Set(ma.signals.map((s) => s.signalId));
      for (const s of mb.signals) expect(lenientIds.has(s.signalId)).toBe(true);
    }
  });

  test.prop([thresholds, thresholds], { numRuns: 10 })(
    'one month of ledgers, any number of selections: the same as separate populations',
    (t1, t2) => {
      const shared = make(base('crn', 1));
      const alone = make(base('crn', 1));
      for (let i = 0; i < 3; i++) {
        const ledgers = shared.advance();
        shared.signals(ledgers, selection(t1));
        expect(shared.signals(ledgers, selection(t2)).signals).toEqual(alone.next(selection(t2)).signals);
      }
    },
  );
});

describe('reproducible', () => {
  test.prop([fc.string({ minLength: 1, maxLength: 12 }), fc.nat({ max: 1000 })], { numRuns: 10 })(
    'the same seed and replication give the same months; another replication others',
    (seed, replication) => {
      const t = { floor: 1, minTerms: 1, minDays: 15, maxDays: 365 };
      const a = make(base(seed, replication));
      const b = make(base(seed, replication));
      const c = make(base(seed, replication + 1));
      let differs = false;
      for (let i = 0; i < 3; i++) {
        const [ma, mb, mc] = [a.next(selection(t)), b.next(selection(t)), c.next(selection(t))];
        expect(mb).toEqual(ma);
        differs ||=
          JSON.stringify(mc.arrears) !== JSON.stringify(ma.arrears) ||
          JSON.stringify(mc.signals) !== JSON.stringify(ma.signals);
      }
      expect(differs).toBe(true);
    },
  );
});
