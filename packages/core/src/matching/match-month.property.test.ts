import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  DEFAULT_MATCHING_CONFIG,
  type HistoryEntry,
  type MatchingConfig,
  type MonthMatch,
  matchMonth,
  PILOT_MATCHING_CONFIG,
  type Signal,
  signalHouseholdKey,
  validateSignal,
  windowFor,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { signalProblem } from './signal-check';
import { historyArb, signalsArb } from './test-support/signals';

const OCT = asIsoMonth('2026-10');

const run = (
  signals: readonly Signal[],
  history: readonly HistoryEntry[] = [],
  config?: MatchingConfig,
): MonthMatch => {
  const r = matchMonth({ month: OCT, signals, history }, config);
  if (!r.ok) throw new Error(`matchMonth failed: ${JSON.stringify(r.issues)}`);
  return r.value;
};

const withShuffle = <T>(arb: fc.Arbitrary<T[]>) =>
  arb.chain((xs) =>
    fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
  );

const config = fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG);

test.prop([withShuffle(signalsArb), withShuffle(historyArb), config])(
  'shuffling signals and history changes nothing but issue paths',
  ([signals, shuffled], [history, shuffledHistory], cfg) => {
    const a = run(signals, history, cfg);
    const b = run(shuffled, shuffledHistory, cfg);
    expect(b.journeys).toEqual(a.journeys);
    expect(b.setAside).toEqual(a.setAside);
    expect(b.counts).toEqual(a.counts);
  },
);

test.prop([signalsArb, historyArb, config])(
  'running twice gives the same result',
  (signals, history, cfg) => {
    expect(run(signals, history, cfg)).toEqual(run(signals, history, cfg));
  },
);

test.prop([signalsArb, historyArb])(
  'every signal lands in exactly one case or is set aside',
  (signals, history) => {
    const m = run(signals, history);
    const seen = [
      ...m.journeys.flatMap((j) => j.match.signals.map((s) => s.signal)),
      ...m.setAside.map((s) => s.signal),
    ];
    expect(seen).toHaveLength(signals.length);
    expect(new Set(seen)).toEqual(new Set(signals));
    expect(m.counts.signals).toBe(m.counts.inCases + m.counts.setAside);
    expect(m.invalid).toEqual([]);
    for (const j of m.journeys) {
      expect(j.caseId).toBe(`2026-10-${String(j.match.rank).padStart(4, '0')}`);
      for (const s of j.match.signals) expect(signalHouseholdKey(s.signal)).toBe(j.match.householdKey);
    }
  },
);

test.prop([signalsArb, historyArb, config])(
  'a match always has 2+ distinct partners inside the window in this or the previous month',
  (signals, history, cfg) => {
    const m = run(signals, history, cfg);
    for (const c of m.journeys.map((j) => j.match).filter((x) => x.isMatch)) {
      expect(c.matchPartners.length).toBeGreaterThanOrEqual(2);
      const now = c.signals.filter((s) => s.countsForMatch);
      expect(now.length).toBeGreaterThan(0);
      for (const s of now) {
        const w = windowFor(cfg, s.signal.partner.sector, s.signal.signalDate);
        expect(s.ageDays).toBeGreaterThanOrEqual(w?.minAgeDays ?? 0);
        expect(s.ageDays).toBeLessThanOrEqual(w?.maxAgeDays ?? Number.POSITIVE_INFINITY);
      }
      const fromNow = new Set(now.map((s) => s.signal.partner.id));
      const fromBefore = history.filter((h) => h.month === '2026-09' && h.householdKey === c.householdKey);
      for (const p of c.matchPartners) {
        expect(fromNow.has(p) || fromBefore.some((h) => h.partnerId === p)).toBe(true);
      }
    }
  },
);

test.prop([signalsArb])('ranks are 1..n in order, and more signals never rank below fewer', (signals) => {
  const m = run(signals);
  m.journeys.forEach((j, i) => {
    expect(j.match.rank).toBe(i + 1);
    const next = m.journeys[i + 1];
    if (next) expect(j.match.totals.signalCount).toBeGreaterThanOrEqual(next.match.totals.signalCount);
  });
});

