import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import { codesOf, issuesOf, must, SIGNALS, testTable } from './fixtures.test-support';
import {
  asLifecycleTime,
  type CaseRecord,
  createRecord,
  LIFECYCLE_CONFLICT_CODES,
  type LifecycleEvent,
  transition,
} from './index';

const table = testTable();
const day = (iso: string): IsoDate => asIsoDate(iso);
function fresh(over: Partial<Parameters<typeof createRecord>[0]> = {}): CaseRecord {
  return must(
    createRecord(
      { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS, ...over },
      day('2026-10-26'),
    ),
  );
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
    const r = createRecord({ caseId: '', status: 'open', signals: [] } as never, '26-10-2026' as IsoDate);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path)).toEqual([['input', 'caseId'], ['input', 'signals'], ['on']]);
    expect(createRecord(null as never, day('2026-10-26')).ok).toBe(false);
    expect(
      createRecord({ caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS }, day('2150-01-01'))
        .ok,
    ).toBe(false);
  });
});

describe('transition', () => {
  it('accepts help: notifies each partner once with its own signals and pauses collection for 30 days', () => {
    const out = transition(fresh(), help, table, asLifecycleTime('2026-10-30T10:00'));
    expect(issuesOf(out)).toEqual([]);
    const { record, effects } = must(out);
    expect(record.status).toBe('helped');
    expect(effects).toEqual([
      { type: 'notify-partner', partnerId: 'P1', signalIds: ['S1', 'S3'], code: 'wants-help' },
      { type: 'notify-partner', partnerId: 'P2', signalIds: ['S2'], code: 'wants-help' },
      { type: 'collection-pause', partnerId: 'P1', until: '2026-11-29' },
      { type: 'collection-pause', partnerId: 'P2', until: '2026-11-29' },
    ]);
    expect(record.timers).toEqual({ collectionPauseUntil: '2026-11-29' });
    expect(record.followUp).toEqual({ kind: 'payment-arrangement', date: '2026-10-30' });
    expect(record.audit.at(-1)).toEqual({
      at: '2026-10-30T10:00',
      actor: 'municipality',
      from: 'open',
      to: 'helped',
      event: 'accept-help',
      result: '(Budget)advies en/of quick fix',
    });
  });

  it('returns a failed Result, not an exception, for an event not allowed in the status', () => {
    const record = fresh();
    const out = transition(record, 'reopen', table, day('2026-10-30'));
    expect(out).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_transition',
          path: ['event', 'type'],
          message: {
            nl: 'Gebeurtenis "reopen" is niet toegestaan in status "open"',
            en: 'Event "reopen" is not allowed in status "open"',
          },
        },
      ],
    });
  });

  it('keeps "not allowed in this status" apart from bad input', () => {
    const conflict = (codes: string[]) =>
      codes.length > 0 && codes.every((c) => (LIFECYCLE_CONFLICT_CODES as readonly string[]).includes(c));
    expect(conflict(codesOf(transition(fresh(), 'reopen', table, day('2026-10-30'))))).toBe(true);
    expect(conflict(codesOf(transition(fresh(), 'auto-close', table, day('2026-11-22'))))).toBe(true);
    expect(conflict(codesOf(transition(fresh(), 'fly', table, day('2026-10-30'))))).toBe(false);
    expect(conflict(codesOf(transition(fresh(), { type: 'close' }, table, day('2026-10-30'))))).toBe(false);
    expect(conflict(codesOf(transition(fresh(), 'close', table, 'soon' as IsoDate)))).toBe(false);
  });

  it('refuses help without a follow-up, a wrong result, or a follow-up the preset does not count', () => {
    const codes = (e: LifecycleEvent) => codesOf(transition(fresh(), e, table, day('2026-10-30')));
    expect(codes({ type: 'accept-help', result: '(Budget)advies en/of quick fix' })).toEqual([
      'follow_up_required',
    ]);
    expect(codes({ ...help, result: 'Inwoner is overleden' })).toEqual(['result_required']);
    expect(codes({ ...help, followUp: { kind: 'advice-only' } })).toEqual(['help_without_follow_up']);
    expect(codes({ type: 'reject', result: 'Inwoner is overleden' })).toEqual(['result_not_allowed']);
    expect(codes({ type: 'reject', followUp: { kind: 'referral' } })).toEqual(['follow_up_not_allowed']);
  });

  it('refuses a timer event before its timer is due', () => {
    expect(codesOf(transition(fresh(), 'auto-close', table, day('2026-11-22')))).toEqual(['timer_not_due']);
    expect(must(transition(fresh(), 'auto-close', table, day('2026-11-23'))).record.status).toBe('closed');
  });

  it('needs a reason to change a final status, logs it, and clears the old result', () => {
    const close = { type: 'close', result: 'Definitief geen contact kunnen krijgen' as const };
    const closed = must(transition(fresh(), close, table, day('2026-11-01'))).record;
    expect(codesOf(transition(closed, 'reopen', table, day('2026-11-02')))).toEqual(['reason_required']);
    const reopen = { type: 'reopen', reason: 'resident called', actor: 'advisor-7' };
    const { record } = must(transition(closed, reopen, table, day('2026-11-02')));
    expect(record.status).toBe('open');
    expect(record.result).toBeUndefined();
    expect(record.audit.at(-1)).toEqual({
      at: '2026-11-02',
      actor: 'advisor-7',
      from: 'closed',
      to: 'open',
      event: 'reopen',
      reason: 'resident called',
    });
  });

  it('reports bad input for every argument', () => {
    const paths = issuesOf(
      transition({ caseId: '2026-10-0001' } as never, { type: '' }, table, 'tomorrow' as IsoDate),
    ).map((i) => i.path[0]);
    expect(new Set(paths)).toEqual(new Set(['record', 'event', 'on']));
    expect(codesOf(transition(fresh({ status: 'ghost' }), 'close', table, day('2026-10-30')))[0]).toBe(
      'unknown_status',
    );
    expect(codesOf(transition(fresh(), 'fly', table, day('2026-10-30')))[0]).toBe('unknown_event');
  });

  it('refuses an event whose text could not be stored in the record, so every record it makes reads back', () => {
    const reason = 'r'.repeat(5000);
    const close = { type: 'close', result: 'Definitief geen contact kunnen krijgen' as const };
    const closed = must(transition(fresh(), close, table, day('2026-11-01'))).record;
    const out = transition(closed, { type: 'reopen', reason }, table, day('2026-11-02'));
    expect(issuesOf(out).map((i) => i.path)).toEqual([['event', 'reason']]);
    const long = transition(
      fresh(),
      { ...help, followUp: { ...help.followUp, note: 'n'.repeat(5000) } },
      table,
      day('2026-11-02'),
    );
    expect(issuesOf(long).map((i) => i.path)).toEqual([['event', 'followUp', 'note']]);
  });

  it('writes every message in Dutch and English, and shows an outside value only as an excerpt', () => {
    const out = transition(fresh(), 'x'.repeat(150), table, day('2026-10-30'));
    const [problem] = issuesOf(out);
    expect(problem?.code).toBe('unknown_event');
    expect(problem?.message.nl).toMatch(/^Onbekende gebeurtenis "x{40}… \(150 characters\)"$/);
    expect(problem?.message.en).toMatch(/^Unknown event "x{40}…/);
  });

  it('does not change its input', () => {
    const record = fresh();
    const copy = structuredClone(record);
    transition(record, help, table, day('2026-10-30'));
    expect(record).toEqual(copy);
  });
});
