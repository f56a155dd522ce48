import {
  type Bilingual,
  type IsoDate,
  type Issue,
  isParsedSignal,
  normaliseBsn,
  normaliseDutchPhone,
  normaliseEmail,
  normalisePostcode,
  parseHouseNumber,
  plainRecords,
  type Result,
  type Sector,
  type Signal,
  validateSignal,
} from '@signaalreis/core';
import { cellIssues } from './cells';
import type { HeaderMapping } from './headers';
import { rowIssue } from './issues';
import { SIGNAL_CSV_MESSAGES as M } from './messages';
import { type Field, planOf, type RowPlan } from './row-plan';
import { sharedPartner, sharedText } from './shared-values';
import {
  parseAmount,
  parseBirthDate,
  parseCount,
  parseDate,
  parseKind,
  parseLegalForm,
  parseSector,
} from './values';

/** Where a record sits in the file. */
export interface RecordPosition {
  row: number;
  line: number;
}

/** The outcome for one data record: a signal with its flags, or every issue found. */
export type RowOutcome = { ok: true; signal: Signal; flags: Issue[] } | { ok: false; issues: Issue[] };

/** How {@link rowToSignal} reads a row. */
export interface RowOptions {
  /** `false` skips the control-character scan, for text known to hold none. Default true. */
  checkControl?: boolean;
  /**
   * Turns the signal built from the row into a checked one. Default: the fast path — the object
   * itself when core's `isParsedSignal` says the schema would give it back unchanged, else
   * `validateSignal`. A test passes the schema alone, to compare.
   */
  validate?: (candidate: unknown) => Result<Signal>;
}

/** The fast path: a signal built as the schema gives it back skips the schema. */
const fastValidate = (candidate: unknown): Result<Signal> =>
  isParsedSignal(candidate) ? { ok: true, value: candidate } : validateSignal(candidate);

/** Makers of a signal's objects, one per kind, each with room for all its keys (`plainRecords`). */
const newSignal = plainRecords(12); // the schema's twelve keys
const newPerson = plainRecords(6);
const newAddress = plainRecords(5);

// Which CSV column an issue path of validateSignal belongs to.
const COLUMN_OF_PATH: Record<string, Field> = {
  signalId: 'signal_id',
  'partner.id': 'partner_id',
  'partner.name': 'partner_name',
  'partner.sector': 'sector',
  kind: 'kind',
  signalDate: 'signal_date',
  arrearSince: 'arrear_since',
  amountCents: 'amount',
  termsOverdue: 'terms_overdue',
  remindersSent: 'reminders_sent',
  'person.initials': 'initials',
  'person.prefix': 'prefix',
  'person.surname': 'surname',
  'person.birthDate': 'birth_date',
  'person.legalForm': 'legal_form',
  'person.bsn': 'bsn',
  'address.postcode': 'postcode',
  'address.houseNumber': 'house_number',
  'address.city': 'city',
  'contact.phone': 'phone',
  'contact.email': 'email',
  neighbourhood: 'neighbourhood',
};

/**
 * A copy of `s` that holds no reference to the text it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into its parent; a signal kept for the whole run would then keep the
 * 64 KiB chunk of the file its row came from (+45 MB for 300,000 rows). Joining an array builds a
 * new flat string in V8 (`+` or `slice` would not); elsewhere it is a harmless copy.
 */
const detach = (s: string): string => (s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join(''));

/** One record's cells by field, and the issues found reading them. */
class Cells {
  readonly issues: Issue[] = [];
  constructor(
    readonly record: readonly string[],
    readonly plan: RowPlan,
    readonly pos: RecordPosition,
  ) {}

  /** The trimmed text of a field's cell ('' when the file has no such column). */
  text(field: Field): string {
    const i = this.plan.at[field];
    return i < 0 ? '' : (this.record[i] ?? '').trim();
  }

  problem(field: Field | null, code: string, message: Bilingual): Issue {
    const column = field === null ? null : this.plan.name[field];
    return rowIssue(this.pos.row, this.pos.line, column, code, message);
  }

  /** A field's value read by `parse`; its issues (or `missing_value`) are kept, the value is then undefined. */
  read<T>(field: Field, parse: (s: string) => Result<T>, required: boolean): T | undefined {
    const text = this.text(field);
    if (text === '') {
      if (required)
        this.issues.push(this.problem(field, 'missing_value', M.missingValue(this.plan.name[field])));
      return undefined;
    }
    const r = parse(text);
    if (r.ok) return r.value;
    for (const i of r.issues) this.issues.push(this.problem(field, i.code, i.message));
    return undefined;
  }

  /** A text field kept in the signal: the trimmed text, detached from the file's text. */
  kept(field: Field): string {
    return detach(this.text(field));
  }

  /** A text field kept in the signal whose values repeat (a city): one string per distinct text ({@link sharedText}). */
  shared(field: Field): string {
    const text = this.text(field);
    return text === '' ? text : sharedText(text, detach);
  }

  /** A required text field (any text), kept in the signal. */
  required(field: Field): string | undefined {
    const text = this.kept(field);
    if (text !== '') return text;
    this.issues.push(this.problem(field, 'missing_value', M.missingValue(this.plan.name[field])));
    return undefined;
  }
}

/**
 * Turns one CSV record into a {@link Signal}, checked by core's signal schema (branded ids, dates
 * and cents) — through its fast path `isParsedSignal` for a row built as the schema gives it back,
 * else `validateSignal`. Issues are located at `['rows', row, column]` (see `rowIssue`). Cell issues reject the row; bad optional contact
 * data (phone, e-mail) is dropped and flagged, and a legal person is accepted and flagged
 * (`legal_person`), so that nothing is silently lost. `today` bounds signal dates. Cells with
 * invalid bytes, a control character or more characters than their column allows reject the row
 * before any value is read.
 */
