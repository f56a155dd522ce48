import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VLP_ARREARS, projectVlpArrears, VlpArrearsParametersSchema } from './arrears';

describe('projectVlpArrears', () => {
  it('in the package: no new arrears on covered costs, the repayment pays them off', () => {
    const rows = projectVlpArrears({
      openingCents: 25_000,
      baselineNewCents: 8000,
      repaymentCents: 10_000,
      shortfallCents: 0,
      months: 4,
    });
    expect(rows.map((r) => [r.newCents, r.repaidCents, r.closingCents])).toEqual([
      [0, 10_000, 15_000],
      [0, 10_000, 5000],
      [0, 5000, 0],
      [0, 0, 0],
    ]);
  });

  it('a shortfall of the plan becomes arrears, month by month', () => {
    const rows = projectVlpArrears({
      openingCents: 0,
      baselineNewCents: 0,
      repaymentCents: 0,
      shortfallCents: [15_300, 0, 2000],
      months: 4,
    });
    expect(rows.map((r) => r.closingCents)).toEqual([15_300, 15_300, 17_300, 17_300]);
  });

  it('after the term the baseline comes back (assumption), and the repayment stops', () => {
    const rows = projectVlpArrears({
      openingCents: 0,
      baselineNewCents: 8000,
      repaymentCents: 10_000,
      shortfallCents: 0,
      months: 14,
    });
    expect(rows.slice(11).map((r) => [r.inPackage, r.newCents, r.repaidCents])).toEqual([
      [true, 0, 0],
      [false, 8000, 0],
      [false, 8000, 0],
    ]);
    const half = { ...DEFAULT_VLP_ARREARS, newAfterTerm: { basisPoints: 5000, source: 'project default' } };
    expect(
      projectVlpArrears(
        { openingCents: 0, baselineNewCents: 8001, repaymentCents: 0, shortfallCents: 0, months: 13 },
        half,
      )[12]?.newCents,
    ).toBe(4001);
  });

  it('every parameter names its source; the default marks its assumptions', () => {
    expect(VlpArrearsParametersSchema.safeParse(DEFAULT_VLP_ARREARS).success).toBe(true);
    expect(DEFAULT_VLP_ARREARS.newWhileInPackage.source).toMatch(/^project default \(assumption/);
    expect(DEFAULT_VLP_ARREARS.newAfterTerm.source).toMatch(/^project default \(assumption/);
  });

  it('refuses amounts that are not whole cents (a programming error)', () => {
    expect(() =>
      projectVlpArrears({
        openingCents: -1,
        baselineNewCents: 0,
        repaymentCents: 0,
        shortfallCents: 0,
        months: 1,
      }),
    ).toThrow(RangeError);
    expect(() =>
      projectVlpArrears({
        openingCents: 0,
        baselineNewCents: 0,
        repaymentCents: 0,
        shortfallCents: [0.5],
        months: 1,
      }),
    ).toThrow(RangeError);
  });

  const cents = fc.integer({ min: 0, max: 1_000_000 });
  test.prop([cents, cents, cents, fc.array(cents, { maxLength: 30 }), fc.integer({ min: 0, max: 30 })])(
    'closing = opening + new − repaid, never negative; without shortfall it never grows in the package',
    (openingCents, baselineNewCents, repaymentCents, shortfallCents, months) => {
      const rows = projectVlpArrears({
        openingCents,
        baselineNewCents,
        repaymentCents,
        shortfallCents,
        months,
      });
      expect(rows).toHaveLength(months);
      let previous = openingCents;
      for (const r of rows) {
        expect(r.openingCents).toBe(previous);
        expect(r.closingCents).toBe(r.openingCents + r.newCents - r.repaidCents);
        expect(r.closingCents).toBeGreaterThanOrEqual(0);
        if (r.inPackage && (shortfallCents[r.month - 1] ?? 0) === 0)
          expect(r.closingCents).toBeLessThanOrEqual(r.openingCents);
        previous = r.closingCents;
      }
    },
  );
});
