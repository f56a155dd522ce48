import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate } from '../model/iso-date';
import { issuesOf, must, SIGNALS, testTable } from './fixtures.test-support';
import { type CaseRecord, createRecord, type LifecycleEvent, transition, verifyRecord } from './index';

const table = testTable();
const HELP = '(Budget)advies en/of quick fix';

function created(threatening = true): CaseRecord {
  return must(
    createRecord(
      { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS, threatening },
      asIsoDate('2026-10-26'),
    ),
  );
}
function apply(record: CaseRecord, event: LifecycleEvent, on: string): CaseRecord {
  const out = transition(record, event, table, asIsoDate(on));
  expect(issuesOf(out)).toEqual([]);
  return must(out).record;
}
const helped = () =>
  apply(created(), { type: 'accept-help', result: HELP, followUp: { kind: 'quick-fix' } }, '2026-10-28');
const closed = () => apply(helped(), { type: 'close', result: HELP }, '2026-11-02');
const codes = (record: unknown) =>
  issuesOf(verifyRecord(record, table)).map((i) => [i.code, i.path.join('.')]);

describe('verifyRecord', () => {
  it('accepts records made by createRecord and transition, also after a JSON round trip', () => {
    const reopened = apply(closed(), { type: 'reopen', reason: 'resident called back' }, '2026-11-09');
    for (const r of [created(), helped(), closed(), reopened])
      expect(verifyRecord(JSON.parse(JSON.stringify(r)), table)).toEqual({ ok: true, value: r });
    expect(reopened.result).toBeUndefined();
  });

  it('refuses a status the table does not know, or one the audit trail does not lead to', () => {
    expect(codes({ ...closed(), status: 'archived' })).toEqual([['unknown_status', 'status']]);
    expect(codes({ ...closed(), status: 'helped' })).toEqual([['status_mismatch', 'status']]);
    expect(issuesOf(verifyRecord({ ...closed(), status: 'helped' }, table))[0]?.message).toEqual({
      nl: 'Het dossier heeft status "helped", maar het logboek leidt naar "closed"',
      en: 'The record is in status "helped", but its audit trail leads to "closed"',
    });
  });

  it('replays the audit trail through the table', () => {
    const r = closed();
    const entry = (i: number, change: object) => ({
      ...r,
      audit: r.audit.map((e, j) => (j === i ? { ...e, ...change } : e)),
    });
    expect(codes(entry(1, { event: 'close' }))).toEqual([['invalid_transition', 'audit.1.to']]);
    expect(codes(entry(1, { event: 'reopen' }))).toEqual([['invalid_transition', 'audit.1.event']]);
    expect(codes(entry(1, { event: 'teleport' }))).toEqual([['unknown_event', 'audit.1.event']]);
    expect(codes(entry(2, { from: 'open' }))).toEqual([['audit_gap', 'audit.2.from']]);
    expect(codes(entry(0, { event: 'import' }))).toEqual([['audit_start', 'audit.0']]);
    expect(codes(entry(0, { at: '2026-10-01' }))).toEqual([['audit_start', 'audit.0.at']]);
    expect(codes({ ...r, audit: r.audit.slice(1) })).toEqual([['audit_start', 'audit.0']]);
    expect(codes({ ...r, audit: [] })).toEqual([['audit_start', 'audit']]);
  });

  it('checks reasons and results along the trail', () => {
    const reopened = apply(closed(), { type: 'reopen', reason: 'resident called back' }, '2026-11-09');
    const last = reopened.audit.length - 1;
    const { reason: _reason, ...noReason } = reopened.audit[last] ?? { reason: '' };
    expect(codes({ ...reopened, audit: [...reopened.audit.slice(0, last), noReason] })).toEqual([
      ['reason_required', `audit.${last}.reason`],
    ]);
    const r = closed();
    expect(codes({ ...r, result: 'Inwoner is overleden' })).toEqual([['result_mismatch', 'result']]);
    const withResult = r.audit.map((e, j) => (j === 2 ? { ...e, result: 'Inwoner is overleden' } : e));
    expect(codes({ ...r, audit: withResult, result: 'Inwoner is overleden' })).toEqual([
      ['result_mismatch', 'audit.2.result'],
    ]);
  });

  it('refuses a final record whose contact timers would still fire', () => {
    const r = closed();
    expect(r.timers.collectionPauseUntil).toBeDefined(); // the pause runs on after closure
    expect(codes({ ...r, timers: { ...r.timers, crisisDeadline: '2026-10-29' } })).toEqual([
      ['live_timer', 'timers.crisisDeadline'],
    ]);
    expect(
      codes({ ...r, timers: { ...r.timers, nextAttempt: '2026-11-03', autoClose: '2026-11-23' } }),
    ).toEqual([
      ['live_timer', 'timers.autoClose'],
      ['live_timer', 'timers.nextAttempt'],
    ]);
    expect(codes({ ...helped(), timers: { autoClose: '2026-11-23' } })).toEqual([
      ['live_timer', 'timers.autoClose'],
    ]);
  });

  it('refuses what is not a record, and values beyond the JSON limits, as issues', () => {
    expect(codes({ caseId: '2026-10-0001' })[0]).toEqual(['invalid_type', 'createdAt']);
    expect(codes({ ...closed(), attempts: [Number.POSITIVE_INFINITY] })).toEqual([
      ['json_number_out_of_range', 'attempts.0'],
    ]);
    expect(codes('closed')).toEqual([['invalid_type', '']]);
  });

  it('never echoes more than an excerpt of a value', () => {
    const [issue] = issuesOf(verifyRecord({ ...closed(), status: 'x'.repeat(100_000) }, table));
    expect(issue?.message.en.length).toBeLessThan(200);
    expect(issue?.message.nl.length).toBeLessThan(200);
  });
});
