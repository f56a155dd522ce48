import { describe, expect, it } from 'vitest';
import { SIGNALS, testTable } from './fixtures.test-support';
import { applyDue, type CaseRecord, createRecord, due, transition } from './index';

const table = testTable();
function fresh(caseId = 'C1', threatening = false): CaseRecord {
  const r = createRecord({ caseId, status: 'open', signals: SIGNALS, threatening }, '2026-10-26');
  if (!r.ok) throw new Error('bad fixture');
  return r.value;
}

describe('due', () => {
  it('lists the timers due on a date, earliest first, per record', () => {
    const records = [fresh('A', true), fresh('B')];
    expect(due(table, records, '2026-10-28').events).toEqual([]);
    expect(due(table, records, '2026-10-29').events).toEqual([
      { caseId: 'A', event: 'crisis', timer: 'crisisDeadline', at: '2026-10-29' },
    ]);
    expect(due(table, records, '2026-11-23T08:00').events.map((e) => `${e.caseId} ${e.event}`)).toEqual([
      'A crisis',
      'A auto-close',
      'A first',
      'B auto-close',
      'B first',
    ]);
  });

  it('skips timers whose event the status does not accept', () => {
    const helped = transition(
      table,
      fresh(),
      { type: 'accept-help', result: '(Budget)advies en/of quick fix', followUp: { kind: 'quick-fix' } },
      '2026-10-27',
    ).record;
    expect(due(table, [helped], '2027-01-01').events.map((e) => e.event)).toEqual(['pause-end']);
  });

  it('reports invalid records and dates', () => {
    expect(due(table, [fresh(), { caseId: 'X' } as never], '2026-11-23').issues[0]?.path.slice(0, 2)).toEqual(
      ['records', 1],
    );
    expect(due(table, [], '2026-13-01').issues[0]?.path).toEqual(['now']);
    expect(due(table, 'x' as never, '2026-10-01').issues[0]?.path).toEqual(['records']);
  });
});

describe('applyDue', () => {
  it('applies everything due, once', () => {
    const first = applyDue(table, fresh('A', true), '2026-11-30');
    expect(first.issues).toEqual([]);
    expect(first.record.status).toBe('closed');
    expect(first.effects.map((e) => e.type)).toEqual(['deadline-passed', 'notify-partner', 'notify-partner']);
    expect(applyDue(table, first.record, '2026-12-30').effects).toEqual([]);
  });
});
