import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { didYouMean } from './suggest';

describe('didYouMean', () => {
  it('finds a swapped, missing or extra letter, nearest first', () => {
    expect(didYouMean('visitAboev', ['visitAbove', 'phoneFrom', 'recidiveMonths'])).toEqual(['visitAbove']);
    expect(didYouMean('type-smal', ['type-small', 'type-medium', 'type-large'])).toEqual(['type-small']);
    expect(didYouMean('leter', ['letter', 'email', 'visit'])).toEqual(['letter']);
    expect(didYouMean('Letter', ['letter'])).toEqual(['letter']);
  });
  it('suggests nothing for a different word or an empty list', () => {
    expect(didYouMean('my-base', ['type-small', 'national-baseline'])).toEqual([]);
    expect(didYouMean('x', [])).toEqual([]);
  });
  test.prop([fc.string({ minLength: 3, maxLength: 20 }), fc.array(fc.string({ maxLength: 20 }))])(
    'never suggests the name itself, at most 3 names, each known',
    (name, known) => {
      const s = didYouMean(name, known);
      expect(s.length).toBeLessThanOrEqual(3);
      expect(s).not.toContain(name);
      for (const k of s) expect(known).toContain(k);
    },
  );
});
