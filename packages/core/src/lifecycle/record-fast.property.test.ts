// The fast path of CaseRecordSchema (record-fast.ts) against the schema itself: for any value —
// records as the lifecycle makes them, read back from JSON, with their keys in any order, and
// records broken in one place or another (a wrong value, an extra or missing key, `undefined`, a
// hole, another prototype) — the fast path either says nothing or gives exactly what the schema's
// parse gives: the same values, the same keys in the same order, new objects. And for the records
// the lifecycle makes it does say something (else it would be no fast path).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CHANNELS, DDAS_CASE_RESULTS, SECTORS } from '../model/enums';
import { asCaseId } from '../model/ids';
import { asIsoDate } from '../model/iso-date';
import { recordAttempt } from './attempts';
import { DDAS_CONTACT_KINDS, DDAS_PARTS_OF_DAY } from './contact-kinds';
import { must, SIGNALS, testTable } from './fixtures.test-support';
import { type CaseRecord, CaseRecordSchema, createRecord } from './record';
import { fastCaseRecord, parseCaseRecord } from './record-fast';
import { transition } from './transition';
import { FOLLOW_UP_KINDS } from './vocabulary';

/** An object of `entries` in an order shuffled by `seed`. */
function shuffled(entries: [string, unknown][], seed: number): Record<string, unknown> {
  let x = seed;
  for (let i = entries.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    const j = Math.abs(x) % (i + 1);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries);
}

/** An array of two with its first place a hole. */
const holed = () => {
  const a: unknown[] = new Array(2);
  a[1] = 1;
  return a;
};

/** Every key of every object, in order, and every value: what "the same" means here. */
const shape = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(shape)
    : typeof v === 'object' && v !== null
      ? Object.entries(v).map(([k, x]) => [k, shape(x)])
      : v;

function sameAsSchema(value: unknown): void {
  const fast = fastCaseRecord(value);
  if (fast === undefined) return;
  const zod = CaseRecordSchema.safeParse(value);
  expect(zod.success).toBe(true);
  expect(shape(fast)).toEqual(shape(zod.data));
  // new objects, as the schema makes them: changing the result leaves the input as it was
  if (typeof value === 'object' && value !== null) expect(fast).not.toBe(value);
}

const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(4001), 'a\u0000b', '2026-10-0001'),
);
const date = fc.oneof(
  fc.constantFrom('2026-10-26', '2026-02-29', '2024-02-29', '1990-01-01', '2026-10-26T09:15', '26-10-2026'),
  text,
);
const time = fc.oneof(
  fc.constantFrom('2026-10-26', '2026-10-26T09:15', '2026-10-26T09:15:30', '2026-10-26T24:00', '2100-01-01'),
  text,
);
const anyOf = <T>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), text);
const count = fc.oneof(fc.integer({ min: -1, max: 70 }), fc.constantFrom(1.5, Number.NaN, 2 ** 60));
const team = fc.oneof(
  fc.constantFrom('call-centre', 'municipality', 'x', 'Team', '-a', 'a'.repeat(65)),
  text,
);

/** An object of `fields`, each present or not, maybe with an extra key or an `undefined`, keys shuffled. */
const obj = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[]) =>
  fc
    .tuple(
      fc.record(fields, { requiredKeys: required }),
      fc.option(fc.constantFrom('extra', ...Object.keys(fields)), { nil: undefined, freq: 6 }),
      fc.integer(),
    )
    .map(([o, odd, seed]) => {
      const entries = Object.entries(o);
      if (odd === 'extra') entries.push(['extra', 1]);
      else if (odd !== undefined) entries.push([odd, undefined]);
      return shuffled(entries, seed);
    });

const list = <T>(item: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength: max }), weight: 8 },
    { arbitrary: fc.constantFrom(holed(), 'no list', { length: 1, 0: {} }), weight: 1 },
  );

