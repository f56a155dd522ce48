import { describe, expect, it } from 'vitest';
import { vlpContributionSplit } from './contributions';
import { EXAMPLE_LINES, exampleHousehold } from './fixtures.test-support';
import { VLP_PARAMETER_SETS, type VlpParameterSet } from './parameters';
import { planVlp } from './plan';

const concept = VLP_PARAMETER_SETS['vlp-concept-2019'];
const pilot = VLP_PARAMETER_SETS['vlp-pilot-den-haag-2019'];
const line = (cents: number, i = 0) => ({
  id: `c${i}`,
  category: 'other' as const,
  contributionCents: cents,
  optimisationSavingCents: 0,
});

describe('the worked example of the presentation, to the euro', () => {
  it('€ 54 of contributions: € 38 package advantage, € 16 running costs, € 12 saved, € 50 in all', () => {
    const r = planVlp(exampleHousehold());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = r.value.contributions;
    expect(EXAMPLE_LINES.reduce((sum, l) => sum + l[2], 0)).toBe(753);
    expect(s.contributionsCents).toBe(5400);
    expect(s.advantageCents).toBe(3800);
    expect(s.runningCostsCents).toBe(1600);
    expect(s.optimisationSavingsCents).toBe(1200);
    expect(s.totalAdvantageCents).toBe(5000);
    expect(s.fundedElsewhereCents).toBe(0);
    expect(s.parameters).toBe('vlp-concept-2019');
    expect(s.explanation.nl).toContain('€ 38,00');
    // the package advantage is paid each month (to the own account by default)
    expect(r.value.months[0]?.advantageCents).toBe(3800);
  });

  it('rounds 70 % (€ 37.80) half up to whole euros and gives the rest to running costs', () => {
    // 70 % of € 54 is € 37.80: exact cents would give € 37.80 + € 16.20
    const exact = {
      ...concept,
      advantage: { kind: 'share' as const, shareBasisPoints: 7000, roundToCents: 1 },
    };
    expect(vlpContributionSplit([line(5400)], exact).advantageCents).toBe(3780);
    expect(vlpContributionSplit([line(5400)], concept).advantageCents).toBe(3800);
    // half up at the edge: 70 % of € 35 = € 24.50 → € 25; of € 35.70 = € 24.99 → € 25; € 24.49 → € 24
    expect(vlpContributionSplit([line(3500)], concept).advantageCents).toBe(2500);
    expect(vlpContributionSplit([line(3570)], concept).advantageCents).toBe(2500);
    expect(vlpContributionSplit([line(3499)], concept)).toMatchObject({
      advantageCents: 2400,
      runningCostsCents: 1099,
    });
  });

  it('the first pilot: a fixed € 30 whatever the contributions; what they do not cover is funded elsewhere', () => {
    expect(pilot.minimumTermMonths).toBe(12);
    const r = planVlp(exampleHousehold({ parameters: 'vlp-pilot-den-haag-2019' }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.contributions).toMatchObject({
      advantageCents: 3000,
      runningCostsCents: 2400,
      fundedElsewhereCents: 0,
      totalAdvantageCents: 4200,
    });
    expect(vlpContributionSplit([line(1000)], pilot)).toMatchObject({
      advantageCents: 3000,
      runningCostsCents: 0,
      fundedElsewhereCents: 2000,
    });
  });

  it('a parameter set of its own is used as given; an unknown id is an issue', () => {
    const own: VlpParameterSet = {
      ...concept,
      id: 'council-2027',
      advantage: { kind: 'share', shareBasisPoints: 5000, roundToCents: 100 },
    };
    const r = planVlp(exampleHousehold({ parameters: own }));
    expect(r.ok && r.value.contributions.advantageCents).toBe(2700);
    const bad = planVlp(exampleHousehold({ parameters: 'vlp-2030' }));
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_parameters', ['parameters']],
    ]);
    const proto = planVlp(exampleHousehold({ parameters: 'toString' }));
    expect(proto.ok).toBe(false);
  });

  it('refuses a month before the parameter set applies', () => {
    const r = planVlp(exampleHousehold({ month: '2019-07' }));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['parameters_not_in_effect']);
    expect(planVlp(exampleHousehold({ month: '2019-08' })).ok).toBe(true);
  });
});
