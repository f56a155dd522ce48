import { describe, expect, it } from 'vitest';
import { testTable } from './fixtures.test-support';
import { checkLifecycleTable, entryStatus, loadLifecycleTable } from './index';

const codesAt = (json: unknown) => {
  const r = loadLifecycleTable(json);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe('loadLifecycleTable', () => {
  it('accepts a sound table', () => {
    const r = loadLifecycleTable(testTable());
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('writes the messages of the whole-table checks in Dutch and English', () => {
    const r = loadLifecycleTable({ ...testTable(), initial: 'ghost' });
    const initial = r.ok ? undefined : r.issues.find((i) => i.path[0] === 'initial');
    expect(initial?.message).toEqual({
      nl: 'Beginstatus "ghost" is niet beschreven',
      en: 'Initial status "ghost" is not declared',
    });
    const id = loadLifecycleTable({ ...testTable(), id: 'Not Kebab' });
    expect(id.ok ? undefined : id.issues[0]?.message).toEqual({
      nl: 'Verwacht een id van kleine letters, cijfers en streepjes (a-z, 0-9, -)',
      en: 'Expected an id in kebab-case (a-z, 0-9, -)',
    });
  });

  it('refuses an embedded example with a bad time or contact kind when the table is loaded', () => {
    const example = {
      name: 'x',
      start: { at: '2026-10-26' },
      steps: [{ at: '2026-10-27 10:00', attempt: { kind: 'Fax', reached: false } }],
      expect: { status: 'open' },
    };
    const r = loadLifecycleTable({ ...testTable(), examples: [example] });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_time', 'examples.0.steps.0.at'],
      ['invalid_value', 'examples.0.steps.0.attempt.kind'],
    ]);
  });

  it('reports bad shapes with paths', () => {
    expect(codesAt(null)[0]).toMatchObject({ code: 'invalid_type', path: [] });
    const t = testTable() as unknown as { statuses: { final: unknown }[] };
    (t.statuses[0] as { final: unknown }).final = 'yes';
    expect(codesAt(t)).toContainEqual({ code: 'invalid_type', path: ['statuses', 0, 'final'] });
    expect(codesAt({ ...testTable(), extra: 1 })).toContainEqual({ code: 'unknown_key', path: ['extra'] });
  });

  it('applies the JSON limits first: deep values and numbers that are not finite', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(codesAt({ ...testTable(), examples: deep })).toEqual([
      expect.objectContaining({ code: 'json_too_deep' }),
    ]);
    const t = testTable();
    expect(
      codesAt({ ...t, contact: { ...t.contact, minimumAttempts: { phone: Number.POSITIVE_INFINITY } } }),
    ).toEqual([{ code: 'json_number_out_of_range', path: ['contact', 'minimumAttempts', 'phone'] }]);
  });

  it('reports transitions to unknown statuses and on unknown events', () => {
    const t = testTable();
    t.transitions.push({ from: 'open', event: 'vanish', to: 'nowhere' });
    t.transitions.push({ from: ['open', 'ghost'], event: 'close', to: 'closed' });
    const issues = codesAt(t);
    expect(issues).toContainEqual({ code: 'unknown_status', path: ['transitions', 9, 'to'] });
    expect(issues).toContainEqual({ code: 'unknown_event', path: ['transitions', 9, 'event'] });
    expect(issues).toContainEqual({ code: 'unknown_status', path: ['transitions', 10, 'from', 1] });
    expect(issues).toContainEqual({ code: 'ambiguous_transition', path: ['transitions', 10] });
  });

  it('reports unreachable statuses and an unknown initial status', () => {
    const t = testTable();
    t.statuses.push({
      id: 'island',
      label: { nl: 'Eiland', en: 'Island' },
      final: false,
      reopenable: false,
      ddas: { signalStatus: 'Opgepakt' },
    });
    expect(codesAt(t)).toContainEqual({ code: 'unreachable_status', path: ['statuses', 4] });
    expect(codesAt({ ...testTable(), initial: 'ghost' })).toContainEqual({
      code: 'unknown_status',
      path: ['initial'],
    });
  });

  it('reports a reopenable final status that no transition leaves', () => {
    const t = testTable();
    t.transitions = t.transitions.filter((x) => x.event !== 'reopen');
    expect(codesAt(t)).toContainEqual({ code: 'no_reopen_transition', path: ['statuses', 2, 'reopenable'] });
  });

  it('reports a transition that leaves a final status that is not reopenable', () => {
    const t = testTable();
    t.transitions.push({ from: 'other', event: 'reopen', to: 'open' });
    expect(codesAt(t)).toContainEqual({ code: 'final_status_left', path: ['transitions', 9, 'from'] });
  });

  it('refuses feedback that would leak the reason of "not picked up"', () => {
    const t = testTable();
    const other = t.feedback.codes[0];
    if (other) other.code = 'unjustified';
    expect(codesAt(t)).toContainEqual({ code: 'reason_leak', path: ['feedback', 'codes', 0, 'results', 0] });
  });

  it('reports duplicate ids, timers and results', () => {
    const t = testTable();
    t.events.push({ id: 'close', label: { nl: 'x', en: 'x' }, timer: 'autoClose' });
    t.feedback.codes.push({ code: 'deceased', results: ['Niet opgepakt: andere reden'], source: 'x' });
    const issues = codesAt(t);
    expect(issues).toContainEqual({ code: 'duplicate_id', path: ['events', 9, 'id'] });
    expect(issues).toContainEqual({ code: 'duplicate_timer', path: ['events', 9, 'timer'] });
    expect(issues).toContainEqual({ code: 'duplicate_result', path: ['feedback', 'codes', 4, 'results', 0] });
    expect(checkLifecycleTable(testTable())).toEqual({ ok: true, value: testTable() });
  });
});

describe('entryStatus', () => {
  it('finds the status and the result known at intake', () => {
    expect(entryStatus('Opgepakt', testTable())).toEqual({ ok: true, value: { status: 'open' } });
    expect(entryStatus('Niet opgepakt: andere reden', testTable())).toEqual({
      ok: true,
      value: { status: 'other', result: 'Niet opgepakt: andere reden' },
    });
  });

  it('reports an intake status the table does not handle', () => {
    const r = entryStatus('Inwoner is overleden', testTable());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('no_entry_status');
    if (!r.ok)
      expect(r.issues[0]?.message).toEqual({
        nl: 'Tabel "test" heeft geen status voor intakestatus "Inwoner is overleden"',
        en: 'Table "test" has no status for intake status "Inwoner is overleden"',
      });
  });
});