const recordLike = obj(
  {
    caseId: fc.oneof(fc.constantFrom('2026-10-0001', '2026-10/7411AB 12', '2026-13-0001'), text),
    createdAt: time,
    signals: list(
      obj(
        {
          signalId: fc.oneof(fc.constantFrom('S1'), text),
          partnerId: fc.oneof(fc.constantFrom('P1'), text),
          sector: anyOf(SECTORS),
        },
        ['signalId', 'partnerId', 'sector'],
      ),
      3,
    ),
    status: fc.oneof(fc.constantFrom('open', 'closed'), text),
    result: anyOf(DDAS_CASE_RESULTS),
    followUp: obj({ kind: anyOf(FOLLOW_UP_KINDS), date, note: text }, ['kind', 'date']),
    plan: obj(
      {
        steps: list(
          obj({ channel: anyOf(CHANNELS), team, attempts: count, spacingDays: count }, [
            'channel',
            'team',
            'attempts',
          ]),
          3,
        ),
      },
      ['steps'],
    ),
    nextStep: obj({ channel: anyOf(CHANNELS), team, partOfDay: anyOf(DDAS_PARTS_OF_DAY) }, [
      'channel',
      'team',
    ]),
    attempts: list(
      obj(
        {
          kind: anyOf(DDAS_CONTACT_KINDS),
          reached: fc.oneof(fc.boolean(), fc.constant(1)),
          date,
          partOfDay: anyOf(DDAS_PARTS_OF_DAY),
        },
        ['kind', 'reached', 'date', 'partOfDay'],
      ),
      3,
    ),
    timers: obj(
      {
        autoClose: date,
        collectionPauseUntil: date,
        crisisDeadline: date,
        firstConversation: date,
        nextAttempt: date,
      },
      [],
    ),
    audit: list(
      obj(
        {
          at: time,
          actor: fc.oneof(fc.constantFrom('system'), text),
          from: fc.oneof(fc.constant(null), text),
          to: text,
          event: text,
          reason: text,
          result: anyOf(DDAS_CASE_RESULTS),
        },
        ['at', 'actor', 'from', 'to', 'event'],
      ),
      3,
    ),
  },
  ['caseId', 'createdAt', 'signals', 'status', 'attempts', 'timers', 'audit'],
);

/** An object of `fields`, each optional one present or not, keys shuffled: all valid. */
const validObj = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[]) =>
  fc
    .tuple(fc.record(fields, { requiredKeys: required }), fc.integer())
    .map(([o, seed]) => shuffled(Object.entries(o), seed));
const validDate = fc.constantFrom('2026-10-26', '2024-02-29', '1991-01-01', '2099-12-31');
const validTime = fc.constantFrom('2026-10-26', '2026-10-26T09:15', '2026-10-26T23:59:59');
const validText = fc.string({ maxLength: 8 });
const validLike = validObj(
  {
    caseId: fc.constantFrom('2026-10-0001', '2026-10/7411AB 12'),
    createdAt: validTime,
    signals: fc.array(
      validObj(
        {
          signalId: fc.constantFrom('S1', 'S 2'),
          partnerId: fc.constantFrom('P1'),
          sector: fc.constantFrom(...SECTORS),
        },
        ['signalId', 'partnerId', 'sector'],
      ),
      { minLength: 1, maxLength: 3 },
    ),
    status: fc.string({ minLength: 1, maxLength: 8 }),
    result: fc.constantFrom(...DDAS_CASE_RESULTS),
    followUp: validObj({ kind: fc.constantFrom(...FOLLOW_UP_KINDS), date: validDate, note: validText }, [
      'kind',
      'date',
    ]),
    plan: validObj(
      {
        steps: fc.array(
          validObj(
            {
              channel: fc.constantFrom(...CHANNELS),
              team: fc.constantFrom('call-centre', 'municipality', 'x1'),
              attempts: fc.integer({ min: 1, max: 20 }),
              spacingDays: fc.integer({ min: 1, max: 60 }),
            },
            ['channel', 'team', 'attempts'],
          ),
          { minLength: 1, maxLength: 3 },
        ),
      },
      ['steps'],
    ),
    nextStep: validObj(
      {
        channel: fc.constantFrom(...CHANNELS),
        team: fc.constantFrom('call-centre'),
        partOfDay: fc.constantFrom(...DDAS_PARTS_OF_DAY),
      },
      ['channel', 'team'],
    ),
    attempts: fc.array(
      validObj(
        {
          kind: fc.constantFrom(...DDAS_CONTACT_KINDS),
          reached: fc.boolean(),
          date: validDate,
          partOfDay: fc.constantFrom(...DDAS_PARTS_OF_DAY),
        },
        ['kind', 'reached', 'date', 'partOfDay'],
      ),
      { maxLength: 3 },
    ),
    timers: validObj(
      {
        autoClose: validDate,
        collectionPauseUntil: validDate,
        crisisDeadline: validDate,
        firstConversation: validDate,
        nextAttempt: validDate,
      },
      [],
    ),
    audit: fc.array(
      validObj(
        {
          at: validTime,
          actor: fc.string({ minLength: 1, maxLength: 8 }),
          from: fc.oneof(fc.constant(null), validText),
          to: validText,
          event: validText,
          reason: validText,
          result: fc.constantFrom(...DDAS_CASE_RESULTS),
        },
        ['at', 'actor', 'from', 'to', 'event'],
      ),
      { maxLength: 3 },
    ),
  },
  ['caseId', 'createdAt', 'signals', 'status', 'attempts', 'timers', 'audit'],
);

