import { describe, expect, it } from 'vitest';
import { kase, sig } from './fixtures.test-support';
import { neighbourhoodFigures, neighbourhoodOf } from './neighbourhoods';

describe('neighbourhoodOf', () => {
  it('takes the neighbourhood the signals name most, tidied; ties go to the first in code-unit order', () => {
    const c = (...names: (string | undefined)[]) =>
      kase(
        '7411AB 1',
        names.map((neighbourhood) => sig('ZV-A', { neighbourhood })),
      );
    expect(neighbourhoodOf(c('  Zuid ', 'Zuid', 'Noord'))).toEqual({ name: 'Zuid', fromPostcode: false });
    expect(neighbourhoodOf(c('Zuid', 'Noord'))).toEqual({ name: 'Noord', fromPostcode: false });
    expect(neighbourhoodOf(c(undefined, 'De  Haven'))).toEqual({ name: 'De Haven', fromPostcode: false });
  });

  it('falls back to the four digits of the postcode, and to ? without one', () => {
    expect(neighbourhoodOf(kase('7411AB 12A-1', [sig('ZV-A', { neighbourhood: '   ' })]))).toEqual({
      name: '7411',
      fromPostcode: true,
    });
    expect(neighbourhoodOf(kase('household 1', [sig('ZV-A')]))).toEqual({ name: '?', fromPostcode: true });
  });
});

describe('neighbourhoodFigures', () => {
  it('counts per neighbourhood, named ones first, and suppresses small counts', () => {
    const zuid = (key: string, over = {}) => kase(key, [sig('ZV-A', { neighbourhood: 'Zuid' })], over);
    const cases = [
      // Zuid: 6 households, 6 signals, 1 match (the last one has two partners)
      ...['1', '2', '3', '4', '5'].map((n) => zuid(`7411AB ${n}`)),
      kase('7411AB 6', [sig('ZV-A', { neighbourhood: 'Zuid' }), sig('EN-B', { neighbourhood: 'Zuid' })]),
      // postcode 7412 (no neighbourhood named): 1 household with 1 signal
      kase('7412CD 1', [sig('ZV-A')]),
    ];
    const { rows, suppression } = neighbourhoodFigures(cases, 5);
    expect(rows.map((r) => [r.name, r.fromPostcode])).toEqual([
      ['Zuid', false],
      ['7412', true],
    ]);
    // 7412: 1 signal, 1 household, 1 picked up → each below 5; its 0 matches are hidden as below 5
    // too, because Zuid's 1 match is the only small count of that column
    expect(rows[1]?.counts).toEqual({
      signals: { below: 5 },
      households: { below: 5 },
      matches: { below: 5 },
      consecutiveCreditors: 0,
      recidive: 0,
      pickedUp: { below: 5 },
    });
    // Zuid: 7 signals, 6 households, 6 picked up — but with only two rows the total would give
    // 7412's single counts away, so Zuid's are hidden (×); its 1 match is below 5
    expect(rows[0]?.counts).toEqual({
      signals: { hidden: true },
      households: { hidden: true },
      matches: { below: 5 },
      consecutiveCreditors: 0,
      recidive: 0,
      pickedUp: { hidden: true },
    });
    // primary: 7412's signals, households, picked up and Zuid's match; secondary: one per column
    expect(suppression).toMatchObject({ min: 5, primary: 4, secondary: 4 });
  });
});
