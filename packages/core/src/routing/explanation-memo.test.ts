// Each distinct contact explanation rendered once (issue 14): the memo of contactExplanations must
// give exactly the text contactExplanationIn renders, for any cases, in any order, in both
// languages and with any limit — and two cases that differ only in a fact the text names, or in what
// capacity did to them, must keep their own texts.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contactExplanationIn, contactExplanations, routeMonth } from '../index';
import { caseInput, journeyOf, loaded, ON, signal } from './fixtures.test-support';

/** The fixture's month of `inputs` (case ids in order), routed and allocated. */
function month(inputs: Parameters<typeof caseInput>[]) {
  const journeys = inputs.map((args, i) =>
    journeyOf(`2026-10-${String(i + 1).padStart(4, '0')}`, caseInput(...args), { rank: i + 1, house: i + 1 }),
  );
  const r = routeMonth(journeys, loaded(), ON);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.journeys.filter((j) => j.route && j.allocation) as Parameters<
    typeof contactExplanationIn
  >[0][];
}

const signalArb = fc.record({
  amountCents: fc.constantFrom(5_000, 25_000, 30_000, 50_000, 50_001, 61_000, 61_000),
  kind: fc.constantFrom('early' as const, 'eviction' as const),
  hasPhone: fc.boolean(),
  hasEmail: fc.boolean(),
  sector: fc.constantFrom('health' as const, 'rent' as const),
});
const caseArb = fc.record({
  signals: fc.array(signalArb, { minLength: 1, maxLength: 3 }),
  isMatch: fc.boolean(),
});

describe('contactExplanations', () => {
  test.prop([
    fc.array(caseArb, { minLength: 1, maxLength: 30 }),
    fc.constantFrom('nl' as const, 'en' as const),
    fc.integer({ min: 1, max: 8 }),
    fc.array(fc.nat(), { maxLength: 40 }),
  ])(
    'gives the text contactExplanationIn renders, for every case, in any order, with any limit',
    (cases, lang, limit, order) => {
      const journeys = month(
        cases.map((c) => [
          c.signals.map((s, i) => signal({ ...s, signalId: `S${i}`, partnerId: `P-${i}` })),
          { isMatch: c.isMatch },
        ]),
      );
      const explain = contactExplanations(lang, { limit });
      const visits = [
        ...journeys,
        ...order.map((n) => journeys[n % journeys.length] as (typeof journeys)[number]),
      ];
      for (const j of visits) expect(explain(j)).toBe(contactExplanationIn(j, lang));
    },
  );

  it('renders a text once for cases that read the same', () => {
    const journeys = month(
      Array.from({ length: 20 }, (): Parameters<typeof caseInput> => [[signal({ amountCents: 30_000 })]]),
    );
    const explain = contactExplanations('nl');
    for (const j of journeys) expect(explain(j)).toBe(contactExplanationIn(j, 'nl'));
    // one routing text; an allocation text per outcome (phone capacity 3: then no phone left)
    const routes = new Set(journeys.map((j) => j.route.explanation.nl));
    const allocations = new Set(journeys.map((j) => j.allocation.explanation.nl));
    expect([routes.size, allocations.size]).toEqual([1, 2]);
    expect(explain.rendered).toBe(3);
  });

  it('keeps apart two cases that differ only in a fact the text names (the amount)', () => {
    // rule `visit`: isMatch or total > € 500 — its text names the total ("totaalbedrag (€ 610,00)")
    const [a, b] = month([[[signal({ amountCents: 61_000 })]], [[signal({ amountCents: 62_000 })]]]);
    if (!a || !b) throw new Error('two cases expected');
    const explain = contactExplanations('nl');
    expect(contactExplanationIn(a, 'nl')).not.toBe(contactExplanationIn(b, 'nl'));
    expect(explain(a)).toBe(contactExplanationIn(a, 'nl'));
    expect(explain(b)).toBe(contactExplanationIn(b, 'nl'));
  });

  it('keeps apart two cases that differ only in their contact data (what allocation did)', () => {
    const [a, b] = month([
      [[signal({ amountCents: 30_000 })]],
      [[signal({ amountCents: 30_000, hasPhone: false })]],
    ]);
    if (!a || !b) throw new Error('two cases expected');
    const explain = contactExplanations('en');
    expect(contactExplanationIn(a, 'en')).not.toBe(contactExplanationIn(b, 'en'));
    expect([explain(a), explain(b)]).toEqual([contactExplanationIn(a, 'en'), contactExplanationIn(b, 'en')]);
  });

  it('renders copied sections each time, as contactExplanationIn reads them', () => {
    const [j] = month([[[signal({ amountCents: 30_000 })]]]);
    if (!j) throw new Error('a case expected');
    const copy = { route: { ...j.route }, allocation: { ...j.allocation } };
    const explain = contactExplanations('nl');
    expect([explain(copy), explain(copy)]).toEqual([
      contactExplanationIn(j, 'nl'),
      contactExplanationIn(j, 'nl'),
    ]);
    expect(explain.rendered).toBe(4);
  });
});

