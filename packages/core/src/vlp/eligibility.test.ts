import { describe, expect, it } from 'vitest';
import type { CaseJourney } from '../journey/types';
import { type VlpCandidate, vlpEligibility } from './eligibility';
import { DEFAULT_VLP_ELIGIBILITY, validateVlpEligibilityConfig } from './eligibility-config';

const codes = (c: VlpCandidate, config = DEFAULT_VLP_ELIGIBILITY) => {
  const e = vlpEligibility(c, config);
  return {
    eligible: e.eligible,
    group: e.targetGroup,
    codes: e.reasons.map((r) => r.code),
    checks: e.checksAtIntake.map((x) => x.id),
  };
};

// A case's journey record is a candidate as it is (a compile-time check).
export const journeyIsCandidate = (j: CaseJourney): VlpCandidate => j;

describe('vlpEligibility: target groups', () => {
  it('aftercare: leaving debt assistance or budget management', () => {
    expect(codes({ leaving: 'budget-management' })).toEqual({
      eligible: true,
      group: 'aftercare',
      codes: ['aftercare'],
      checks: ['nibud-checklist', 'income-expenses', 'consultant-judgement'],
    });
    const e = vlpEligibility({ leaving: 'debt-assistance' });
    expect(e.reasons[0]?.message.nl).toBe('Doelgroep nazorg: stroomt uit schuldhulpverlening');
    expect(e.reasons[0]?.source).toMatch(/^vaste-lasten-pakket-2019, body, "De doelgroep"/);
  });

  it('prevention: a case result, a follow-up or a bucket of the configuration', () => {
    expect(codes({ lifecycle: { result: 'Vervolghulp en/of verwijzing financieel' } }).codes).toEqual([
      'prevention_result',
    ]);
    expect(codes({ lifecycle: { followUp: { kind: 'payment-arrangement' } } }).codes).toEqual([
      'prevention_follow_up',
    ]);
    expect(codes({ route: { bucket: 'recidive' } }).codes).toEqual(['no_target_group']);
    const mine = {
      ...DEFAULT_VLP_ELIGIBILITY,
      prevention: { ...DEFAULT_VLP_ELIGIBILITY.prevention, buckets: ['recidive'] },
    };
    expect(codes({ route: { bucket: 'recidive' } }, mine)).toMatchObject({
      eligible: true,
      group: 'prevention',
      codes: ['prevention_bucket'],
    });
  });

  it('a case without a target group is not offered, and says why', () => {
    const e = vlpEligibility({
      lifecycle: { result: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' },
    });
    expect(e.eligible).toBe(false);
    expect(e.targetGroup).toBeUndefined();
    expect(e.explanation.nl).toMatch(/^Vaste Lasten Pakket niet aanbieden\. Geen doelgroep/);
  });
});

describe('vlpEligibility: exclusions and the intake checks', () => {
  it('never offers after a wrong signal, death, a move, a crisis or no pick-up', () => {
    expect(
      codes({ lifecycle: { result: 'Inwoner is overleden' }, leaving: 'debt-assistance' }),
    ).toMatchObject({
      eligible: false,
      codes: ['excluded_result', 'aftercare'],
    });
    expect(
      codes({ intake: { outcome: 'crisis' }, lifecycle: { followUp: { kind: 'quick-fix' } } }),
    ).toMatchObject({
      eligible: false,
      codes: ['excluded_intake', 'prevention_follow_up'],
    });
    expect(
      codes({ intake: { outcome: 'picked-up' }, lifecycle: { followUp: { kind: 'quick-fix' } } }).eligible,
    ).toBe(true);
  });

  it('the Nibud checklist needs 2 times "yes"', () => {
    expect(codes({ leaving: 'debt-assistance', nibudChecklistYes: 1 })).toMatchObject({
      eligible: false,
      codes: ['aftercare', 'nibud_checklist_below'],
      checks: ['income-expenses', 'consultant-judgement'],
    });
    expect(codes({ leaving: 'debt-assistance', nibudChecklistYes: 2 }).codes).toEqual([
      'aftercare',
      'nibud_checklist_met',
    ]);
  });

  it('a plan with a shortfall is not offered; one without is', () => {
    const short = vlpEligibility({
      leaving: 'debt-assistance',
      plan: { totals: { shortfallCents: 15_300 } },
    });
    expect(short.eligible).toBe(false);
    expect(short.reasons.at(-1)?.message.nl).toContain('€ 153,00 tekort');
    expect(codes({ leaving: 'debt-assistance', plan: { totals: { shortfallCents: 0 } } }).codes).toEqual([
      'aftercare',
      'income_covers',
    ]);
    const lenient = {
      ...DEFAULT_VLP_ELIGIBILITY,
      incomeCoversFixedCosts: { required: false, source: 'project default' },
    };
    expect(
      codes({ leaving: 'debt-assistance', plan: { totals: { shortfallCents: 100 } } }, lenient).eligible,
    ).toBe(true);
  });
});

describe('validateVlpEligibilityConfig', () => {
  it('accepts the default and names problems by path', () => {
    expect(validateVlpEligibilityConfig(DEFAULT_VLP_ELIGIBILITY).ok).toBe(true);
    const r = validateVlpEligibilityConfig({
      ...DEFAULT_VLP_ELIGIBILITY,
      prevention: { ...DEFAULT_VLP_ELIGIBILITY.prevention, caseResults: ['Geholpen'] },
      aftercare: { leaving: ['prison'], source: '' },
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'invalid_value prevention.caseResults.0',
      'invalid_value aftercare.leaving.0',
      'too_small aftercare.source',
    ]);
  });
});
