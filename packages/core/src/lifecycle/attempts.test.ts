import { describe, expect, it } from 'vitest';
import { SIGNALS, testTable } from './fixtures.test-support';
import {
  type CaseRecord,
  channelOfContactKind,
  checkContactPlan,
  createRecord,
  nextAttempt,
  partOfDay,
  recordAttempt,
} from './index';

const PLAN = {
  steps: [{ channel: 'home-visit' as const, team: 'debt-assistance' as const, attempts: 3, spacingDays: 2 }],
};
function fresh(plan = PLAN): CaseRecord {
  const r = createRecord(
    { caseId: 'C1', status: 'open', signals: SIGNALS, plan, threatening: true },
    '2026-10-26',
  );
  if (!r.ok) throw new Error('bad fixture');
  return r.value;
}

describe('partOfDay', () => {
  it('splits the day at 12:00 and 18:00 (DDAS)', () => {
    expect(['00:00', '11:59', '12:00', '17:59:59', '18:00', '23:59'].map(partOfDay)).toEqual([
      'Ochtend',
      'Ochtend',
      'Middag',
      'Middag',
      'Avond',
      'Avond',
    ]);
    expect(partOfDay('24:00')).toBeUndefined();
    expect(partOfDay('9:00')).toBeUndefined();
  });

  it('maps DDAS kinds onto channels', () => {
    expect(channelOfContactKind('SMS/Whatsapp')).toBe('sms');
    expect(channelOfContactKind('Administratief')).toBeUndefined();
  });
});

describe('recordAttempt', () => {
  it('plans three home visits on different days and at different parts of day', () => {
    let r = fresh();
    expect(r.timers.nextAttempt).toBe('2026-10-26');
    const seen: string[] = [];
    for (const time of ['10:00', '14:00', '19:00']) {
      const date = r.timers.nextAttempt ?? '';
      seen.push(`${date} ${r.nextStep?.partOfDay ?? '-'}`);
      r = recordAttempt(r, { kind: 'Huisbezoek', reached: false, date, time }).record;
    }
    expect(seen).toEqual(['2026-10-26 -', '2026-10-28 Middag', '2026-10-30 Avond']);
    expect(r.timers.nextAttempt).toBeUndefined();
    expect(r.attempts.map((a) => a.partOfDay)).toEqual(['Ochtend', 'Middag', 'Avond']);
  });

  it('clears the crisis deadline on any attempt and the first-conversation deadline when reached', () => {
    const missed = recordAttempt(fresh(), {
      kind: 'Telefoon',
      reached: false,
      date: '2026-10-26',
      partOfDay: 'Avond',
    }).record;
    expect(missed.timers.crisisDeadline).toBeUndefined();
    expect(missed.timers.firstConversation).toBe('2026-11-23');
    const reached = recordAttempt(missed, {
      kind: 'Telefoon',
      reached: true,
      date: '2026-10-27',
      time: '09:00',
    }).record;
    expect(reached.timers).toEqual({ autoClose: '2026-11-23' });
    expect(reached.nextStep).toBeUndefined();
  });

  it('moves to the next step of the plan when a step is done', () => {
    const plan = {
      steps: [
        { channel: 'phone' as const, team: 'call-centre' as const, attempts: 2 },
        { channel: 'letter' as const, team: 'municipality' as const, attempts: 1 },
      ],
    };
    expect(nextAttempt(plan, [], '2026-10-26')?.step.channel).toBe('phone');
    const calls = [
      { kind: 'Telefoon' as const, reached: false, date: '2026-10-26', partOfDay: 'Ochtend' as const },
      { kind: 'Telefoon' as const, reached: false, date: '2026-10-27', partOfDay: 'Avond' as const },
    ];
    expect(nextAttempt(plan, calls, '2026-10-26')).toEqual({
      date: '2026-10-28',
      step: { channel: 'letter', team: 'municipality' },
    });
  });

  it('reports bad attempts and leaves the record as it was', () => {
    const r = fresh();
    const bad = recordAttempt(r, { kind: 'Fax', reached: 'no', date: '2026-02-30' } as never);
    expect(bad.record).toBe(r);
    expect(bad.issues.map((i) => i.path)).toEqual([
      ['attempt', 'kind'],
      ['attempt', 'reached'],
      ['attempt', 'date'],
    ]);
    const noTime = recordAttempt(r, { kind: 'Brief', reached: false, date: '2026-10-27' });
    expect(noTime.issues.map((i) => i.path)).toEqual([['attempt', 'time']]);
    const disagree = recordAttempt(r, {
      kind: 'Brief',
      reached: false,
      date: '2026-10-27',
      time: '19:00',
      partOfDay: 'Ochtend',
    });
    expect(disagree.issues.map((i) => i.path)).toEqual([['attempt', 'partOfDay']]);
    expect(
      recordAttempt({} as never, { kind: 'Brief', reached: false, date: '2026-10-27', time: '10:00' })
        .issues[0]?.path[0],
    ).toBe('record');
  });
});

describe('checkContactPlan', () => {
  it('asks the pilot minimum of home visits', () => {
    expect(checkContactPlan(testTable(), PLAN)).toEqual([]);
    const two = {
      steps: [{ channel: 'home-visit' as const, team: 'debt-assistance' as const, attempts: 2 }],
    };
    expect(checkContactPlan(testTable(), two).map((i) => i.code)).toEqual(['too_few_attempts']);
    expect(checkContactPlan(testTable(), { steps: [] }).map((i) => i.path)).toEqual([['plan', 'steps']]);
  });
});
