// The per-household helpers of matching, made one pass over the few values without arrays and sets
// per call (issue 14, twentieth round), give what the chains of `filter`/`map`/`Set`/`sort` gave —
// for any signals and history (many partners, months before, in and after the look-back, entries
// counting or not), under the default and the pilot configuration.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { asIsoMonth, type IsoMonth } from '../model/iso-date';
import { caseSignal, consecutiveCreditorsOf, matchInfo, recidiveOf, sorted, totalsOf } from './case-facts';
import {
  oldConsecutiveCreditorsOf,
  oldMatchInfo,
  oldRecidiveOf,
  oldTotalsOf,
} from './case-facts.old.test-support';
import { DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG } from './config';
import type { HistoryEntry } from './history';
import { historyArb, signalsArb } from './test-support/signals';

const OCT = asIsoMonth('2026-10');
const MONTHS = ['2025-12', '2026-03', '2026-04', '2026-06', '2026-08', '2026-09', '2026-10', '2026-11'];

/**
 * History over more months than the look-backs (entries moved to any of {@link MONTHS}), of natural
 * persons or not, with arrears of any age (inside a window or not: counting towards a match or not).
 */
const wideHistoryArb: fc.Arbitrary<HistoryEntry[]> = fc
  .tuple(
    historyArb,
    fc.array(
      fc.record({
        month: fc.constantFrom(...MONTHS),
        naturalPerson: fc.boolean(),
        ageDays: fc.integer({ min: 0, max: 500 }),
      }),
      { minLength: 20, maxLength: 20 },
    ),
  )
  .map(([entries, changes]) =>
    entries.map((e, i) => {
      const c = changes[i];
      if (!c) return e;
      const signalDate = `${c.month}-25`;
      const since = new Date(Date.parse(`${signalDate}T00:00:00Z`) - c.ageDays * 86_400_000);
      return {
        ...e,
        month: c.month as IsoMonth,
        signalDate: signalDate as HistoryEntry['signalDate'],
        arrearSince: since.toISOString().slice(0, 10) as HistoryEntry['arrearSince'],
        naturalPerson: c.naturalPerson,
      };
    }),
  );

test.prop([
  signalsArb,
  fc.oneof(historyArb, wideHistoryArb),
  fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG),
])(
  'matchInfo, recidiveOf, consecutiveCreditorsOf and totalsOf give what they gave',
  (signals, past, config) => {
    const css = signals.map((s) => caseSignal(s, OCT, past, config));
    expect(matchInfo(css, OCT, past, config)).toStrictEqual(oldMatchInfo(css, OCT, past, config));
    expect(recidiveOf(OCT, past, config)).toStrictEqual(oldRecidiveOf(OCT, past, config));
    expect(consecutiveCreditorsOf(css, OCT, past)).toStrictEqual(oldConsecutiveCreditorsOf(css, OCT, past));
    expect(totalsOf(css)).toStrictEqual(oldTotalsOf(css));
  },
);

/** Signals of up to 30 partners of their own (more than the 16 a case's lists are sorted by insertion up to). */
const manyPartnersArb = fc
  .tuple(signalsArb, fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 40, maxLength: 40 }))
  .map(([signals, ids]) =>
    signals.map((s, i) => ({
      ...s,
      partner: { ...s.partner, id: `P-${ids[i] ?? 0}` as typeof s.partner.id },
    })),
  );

test.prop([manyPartnersArb, wideHistoryArb, fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG)])(
  'the same for cases of many partners',
  (signals, past, config) => {
    const css = signals.map((s) => caseSignal(s, OCT, past, config));
    expect(matchInfo(css, OCT, past, config)).toStrictEqual(oldMatchInfo(css, OCT, past, config));
    expect(totalsOf(css)).toStrictEqual(oldTotalsOf(css));
  },
);

const stringsArb = fc.oneof(
  fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 16 }),
  fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 17, maxLength: 40 }),
);

test.prop([stringsArb, fc.boolean()])(
  'sorted sorts distinct strings as sort() does, few or many, either way',
  (list, newestFirst) => {
    const expected = newestFirst ? [...list].sort().reverse() : [...list].sort();
    const got = newestFirst ? sorted([...list], (a, b) => a > b) : sorted([...list]);
    expect(got).toStrictEqual(expected);
  },
);
