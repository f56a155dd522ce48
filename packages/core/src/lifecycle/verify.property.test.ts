// Properties of verifyRecord: every record that createRecord, transition, recordAttempt and
// applyDue make verifies (also after a JSON round trip), and a random edit of its status, audit
// trail, result or timers that no legal step could make is caught.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DDAS_CASE_RESULTS } from '../model/enums';
import { asCaseId } from '../model/ids';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import type { Result } from '../model/issue';
import { SIGNALS, testTable } from './fixtures.test-support';
import {
  applyDue,
  type CaseRecord,
  createRecord,
  FOLLOW_UP_KINDS,
  type LifecycleTable,
  recordAttempt,
  transition,
  verifyRecord,
} from './index';
import { CLEARED_BY_FINAL, findTransition } from './transition';

const table: LifecycleTable = testTable();
const EVENTS = table.events.map((e) => e.id);
const STATUSES = table.statuses.map((s) => s.id);
const isFinal = (id: string) => table.statuses.find((s) => s.id === id)?.final === true;
const plusDays = (iso: IsoDate, n: number): IsoDate =>
  asIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
/** The record a step made, or the same record when the step was refused. */
const next = (record: CaseRecord, out: Result<CaseRecord | { record: CaseRecord }>): CaseRecord =>
  !out.ok ? record : 'record' in out.value ? out.value.record : out.value;

// mostly results and reasons the test table accepts, so that help, closure, rejection and
// reopening really happen
const action = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      type: fc.constantFrom(...EVENTS),
      result: fc.option(
        fc.oneof(
          fc.constantFrom('(Budget)advies en/of quick fix', 'Definitief geen contact kunnen krijgen'),
          fc.constantFrom(...DDAS_CASE_RESULTS),
        ),
        { nil: undefined, freq: 2 },
      ),
      followUp: fc.option(fc.constantFrom(...FOLLOW_UP_KINDS), { nil: undefined, freq: 2 }),
      reason: fc.option(fc.constant('checked by the team'), { nil: undefined, freq: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('attempt' as const),
      reached: fc.boolean(),
      days: fc.nat({ max: 10 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('due' as const), days: fc.nat({ max: 40 }) }) },
);
const start = fc.record({ threatening: fc.boolean(), plan: fc.boolean() });
const actions = fc.array(action, { maxLength: 30 });
type Infer<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Plays the actions from a new record; returns every record along the way. */
function play(s: { threatening: boolean; plan: boolean }, list: Infer<typeof actions>): CaseRecord[] {
  const plan = { steps: [{ channel: 'phone' as const, team: 'call-centre' as const, attempts: 3 }] };
  const created = createRecord(
    {
      caseId: asCaseId('2026-10-0001'),
      status: 'open',
      signals: SIGNALS,
      threatening: s.threatening,
      ...(s.plan ? { plan } : {}),
    },
    asIsoDate('2026-10-26'),
  );
  if (!created.ok) throw new Error('fixture');
  let record = created.value;
  let day = asIsoDate('2026-10-26');
  const seen = [record];
  for (const a of list) {
    if (a.kind === 'attempt') {
      // attempts happen on open cases (recordAttempt refuses a final status): skip, keep the day
      if (isFinal(record.status)) continue;
      day = plusDays(day, a.days);
      const attempt = { kind: 'Telefoon' as const, reached: a.reached, date: day, time: '10:00' };
      record = next(record, recordAttempt(record, attempt, table, day));
    } else if (a.kind === 'due') {
      day = plusDays(day, a.days);
      record = next(record, applyDue(record, table, day));
    } else {
      const event = {
        type: a.type,
        ...(a.result ? { result: a.result } : {}),
        ...(a.followUp ? { followUp: { kind: a.followUp } } : {}),
        ...(a.reason ? { reason: a.reason } : {}),
      };
      record = next(record, transition(record, event, table, day));
    }
    seen.push(record);
  }
  return seen;
}

