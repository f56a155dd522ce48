import {
  DEFAULT_MATCHING_CONFIG,
  type HistoryEntry,
  type IsoMonth,
  type MatchingConfig,
  matchMonth,
  type Signal,
  validateMatchingConfig,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { matched, OCT, only } from './test-support/month';
import { past, sig } from './test-support/signals';

describe('matchMonth — bad input: clear issues, nothing lost', () => {
  it('sets aside signals of another month and, with a postcode range, of another municipality', () => {
    const config: MatchingConfig = {
      ...DEFAULT_MATCHING_CONFIG,
      area: { postcodeRanges: [{ from: '7411', to: '7439' }], source: 'test' },
    };
    const m = matched({
      config,
      signals: [
        sig('A', 'rent'),
        sig('B', 'rent', { signalDate: '2026-11-02' }),
        sig('C', 'rent', { address: { postcode: '1012AB', houseNumber: 1 } }),
      ],
    });
    expect(m.setAside.map((s) => [s.signal.signalId, s.issue.code])).toEqual([
      ['C', 'outside_municipality'],
      ['B', 'signal_not_in_month'],
    ]);
    expect(m.counts).toMatchObject({ signals: 3, inCases: 1, setAside: 2, invalid: 0 });
    // only the postcode area is shown, never the full postcode (an address is personal data)
    expect(m.setAside[0]?.issue.message.en).toContain('1012');
    expect(JSON.stringify(m.setAside.map((s) => s.issue.message))).not.toContain('1012AB');
  });

  it('a household with 40 signals is one case, kept whole and sent to manual review', () => {
    const signals = Array.from({ length: 40 }, (_, i) => sig(`S${i}`, i % 2 ? 'rent' : 'energy'));
    const c = only(matched({ signals }));
    expect(c.signals).toHaveLength(40);
    expect(c.manualReview).toBe(true);
    expect(c.issues[0]?.code).toBe('too_many_signals');
    expect(c.issues[0]?.path).toEqual(['cases', '2026-10-0001']);
    expect(c.issues[0]?.message.nl).toMatch(/40 signalen/);
  });

  it('overlapping history files: duplicates kept once, history of the month itself set aside', () => {
    const h = [past('H1', 'energy'), past('H1', 'energy'), past('H2', 'water', { month: '2026-10' })];
    const m = matched({ signals: [sig('A', 'rent')], history: h });
    expect(m.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_history_signal', ['history', 1]],
      ['history_not_before_month', ['history', 2]],
    ]);
    expect(m.journeys[0]?.match.matchPartners).toEqual(['EN-WKR', 'WO-LND']);
  });

  it('a history entry matching cannot read is set aside with an issue, the rest is used', () => {
    const broken = { ...past('H2', 'water'), signalDate: '25-09-2026' } as unknown as HistoryEntry;
    const m = matched({ signals: [sig('A', 'rent')], history: [broken, past('H1', 'energy')] });
    expect(m.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_history_entry', ['history', 0, 'signalDate']],
    ]);
    expect(m.journeys[0]?.match.matchPartners).toEqual(['EN-WKR', 'WO-LND']);
  });

  it('a duplicate signal id of one partner is set aside, not counted twice', () => {
    const m = matched({ signals: [sig('A', 'rent'), sig('A', 'rent')] });
    expect(m.setAside.map((s) => s.issue.code)).toEqual(['duplicate_signal']);
  });

  it('a malformed month is an issue, not a throw (validate at the edge, but never crash)', () => {
    const run = () => matchMonth({ month: '2026-13' as IsoMonth, signals: [sig('A', 'rent')] });
    expect(run).not.toThrow();
    const r = run();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_month', ['month']]]);
      expect(r.issues[0]?.message.nl).toMatch(/2026-13/);
    }
  });

  it('a configuration that does not validate is an issue with a path under config, not a throw', () => {
    const bad = { ...DEFAULT_MATCHING_CONFIG, forward: 'some' } as unknown as MatchingConfig;
    const r = matchMonth({ month: OCT, signals: [sig('A', 'rent')] }, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([['config', 'forward']]);
    const missing = matchMonth({ month: OCT, signals: [] }, {} as MatchingConfig);
    expect(missing.ok).toBe(false);
  });

  it('signals or history that are not lists are issues, not throws', () => {
    const r = matchMonth({ month: OCT, signals: 'x' as unknown as Signal[], history: {} as HistoryEntry[] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_signals', ['signals']],
        ['invalid_history', ['history']],
      ]);
    }
  });

  it('an unvalidated signal object is reported in `invalid` with its issues; the others are still matched', () => {
    const good = [sig('A', 'rent'), sig('B', 'energy')];
    const noAmount = { ...sig('C', 'water'), amountCents: undefined };
    const badDate = { ...sig('D', 'health'), signalDate: '26-10-2026' };
    const input = [good[0], noAmount, null, good[1], badDate] as unknown as Signal[];
    const m = matched({ signals: input });
    expect(m.invalid.map((s) => [s.index, s.signalId])).toEqual([
      [1, 'C'],
      [2, undefined],
      [4, 'D'],
    ]);
    expect(m.invalid[0]?.issues.map((i) => i.path)).toEqual([['signals', 1, 'amountCents']]);
    expect(m.invalid[2]?.issues.map((i) => i.path)).toContainEqual(['signals', 4, 'signalDate']);
    for (const s of m.invalid) {
      expect(s.issues.length).toBeGreaterThan(0);
      for (const i of s.issues) expect(i.message.nl.length).toBeGreaterThan(0);
    }
    // no personal data in the issues of an invalid signal (the surname and the street number stay out)
    expect(JSON.stringify(m.invalid)).not.toMatch(/Jansen|7411AB/);
    expect(only(m)).toMatchObject({ isMatch: true, matchPartners: ['EN-WKR', 'WO-LND'] });
    expect(m.counts).toMatchObject({ signals: 5, inCases: 2, setAside: 0, invalid: 3 });
  });

  it('rejects a config with windows out of order, a max below the min, or an unknown key', () => {
    const bad = {
      ...DEFAULT_MATCHING_CONFIG,
      windows: {
        default: [
          { from: '2024-01-01', minAgeDays: 30, maxAgeDays: 10, source: 's' },
          { from: '2020-01-01', minAgeDays: 30, maxAgeDays: 100, source: 's' },
        ],
      },
      extra: 1,
    };
    const r = validateMatchingConfig(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining(['windows.default.0.maxAgeDays', 'windows.default']),
      );
      expect(r.issues.find((i) => i.path.join('.') === 'windows.default.0.maxAgeDays')?.message).toEqual({
        nl: 'maxAgeDays moet minstens even groot zijn als minAgeDays',
        en: 'maxAgeDays must be at least minAgeDays',
      });
    }
  });
});
