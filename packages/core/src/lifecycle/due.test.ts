import { describe, expect, it } from 'vitest';
import { asCaseId } from '../model/ids';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import { codesOf, issuesOf, must, SIGNALS, testTable } from './fixtures.test-support';
import { applyDue, asLifecycleTime, type CaseRecord, createRecord, due, transition } from './index';

const table = testTable();
const day = (iso: string): IsoDate => asIsoDate(iso);
function fresh(caseId = '2026-10-0001', threatening = false): CaseRecord {
  return must(
    createRecord(
      { caseId: asCaseId(caseId), status: 'open', signals: SIGNALS, threatening },
      day('2026-10-26'),
    ),
  );
}

describe('due', () => {
  it('lists the timers due on a date, earliest first, per record', () => {
    const records = [fresh('2026-10-0001', true), fresh('2026-10-0002')];
    expect(must(due(records, table, day('2026-10-28')))).toEqual([]);
    expect(must(due(records, table, day('2026-10-29')))).toEqual([
      { caseId: '2026-10-0001', event: 'crisis', timer: 'crisisDeadline', at: '2026-10-29' },
    ]);
    expect(
      must(due(records, table, asLifecycleTime('2026-11-23T08:00'))).map((e) => `${e.caseId} ${e.event}`),
    ).toEqual([
      '2026-10-0001 crisis',
      '2026-10-0001 auto-close',
      '2026-10-0001 first',
      '2026-10-0002 auto-close',
      '2026-10-0002 first',
    ]);
  });

  it('skips timers whose event the status does not accept', () => {
    const help = {
      type: 'accept-help',
      result: '(Budget)advies en/of quick fix' as const,
      followUp: { kind: 'quick-fix' as const },
    };
    const helped = must(transition(fresh(), help, table, day('2026-10-27'))).record;
    expect(must(due([helped], table, day('2027-01-01'))).map((e) => e.event)).toEqual(['pause-end']);
  });

  it('reports invalid records and dates, and then lists nothing', () => {
    const mixed = due([fresh(), { caseId: 'X' } as never], table, day('2026-11-23'));
    expect(mixed.ok).toBe(false);
    expect(issuesOf(mixed)[0]?.path.slice(0, 2)).toEqual(['records', 1]);
    expect(issuesOf(due([], table, '2026-13-01' as IsoDate))[0]?.path).toEqual(['on']);
    expect(issuesOf(due('x' as never, table, day('2026-10-01')))[0]?.path).toEqual(['records']);
  });
});

describe('applyDue', () => {
  it('applies everything due, once', () => {
    const first = must(applyDue(fresh('2026-10-0001', true), table, day('2026-11-30')));
    expect(first.record.status).toBe('closed');
    expect(first.effects.map((e) => e.type)).toEqual(['deadline-passed', 'notify-partner', 'notify-partner']);
    expect(must(applyDue(first.record, table, day('2026-12-30'))).effects).toEqual([]);
  });

  it('is all or nothing: when a later due event fails, nothing is applied', () => {
    // a feedback preset that cannot map the result of the automatic closure
    const broken = testTable();
    broken.feedback.codes = broken.feedback.codes.filter((c) => c.code !== 'not-reached-or-no-help');
    const record = fresh('2026-10-0001', true);
    const out = applyDue(record, broken, day('2026-11-30'));
    expect(codesOf(out)).toEqual(['unmapped_result']);
    // the crisis deadline alone (due on its own date) still applies
    expect(must(applyDue(record, broken, day('2026-10-29'))).effects.map((e) => e.type)).toEqual([
      'deadline-passed',
    ]);
  });

  it('reports bad input under record and on', () => {
    expect(issuesOf(applyDue({ caseId: 'X' } as never, table, day('2026-11-30')))[0]?.path[0]).toBe('record');
    expect(issuesOf(applyDue(fresh(), table, 'later' as IsoDate)).map((i) => i.path)).toEqual([['on']]);
  });
});
