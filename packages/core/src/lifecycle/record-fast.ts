// The fast path of CaseRecordSchema (issue 14): a national month's `letters` and `feedback` check
// ~57,000 lifecycle records at every public call of the lifecycle (create, attempt, due, feedback,
// read back from the case file) — in `feedback` of the 100k month zod's parse of them was 2.0 s of
// 6.0 s. This builds, in plain code, exactly what the schema's parse gives for a record it accepts
// (the same values, new objects and arrays, their keys in the schema's order), and says nothing
// (undefined) for anything it is not sure of: the schema then decides, and stays the single source
// of truth and of every message. record-fast.property.test.ts holds the two together.
import { CHANNELS, DDAS_CASE_RESULTS, SECTORS } from '../model/enums';
import { isCaseId, isPartnerId, isSignalId } from '../model/ids';
import { isIsoDate } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { DDAS_CONTACT_KINDS, DDAS_PARTS_OF_DAY } from './contact-kinds';
import { type CaseRecord, CaseRecordSchema } from './record';
import { isLifecycleTime } from './time';
import { FOLLOW_UP_KINDS, TIMERS } from './vocabulary';

type Obj = Record<string, unknown>;

// each object's keys (record.ts): the schema reads exactly these of it
const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
const RECORD_KEYS = keys(
  'caseId',
  'createdAt',
  'signals',
  'status',
  'result',
  'followUp',
  'plan',
  'nextStep',
  'attempts',
  'timers',
  'audit',
);
const SIGNAL_KEYS = keys('signalId', 'partnerId', 'sector');
const FOLLOW_UP_KEYS = keys('kind', 'date', 'note');
const PLAN_KEYS = keys('steps');
const STEP_KEYS = keys('channel', 'team', 'attempts', 'spacingDays');
const NEXT_STEP_KEYS = keys('channel', 'team', 'partOfDay');
const ATTEMPT_KEYS = keys('kind', 'reached', 'date', 'partOfDay');
// TimersSchema's keys, in its order (TIMERS)
const TIMER_KEYS = keys(...TIMERS);
const AUDIT_KEYS = keys('at', 'actor', 'from', 'to', 'event', 'reason', 'result');

const set = (values: readonly string[]): ReadonlySet<unknown> => new Set(values);
const sectors = set(SECTORS);
const channels = set(CHANNELS);
const results = set(DDAS_CASE_RESULTS);
const contactKinds = set(DDAS_CONTACT_KINDS);
const partsOfDay = set(DDAS_PARTS_OF_DAY);
const followUpKinds = set(FOLLOW_UP_KINDS);

// the record's Short and Long (record.ts), TeamSchema (model/enums.ts)
const short = (v: unknown): v is string => typeof v === 'string' && v.length <= TEXT_LIMITS.label;
const shortFilled = (v: unknown): boolean => short(v) && v.length > 0;
const long = (v: unknown): boolean => typeof v === 'string' && v.length <= TEXT_LIMITS.text;
const TEAM = /^[a-z0-9][a-z0-9-]*$/;
const team = (v: unknown): boolean => typeof v === 'string' && v.length <= TEXT_LIMITS.id && TEAM.test(v);
const whole = (v: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * `value` when it is a plain object (made by a literal) whose own enumerable keys all belong to
 * `keys` and none holds `undefined`: what z.object(…).strict() reads of it is then what this reads
 * (a key the schema names is read as `value[key]` by both, enumerable or not). Anything else is
 * left to the schema.
 */
function plain(value: unknown, keys: ReadonlySet<string>): Obj | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  const o = value as Obj;
  for (const key in o) if (!keys.has(key) || o[key] === undefined) return undefined;
  return o;
}

/** A new array of `item` of each element of `value` (an array, at least `min` long), or undefined. */
function listOf<T>(value: unknown, min: number, item: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length < min)
    return undefined;
  const out: T[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) return undefined;
    const made = item(value[i]);
    if (made === undefined) return undefined;
    out[i] = made;
  }
  return out;
}

function signalRef(value: unknown): Obj | undefined {
  const o = plain(value, SIGNAL_KEYS);
  if (!o || !isSignalId(o.signalId) || !isPartnerId(o.partnerId) || !sectors.has(o.sector)) return undefined;
  return { signalId: o.signalId, partnerId: o.partnerId, sector: o.sector };
}

function followUp(value: unknown): Obj | undefined {
  const o = plain(value, FOLLOW_UP_KEYS);
  if (!o || !followUpKinds.has(o.kind) || !isIsoDate(o.date)) return undefined;
  if (o.note === undefined) return { kind: o.kind, date: o.date };
  return long(o.note) ? { kind: o.kind, date: o.date, note: o.note } : undefined;
}

function step(value: unknown): Obj | undefined {
  const o = plain(value, STEP_KEYS);
  if (!o || !channels.has(o.channel) || !team(o.team) || !whole(o.attempts, 1, 20)) return undefined;
  if (o.spacingDays === undefined) return { channel: o.channel, team: o.team, attempts: o.attempts };
  if (!whole(o.spacingDays, 1, 60)) return undefined;
  return { channel: o.channel, team: o.team, attempts: o.attempts, spacingDays: o.spacingDays };
}

