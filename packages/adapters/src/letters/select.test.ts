import {
  asIsoDate,
  type CaseRecord,
  createRecord,
  type DdasCaseResult,
  type DdasSignalStatus,
  recordAttempt,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../cases/record-of';
import { AT, letterCase, START, TABLE } from './fixtures.test-support';
import { selectCase } from './select';

const recordFor = (c: ReturnType<typeof letterCase>): CaseRecord => {
  const r = recordOf(TABLE, c, 0, START);
  if (!r.record) throw new Error(JSON.stringify(r.issues));
  return r.record;
};
const attempt = (
  r: CaseRecord,
  kind: 'Brief' | 'Telefoon' | 'Mail',
  reached: boolean,
  date = '2026-10-28',
) => {
  const next = recordAttempt(
    r,
    { kind, reached, date: asIsoDate(date), partOfDay: 'Middag' },
    TABLE,
    `${AT}T12:00` as never,
  );
  if (!next.ok) throw new Error(JSON.stringify(next.issues));
  return next.value;
};

describe('selectCase: privacy first (issue 15)', () => {
  it.each<[DdasSignalStatus, string]>([
    ['Inwoner al bekend bij schuldhulpverlening', 'known-at-debt-assistance'],
    ['Inwoner is overleden', 'deceased'],
    ['Persoon is geen inwoner (meer) in de gemeente', 'moved-away'],
    ['Niet opgepakt: herhaalde melding', 'not-picked-up'],
    ['Nog niet opgepakt', 'not-picked-up'],
  ])('a case with status "%s" gets nothing (%s)', (status, reason) => {
    const c = letterCase({ signalStatus: status });
    const r = createRecord(
      {
        caseId: c.caseId as never,
        status: 'picked-up',
        signals: [{ signalId: 'S' as never, partnerId: 'WO-LND' as never, sector: 'rent' }],
        plan: { steps: [{ channel: 'letter', team: 'municipality', attempts: 1 }] },
      },
      START,
    );
    if (!r.ok) throw new Error('no record');
    expect(selectCase(c, r.value, TABLE, AT)).toEqual({ ok: false, reason });
  });

  it('one signal of the case with a deceased resident is enough to send nothing', () => {
    const c = letterCase();
    const withDeceased = {
      ...c,
      signals: [...c.signals, { ...c.signals[0], signalStatus: 'Inwoner is overleden' as const }],
    } as typeof c;
    expect(selectCase(withDeceased, recordFor(c), TABLE, AT)).toEqual({ ok: false, reason: 'deceased' });
  });

  it.each<[DdasCaseResult, string]>([
    ['Inwoner is overleden', 'deceased'],
    ['Persoon is geen inwoner (meer) in de gemeente', 'moved-away'],
    ['Inwoner al bekend bij schuldhulpverlening', 'known-at-debt-assistance'],
    ['Definitief geen contact kunnen krijgen', 'closed'],
  ])('a record with result "%s" gets nothing (%s)', (result, reason) => {
    const r = { ...recordFor(letterCase()), result };
    expect(selectCase(letterCase(), r, TABLE, AT)).toEqual({ ok: false, reason });
  });

  it('a record in a final status is closed', () => {
    const final = TABLE.statuses.find((s) => s.final);
    const r = { ...recordFor(letterCase()), status: final?.id ?? '' };
    expect(selectCase(letterCase(), r, TABLE, AT)).toEqual({ ok: false, reason: 'closed' });
  });

  it('a resident already reached gets nothing more', () => {
    const r = attempt(recordFor(letterCase()), 'Telefoon', true);
    expect(selectCase(letterCase(), r, TABLE, AT)).toEqual({ ok: false, reason: 'reached' });
  });
});

describe('selectCase: channels and situations', () => {
  it('takes only the written steps of the plan, in plan order', () => {
    const c = letterCase({
      plan: [
        { channel: 'phone', team: 'municipality', attempts: 2 },
        { channel: 'email', team: 'municipality', attempts: 1 },
        { channel: 'sms', team: 'municipality', attempts: 1 },
      ],
    });
    expect(selectCase(c, recordFor(c), TABLE, AT)).toMatchObject({
      ok: true,
      channels: ['email', 'sms'],
      situation: 'single',
    });
  });

  it('no written step, or every attempt made: nothing, with a reason', () => {
    const phone = letterCase({ plan: [{ channel: 'phone', team: 'municipality', attempts: 2 }] });
    expect(selectCase(phone, recordFor(phone), TABLE, AT)).toEqual({ ok: false, reason: 'no-written-step' });
    const sent = attempt(recordFor(letterCase()), 'Brief', false, '2026-10-27');
    expect(selectCase(letterCase(), sent, TABLE, AT)).toEqual({ ok: false, reason: 'plan-done' });
  });

  it("this command's own attempt of the day does not count: a second run on the day selects the same", () => {
    const first = selectCase(letterCase(), recordFor(letterCase()), TABLE, AT);
    const again = attempt(recordFor(letterCase()), 'Brief', false, AT);
    expect(selectCase(letterCase(), again, TABLE, AT)).toEqual(first);
  });

  it('crisis before reminder before match before single', () => {
    const both = letterCase({
      isMatch: true,
      plan: [{ channel: 'letter', team: 'municipality', attempts: 2 }],
    });
    const unreached = attempt(recordFor(both), 'Telefoon', false);
    expect(selectCase(both, recordFor(both), TABLE, AT)).toMatchObject({ situation: 'match' });
    expect(selectCase(both, unreached, TABLE, AT)).toMatchObject({ situation: 'reminder' });
    expect(selectCase({ ...both, reached: false }, recordFor(both), TABLE, AT)).toMatchObject({
      situation: 'reminder',
    });
    expect(selectCase({ ...both, intakeOutcome: 'crisis' }, unreached, TABLE, AT)).toMatchObject({
      situation: 'crisis',
    });
  });
});
