import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate } from '../model/iso-date';
import { codesOf, issuesOf, must, SIGNALS, testTable } from './fixtures.test-support';
import { asLifecycleTime, type CaseRecord, createRecord, recordAttempt, transition } from './index';

// The pilot (pilot-ouder-amstel-uithoorn-2019, 1.4.1): at least three home-visit attempts on varying days and times before
// "definitely no contact"; a transition with `requiresMinimumAttempts` enforces the table's minimum.
const table = testTable();
table.contact = {
  minimumAttempts: { 'home-visit': 3 },
  source: 'pilot-ouder-amstel-uithoorn-2019, section 1.4.1',
};
const close = table.transitions.find((t) => t.event === 'close');
if (close) close.requiresMinimumAttempts = true;
const giveUp = { type: 'close', result: 'Definitief geen contact kunnen krijgen' as const };

function withVisits(dates: string[], reached = false): CaseRecord {
  let r = must(
    createRecord(
      { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS },
      asIsoDate('2026-10-26'),
    ),
  );
  for (const date of dates.map(asIsoDate))
    r = must(recordAttempt(r, { kind: 'Huisbezoek', reached, date, time: '19:05' }, table, date));
  return r;
}

describe('requiresMinimumAttempts', () => {
  it('refuses to give up after two home visits, with the reason and source', () => {
    const out = transition(
      withVisits(['2026-10-27', '2026-10-28']),
      giveUp,
      table,
      asLifecycleTime('2026-10-29T10:00'),
    );
    expect(out.ok).toBe(false);
    expect(codesOf(out)).toEqual(['too_few_attempts']);
    expect(issuesOf(out)[0]?.message.en).toMatch(
      /2 unreached home-visit attempt\(s\).*at least 3.*pilot-ouder-amstel-uithoorn-2019/,
    );
    expect(issuesOf(out)[0]?.message.nl).toMatch(
      /^2 contactpoging\(en\) zonder contact via huisbezoek.*minstens 3.*pilot-ouder-amstel-uithoorn-2019/,
    );
  });

  it('three attempts on the same day count as one day', () => {
    const r = withVisits(['2026-10-27', '2026-10-27', '2026-10-27']);
    expect(codesOf(transition(r, giveUp, table, asLifecycleTime('2026-10-29T10:00')))).toEqual([
      'too_few_attempts',
    ]);
  });

  it('allows it after three unreached visits on different days', () => {
    const out = transition(
      withVisits(['2026-10-27', '2026-10-28', '2026-10-30']),
      giveUp,
      table,
      asLifecycleTime('2026-10-31T10:00'),
    );
    expect(issuesOf(out)).toEqual([]);
    expect(must(out).record.status).toBe('closed');
  });
});
