import {
  excerpt,
  type IsoDate,
  normaliseBsn,
  normaliseDutchPhone,
  normaliseEmail,
  normalisePostcode,
  parseHouseNumber,
  type Signal,
  validateSignal,
} from '@signaalreis/core';
import { cellProblems } from './cells';
import type { HeaderMapping, SignalCsvField } from './headers';
import { SIGNAL_CSV_FIELD_MAX_CHARS } from './limits';
import type { RowProblem } from './problem';
import {
  type Parsed,
  parseAmount,
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

/** The outcome for one data record: a signal with its flags, or every problem found. */
export type RowOutcome =
  | { ok: true; signal: Signal; flags: RowProblem[] }
  | { ok: false; problems: RowProblem[] };

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

/**
 * Turns one CSV record into a {@link Signal}. Cell problems reject the row; bad optional contact
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
  const problems: RowProblem[] = [];
  const flags: RowProblem[] = [];
  const headerOf = (field: SignalCsvField): string => {
    const i = header.index[field];
    return i === undefined ? field : (header.columns[i]?.header ?? field);
  };
  const problem = (field: SignalCsvField | null, code: string, message: string): RowProblem => ({
    ...pos,
    column: field === null ? null : headerOf(field),
    code,
    message,
  });
  if (record.length !== header.columns.length) {
    problems.push(
      problem(
        null,
        'column_count',
        `The row has ${record.length} fields, the header ${header.columns.length}`,
      ),
    );
    return { ok: false, problems };
  }
  const cells = cellProblems(
    record,
    pos,
    (i) => header.columns[i]?.header ?? String(i + 1),
    (i) => {
      const field = header.columns[i]?.field;
      return field ? SIGNAL_CSV_FIELD_MAX_CHARS[field] : undefined;
    },
    checkControl,
  );
  if (cells.length > 0) return { ok: false, problems: cells };
  const cell = (field: SignalCsvField): string => {
    const i = header.index[field];
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  const optional = (field: SignalCsvField): string | undefined => cell(field) || undefined;
  function read<T>(field: SignalCsvField, parse: (s: string) => Parsed<T>, required: boolean): T | undefined {
    const text = cell(field);
    if (text === '') {
      if (required) problems.push(problem(field, 'missing_value', `${headerOf(field)} is empty`));
      return undefined;
    }
    const r = parse(text);
    if (r.ok) return r.value;
    problems.push(problem(field, r.code, r.message));
    return undefined;
  }

  const signalId = read('signal_id', (s) => ({ ok: true, value: s }), true);
  const partnerId = read('partner_id', (s) => ({ ok: true, value: s }), true);
  const sector = read('sector', parseSector, true);
  const kind = read('kind', parseKind, true);
  const signalDate = read('signal_date', parseDate, true);
  const arrearSince = read('arrear_since', parseDate, true);
  const amountCents = read('amount', parseAmount, true);
  const termsOverdue = read('terms_overdue', parseCount, false);
  const remindersSent = read('reminders_sent', parseCount, false);
  const birthDate = read('birth_date', parseDate, false);
  const legalForm = read('legal_form', parseLegalForm, false) ?? 'individual';
  const surname = read('surname', (s) => ({ ok: true, value: s }), true);
  const fromResult = <T>(
    r: { ok: true; value: T } | { ok: false; issues: { code: string; message: string }[] },
  ): Parsed<T> =>
    r.ok
      ? r
      : { ok: false, code: r.issues[0]?.code ?? 'invalid', message: r.issues[0]?.message ?? 'invalid' };
  const bsn = read('bsn', (s) => fromResult(normaliseBsn(s)), false);
  const postcode = read('postcode', (s) => fromResult(normalisePostcode(s)), true);
  const houseNumber = read(
    'house_number',
    (s) => fromResult(parseHouseNumber(s, optional('house_number_suffix'))),
    true,
  );

  if (amountCents !== undefined && amountCents <= 0) {
    problems.push(
      problem(
        'amount',
        'non_positive_amount',
        `The amount must be more than € 0 (found ${excerpt(cell('amount'))})`,
      ),
    );
  }
  if (signalDate !== undefined && signalDate > today) {
    problems.push(
      problem('signal_date', 'future_signal_date', `The signal date ${signalDate} is after today (${today})`),
    );
  }
  if (signalDate !== undefined && arrearSince !== undefined && arrearSince > signalDate) {
    problems.push(
      problem(
        'arrear_since',
        'arrear_after_signal',
        `The arrear starts (${arrearSince}) after the signal date (${signalDate})`,
      ),
    );
  }
  if (birthDate !== undefined && signalDate !== undefined && birthDate > signalDate) {
    problems.push(
      problem('birth_date', 'birth_after_signal', `The birth date is after the signal date (${signalDate})`),
    );
  }

  const contact: Signal['contact'] = {};
  const phone = optional('phone');
  if (phone !== undefined) {
    const r = normaliseDutchPhone(phone);
    if (r.ok) contact.phone = r.value;
    else flags.push(problem('phone', 'invalid_phone', `${r.issues[0]?.message}; the number is left out`));
  }
  const email = optional('email');
  if (email !== undefined) {
    const r = normaliseEmail(email);
    if (r.ok) contact.email = r.value;
    else flags.push(problem('email', 'invalid_email', `${r.issues[0]?.message}; the address is left out`));
  }
  if (problems.length > 0) return { ok: false, problems };

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
    const issues = validated.issues.map((i) => {
      const field = COLUMN_OF_PATH[i.path.join('.')] ?? null;
      return problem(field, i.code, i.message);
    });
    return { ok: false, problems: issues };
  }
  if (legalForm === 'bv' || legalForm === 'nv' || legalForm === 'other') {
    flags.push(
      problem(
        'legal_form',
        'legal_person',
        `The debtor is a legal person (${legalForm}); accepted, but intake will not follow it up unless someone is personally liable`,
      ),
    );
  }
  return { ok: true, signal: validated.value, flags };
}
