// Case ids carry no personal data (issue 12): no postcode, house number, household key, BSN or name
// of the household; safe in a URL path segment; unique in a month; independent of the row order.
import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  CASE_ID_PATTERN,
  isValidBsn,
  type MonthMatch,
  matchMonth,
  type Signal,
  signalHouseholdKey,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from './test-support/signals';

const OCT = asIsoMonth('2026-10');

const run = (signals: readonly Signal[]): MonthMatch => {
  const r = matchMonth({ month: OCT, signals });
  if (!r.ok) throw new Error(`matchMonth failed: ${JSON.stringify(r.issues)}`);
  return r.value;
};

const PARTNERS = ['rent', 'energy', 'energy2', 'health', 'water'] as const;
const LETTERS = 'ABCEGHJKLNPRTVXZ'.split(''); // no S: SA, SD and SS are never issued

/** A BSN that passes the elfproef: eight digits and the ninth that makes it valid, when there is one. */
const bsnArb = fc
  .stringMatching(/^[1-9]\d{7}$/)
  .map((eight) => [...'0123456789'].map((d) => eight + d).find(isValidBsn))
  .filter((s): s is string => s !== undefined);

/** Households with varied addresses, persons and BSNs, each with 1–3 signals of distinct partners. */
const householdsArb = fc.uniqueArray(
  fc.record({
    digits: fc.integer({ min: 1000, max: 9999 }),
    letters: fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS)),
    houseNumber: fc.integer({ min: 1, max: 99_999 }),
    houseLetter: fc.option(fc.constantFrom(...LETTERS), { nil: undefined }),
    bsn: bsnArb,
    surname: fc.constantFrom('Jansen', 'de Vries', 'Bakker', 'Yılmaz'),
    partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { minLength: 1, maxLength: 3 }),
    amountCents: fc.integer({ min: 1, max: 400_000 }),
  }),
  {
    maxLength: 30,
    selector: (h) => `${h.digits}${h.letters.join('')} ${h.houseNumber}${h.houseLetter ?? ''}`,
  },
);

const signalsArb: fc.Arbitrary<Signal[]> = householdsArb.map((hs) =>
  hs.flatMap((h, i) =>
    h.partners.map((p, j) =>
      sig(`S${i}-${j}`, p, {
        amountCents: h.amountCents + j,
        person: { surname: h.surname, legalForm: 'individual', bsn: h.bsn },
        address: {
          postcode: `${h.digits}${h.letters.join('')}`,
          houseNumber: h.houseNumber,
          ...(h.houseLetter ? { houseLetter: h.houseLetter } : {}),
        },
      }),
    ),
  ),
);
const shuffledArb = signalsArb.chain((xs) =>
  fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
);

describe('case ids', () => {
  test.prop([signalsArb])(
    'are the month and the rank, URL-safe, and hold no address, BSN or name of the household',
    (signals) => {
      const m = run(signals);
      for (const j of m.journeys) {
        expect(j.caseId).toMatch(/^2026-10-[0-9]{4,}$/);
        expect(j.caseId).toMatch(CASE_ID_PATTERN);
        expect(encodeURIComponent(j.caseId)).toBe(j.caseId);
        expect(Number(j.caseId.slice('2026-10-'.length))).toBe(j.match.rank);
        expect(j.caseId).not.toContain(j.match.householdKey);
        for (const s of j.match.signals) {
          expect(j.caseId).not.toContain(s.signal.address.postcode);
          // the four postcode digits may be "2026" or the rank by chance (postcode 2026AA): the id is
          // exactly month and rank, so nothing of the address is in it
          expect(j.caseId).toBe(`2026-10-${String(j.match.rank).padStart(4, '0')}`);
          expect(j.caseId).not.toContain(s.signal.person.surname);
          if (s.signal.person.bsn) expect(j.caseId).not.toContain(s.signal.person.bsn);
        }
      }
    },
  );

  test.prop([signalsArb])('are unique in a month, and sort in rank order', (signals) => {
    const ids = run(signals).journeys.map((j) => j.caseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  test.prop([shuffledArb])(
    'do not depend on the order of the signal rows: a household keeps its case id',
    ([signals, shuffled]) => {
      const byHousehold = (m: MonthMatch) => new Map(m.journeys.map((j) => [j.match.householdKey, j.caseId]));
      const a = byHousehold(run(signals));
      expect(byHousehold(run(shuffled))).toEqual(a);
      expect([...a.keys()].sort()).toEqual([...new Set(signals.map(signalHouseholdKey))].sort());
    },
  );

  it('widen past 4 digits when a month has 10,000 cases or more', () => {
    const signals = Array.from({ length: 10_000 }, (_, i) =>
      sig(`S${i}`, 'rent', {
        amountCents: 1_000_000 - i,
        address: { postcode: `${1000 + (i % 9000)}AB`, houseNumber: 1 + Math.floor(i / 9000) },
      }),
    );
    const ids = run(signals).journeys.map((j) => j.caseId);
    expect(ids[0]).toBe('2026-10-00001');
    expect(ids[9_999]).toBe('2026-10-10000');
    expect(new Set(ids).size).toBe(10_000);
    expect(run(signals.slice(0, 9_999)).journeys.at(-1)?.caseId).toBe('2026-10-9999');
  });
});
