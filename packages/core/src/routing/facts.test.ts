import { describe, expect, it } from 'vitest';
import { ROUTING_FACT_NAMES, ROUTING_FACTS, routingFacts } from '../index';
import { caseInput, ON, signal } from './fixtures.test-support';

describe('routingFacts', () => {
  it('computes every declared fact of a two-signal match', () => {
    const f = routingFacts(
      caseInput(
        [
          signal({ sector: 'rent', partnerId: 'WC', amountCents: 60_000, kind: 'eviction', hasPhone: false }),
          signal({ signalId: 'S2', sector: 'energy', partnerId: 'EN', amountCents: 12_345, hasEmail: false }),
        ],
        { isMatch: true, recidiveMonthsAgo: 2, reachedBefore: false, failedContactBefore: true },
      ),
      ON,
    );
    expect(f).toEqual({
      sectors: ['rent', 'energy'],
      kinds: ['early', 'eviction'],
      signalCount: 2,
      distinctPartners: 2,
      isMatch: true,
      totalAmountCents: 72_345,
      largestAmountCents: 60_000,
      singleSector: false,
      hasEndOfSupply: false,
      hasEviction: true,
      hasWarmReferral: false,
      hasPhone: true,
      hasEmail: true,
      hasAddress: true,
      recidiveWithinMonths: 2,
      reachedBefore: false,
      failedContactBefore: true,
    });
    expect(Object.keys(f).every((k) => ROUTING_FACT_NAMES.includes(k))).toBe(true);
  });

  it('takes the youngest person and counts full years; youth is 18 to 27 inclusive', () => {
    const at = (birthDate: string, other = '1960-01-01') =>
      routingFacts(caseInput([signal({ birthDate }), signal({ signalId: 'S2', birthDate: other })]), ON);
    expect(at('1998-10-26')).toMatchObject({ ageYears: 28, isYouth: false });
    expect(at('1998-10-27')).toMatchObject({ ageYears: 27, isYouth: true });
    expect(at('2008-10-26')).toMatchObject({ ageYears: 18, isYouth: true });
    expect(at('2008-10-27')).toMatchObject({ ageYears: 17, isYouth: false });
  });

  it('leaves age, youth and recidive missing when the input does not say', () => {
    const f = routingFacts(caseInput([signal()]), ON);
    expect('ageYears' in f || 'isYouth' in f || 'recidiveWithinMonths' in f || 'reachedBefore' in f).toBe(
      false,
    );
    expect(f.singleSector).toBe(true);
  });

  it('declares each fact once, with Dutch and English labels', () => {
    expect(new Set(ROUTING_FACTS.map((f) => f.name)).size).toBe(ROUTING_FACTS.length);
    expect(ROUTING_FACTS.every((f) => f.label?.nl && f.label.en)).toBe(true);
  });
});
