// A cheap structural check of the fields matching and intake read, for signals that may not have
// been validated (an object from a vendor's database, a cast). It is a subset of SignalSchema:
// every signal the schema accepts passes, so the hot path runs no zod parse; only a signal that
// fails is parsed with the schema, for issues that say exactly what is wrong.
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import { parseSignalId } from '../model/ids';
import { isIsoDate } from '../model/iso-date';
import { type Issue, issue, prefixIssues } from '../model/issue';
import { LEGAL_FORMS } from '../model/person';
import { validateSignal } from '../model/signal';
import { MATCHING_MESSAGES } from './messages';

type Obj = Record<string, unknown>;

const sectors: ReadonlySet<unknown> = new Set(SECTORS);
const kinds: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const legalForms: ReadonlySet<unknown> = new Set(LEGAL_FORMS);
const POSTCODE = /^\d{4}[A-Z]{2}$/;
const LETTER = /^[A-Z]$/;
const ADDITION = /^[A-Z0-9]{1,4}$/;

/** A test of a value, e.g. whether it is a real date. */
export type Check = (value: unknown) => boolean;

/**
 * `check`, remembering the strings it accepted: a month of signals has few distinct dates, so a
 * matching run checks each date once instead of once per signal. Make one per run.
 */
export function rememberingCheck(check: Check): Check {
  const good = new Set<string>();
  return (value) => {
    if (typeof value !== 'string') return check(value);
    if (good.has(value)) return true;
    if (!check(value)) return false;
    good.add(value);
    return true;
  };
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const optText = (v: unknown) => v === undefined || typeof v === 'string';

function personProblem(p: unknown, isDate: Check): string | undefined {
  if (!isObj(p)) return 'person';
  if (!isText(p.surname)) return 'person.surname';
  if (!legalForms.has(p.legalForm)) return 'person.legalForm';
  if (!optText(p.bsn)) return 'person.bsn';
  if (!optText(p.prefix)) return 'person.prefix';
  if (!optText(p.initials)) return 'person.initials';
  if (p.birthDate !== undefined && !isDate(p.birthDate)) return 'person.birthDate';
  if (p.personallyLiable !== undefined && typeof p.personallyLiable !== 'boolean')
    return 'person.personallyLiable';
  return undefined;
}

function addressProblem(a: unknown): string | undefined {
  if (!isObj(a)) return 'address';
  if (typeof a.postcode !== 'string' || !POSTCODE.test(a.postcode)) return 'address.postcode';
  const n = a.houseNumber;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 99_999) return 'address.houseNumber';
  if (a.houseLetter !== undefined && (typeof a.houseLetter !== 'string' || !LETTER.test(a.houseLetter)))
    return 'address.houseLetter';
  const x = a.houseNumberAddition;
  if (x !== undefined && (typeof x !== 'string' || !ADDITION.test(x))) return 'address.houseNumberAddition';
  return undefined;
}

/**
 * The first field (dotted path) of a would-be signal that matching or intake could not work with,
 * or `undefined` when the structure is sound; `''` when it is not an object at all. `isDate`
 * checks dates (default `isIsoDate`; a run passes a {@link rememberingCheck} of it).
 */
export function signalProblem(s: unknown, isDate: Check = isIsoDate): string | undefined {
  if (!isObj(s)) return '';
  if (!isText(s.signalId)) return 'signalId';
  const partner = s.partner;
  if (!isObj(partner)) return 'partner';
  if (!isText(partner.id)) return 'partner.id';
  if (!sectors.has(partner.sector)) return 'partner.sector';
  if (!kinds.has(s.kind)) return 'kind';
  if (!isDate(s.signalDate)) return 'signalDate';
  if (!isDate(s.arrearSince) || (s.arrearSince as string) > (s.signalDate as string)) return 'arrearSince';
  const amount = s.amountCents;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return 'amountCents';
  const contact = s.contact;
  if (!isObj(contact) || !optText(contact.phone) || !optText(contact.email)) return 'contact';
  return personProblem(s.person, isDate) ?? addressProblem(s.address);
}

/**
 * The issues of a would-be signal at `index` of the input that failed {@link signalProblem}: the
 * schema's own issues (Dutch and English, paths from the root of the input), or — should the
 * schema accept what the structural check did not — one issue naming the field.
 */
export function invalidSignalIssues(s: unknown, index: number, field: string): Issue[] {
  const parsed = validateSignal(s);
  if (!parsed.ok && parsed.issues.length > 0) return prefixIssues(parsed.issues, ['signals', index]);
  const path = field === '' ? [] : field.split('.');
  return [issue('invalid_signal', ['signals', index, ...path], MATCHING_MESSAGES.invalidSignal(field))];
}

/** The signal id of an invalid signal, when it has a usable one (a valid signal id). */
export function usableSignalId(s: unknown): string | undefined {
  if (!isObj(s)) return undefined;
  return parseSignalId(s.signalId).ok ? (s.signalId as string) : undefined;
}
