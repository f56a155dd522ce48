// The Schuldenlab Almelo business case (schuldenlab-almelo-2020: deployment of debt specialists,
// 1 March – 31 July 2020), reproduced exactly from its slide: 105 cases; prevented 13 evictions
// (€ 78.000 direct + € 14.040 indirect), 4 cut-offs (€ 3.160); benefits € 95.200, costs € 79.115,
// net € 16.085 (20 %). The slide's figures add up: 78.000 + 3.160 = 81.160 ("Totaal € 81.160"),
// + 14.040 = 95.200, − 79.115 = 16.085, and 16.085 / 79.115 = 20.3 % ("20%"). The units are read
// from the totals: € 6.000 an eviction, € 790 a cut-off, and the indirect € 14.040 = 13 × 18 % × 6
// months × € 1.000 (the slide gives 18 % and 6 months; € 1.000 a month is implied). The costs are
// one stated total (2.6 FTE × 5 months; € 79.115 / 13 FTE-months is no whole number of cents).
import { fc, test } from '@fast-check/vitest';
import {
  type BusinessCaseParameters,
  type BusinessCasePrice,
  businessCase,
  DEFAULT_BUSINESS_CASE_PARAMETERS,
  explainBusinessCase,
  SCHULDENLAB_ALMELO_2020,
  SCHULDENLAB_ALMELO_2020_COUNTS,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const run = (
  counts: Parameters<typeof businessCase>[0],
  params: unknown = DEFAULT_BUSINESS_CASE_PARAMETERS,
) => {
  const r = businessCase(counts, params);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('the Schuldenlab Almelo case', () => {
  const r = run(SCHULDENLAB_ALMELO_2020_COUNTS, SCHULDENLAB_ALMELO_2020);
  const amount = (id: string) => r.lines.find((l) => l.id === id)?.amountCents;

  it('reproduces every figure of the slide in cents', () => {
    expect(r.cases).toBe(105);
    expect(amount('eviction-prevented')).toBe(7_800_000);
    expect(amount('eviction-prevented-shelter')).toBe(1_404_000);
    expect(amount('cutoff-prevented')).toBe(316_000);
    expect(
      r.lines
        .filter((l) => l.kind === 'benefit' && l.id !== 'eviction-prevented-shelter')
        .reduce((n, l) => n + (l.amountCents ?? 0), 0),
    ).toBe(8_116_000); // "Totaal € 81.160" direct
    expect(r.benefitsCents).toBe(9_520_000);
    expect(r.costsCents).toBe(7_911_500);
    expect(r.netCents).toBe(1_608_500);
    expect(r.netReturnPercent).toBe(20);
  });

  it('counts the 71 cases of debt growth prevented without a price, as the slide does', () => {
    expect(r.lines.find((l) => l.id === 'debt-growth-prevented')).toMatchObject({
      quantity: 71,
      priceCents: null,
      amountCents: null,
    });
  });

  it('explains each line as quantity × price = amount with its source, in Dutch and English', () => {
    const nl = explainBusinessCase(r, 'nl');
    expect(nl[0]).toBe(
      'Huisuitzetting voorkomen, directe besparing: 13 huisuitzetting × € 6.000,00 = € 78.000,00 (bron: Schuldenlab NL, projecten in Almelo (2020) ("Huisuitzetting* 13 € 78.000"))',
    );
    expect(nl[1]).toMatch(/13 huisuitzetting × € 1\.080,00 = € 14\.040,00/);
    expect(nl[3]).toMatch(/71 zaken, niet in geld uit te drukken/);
    expect(nl.slice(-3)).toEqual([
      'Baten € 95.200,00, kosten € 79.115,00: netto € 16.085,00',
      'Netto rendement: 20 % van de kosten',
      'Per zaak (105 zaken): netto € 153,19',
    ]);
    expect(explainBusinessCase(r, 'en')[2]).toMatch(
      /^Cut-off of gas, water and power prevented: 4 cut-off × € 790,00 = € 3\.160,00 \(source: /,
    );
  });
});

describe('businessCase', () => {
  it('prices a team’s attempts at the channel’s price unless the team has its own', () => {
    const own: BusinessCaseParameters = {
      ...DEFAULT_BUSINESS_CASE_PARAMETERS,
      prices: [
        ...DEFAULT_BUSINESS_CASE_PARAMETERS.prices,
        {
          ...(DEFAULT_BUSINESS_CASE_PARAMETERS.prices.find(
            (p) => p.id === 'attempt:home-visit',
          ) as BusinessCasePrice),
          id: 'attempt:home-visit/youth-worker',
          priceCents: 10_000,
        },
      ],
    };
    const r = run(
      { quantities: { 'attempt:home-visit/crisis': 2, 'attempt:home-visit/youth-worker': 3 } },
      own,
    );
    const visit = own.prices.find((p) => p.id === 'attempt:home-visit')?.priceCents ?? 0;
    expect(r.lines.map((l) => [l.id, l.priceId, l.amountCents])).toEqual([
      ['attempt:home-visit/crisis', 'attempt:home-visit', 2 * visit],
      ['attempt:home-visit/youth-worker', 'attempt:home-visit/youth-worker', 30_000],
    ]);
    expect(r.costsCents).toBe(2 * visit + 30_000);
  });

  it('computes fractional quantities (2.6 FTE × 5 months) in whole cents, rounding half away from zero', () => {
    const r = run({ quantities: { 'fte-month': 2.6 * 5, 'aftercare-hour': 0.5 } });
    const fte = DEFAULT_BUSINESS_CASE_PARAMETERS.prices.find((p) => p.id === 'fte-month')?.priceCents ?? 0;
    const hour =
      DEFAULT_BUSINESS_CASE_PARAMETERS.prices.find((p) => p.id === 'aftercare-hour')?.priceCents ?? 0;
    expect(r.lines.map((l) => l.amountCents)).toEqual([13 * fte, Math.round(hour / 2 + 1e-9)]);
  });

  it('bad input gives issues with codes and paths, never a throw', () => {
    const r = businessCase(
      {
        cases: -1,
        quantities: {
          evictions: 3,
          'eviction-prevented': -2,
          'cutoff-prevented': 0.0001,
          'attempt:phone': Number.NaN,
        },
      },
      DEFAULT_BUSINESS_CASE_PARAMETERS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['bad_cases', 'cases'],
      ['unknown_quantity', 'quantities.evictions'],
      ['bad_quantity', 'quantities.eviction-prevented'],
      ['bad_quantity', 'quantities.cutoff-prevented'],
      ['bad_quantity', 'quantities.attempt:phone'],
    ]);
    expect(r.issues[1]?.message.nl).toMatch(/geen prijs "evictions"/);
  });

  it('refuses parameters that do not validate: a bad id, a negative price, no date; then duplicate ids', () => {
    const p = DEFAULT_BUSINESS_CASE_PARAMETERS.prices[0];
    const params = (prices: unknown[]) => ({ id: 'x', label: { nl: 'x', en: 'x' }, prices });
    const paths = (r: ReturnType<typeof businessCase>) => (r.ok ? [] : r.issues.map((i) => i.path.join('.')));
    expect(
      paths(
        businessCase(
          { quantities: {} },
          params([
            p,
            { ...p, id: 'Bad Id' },
            { ...p, id: 'neg', priceCents: -1 },
            { ...p, id: 'nodate', asOf: undefined },
          ]),
        ),
      ),
    ).toEqual(['parameters.prices.1.id', 'parameters.prices.2.priceCents', 'parameters.prices.3.asOf']);
    const twice = businessCase({ quantities: {} }, params([p, p]));
    expect(paths(twice)).toEqual(['parameters.prices.1.id']);
    expect(twice.ok ? '' : twice.issues[0]?.message.en).toMatch(/in the parameters twice/);
    expect(businessCase({ quantities: {} }, null).ok).toBe(false);
  });
});

test.prop([
  fc.dictionary(
    fc.constantFrom(...DEFAULT_BUSINESS_CASE_PARAMETERS.prices.map((p) => p.id)),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
  ),
])('every amount is a whole number of cents, and the totals are their exact sums', (quantities) => {
  const r = run({ quantities });
  for (const l of r.lines) if (l.amountCents !== null) expect(Number.isSafeInteger(l.amountCents)).toBe(true);
  const sum = (k: string) =>
    r.lines.filter((l) => l.kind === k).reduce((n, l) => n + (l.amountCents ?? 0), 0);
  expect([r.benefitsCents, r.costsCents, r.netCents]).toEqual([
    sum('benefit'),
    sum('cost'),
    sum('benefit') - sum('cost'),
  ]);
  expect(r.lines).toHaveLength(Object.keys(quantities).length);
});
