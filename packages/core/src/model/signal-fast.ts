// The fast path of SignalSchema (issue 14): a plain-code test of exactly what the schema checks, for
// the values a reader builds — 100,000 rows a month are valid far more often than not, and zod's
// parse (with its issue machinery) is the slowest step of reading them. It only ever says "yes,
// unchanged": for anything else the caller asks the schema, which stays the single source of truth
// and of every message. signal-fast.property.test.ts holds the two together (a "yes" here is a
// success there with an identical value), and fails on any rule that drifts apart.
import { isCanonicalPostcode } from './address';
import { isValidBsn } from './bsn';
import { isE164Phone, isEmailAddress } from './contact';
import { SECTORS, SIGNAL_KINDS } from './enums';
import { isPartnerId, isSignalId } from './ids';
import { isIsoDate } from './iso-date';
import { LEGAL_FORMS } from './person';
import type { Signal } from './signal';

type Obj = Record<string, unknown>;

// Each object's keys in the schema's order (z.object gives its output keys in this order).
const SIGNAL_KEYS = [
  'signalId',
  'partner',
  'kind',
  'signalDate',
  'arrearSince',
  'amountCents',
  'termsOverdue',
  'remindersSent',
  'person',
  'address',
  'contact',
  'neighbourhood',
] as const;
const PARTNER_KEYS = ['id', 'name', 'sector'] as const;
const PERSON_KEYS = [
  'initials',
  'prefix',
  'surname',
  'birthDate',
  'legalForm',
  'bsn',
  'personallyLiable',
] as const;
const ADDRESS_KEYS = ['postcode', 'houseNumber', 'houseLetter', 'houseNumberAddition', 'city'] as const;
const CONTACT_KEYS = ['phone', 'email'] as const;

const sectors: ReadonlySet<unknown> = new Set(SECTORS);
const kinds: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const legalForms: ReadonlySet<unknown> = new Set(LEGAL_FORMS);

/**
 * A plain object (made by a literal) whose enumerable keys all belong to `keys`, appear in that
 * order, and miss no key that `in` would find: then z.object's output has exactly its keys in
 * exactly its order (an optional key holding `undefined` stays, as in zod's output). Anything else (another prototype, an unknown key, keys out
 * of order, a hidden or inherited key) is left to the schema.
 */
function inSchemaOrder(value: unknown, keys: readonly string[]): value is Obj {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  const o = value as Obj;
  let at = 0;
  let seen = 0;
  for (const key in o) {
    while (at < keys.length && keys[at] !== key) at++;
    if (at === keys.length) return false;
    seen |= 1 << at;
    at++;
  }
  for (let i = 0; i < keys.length; i++) if ((seen & (1 << i)) === 0 && (keys[i] as string) in o) return false;
  return true;
}

// z.string().min(1); optional: absent or `undefined`.
const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optionalText = (v: unknown): boolean => v === undefined || text(v);
const optionalDate = (v: unknown): boolean => v === undefined || isIsoDate(v);
// z.number().int().min(0): a safe integer ≥ 0 (zod 4's int() means a safe integer).
const optionalCount = (v: unknown): boolean =>
  v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0);
const optionalMatch = (v: unknown, re: RegExp): boolean =>
  v === undefined || (typeof v === 'string' && re.test(v));
const HOUSE_LETTER = /^[A-Z]$/;
const HOUSE_NUMBER_ADDITION = /^[A-Z0-9]{1,4}$/;

function partnerOk(p: unknown): boolean {
  return inSchemaOrder(p, PARTNER_KEYS) && isPartnerId(p.id) && text(p.name) && sectors.has(p.sector);
}

function personOk(p: unknown): boolean {
  if (!inSchemaOrder(p, PERSON_KEYS)) return false;
  return (
    optionalText(p.initials) &&
    optionalText(p.prefix) &&
    text(p.surname) &&
    optionalDate(p.birthDate) &&
    legalForms.has(p.legalForm) &&
    (p.bsn === undefined || (typeof p.bsn === 'string' && isValidBsn(p.bsn))) &&
    (p.personallyLiable === undefined || typeof p.personallyLiable === 'boolean')
  );
}

function addressOk(a: unknown): boolean {
  if (!inSchemaOrder(a, ADDRESS_KEYS)) return false;
  const n = a.houseNumber;
  return (
    typeof a.postcode === 'string' &&
    isCanonicalPostcode(a.postcode) &&
    Number.isSafeInteger(n) &&
    (n as number) >= 1 &&
    (n as number) <= 99999 &&
    optionalMatch(a.houseLetter, HOUSE_LETTER) &&
    optionalMatch(a.houseNumberAddition, HOUSE_NUMBER_ADDITION) &&
    optionalText(a.city)
  );
}

function contactOk(c: unknown): boolean {
  if (!inSchemaOrder(c, CONTACT_KEYS)) return false;
  return (
    (c.phone === undefined || (typeof c.phone === 'string' && isE164Phone(c.phone))) &&
    (c.email === undefined || (typeof c.email === 'string' && isEmailAddress(c.email)))
  );
}

/**
 * Whether `SignalSchema` accepts `value` **and** gives it back unchanged — the same keys in the same
 * order — checked in plain code, without zod. `true` means `validateSignal(value)`
 * would succeed with a value deep-equal to `value`, so a reader may keep the object it built;
 * `false` says only "ask the schema": it is also the answer for valid input in another form (keys in
 * another order, a class instance), which the schema accepts and copies. Every rule is the schema's, with the schema's own checks (`isIsoDate`, the elfproef,
 * the postcode, phone and e-mail tests).
 *
 * @example
 * ```ts
 * import { isParsedSignal, type Signal, validateSignal } from '@signaalreis/core';
 * declare const candidate: unknown; // an object a reader built from one CSV row
 * // Valid rows skip zod entirely; a bad one is explained by the schema, path by path.
 * const r = isParsedSignal(candidate) ? { ok: true as const, value: candidate } : validateSignal(candidate);
 * // Valid, but not in the schema's key order: not the fast path; validateSignal still accepts it.
 * declare const valid: Signal;
 * const { signalId, ...rest } = valid;
 * isParsedSignal({ ...rest, signalId }); // false
 * ```
 */
export function isParsedSignal(value: unknown): value is Signal {
  if (!inSchemaOrder(value, SIGNAL_KEYS)) return false;
  const s = value;
  const amount = s.amountCents;
  return (
    isSignalId(s.signalId) &&
    partnerOk(s.partner) &&
    kinds.has(s.kind) &&
    isIsoDate(s.signalDate) &&
    isIsoDate(s.arrearSince) &&
    (s.arrearSince as string) <= (s.signalDate as string) &&
    Number.isSafeInteger(amount) &&
    (amount as number) > 0 &&
    optionalCount(s.termsOverdue) &&
    optionalCount(s.remindersSent) &&
    personOk(s.person) &&
    addressOk(s.address) &&
    contactOk(s.contact) &&
    optionalText(s.neighbourhood)
  );
}