describe('contactExplanations: routing texts that name the amount', () => {
  test.prop([
    fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 2, maxLength: 25 }),
    fc.constantFrom('nl' as const, 'en' as const),
  ])(
    'come from one template per rule and outcome of its conditions: the rendered text for every amount',
    (amounts, lang) => {
      // the amounts around the fixture's thresholds too (€ 500: rule `visit`; € 250 and € 600)
      const around = [24_999, 25_000, 25_001, 49_999, 50_000, 50_001, 59_999, 60_000, 60_001];
      const journeys = month([...amounts, ...around].map((a) => [[signal({ amountCents: a })]]));
      const explain = contactExplanations(lang);
      for (const j of journeys) expect(explain(j)).toBe(contactExplanationIn(j, lang));
      // far fewer routing texts rendered than amounts: a template per rule and outcome
      const routeTexts = new Set(journeys.map((j) => j.route.explanation[lang]));
      const allocationTexts = new Set(journeys.map((j) => j.allocation.explanation[lang]));
      expect(explain.rendered).toBeLessThan(routeTexts.size + allocationTexts.size);
    },
  );

  test.prop([
    fc.array(
      fc.record({
        amountCents: fc.constantFrom(1, 24_999, 25_000, 60_000, 61_000, 123_456, 2_000_000),
        kind: fc.constantFrom('early' as const, 'eviction' as const),
        hasPhone: fc.boolean(),
        hasEmail: fc.boolean(),
        sector: fc.constantFrom('health' as const, 'rent' as const),
        isMatch: fc.boolean(),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    fc.constantFrom('nl' as const, 'en' as const),
  ])(
    'key a text filled from a template by what made it: equal keys, equal texts; a case again, its key again',
    (signals, lang) => {
      // other rules or facts, other templates; other contact data, other allocation texts — for one amount
      const journeys = month(signals.map(({ isMatch, ...s }) => [[signal(s)], { isMatch }]));
      const explain = contactExplanations(lang);
      const textOf = new Map<string, string>();
      const first: (string | undefined)[] = [];
      // each case twice: its text comes again, filled from its template again
      [journeys, journeys].forEach((visit, pass) => {
        visit.forEach((j, i) => {
          const text = explain(j);
          const key = explain.lastKey;
          if (pass === 0) first.push(key);
          else if (first[i] !== undefined) expect(key).toBe(first[i]);
          if (key === undefined) return;
          expect(textOf.get(key) ?? text).toBe(text);
          textOf.set(key, text);
        });
      });
      // a key per case at most, not per visit (two keys may stand for one text: a number read, not shown)
      expect(textOf.size).toBeLessThanOrEqual(journeys.length);
    },
  );

  it('key no text but those filled from a template: the same case twice, the same key', () => {
    const journeys = month([61_000, 62_000, 63_000].map((a) => [[signal({ amountCents: a })]]));
    const explain = contactExplanations('nl');
    const keys = [...journeys, journeys[1]].map((j) => {
      explain(j as (typeof journeys)[number]);
      return explain.lastKey;
    });
    // the first renders the template (no key); the others are filled from it
    expect(keys[0]).toBeUndefined();
    expect(keys[1]).toBeDefined();
    expect(keys[2]).toBeDefined();
    expect(keys[2]).not.toBe(keys[1]);
    expect(keys[3]).toBe(keys[1]);
  });

  it('renders the routing text once for cases that differ only in the amount', () => {
    const amounts = [61_000, 62_000, 63_500, 70_000, 99_999, 123_456];
    const journeys = month(amounts.map((a) => [[signal({ amountCents: a })]]));
    const explain = contactExplanations('nl');
    for (const j of journeys) expect(explain(j)).toBe(contactExplanationIn(j, 'nl'));
    const routeTexts = new Set(journeys.map((j) => j.route.explanation.nl));
    const allocationTexts = new Set(journeys.map((j) => j.allocation.explanation.nl));
    expect(routeTexts.size).toBe(amounts.length); // each names its own amount
    expect(explain.rendered).toBe(1 + allocationTexts.size);
  });
});
