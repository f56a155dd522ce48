import { describe, expect, it } from 'vitest';
import { SIGNALS, testTable } from './fixtures.test-support';
import { type CaseRecord, createRecord, transition } from './index';

const table = testTable();
function fresh(over: Partial<Parameters<typeof createRecord>[0]> = {}): CaseRecord {
  const r = createRecord({ caseId: 'C1', status: 'open', signals: SIGNALS, ...over }, '2026-10-26');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const help = {
  type: 'accept-help',
  result: '(Budget)advies en/of quick fix' as const,
  followUp: { kind: 'payment-arrangement' as const },
};

describe('createRecord', () => {
  it('stores the deadlines as dates', () => {
    expect(fresh({ threatening: true }).timers).toEqual({
      autoClose: '2026-11-23',
      firstConversation: '2026-11-23',
      crisisDeadline: '2026-10-29',
    });
    expect(fresh({ status: 'other', result: 'Niet opgepakt: andere reden' }).timers).toEqual({});
  });

  it('reports bad input instead of throwing', () => {
    const r = createRecord({ caseId: '', status: 'open', signals: [] } as never, '26-10-2026');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path)).toEqual([['input', 'caseId'], ['input', 'signals'], ['now']]);
    expect(createRecord(null as never, '2026-10-26').ok).toBe(false);
    expect(createRecord({ caseId: 'C', status: 'open', signals: SIGNALS }, '2150-01-01').ok).toBe(false);
  });
});

describe('transition', () => {
  it('accepts help: notifies each partner once with its own signals and pauses collection for 30 days', () => {
    const out = transition(table, fresh(), help, '2026-10-30T10:00');
    expect(out.issues).toEqual([]);
    expect(out.record.status).toBe('helped');
    expect(out.effects).toEqual([
      { type: 'notify-partner', partnerId: 'P1', signalIds: ['S1', 'S3'], code: 'wants-help' },
      { type: 'notify-partner', partnerId: 'P2', signalIds: ['S2'], code: 'wants-help' },
      { type: 'collection-pause', partnerId: 'P1', until: '2026-11-29' },
      { type: 'collection-pause', partnerId: 'P2', until: '2026-11-29' },
    ]);
    expect(out.record.timers).toEqual({ collectionPauseUntil: '2026-11-29' });
    expect(out.record.followUp).toEqual({ kind: 'payment-arrangement', date: '2026-10-30' });
    expect(out.record.audit.at(-1)).toEqual({
      at: '2026-10-30T10:00',
      actor: 'municipality',
      from: 'open',
      to: 'helped',
      event: 'accept-help',
      result: '(Budget)advies en/of quick fix',
    });
  });

  it('returns an issue, not an exception, for an event not allowed in the status', () => {
    const record = fresh();
    const out = transition(table, record, 'reopen', '2026-10-30');
    expect(out).toEqual({
      record,
      effects: [],
      issues: [{ code: 'invalid_transition', path: ['event', 'type'], message: expect.any(String) }],
    });
  });

  it('refuses help without a follow-up, a wrong result, or a follow-up the preset does not count', () => {
    const codes = (e: Parameters<typeof transition>[2]) =>
      transition(table, fresh(), e, '2026-10-30').issues.map((i) => i.code);
    expect(codes({ type: 'accept-help', result: '(Budget)advies en/of quick fix' })).toEqual([
      'follow_up_required',
    ]);
    expect(codes({ ...help, result: 'Inwoner is overleden' })).toEqual(['result_required']);
    expect(codes({ ...help, followUp: { kind: 'advice-only' } })).toEqual(['help_without_follow_up']);
    expect(codes({ type: 'reject', result: 'Inwoner is overleden' })).toEqual(['result_not_allowed']);
    expect(codes({ type: 'reject', followUp: { kind: 'referral' } })).toEqual(['follow_up_not_allowed']);
  });

  it('refuses a timer event before its timer is due', () => {
    const out = transition(table, fresh(), 'auto-close', '2026-11-22');
    expect(out.issues.map((i) => i.code)).toEqual(['timer_not_due']);
    expect(transition(table, fresh(), 'auto-close', '2026-11-23').record.status).toBe('closed');
  });

  it('needs a reason to change a final status, logs it, and clears the old result', () => {
    const closed = transition(
      table,
      fresh(),
      { type: 'close', result: 'Definitief geen contact kunnen krijgen' },
      '2026-11-01',
    ).record;
    expect(transition(table, closed, 'reopen', '2026-11-02').issues.map((i) => i.code)).toEqual([
      'reason_required',
    ]);
    const out = transition(
      table,
      closed,
      { type: 'reopen', reason: 'resident called', actor: 'advisor-7' },
      '2026-11-02',
    );
    expect(out.record.status).toBe('open');
    expect(out.record.result).toBeUndefined();
    expect(out.record.audit.at(-1)).toEqual({
      at: '2026-11-02',
      actor: 'advisor-7',
      from: 'closed',
      to: 'open',
      event: 'reopen',
      reason: 'resident called',
    });
  });

  it('reports bad input for every argument', () => {
    const paths = transition(table, { caseId: 'C1' } as never, { type: '' }, 'tomorrow').issues.map(
      (i) => i.path[0],
    );
    expect(new Set(paths)).toEqual(new Set(['record', 'event', 'now']));
    expect(transition(table, fresh({ status: 'ghost' }), 'close', '2026-10-30').issues[0]?.code).toBe(
      'unknown_status',
    );
    expect(transition(table, fresh(), 'fly', '2026-10-30').issues[0]?.code).toBe('unknown_event');
  });

  it('does not change its input', () => {
    const record = fresh();
    const copy = structuredClone(record);
    transition(table, record, help, '2026-10-30');
    expect(record).toEqual(copy);
  });
});
