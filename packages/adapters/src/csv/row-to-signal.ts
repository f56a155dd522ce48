import {
  type Bilingual,
  type IsoDate,
  type Issue,
  normaliseBsn,
  normaliseDutchPhone,
  normaliseEmail,
  normalisePostcode,
  parseHouseNumber,
  type Result,
  type Signal,
  validateSignal,
} from '@signaalreis/core';
import { cellIssues } from './cells';
import type { HeaderMapping, SignalCsvField } from './headers';
import { rowIssue } from './issues';
import { SIGNAL_CSV_FIELD_MAX_CHARS } from './limits';
import { SIGNAL_CSV_MESSAGES as M } from './messages';
import { parseAmount, parseCount, parseDate, parseKind, parseLegalForm, parseSector } from './values';

/** Where a record sits in the file. */
export interface RecordPosition {
  row: number;
  line: number;
}

/** The outcome for one data record: a signal with its flags, or every issue found. */
export type RowOutcome = { ok: true; signal: Signal; flags: Issue[] } | { ok: false; issues: Issue[] };

// Which CSV column an issue path of validateSignal belongs to.
const COLUMN_OF_PATH: Record<string, SignalCsvField> = {
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

/** A text as it is: every signal CSV column may hold any text (limits are checked per cell). */
const asText = (s: string): Result<string> => ({ ok: true, value: s });

/**
 * Turns one CSV record into a {@link Signal}, made by core's `validateSignal` (branded ids, dates
 * and cents). Issues are located at `['rows', row, column]` (see `rowIssue`). Cell issues reject the row; bad optional contact
 * data (phone, e-mail) is dropped and flagged, and a legal person is accepted and flagged
 * (`legal_person`), so that nothing is silently lost. `today` bounds signal dates. Cells with
 * invalid bytes, a control character or more characters than their column allows reject the row
 * before any value is read (`checkControl: false` skips the control scan for text known to be clean).
 */
export function rowToSignal(
  record: string[],
  header: HeaderMapping,
  pos: RecordPosition,
  today: IsoDate,
  checkControl = true,
): RowOutcome {
  const issues: Issue[] = [];
  const flags: Issue[] = [];
  const headerOf = (field: SignalCsvField): string => {
    const i = header.index[field];
    return i === undefined ? field : (header.columns[i]?.header ?? field);
  };
  const problem = (field: SignalCsvField | null, code: string, message: Bilingual): Issue =>
    rowIssue(pos.row, pos.line, field === null ? null : headerOf(field), code, message);
  if (record.length !== header.columns.length) {
    issues.push(problem(null, 'column_count', M.columnCount(record.length, header.columns.length)));
    return { ok: false, issues };
  }
  const cells = cellIssues(
    record,
    pos,
    (i) => header.columns[i]?.header ?? String(i + 1),
    (i) => {
      const field = header.columns[i]?.field;
      return field ? SIGNAL_CSV_FIELD_MAX_CHARS[field] : undefined;
    },
    checkControl,
  );
  if (cells.length > 0) return { ok: false, issues: cells };
  const cell = (field: SignalCsvField): string => {
    const i = header.index[field];
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  const optional = (field: SignalCsvField): string | undefined => cell(field) || undefined;
  function read<T>(field: SignalCsvField, parse: (s: string) => Result<T>, required: boolean): T | undefined {
    const text = cell(field);
    if (text === '') {
      if (required) issues.push(problem(field, 'missing_value', M.missingValue(headerOf(field))));
      return undefined;
    }
    const r = parse(text);
    if (r.ok) return r.value;
    for (const i of r.issues) issues.push(problem(field, i.code, i.message));
    return undefined;
  }

  const signalId = read('signal_id', asText, true);
  const partnerId = read('partner_id', asText, true);
  const sector = read('sector', parseSector, true);
  const kind = read('kind', parseKind, true);
  const signalDate = read('signal_date', parseDate, true);
  const arrearSince = read('arrear_since', parseDate, true);
  const amountCents = read('amount', parseAmount, true);
  const termsOverdue = read('terms_overdue', parseCount, false);
  const remindersSent = read('reminders_sent', parseCount, false);
  const birthDate = read('birth_date', parseDate, false);
  const legalForm = read('legal_form', parseLegalForm, false) ?? 'individual';
  const surname = read('surname', asText, true);
  const bsn = read('bsn', normaliseBsn, false);
  const postcode = read('postcode', normalisePostcode, true);
  const houseNumber = read('house_number', (s) => parseHouseNumber(s, optional('house_number_suffix')), true);

  if (amountCents !== undefined && amountCents <= 0)
    issues.push(problem('amount', 'non_positive_amount', M.nonPositiveAmount(cell('amount'))));
  if (signalDate !== undefined && signalDate > today)
    issues.push(problem('signal_date', 'future_signal_date', M.futureSignalDate(signalDate, today)));
  if (signalDate !== undefined && arrearSince !== undefined && arrearSince > signalDate)
    issues.push(problem('arrear_since', 'arrear_after_signal', M.arrearAfterSignal(arrearSince, signalDate)));
  if (birthDate !== undefined && signalDate !== undefined && birthDate > signalDate)
    issues.push(problem('birth_date', 'birth_after_signal', M.birthAfterSignal(signalDate)));

  const contact: Signal['contact'] = {};
  const phone = optional('phone');
  if (phone !== undefined) {
    const r = normaliseDutchPhone(phone);
    if (r.ok) contact.phone = r.value;
    else flags.push(problem('phone', 'invalid_phone', M.phoneLeftOut(firstMessage(r.issues))));
  }
  const email = optional('email');
  if (email !== undefined) {
    const r = normaliseEmail(email);
    if (r.ok) contact.email = r.value;
    else flags.push(problem('email', 'invalid_email', M.emailLeftOut(firstMessage(r.issues))));
  }
  if (issues.length > 0) return { ok: false, issues };

  const candidate = {
    signalId,
    partner: { id: partnerId, name: optional('partner_name') ?? partnerId, sector },
    kind,
    signalDate,
    arrearSince,
    amountCents,
    ...(termsOverdue !== undefined ? { termsOverdue } : {}),
    ...(remindersSent !== undefined ? { remindersSent } : {}),
    person: {
      ...(optional('initials') ? { initials: optional('initials') } : {}),
      ...(optional('prefix') ? { prefix: optional('prefix') } : {}),
      surname,
      ...(birthDate ? { birthDate } : {}),
      legalForm,
      ...(bsn ? { bsn } : {}),
    },
    address: { postcode, ...houseNumber, ...(optional('city') ? { city: optional('city') } : {}) },
    contact,
    ...(optional('neighbourhood') ? { neighbourhood: optional('neighbourhood') } : {}),
  };
  const validated = validateSignal(candidate);
  if (!validated.ok) {
    // A safety net: every rule above should already have caught these.
    const safety = validated.issues.map((i) =>
      problem(COLUMN_OF_PATH[i.path.join('.')] ?? null, i.code, i.message),
    );
    return { ok: false, issues: safety };
  }
  if (legalForm === 'bv' || legalForm === 'nv' || legalForm === 'other')
    flags.push(problem('legal_form', 'legal_person', M.legalPerson(legalForm)));
  return { ok: true, signal: validated.value, flags };
}

/** The first issue's message (core's normalisers give one), for a flag that adds what was done. */
function firstMessage(issues: readonly Issue[]): Bilingual {
  return issues[0]?.message ?? M.invalidValue();
}