export function rowToSignal(
  record: string[],
  header: HeaderMapping,
  pos: RecordPosition,
  today: IsoDate,
  options: RowOptions = {},
): RowOutcome {
  const plan = planOf(header);
  if (record.length !== plan.count) {
    const message = M.columnCount(record.length, plan.count);
    return { ok: false, issues: [rowIssue(pos.row, pos.line, null, 'column_count', message)] };
  }
  const bad = cellIssues(record, pos, plan.columnName, plan.maxChars, options.checkControl ?? true);
  if (bad.length > 0) return { ok: false, issues: bad };
  const c = new Cells(record, plan, pos);
  const { issues } = c;

  const signalId = c.required('signal_id');
  const partnerId = c.required('partner_id');
  const sector = c.read('sector', parseSector, true);
  const kind = c.read('kind', parseKind, true);
  const signalDate = c.read('signal_date', parseDate, true);
  const arrearSince = c.read('arrear_since', parseDate, true);
  const amountCents = c.read('amount', parseAmount, true);
  const termsOverdue = c.read('terms_overdue', parseCount, false);
  const remindersSent = c.read('reminders_sent', parseCount, false);
  const birthDate = c.read('birth_date', parseBirthDate, false);
  const legalForm = c.read('legal_form', parseLegalForm, false) ?? 'individual';
  const surname = c.required('surname');
  const bsn = c.read('bsn', normaliseBsn, false);
  const postcode = c.read('postcode', normalisePostcode, true);
  const suffix = c.text('house_number_suffix') || undefined;
  const houseNumber = c.read('house_number', (s) => parseHouseNumber(s, suffix), true);

  if (amountCents !== undefined && amountCents <= 0)
    issues.push(c.problem('amount', 'non_positive_amount', M.nonPositiveAmount(c.text('amount'))));
  if (signalDate !== undefined && signalDate > today)
    issues.push(c.problem('signal_date', 'future_signal_date', M.futureSignalDate(signalDate, today)));
  if (signalDate !== undefined && arrearSince !== undefined && arrearSince > signalDate)
    issues.push(
      c.problem('arrear_since', 'arrear_after_signal', M.arrearAfterSignal(arrearSince, signalDate)),
    );
  if (birthDate !== undefined && signalDate !== undefined && birthDate > signalDate)
    issues.push(c.problem('birth_date', 'birth_after_signal', M.birthAfterSignal(signalDate)));

  const flags: Issue[] = [];
  const contact: Record<string, string> = {};
  const phone = c.text('phone');
  if (phone !== '') {
    const r = normaliseDutchPhone(phone);
    if (r.ok) contact.phone = detach(r.value);
    else flags.push(c.problem('phone', 'invalid_phone', M.phoneLeftOut(firstMessage(r.issues))));
  }
  const email = c.text('email');
  if (email !== '') {
    const r = normaliseEmail(email);
    if (r.ok) contact.email = detach(r.value);
    else flags.push(c.problem('email', 'invalid_email', M.emailLeftOut(firstMessage(r.issues))));
  }
  if (issues.length > 0) return { ok: false, issues };

  // Built in the schema's key order, with only the keys that have a value: as the schema gives a
  // signal back, so that the fast path can keep this very object. Each kind from its own maker, so
  // that its optional keys stay in the object itself (plainRecords; docs/performance.md,
  // "Twenty-third round").
  const person = newPerson();
  const initials = c.kept('initials');
  if (initials !== '') person.initials = initials;
  const prefix = c.kept('prefix');
  if (prefix !== '') person.prefix = prefix;
  person.surname = surname;
  if (birthDate) person.birthDate = birthDate;
  person.legalForm = legalForm;
  if (bsn) person.bsn = bsn;
  const address = newAddress();
  address.postcode = postcode;
  Object.assign(address, houseNumber);
  const city = c.shared('city');
  if (city !== '') address.city = city;
  const candidate = newSignal();
  candidate.signalId = signalId;
  // one frozen partner object and one string per distinct date for all rows (shared-values.ts)
  candidate.partner = sharedPartner(
    partnerId as string,
    c.text('partner_name') || (partnerId as string),
    sector as Sector,
    detach,
  );
  candidate.kind = kind;
  candidate.signalDate = sharedText(signalDate as IsoDate);
  candidate.arrearSince = sharedText(arrearSince as IsoDate);
  candidate.amountCents = amountCents;
  if (termsOverdue !== undefined) candidate.termsOverdue = termsOverdue;
  if (remindersSent !== undefined) candidate.remindersSent = remindersSent;
  candidate.person = person;
  candidate.address = address;
  candidate.contact = contact;
  const neighbourhood = c.shared('neighbourhood');
  if (neighbourhood !== '') candidate.neighbourhood = neighbourhood;

  const validated = (options.validate ?? fastValidate)(candidate);
  if (!validated.ok) {
    // A safety net: every rule above should already have caught these.
    const safety = validated.issues.map((i) =>
      c.problem(COLUMN_OF_PATH[i.path.join('.')] ?? null, i.code, i.message),
    );
    return { ok: false, issues: safety };
  }
  if (legalForm === 'bv' || legalForm === 'nv' || legalForm === 'other')
    flags.push(c.problem('legal_form', 'legal_person', M.legalPerson(legalForm)));
  return { ok: true, signal: validated.value, flags };
}

/** The first issue's message (core's normalisers give one), for a flag that adds what was done. */
function firstMessage(issues: readonly Issue[]): Bilingual {
  return issues[0]?.message ?? M.invalidValue();
}
