// Properties of the lifecycle, in one file (importing @fast-check/vitest is slow per file):
// random sequences of events, attempts, due-processing, JSON round trips and clock advances.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DDAS_CASE_RESULTS } from '../model/enums';
import { asCaseId } from '../model/ids';
import { asIsoDate, type IsoDate } from '../model/iso-date';
import type { Issue, Result } from '../model/issue';
import { applyDueOld } from './due.old.test-support';
import { SIGNALS, testTable } from './fixtures.test-support';
import {
  applyDue,
  type CaseRecord,
  createRecord,
  due,
  FOLLOW_UP_KINDS,
  type LifecycleEffect,
  type LifecycleEvent,
  type LifecycleTable,
  recordAttempt,
  transition,
} from './index';
import { fromStatuses } from './table-checks';
import { dayOf } from './time';

const DAY_MS = 86_400_000;
const plusDays = (iso: IsoDate, n: number): IsoDate =>
  asIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10));
const START = asIsoDate('2026-10-26');
const table: LifecycleTable = testTable();
const EVENTS = [...table.events.map((e) => e.id), 'no-such-event'];

const action = fc.oneof(
  fc.record({
    kind: fc.constant('event' as const),
    type: fc.constantFrom(...EVENTS),
    // mostly results the test table accepts, so that help, closure and reopening really happen
    result: fc.option(
      fc.oneof(
        fc.constantFrom('(Budget)advies en/of quick fix', 'Definitief geen contact kunnen krijgen' as const),
        fc.constantFrom(...DDAS_CASE_RESULTS),
      ),
      { nil: undefined, freq: 2 },
    ),
    followUp: fc.option(fc.constantFrom(...FOLLOW_UP_KINDS), { nil: undefined, freq: 2 }),
    reason: fc.option(fc.constant('checked by the team'), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 0, max: 15 }) }),
  fc.record({
    kind: fc.constant('attempt' as const),
    reached: fc.boolean(),
    hour: fc.integer({ min: 7, max: 21 }),
  }),
  fc.record({ kind: fc.constant('due' as const) }),
  fc.record({ kind: fc.constant('roundtrip' as const) }),
);
const actionList = fc.array(action, { minLength: 5, maxLength: 60, size: 'medium' });
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

interface Trace {
  record: CaseRecord;
  pauses: { acceptedOn: IsoDate; until: IsoDate }[];
  pauseEnds: { on: string; until: string }[];
  /** Pauses whose end `due` reported a day early or not on the day itself. */
  pauseDueErrors: number;
  changes: { before: CaseRecord; after: CaseRecord }[];
  dueMismatches: number;
  /** The issues of every refused step. */
  refusals: Issue[];
}

const PLAN = { steps: [{ channel: 'phone' as const, team: 'call-centre' as const, attempts: 3 }] };