/** Values that break a field here or there (each valid somewhere else). */
const NASTY: unknown[] = [
  '',
  'x'.repeat(65),
  'x'.repeat(201),
  'x'.repeat(4001),
  0,
  -1,
  21,
  61,
  1.5,
  null,
  true,
  {},
  [],
  'Team',
  '2026-02-30',
  '2026-10-26T24:00',
  '2100-01-01',
  'a\u0000b',
];

/** Every (object, key) of a value, depth first. */
function slots(
  v: unknown,
  out: [Record<string, unknown>, string][] = [],
): [Record<string, unknown>, string][] {
  if (typeof v !== 'object' || v === null) return out;
  for (const k of Object.keys(v)) {
    out.push([v as Record<string, unknown>, k]);
    slots((v as Record<string, unknown>)[k], out);
  }
  return out;
}

/** Every way to break `value` in one place: each value replaced by each nasty one, a key added, hidden, `undefined` or dropped. */
function* brokenOnce(value: unknown): Generator<unknown> {
  const count = slots(value).length;
  for (let at = 0; at < count; at++)
    for (const how of ['extra', 'hide', 'undefined', 'drop', ...NASTY.map((_, i) => i)]) {
      const copy = structuredClone(value);
      const [o, k] = slots(copy)[at] as [Record<string, unknown>, string];
      if (typeof how === 'number') o[k] = NASTY[how];
      else if (how === 'extra') o.extra = 1;
      else if (how === 'undefined') o[k] = undefined;
      else if (how === 'drop') delete o[k];
      else Object.defineProperty(o, k, { value: o[k], enumerable: false });
      yield copy;
    }
}

describe('the fast path of a case record', () => {
  test.prop([recordLike], { numRuns: 2000 })('gives what the schema gives, or nothing', (value) => {
    sameAsSchema(value);
    sameAsSchema(JSON.parse(JSON.stringify(value)));
  });

  test.prop([validLike], { numRuns: 15 })(
    'gives what the schema gives for a record broken in any one place, or nothing',
    (value) => {
      for (const broken of brokenOnce(value)) sameAsSchema(broken);
    },
  );

  test.prop([validLike])('takes every valid record, its keys in any order', (value) => {
    expect(fastCaseRecord(value)).toBeDefined();
    sameAsSchema(value);
  });

  test.prop([fc.anything()])('says nothing of what is no record', (value) => {
    sameAsSchema(value);
    expect(parseCaseRecord(value).success).toBe(CaseRecordSchema.safeParse(value).success);
  });

  it('takes the records the lifecycle makes, as they are and read back from JSON', () => {
    const table = testTable();
    const day = asIsoDate('2026-10-26');
    const plan = { steps: [{ channel: 'phone' as const, team: 'call-centre', attempts: 3, spacingDays: 2 }] };
    const made = must(
      createRecord(
        { caseId: asCaseId('2026-10-0001'), status: 'open', signals: SIGNALS, plan, threatening: true },
        day,
      ),
    );
    const tried = must(
      recordAttempt(made, { kind: 'Telefoon', reached: false, date: day, time: '19:05' }, table, day),
    );
    const records: CaseRecord[] = [made, tried];
    // every event of the table on the record, with a result where one is asked for: audit lines,
    // results, follow-ups
    for (const e of table.events) {
      const moved = transition(
        tried,
        {
          type: e.id,
          result: 'Definitief geen contact kunnen krijgen',
          followUp: { kind: FOLLOW_UP_KINDS[0] },
        },
        table,
        day,
      );
      if (moved.ok) records.push(moved.value.record);
    }
    expect(records.length).toBeGreaterThan(2);
    for (const r of records) {
      for (const value of [r, JSON.parse(JSON.stringify(r))]) {
        expect(fastCaseRecord(value)).toBeDefined();
        sameAsSchema(value);
      }
    }
  });

  it('leaves a refused record to the schema, which says why', () => {
    const bad = {
      caseId: '2026-10-0001',
      createdAt: '2026-10-26',
      signals: [],
      status: 'open',
      attempts: [],
      timers: {},
      audit: [],
    };
    expect(fastCaseRecord(bad)).toBeUndefined();
    const r = parseCaseRecord(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['signals']);
  });
});
