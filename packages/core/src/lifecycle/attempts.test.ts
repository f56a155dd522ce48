import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import type { ContactPlan } from '../routing/outcome';
import { codesOf, issuesOf, must, SIGNALS, testTable } from './fixtures.test-support';
import {
  type AttemptInput,
  type CaseRecord,
  channelOfContactKind,
  checkContactPlan,
  createRecord,
  LIFECYCLE_CONFLICT_CODES,
  nextAttempt,
  partOfDay,
  recordAttempt,
  transition,
} from './index';

const table = testTable();
const day = (iso: string): IsoDate => asIsoDate(iso);
const PLAN: ContactPlan = {
  steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 3, spacingDays: 2 }],
};
function fresh(plan = PLAN): CaseRecord {
  return must(
    createRecord(
      { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS, plan, threatening: true },
      day('2026-10-26'),
    ),
  );
}
/** Records an attempt on its own day. */
const attempt = (r: CaseRecord, a: AttemptInput) => recordAttempt(r, a, table, a.date);

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
      const date = r.timers.nextAttempt ?? day('2000-01-01');
      seen.push(`${date} ${r.nextStep?.partOfDay ?? '-'}`);
      r = must(attempt(r, { kind: 'Huisbezoek', reached: false, date, time }));
    }
    expect(seen).toEqual(['2026-10-26 -', '2026-10-28 Middag', '2026-10-30 Avond']);
    expect(r.timers.nextAttempt).toBeUndefined();
    expect(r.attempts.map((a) => a.partOfDay)).toEqual(['Ochtend', 'Middag', 'Avond']);
  });

  it('clears the crisis deadline on any attempt and the first-conversation deadline when reached', () => {
    const missed = must(
      attempt(fresh(), { kind: 'Telefoon', reached: false, date: day('2026-10-26'), partOfDay: 'Avond' }),
    );
    expect(missed.timers.crisisDeadline).toBeUndefined();
    expect(missed.timers.firstConversation).toBe('2026-11-23');
    const reached = must(
      attempt(missed, { kind: 'Telefoon', reached: true, date: day('2026-10-27'), time: '09:00' }),
    );
    expect(reached.timers).toEqual({ autoClose: '2026-11-23' });
    expect(reached.nextStep).toBeUndefined();
  });

  it('moves to the next step of the plan when a step is done', () => {
    const plan: ContactPlan = {
      steps: [
        { channel: 'phone', team: 'call-centre', attempts: 2 },
        { channel: 'letter', team: 'municipality', attempts: 1 },
      ],
    };
    expect(nextAttempt([], plan, day('2026-10-26'))?.step.channel).toBe('phone');
    const calls = [
      { kind: 'Telefoon' as const, reached: false, date: day('2026-10-26'), partOfDay: 'Ochtend' as const },
      { kind: 'Telefoon' as const, reached: false, date: day('2026-10-27'), partOfDay: 'Avond' as const },
    ];
    expect(nextAttempt(calls, plan, day('2026-10-26'))).toEqual({
      date: '2026-10-28',
      step: { channel: 'letter', team: 'municipality' },
    });
  });

  it('reports bad attempts and leaves the record as it was', () => {
    const r = fresh();
    const copy = structuredClone(r);
    const bad = recordAttempt(
      r,
      { kind: 'Fax', reached: 'no', date: '2026-02-30' } as never,
      table,
      day('2026-10-27'),
    );
    expect(bad.ok).toBe(false);
    expect(r).toEqual(copy);
    expect(issuesOf(bad).map((i) => i.path)).toEqual([
      ['attempt', 'kind'],
      ['attempt', 'reached'],
      ['attempt', 'date'],
    ]);
    const noTime = attempt(r, { kind: 'Brief', reached: false, date: day('2026-10-27') });
    expect(issuesOf(noTime).map((i) => i.path)).toEqual([['attempt', 'time']]);
    const disagree = attempt(r, {
      kind: 'Brief',
      reached: false,
      date: day('2026-10-27'),
      time: '19:00',
      partOfDay: 'Ochtend',
    });
    expect(issuesOf(disagree).map((i) => i.path)).toEqual([['attempt', 'partOfDay']]);
    expect(issuesOf(disagree)[0]?.message).toEqual({
      nl: 'De tijd en het dagdeel passen niet bij elkaar',
      en: 'The time and the part of day disagree',
    });
    const letter = { kind: 'Brief' as const, reached: false, date: day('2026-10-27'), time: '10:00' };
    expect(issuesOf(attempt({} as never, letter))[0]?.path[0]).toBe('record');
    expect(issuesOf(recordAttempt(r, letter, table, 'today' as IsoDate)).map((i) => i.path)).toEqual([
      ['on'],
    ]);
  });

  it('refuses an attempt dated after the moment it is recorded (bad input)', () => {
    const visit = { kind: 'Huisbezoek' as const, reached: false, date: day('2026-10-28'), time: '10:00' };
    const out = recordAttempt(fresh(), visit, table, day('2026-10-27'));
    expect(codesOf(out)).toEqual(['attempt_in_future']);
    expect(issuesOf(out)[0]?.path).toEqual(['attempt', 'date']);
    expect(LIFECYCLE_CONFLICT_CODES).not.toContain('attempt_in_future');
    expect(recordAttempt(fresh(), visit, table, day('2026-10-28')).ok).toBe(true);
  });

  it('refuses an attempt on a record in a final status (a conflict: reopen first)', () => {
    const close = { type: 'close', result: 'Definitief geen contact kunnen krijgen' as const };
    const closed = must(transition(fresh(), close, table, day('2026-10-27'))).record;
    const visit = { kind: 'Huisbezoek' as const, reached: false, date: day('2026-10-28'), time: '10:00' };
    expect(codesOf(attempt(closed, visit))).toEqual(['attempt_not_allowed']);
    expect(LIFECYCLE_CONFLICT_CODES).toContain('attempt_not_allowed');
    const reopened = must(
      transition(closed, { type: 'reopen', reason: 'resident called' }, table, day('2026-10-28')),
    );
    expect(must(attempt(reopened.record, visit)).attempts).toHaveLength(1);
    expect(codesOf(attempt({ ...fresh(), status: 'ghost' }, visit))).toEqual(['unknown_status']);
  });
});

describe('checkContactPlan', () => {
  it('asks the pilot minimum of home visits', () => {
    expect(checkContactPlan(PLAN, testTable())).toEqual({ ok: true, value: PLAN });
    const two: ContactPlan = { steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 2 }] };
    expect(codesOf(checkContactPlan(two, testTable()))).toEqual(['too_few_attempts']);
    expect(issuesOf(checkContactPlan(two, testTable()))[0]?.message.nl).toBe(
      'Het plan doet 2 contactpoging(en) via huisbezoek; tabel "test" vraagt er minstens 3',
    );
    expect(issuesOf(checkContactPlan({ steps: [] }, testTable())).map((i) => i.path)).toEqual([
      ['plan', 'steps'],
    ]);
  });
});
