// Issue 13: a Dutch explanation read "venster van 30–Infinity dagen" for a window without an upper
// bound (energy from 2022-12-08: no maximum age, DEFAULT_MATCHING_CONFIG). An open-ended window reads
// "30 dagen of meer" / "30 days or more"; a closed one keeps its range.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTAKE_CONFIG } from './index';
import { INTAKE_MESSAGES } from './messages';
import { aCase, caseSignal, decide, signal } from './test-support/cases';

const openEnded = { minAgeDays: 30, maxAgeDays: Number.POSITIVE_INFINITY, source: 'project default' };

describe('the explanation of a signal outside its window', () => {
  it('says "30 dagen of meer" for a window without an upper bound, never Infinity', async () => {
    const young = caseSignal(signal({ arrearSince: '2026-10-10' }), {
      window: 'too-young',
      windowRule: openEnded,
      countsForMatch: false,
    });
    const d = await decide(aCase([caseSignal(signal({ id: 'S0' })), young]), DEFAULT_INTAKE_CONFIG, {});
    const reason = d.signals[1]?.reasons.find((r) => r.code === 'out_of_window');
    expect(reason?.message.nl).toBe('De achterstand is te jong voor het venster van 30 dagen of meer');
    expect(reason?.message.en).toBe('The arrear is too young for its window of 30 days or more');
    expect(d.explanation.nl).not.toMatch(/Infinity/);
    expect(d.explanation.en).not.toMatch(/Infinity/);
  });

  it('keeps the range of a closed window, in words in both languages', () => {
    const m = INTAKE_MESSAGES.outOfWindow('too-old', 30, 100);
    expect(m).toEqual({
      nl: 'De achterstand is te oud voor het venster van 30–100 dagen',
      en: 'The arrear is too old for its window of 30–100 days',
    });
  });
});