const mutation = fc.record({
  kind: fc.constantFrom(
    'status',
    'entry-to',
    'entry-from',
    'entry-event',
    'drop-create',
    'result',
    'final-timer',
  ),
  at: fc.nat(),
  pick: fc.nat(),
});

/** An edit no legal step makes, or undefined when it does not apply to this record. */
function mutate(r: CaseRecord, m: Infer<typeof mutation>): CaseRecord | undefined {
  const other = (current: string | null | undefined) => {
    const choices = [...STATUSES, 'archived'].filter((s) => s !== current);
    return choices[m.pick % choices.length] as string;
  };
  const k = m.at % r.audit.length;
  const edit = (change: Partial<CaseRecord['audit'][number]>) => ({
    ...r,
    audit: r.audit.map((e, j) => (j === k ? { ...e, ...change } : e)),
  });
  const entry = r.audit[k];
  switch (m.kind) {
    case 'status':
      return { ...r, status: other(r.status) };
    case 'entry-to':
      return edit({ to: other(entry?.to) });
    case 'entry-from':
      return k === 0 ? edit({ from: 'open' }) : edit({ from: other(entry?.from) });
    case 'entry-event': {
      if (k === 0 || entry?.from == null) return undefined;
      const from = entry.from;
      const leadsTo = (e: string) => {
        const t = findTransition(from, e, table);
        return t === undefined ? undefined : (t.to ?? from);
      };
      const wrong = EVENTS.filter((e) => leadsTo(e) !== entry.to);
      return wrong.length === 0 ? undefined : edit({ event: wrong[m.pick % wrong.length] as string });
    }
    case 'drop-create':
      return { ...r, audit: r.audit.slice(1) };
    case 'result': {
      const results = DDAS_CASE_RESULTS.filter((x) => x !== r.result);
      return { ...r, result: results[m.pick % results.length] };
    }
    case 'final-timer':
      if (!isFinal(r.status)) return undefined;
      return {
        ...r,
        timers: { ...r.timers, [CLEARED_BY_FINAL[m.pick % CLEARED_BY_FINAL.length] as string]: '2026-12-01' },
      };
  }
}

describe('verifyRecord properties', () => {
  test.prop([start, actions])(
    'every record made by legal steps verifies, also after a JSON round trip',
    (s, list) => {
      for (const record of play(s, list)) {
        expect(verifyRecord(record, table)).toEqual({ ok: true, value: record });
        expect(verifyRecord(JSON.parse(JSON.stringify(record)), table)).toEqual({ ok: true, value: record });
      }
    },
  );

  test.prop([start, actions, mutation])(
    'an edit of status, audit trail, result or timers is caught',
    (s, list, m) => {
      const record = play(s, list).at(-1) as CaseRecord;
      const edited = mutate(record, m);
      fc.pre(edited !== undefined);
      const verified = verifyRecord(edited, table);
      expect(verified.ok).toBe(false);
      for (const i of verified.ok ? [] : verified.issues) {
        expect(i.path.length).toBeGreaterThan(0);
        expect(i.message.nl.length).toBeGreaterThan(0);
        expect(i.message.en.length).toBeGreaterThan(0);
      }
    },
  );

  test('the generator reaches final records and every kind of edit', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(start, actions, mutation, (s, list, m) => {
        const record = play(s, list).at(-1) as CaseRecord;
        if (isFinal(record.status)) reached.add(`final:${record.status}`);
        if (record.audit.some((e) => e.event === 'reopen')) reached.add('reopened');
        if (mutate(record, m) !== undefined) reached.add(m.kind);
      }),
      { numRuns: 400, seed: 7 },
    );
    expect([...reached].sort()).toEqual(
      [
        'drop-create',
        'entry-event',
        'entry-from',
        'entry-to',
        'final-timer',
        'final:closed',
        'final:other',
        'reopened',
        'result',
        'status',
      ].sort(),
    );
  });
});