// Invalid input: an object that is not a usable signal (a vendor's database, a cast) — one field
// broken in a way the structural check and the schema both reject, or not an object at all.
const BROKEN: Record<string, readonly unknown[]> = {
  signalId: [undefined, null, 42, ''],
  partner: [undefined, null, 'WO-LND', []],
  kind: [undefined, 'late', 3],
  signalDate: [undefined, '2026-13-01', '26-10-2026', 20261026],
  arrearSince: [undefined, '2026-02-30', '2026-11-30'],
  amountCents: [undefined, null, '25000', -5, 0, 1.5, Number.NaN],
  person: [undefined, null, 'Jansen'],
  address: [undefined, null, '7411AB 12', { postcode: '7411 ab', houseNumber: 12 }, { postcode: '7411AB' }],
  contact: [undefined, null, 'none'],
};
const brokenArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 42, 'a signal', [] as unknown[]),
  fc
    .tuple(
      signalsArb.filter((xs) => xs.length > 0),
      fc.constantFrom(...Object.keys(BROKEN)),
      fc.nat(),
    )
    .map(([xs, field, n]) => {
      const values = BROKEN[field] as readonly unknown[];
      return { ...(xs[0] as Signal), signalId: `X${n}`, [field]: values[n % values.length] };
    }),
);

test.prop([signalsArb, fc.array(fc.tuple(brokenArb, fc.nat()), { maxLength: 5 }), historyArb])(
  'invalid signal objects are reported in `invalid` by position and never change how the valid ones match',
  (valid, broken, history) => {
    const input: unknown[] = [...valid];
    for (const [b, at] of broken) input.splice(at % (input.length + 1), 0, b);
    const expectedInvalid = input.flatMap((x, i) => (valid.includes(x as Signal) ? [] : [i]));
    const m = run(input as Signal[], history);
    expect(m.invalid.map((s) => s.index)).toEqual(expectedInvalid);
    for (const s of m.invalid) {
      expect(s.issues.length).toBeGreaterThan(0);
      for (const i of s.issues) expect(i.path.slice(0, 2)).toEqual(['signals', s.index]);
      expect(validateSignal(input[s.index]).ok).toBe(false);
    }
    const alone = run(valid, history);
    expect(m.journeys).toEqual(alone.journeys);
    expect(m.setAside).toEqual(alone.setAside);
    expect(m.counts.signals).toBe(input.length);
    expect(m.counts.signals).toBe(m.counts.inCases + m.counts.setAside + m.counts.invalid);
  },
);

// The structural check is a subset of the schema: whatever SignalSchema accepts, matching accepts.
// Values per field, about half of them valid (so the premise holds often), half not.
const ALTERNATIVES: Record<string, readonly unknown[]> = {
  signalId: ['x', 'S-1', 'a'.repeat(100), '', undefined],
  partner: [
    { id: 'p', name: 'P', sector: 'other' },
    { id: 'p', name: 'P', sector: 'gas' },
  ],
  kind: ['early', 'end-of-supply', 'eviction', 'warm-referral', 'cak', 'late'],
  signalDate: ['2026-10-26', '2026-10-01', '2026-02-30'],
  arrearSince: ['2026-01-01', '2026-10-26', '2026-10-27'],
  amountCents: [1, 25_000, Number.MAX_SAFE_INTEGER, 0, 1.5],
  person: [
    { surname: 'X', legalForm: 'bv' },
    {
      surname: 'X',
      legalForm: 'individual',
      bsn: '111222333',
      birthDate: '1980-01-01',
      initials: 'J',
      prefix: 'van',
      personallyLiable: true,
    },
    { surname: '', legalForm: 'bv' },
  ],
  address: [
    { postcode: '1234AB', houseNumber: 1 },
    { postcode: '1234AB', houseNumber: 99_999, houseLetter: 'A', houseNumberAddition: 'BIS', city: 'X' },
    { postcode: '1234ab', houseNumber: 1 },
  ],
  contact: [{}, { phone: '+31612345678' }, { email: 'a@example.nl' }, { phone: '0612345678' }],
  neighbourhood: ['Centrum', ''],
  termsOverdue: [0, 3, -1],
  remindersSent: [0, 2],
};
const changeArb = fc
  .constantFrom(...Object.keys(ALTERNATIVES))
  .chain((field) => fc.tuple(fc.constant(field), fc.constantFrom(...(ALTERNATIVES[field] as unknown[]))));
test.prop([signalsArb.filter((xs) => xs.length > 0), fc.array(changeArb, { maxLength: 3 })])(
  'every signal the schema accepts passes the structural check',
  (xs, changes) => {
    const candidate: Record<string, unknown> = { ...(xs[0] as Signal) };
    for (const [field, value] of changes) candidate[field] = value;
    if (validateSignal(candidate).ok) expect(signalProblem(candidate)).toBeUndefined();
  },
);
