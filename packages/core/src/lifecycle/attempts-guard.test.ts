import { describe, expect, it } from 'vitest';
import { SIGNALS, testTable } from './fixtures.test-support';
import { type CaseRecord, createRecord, recordAttempt, transition } from './index';

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
  const created = createRecord({ caseId: 'C1', status: 'open', signals: SIGNALS }, '2026-10-26');
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  let r = created.value;
  for (const date of dates) r = recordAttempt(r, { kind: 'Huisbezoek', reached, date, time: '19:05' }).record;
  return r;
}

describe('requiresMinimumAttempts', () => {
  it('refuses to give up after two home visits, with the reason and source', () => {
    const out = transition(table, withVisits(['2026-10-27', '2026-10-28']), giveUp, '2026-10-29T10:00');
    expect(out.record.status).toBe('open');
    expect(out.issues.map((i) => i.code)).toEqual(['too_few_attempts']);
    expect(out.issues[0]?.message).toMatch(
      /2 unreached home-visit attempt\(s\).*at least 3.*pilot-ouder-amstel-uithoorn-2019/,
    );
  });

  it('three attempts on the same day count as one day', () => {
    const r = withVisits(['2026-10-27', '2026-10-27', '2026-10-27']);
    expect(transition(table, r, giveUp, '2026-10-29T10:00').issues.map((i) => i.code)).toEqual([
      'too_few_attempts',
    ]);
  });

  it('allows it after three unreached visits on different days', () => {
    const out = transition(
      table,
      withVisits(['2026-10-27', '2026-10-28', '2026-10-30']),
      giveUp,
      '2026-10-31T10:00',
    );
    expect(out.issues).toEqual([]);
    expect(out.record.status).toBe('closed');
  });
});