function play(actions: Action[], threatening: boolean, withPlan = false): Trace {
  const created = createRecord(
    {
      caseId: asCaseId('2026-10-0001'),
      status: 'open',
      signals: SIGNALS,
      threatening,
      ...(withPlan ? { plan: PLAN } : {}),
    },
    START,
  );
  if (!created.ok) throw new Error('fixture');
  let record = created.value;
  let day = START;
  const trace: Trace = {
    record,
    pauses: [],
    pauseEnds: [],
    pauseDueErrors: 0,
    changes: [],
    dueMismatches: 0,
    refusals: [],
  };
  // a refused step leaves the record as it was
  const apply = (out: Result<{ record: CaseRecord; effects: LifecycleEffect[] }>) => {
    if (!out.ok) {
      trace.refusals.push(...out.issues);
      return;
    }
    const next = out.value.record;
    if (next !== record) trace.changes.push({ before: record, after: next });
    for (const e of out.value.effects) {
      if (e.type === 'collection-pause') {
        const until = e.until;
        trace.pauses.push({ acceptedOn: day, until });
        const ends = (on: IsoDate) => {
          const found = due([next], table, on);
          return found.ok && found.value.some((d) => d.event === 'pause-end');
        };
        if (ends(plusDays(until, -1)) || !ends(until)) trace.pauseDueErrors++;
      }
      if (e.type === 'collection-pause-ended')
        trace.pauseEnds.push({ on: day, until: trace.pauses.at(-1)?.until ?? '' });
    }
    record = next;
  };
  for (const a of [...actions, { kind: 'advance' as const, days: 90 }, { kind: 'due' as const }]) {
    if (a.kind === 'advance') day = plusDays(day, a.days);
    else if (a.kind === 'roundtrip') {
      const copy = JSON.parse(JSON.stringify(record)) as CaseRecord;
      for (const ahead of [0, 1, 29, 30, 60])
        if (
          JSON.stringify(due([copy], table, plusDays(day, ahead))) !==
          JSON.stringify(due([record], table, plusDays(day, ahead)))
        )
          trace.dueMismatches++;
      record = copy;
    } else if (a.kind === 'due') apply(applyDue(record, table, day));
    else if (a.kind === 'attempt') {
      const time = `${String(a.hour).padStart(2, '0')}:00`;
      const out = recordAttempt(
        record,
        { kind: 'Telefoon', reached: a.reached, date: day, time },
        table,
        day,
      );
      if (out.ok) record = out.value;
      else trace.refusals.push(...out.issues);
    } else {
      const event: LifecycleEvent = {
        type: a.type,
        ...(a.result ? { result: a.result } : {}),
        ...(a.followUp ? { followUp: { kind: a.followUp } } : {}),
        ...(a.reason ? { reason: a.reason } : {}),
      };
      apply(transition(record, event, table, day));
    }
  }
  trace.record = record;
  return trace;
}

const statusOf = (id: string) => table.statuses.find((s) => s.id === id);