function plan(value: unknown): Obj | undefined {
  const o = plain(value, PLAN_KEYS);
  const steps = o && listOf(o.steps, 1, step);
  return steps ? { steps } : undefined;
}

function nextStep(value: unknown): Obj | undefined {
  const o = plain(value, NEXT_STEP_KEYS);
  if (!o || !channels.has(o.channel) || !team(o.team)) return undefined;
  if (o.partOfDay === undefined) return { channel: o.channel, team: o.team };
  return partsOfDay.has(o.partOfDay)
    ? { channel: o.channel, team: o.team, partOfDay: o.partOfDay }
    : undefined;
}

function attempt(value: unknown): Obj | undefined {
  const o = plain(value, ATTEMPT_KEYS);
  if (!o || !contactKinds.has(o.kind) || typeof o.reached !== 'boolean') return undefined;
  if (!isIsoDate(o.date) || !partsOfDay.has(o.partOfDay)) return undefined;
  return { kind: o.kind, reached: o.reached, date: o.date, partOfDay: o.partOfDay };
}

function timers(value: unknown): Obj | undefined {
  const o = plain(value, TIMER_KEYS);
  if (!o) return undefined;
  const out: Obj = {};
  for (const key of TIMERS) {
    const date = o[key];
    if (date === undefined) continue;
    if (!isIsoDate(date)) return undefined;
    out[key] = date;
  }
  return out;
}

function auditEntry(value: unknown): Obj | undefined {
  const o = plain(value, AUDIT_KEYS);
  if (!o || !isLifecycleTime(o.at) || !shortFilled(o.actor)) return undefined;
  if ((o.from !== null && !short(o.from)) || !short(o.to) || !short(o.event)) return undefined;
  const out: Obj = { at: o.at, actor: o.actor, from: o.from, to: o.to, event: o.event };
  if (o.reason !== undefined) {
    if (!long(o.reason)) return undefined;
    out.reason = o.reason;
  }
  if (o.result !== undefined) {
    if (!results.has(o.result)) return undefined;
    out.result = o.result;
  }
  return out;
}

/**
 * What `CaseRecordSchema.parse(value)` gives when the schema accepts `value` — the same values in
 * new objects and arrays, keys in the schema's order —, made without zod; `undefined` when
 * `value` is not a record this recognises (the schema then says whether, and why not). Internal to
 * core and the lifecycle's readers.
 */
export function fastCaseRecord(value: unknown): CaseRecord | undefined {
  const o = plain(value, RECORD_KEYS);
  if (!o || !isCaseId(o.caseId) || !isLifecycleTime(o.createdAt) || !shortFilled(o.status)) return undefined;
  const signals = listOf(o.signals, 1, signalRef);
  if (!signals) return undefined;
  const out: Obj = { caseId: o.caseId, createdAt: o.createdAt, signals, status: o.status };
  if (o.result !== undefined) {
    if (!results.has(o.result)) return undefined;
    out.result = o.result;
  }
  if (o.followUp !== undefined) {
    const made = followUp(o.followUp);
    if (!made) return undefined;
    out.followUp = made;
  }
  if (o.plan !== undefined) {
    const made = plan(o.plan);
    if (!made) return undefined;
    out.plan = made;
  }
  if (o.nextStep !== undefined) {
    const made = nextStep(o.nextStep);
    if (!made) return undefined;
    out.nextStep = made;
  }
  const attempts = listOf(o.attempts, 0, attempt);
  const timersMade = timers(o.timers);
  const audit = listOf(o.audit, 0, auditEntry);
  if (!attempts || !timersMade || !audit) return undefined;
  out.attempts = attempts;
  out.timers = timersMade;
  out.audit = audit;
  return out as CaseRecord;
}

/**
 * `CaseRecordSchema.safeParse(value)`, through a fast path for a record the schema accepts (the
 * record made in plain code, without zod, as the schema's parse would make it): the same result —
 * the same value, new objects with their keys in the schema's order, or zod's issues for a value
 * the schema refuses. What the lifecycle's functions and the case file's readers check a record
 * with (a national month's `feedback`: 2.0 s of zod before, issue 14).
 *
 * @example
 * ```ts
 * import { asCaseId, asIsoDate, asPartnerId, asSignalId, createRecord, parseCaseRecord } from '@signaalreis/core';
 * const signals = [{ signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'rent' as const }];
 * const made = createRecord({ caseId: asCaseId('2026-10-0001'), status: 'picked-up', signals }, asIsoDate('2026-10-26'));
 * const read = parseCaseRecord(made.ok ? JSON.parse(JSON.stringify(made.value)) : null);
 * read.success; // true: a record read back from a file, checked without zod
 * parseCaseRecord({ caseId: '2026-10-0001' }).success; // false: zod says why (read.error.issues)
 * ```
 */
export function parseCaseRecord(value: unknown): ReturnType<typeof CaseRecordSchema.safeParse> {
  const fast = fastCaseRecord(value);
  return fast === undefined ? CaseRecordSchema.safeParse(value) : { success: true, data: fast };
}