describe('lifecycle properties', () => {
  test.prop([actionList, fc.boolean()])('only declared transitions happen', (actions, threatening) => {
    const { record } = play(actions, threatening);
    const [create, ...rest] = record.audit;
    expect(create?.event).toBe('create');
    let status = create?.to;
    for (const entry of rest) {
      expect(entry.from).toBe(status);
      const declared = table.transitions.some(
        (t) =>
          t.event === entry.event &&
          fromStatuses(t, table).includes(entry.from ?? '') &&
          (t.to ?? entry.from) === entry.to,
      );
      expect(declared).toBe(true);
      status = entry.to;
    }
    expect(record.status).toBe(status);
  });

  // help is accepted in about half the runs: more runs, so that a wrong pause length is found
  test.prop([actionList], { numRuns: 300 })(
    'the collection pause ends exactly 30 days after acceptance',
    (actions) => {
      const { pauses, pauseEnds, pauseDueErrors } = play(actions, false);
      for (const p of pauses) expect(p.until).toBe(plusDays(p.acceptedOn, 30));
      // each end is processed on or after the stored date of the pause it ends, never before
      expect(pauseEnds.length).toBeLessThanOrEqual(pauses.length);
      for (const end of pauseEnds) expect(end.on >= end.until).toBe(true);
      expect(pauseDueErrors).toBe(0);
    },
  );

  test.prop([actionList, fc.boolean()])(
    'automatic closure fires exactly once unless a result came first',
    (actions, threatening) => {
      const { record } = play(actions, threatening);
      const autoCloses = record.audit.filter((e) => e.event === 'auto-close');
      expect(autoCloses.length).toBeLessThanOrEqual(1);
      const firstAuto = record.audit.findIndex((e) => e.event === 'auto-close');
      const before = firstAuto === -1 ? record.audit : record.audit.slice(0, firstAuto);
      const resultFirst = before.some((e) => e.result !== undefined);
      expect(autoCloses.length === 1).toBe(!resultFirst);
      if (autoCloses[0]) expect(dayOf(autoCloses[0].at) >= plusDays(START, 28)).toBe(true);
    },
  );

  test.prop([actionList])('changing a final status always appears in the audit trail', (actions) => {
    const { changes } = play(actions, false);
    for (const { before, after } of changes) {
      if (!statusOf(before.status)?.final || before.status === after.status) continue;
      const last = after.audit.at(-1);
      expect(after.audit.length).toBe(before.audit.length + 1);
      expect(last).toMatchObject({ from: before.status, to: after.status });
      expect(last?.reason).toBeDefined();
    }
  });

  test.prop([actionList, fc.boolean(), fc.boolean()], { numRuns: 300 })(
    'a result stops the automatic closure and the contact deadlines; a final status stops the contact timers',
    (actions, threatening, withPlan) => {
      // docs/lifecycle.md, "Timers": written out here, not taken from the implementation
      for (const { after } of play(actions, threatening, withPlan).changes) {
        const live = Object.keys(after.timers);
        if (after.result !== undefined)
          expect(
            live.filter((t) => ['autoClose', 'firstConversation', 'crisisDeadline'].includes(t)),
          ).toEqual([]);
        if (statusOf(after.status)?.final)
          expect(
            live.filter((t) => ['crisisDeadline', 'firstConversation', 'nextAttempt'].includes(t)),
          ).toEqual([]);
      }
    },
  );

  test.prop([actionList, fc.boolean()])(
    'every refusal is data: a code, a path and a message in Dutch and English',
    (actions, threatening) => {
      for (const i of play(actions, threatening).refusals) {
        expect(i.code).toMatch(/^[a-z_]+$/);
        expect(i.path.length).toBeGreaterThan(0);
        expect(i.message.nl.length).toBeGreaterThan(0);
        expect(i.message.en.length).toBeGreaterThan(0);
        expect(i.message.nl).not.toBe(i.message.en);
      }
    },
  );

  test.prop([actionList, fc.boolean()])('a JSON round trip at any point gives the same due', (actions, t) => {
    expect(play(actions, t).dueMismatches).toBe(0);
  });

  test('the generator reaches help, pause end, automatic closure and reopening', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(actionList, (list) => {
        const { record, pauseEnds } = play(list, false);
        for (const e of record.audit) seen.add(e.event);
        if (pauseEnds.length > 0) seen.add('pause-ended');
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...seen]).toEqual(
      expect.arrayContaining(['accept-help', 'auto-close', 'reopen', 'close', 'pause-ended']),
    );
  });
});

describe('applyDue checks a record once per step (issue 14)', () => {
  const same = (record: CaseRecord, on: string) =>
    expect(JSON.stringify(applyDue(record, table, on as IsoDate))).toBe(
      JSON.stringify(applyDueOld(record, table, on as IsoDate)),
    );
  test.prop([actionList, fc.boolean(), fc.boolean(), fc.constantFrom(0, 1, 14, 29, 30, 31, 60, 120)])(
    'gives what it gave through due and transition: for every record of a life, any day after',
    (actions, threatening, withPlan, ahead) => {
      const trace = play(actions, threatening, withPlan);
      const records = [...trace.changes.flatMap((c) => [c.before, c.after]), trace.record];
      for (const record of records) {
        const last = record.audit.at(-1)?.at.slice(0, 10) ?? START;
        same(record, plusDays(asIsoDate(last), ahead));
        same(record, `${plusDays(asIsoDate(last), ahead)}T23:59`);
      }
    },
  );
  test.prop([actionList, fc.boolean()])(
    'fails as it did on a bad record, a bad day, a record the table cannot take',
    (actions, threatening) => {
      const { record } = play(actions, threatening);
      for (const on of ['2026-13-01', 'tomorrow', '', '2026-11-30T25:00']) same(record, on);
      for (const bad of [
        {},
        { ...record, status: 'no-such-status' },
        { ...record, timers: { autoClose: 'soon' } },
        { ...record, caseId: undefined },
      ])
        for (const on of ['2027-06-01', 'tomorrow']) same(bad as unknown as CaseRecord, on);
    },
  );
});
