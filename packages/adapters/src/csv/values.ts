import {
  asCents,
  type Bilingual,
  type Cents,
  type IsoDate,
  isIsoDate,
  issue,
  type LegalForm,
  type Result,
  type Sector,
  type SignalKind,
} from '@signaalreis/core';
import { VALUE_MESSAGES as MESSAGES } from './messages';

// A cell that cannot be read: one issue with an empty path (the reader puts the row and column in
// front of it).
const fail = <T>(code: string, message: Bilingual): Result<T> => ({
  ok: false,
  issues: [issue(code, [], message)],
});

// Amount grammar (docs/formats/signals-csv.md, "Amounts"): whole euros, or one decimal separator
// with one or two decimals, or thousands groups of exactly three digits (first group 1–3 digits, not
// starting with 0) separated by `.`, `,` or a space, with an optional decimal part in the other
// separator. Money has at most two decimals (project default: amounts are cents).
const WHOLE = /^\d+$/;
const DECIMAL = /^(\d+)[.,](\d{1,2})$/;
const GROUPED: readonly RegExp[] = [
  /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2}))?$/,
  /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d{1,2}))?$/,
  /^([1-9]\d{0,2}(?: \d{3})+)(?:[.,](\d{1,2}))?$/,
];
/** One `.` or `,` followed by exactly three digits: thousands, or three decimals? */
const ONE_SEPARATOR_THREE_DIGITS = /^(\d+)[.,]\d{3}$/;
const MAX_EURO_DIGITS = 13;

/**
 * Reads a written amount in euros into integer `Cents` (core), exactly (string arithmetic, no floats).
 * Accepted: `1527.96`, `1527,96`, `1527,9`, `1527`, `1.527,96`, `1,527.96`, `1 527,96`, `1.234.567`
 * (two or more thousands separators), `€ 1.527,96`, `€1527`, `EUR 12,50`, a leading minus.
 * Refused, never guessed: one `.` or `,` followed by exactly three digits — `1.527`, `12,345` are
 * `ambiguous_amount` (thousands or three decimals?), and `0,050`, `0.999`, `1527.500` (which cannot
 * be thousands) are `invalid_amount`, as are more than two decimals, thousands groups that are not
 * three digits and anything else. Zero and negative amounts are read here and rejected by the row
 * rules. A refusal is one issue with an empty path and a Dutch and English message.
 *
 * @example
 * ```ts
 * import { parseAmount } from '@signaalreis/adapters/csv';
 * parseAmount('€ 1.527,96'); // { ok: true, value: 152796 }
 * parseAmount('1.234.567'); // { ok: true, value: 123456700 }
 * const r = parseAmount('12,345');
 * if (!r.ok) r.issues[0]?.code; // 'ambiguous_amount'
 * parseAmount('0,050').ok; // false: three decimals
 * ```
 */
export function parseAmount(text: string): Result<Cents> {
  const plain = plainAmountCents(text);
  return plain === undefined ? parseWrittenAmount(text) : { ok: true, value: asCents(plain) };
}

/**
 * The cents of an amount written plainly — 1 to 13 digits, optionally a `.` or `,` and one or two
 * decimals (`1527.96`, `1527,9`, `0012`), nothing else — read by its characters; `undefined` for
 * anything else, which {@link parseWrittenAmount} reads. The same value as the grammar's (issue 14:
 * nearly every cell of a national month is plain, and the grammar's regular expressions allocate a
 * match per cell; values.property.test.ts holds the two together).
 */
function plainAmountCents(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  let euros = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    euros = euros * 10 + c;
  }
  if (i === 0 || i > MAX_EURO_DIGITS) return undefined;
  if (i === n) return euros * 100;
  const sep = s.charCodeAt(i);
  const decimals = n - i - 1;
  if ((sep !== 46 && sep !== 44) || decimals < 1 || decimals > 2) return undefined; // `.` or `,`
  let cents = 0;
  for (let k = i + 1; k < n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return undefined;
    cents = cents * 10 + c;
  }
  return euros * 100 + (decimals === 1 ? cents * 10 : cents);
}

/**
 * {@link parseAmount} by the grammar alone, for every written form (the reference of its plain
 * fast path; exported for the property test).
 */
export function parseWrittenAmount(text: string): Result<Cents> {
  let s = text.replace(/[\u00A0\u202F]/g, ' ').trim();
  let negative = false;
  const prefix = /^(-?)\s*(?:€|EUR)?\s*(-?)\s*/i.exec(s);
  if (prefix) {
    negative = (prefix[1] === '-') !== (prefix[2] === '-');
    s = s.slice(prefix[0].length);
  }
  const three = ONE_SEPARATOR_THREE_DIGITS.exec(s);
  if (three) {
    const head = three[1] ?? '';
    return /^[1-9]\d{0,2}$/.test(head)
      ? fail('ambiguous_amount', MESSAGES.ambiguousAmount(text))
      : fail('invalid_amount', MESSAGES.threeDecimals(text));
  }
  const [euros, cents] = splitAmount(s);
  if (euros === undefined || euros.length > MAX_EURO_DIGITS)
    return fail('invalid_amount', MESSAGES.amount(text));
  // At most 13 digits of euros: a safe integer of cents (asCents cannot throw here).
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0'));
  return { ok: true, value: asCents(negative && value !== 0 ? -value : value) };
}

function splitAmount(s: string): [string | undefined, string] {
  if (WHOLE.test(s)) return [s, ''];
  const dec = DECIMAL.exec(s);
  if (dec) return [dec[1], dec[2] ?? ''];
  for (const grouped of GROUPED) {
    const m = grouped.exec(s);
    if (m) return [m[1]?.replace(/\D/g, ''), m[2] ?? ''];
  }
  return [undefined, ''];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * Reads a date written `YYYY-MM-DD` or `DD-MM-YYYY` (also with one-digit day or month and with `/`
 * or `.` as separator, as Excel writes them) into an ISO date. Impossible dates (`2023-02-29`) are
 * `invalid_date`.
 *
 * @example
 * ```ts
 * import { parseDate } from '@signaalreis/adapters/csv';
 * parseDate('26-10-2026'); // { ok: true, value: '2026-10-26' }
 * parseDate('2026-02-30').ok; // false
 * ```
 */
export function parseDate(text: string): Result<IsoDate> {
  const s = text.trim();
  let iso: string | undefined;
  if (ISO.test(s)) iso = s;
  else {
    const dmy = DMY.exec(s);
    if (dmy) iso = `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  }
  if (iso === undefined || !isIsoDate(iso)) return fail('invalid_date', MESSAGES.date(text));
  return { ok: true, value: iso };
}

/**
 * Reads a birth date as {@link parseDate} does; a text that is no date is refused without showing
 * it, because even a mistyped birth date is personal data (docs/formats/signals-csv.md, "Personal
 * data in messages").
 *
 * @example
 * ```ts
 * import { parseBirthDate } from '@signaalreis/adapters/csv';
 * parseBirthDate('17-05-1980'); // { ok: true, value: '1980-05-17' }
 * JSON.stringify(parseBirthDate('1980-02-31')).includes('1980-02-31'); // false
 * ```
 */
export function parseBirthDate(text: string): Result<IsoDate> {
  const r = parseDate(text);
  return r.ok ? r : fail('invalid_date', MESSAGES.birthDate);
}

const key = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

function vocabulary<T extends string>(
  entries: Record<string, T>,
  what: Bilingual,
  code: string,
  dutch: Record<T, string>,
) {
  const map = new Map(Object.entries(entries).map(([k, v]) => [key(k), v]));
  // the words a message names: the values themselves in English, a Dutch word for each in Dutch
  const values = [...new Set(Object.values(entries))] as T[];
  const known = { nl: values.map((v) => dutch[v]).join(', '), en: values.join(', ') };
  return (text: string): Result<T> => {
    // A text already in key form (`health`, `early`: most cells) is found without making its key.
    const v = map.get(text) ?? map.get(key(text));
    return v === undefined ? fail(code, MESSAGES.unknownWord(text, what, known)) : { ok: true, value: v };
  };
}

/**
 * The Dutch word for each sector that {@link parseSector} reads (and names in a Dutch message), as a
 * Dutch spreadsheet writes it.
 *
 * @example
 * ```ts
 * import { DUTCH_SECTOR_WORDS, parseSector } from '@signaalreis/adapters/csv';
 * DUTCH_SECTOR_WORDS['municipal-tax']; // 'gemeentelijke belastingen'
 * parseSector(DUTCH_SECTOR_WORDS.health); // { ok: true, value: 'health' }
 * ```
 */
export const DUTCH_SECTOR_WORDS: Readonly<Record<Sector, string>> = Object.freeze({
  rent: 'huur',
  energy: 'energie',
  water: 'water',
  health: 'zorg',
  'municipal-tax': 'gemeentelijke belastingen',
  other: 'overig',
});

/**
 * Reads a sector in English or Dutch (`huur`, `energie`, `water`, `zorg`, `gemeentelijke
 * belastingen`, `overig`, …).
 *
 * @example
 * ```ts
 * import { parseSector } from '@signaalreis/adapters/csv';
 * parseSector('Zorgverzekeraar'); // { ok: true, value: 'health' }
 * ```
 */
export const parseSector: (text: string) => Result<Sector> = vocabulary<Sector>(
  {
    rent: 'rent',
    huur: 'rent',
    verhuurder: 'rent',
    woningcorporatie: 'rent',
    energy: 'energy',
    energie: 'energy',
    energieleverancier: 'energy',
    water: 'water',
    drinkwater: 'water',
    waterbedrijf: 'water',
    health: 'health',
    zorg: 'health',
    zorgverzekeraar: 'health',
    zorgverzekering: 'health',
    'municipal-tax': 'municipal-tax',
    'gemeentelijke belastingen': 'municipal-tax',
    'gemeentelijke-belastingen': 'municipal-tax',
    belastingen: 'municipal-tax',
    other: 'other',
    overig: 'other',
    overige: 'other',
  },
  { nl: 'sector', en: 'sector' },
  'invalid_sector',
  DUTCH_SECTOR_WORDS,
);

/**
 * Reads a signal kind in English or Dutch (`vroegsignaal`, `eindelevering`, `ontruiming`,
 * `warme-overdracht`, `cak`, …).
 *
 * @example
 * ```ts
 * import { parseKind } from '@signaalreis/adapters/csv';
 * parseKind('Eindeleveringssignaal'); // { ok: true, value: 'end-of-supply' }
 * ```
 */
export const parseKind: (text: string) => Result<SignalKind> = vocabulary<SignalKind>(
  {
    early: 'early',
    vroegsignaal: 'early',
    betalingsachterstand: 'early',
    'end-of-supply': 'end-of-supply',
    eindelevering: 'end-of-supply',
    eindeleveringssignaal: 'end-of-supply',
    eviction: 'eviction',
    ontruiming: 'eviction',
    'dreigende ontruiming': 'eviction',
    'dreigende-ontruiming': 'eviction',
    'warm-referral': 'warm-referral',
    'warme-overdracht': 'warm-referral',
    'warme overdracht': 'warm-referral',
    cak: 'cak',
    'cak-registratie': 'cak',
  },
  { nl: 'soort signaal', en: 'signal kind' },
  'invalid_kind',
  {
    early: 'vroegsignaal',
    'end-of-supply': 'eindelevering',
    eviction: 'ontruiming',
    'warm-referral': 'warme overdracht',
    cak: 'cak',
  },
);

/**
 * Reads a legal form (`particulier`, `eenmanszaak`, `v.o.f.`, `B.V.`, `stichting`, …). An empty
 * cell means a private person (`individual`).
 *
 * @example
 * ```ts
 * import { parseLegalForm } from '@signaalreis/adapters/csv';
 * parseLegalForm('B.V.'); // { ok: true, value: 'bv' }
 * ```
 */
export function parseLegalForm(text: string): Result<LegalForm> {
  // A word as written in the table (`individual`, `bv`: most cells) is found without normalising it.
  const v = LEGAL_FORMS_AS_WRITTEN.get(text) ?? LEGAL_FORM_WORDS[legalFormKey(text)];
  return v === undefined ? fail('invalid_legal_form', MESSAGES.legalForm(text)) : { ok: true, value: v };
}

const LEGAL_FORM_WORDS: Record<string, LegalForm> = {
  '': 'individual',
  individual: 'individual',
  particulier: 'individual',
  'natuurlijk persoon': 'individual',
  privé: 'individual',
  prive: 'individual',
  eenmanszaak: 'eenmanszaak',
  zzp: 'eenmanszaak',
  maatschap: 'maatschap',
  vof: 'vof',
  'vennootschap onder firma': 'vof',
  cv: 'cv',
  'commanditaire vennootschap': 'cv',
  bv: 'bv',
  'besloten vennootschap': 'bv',
  nv: 'nv',
  'naamloze vennootschap': 'nv',
  other: 'other',
  stichting: 'other',
  vereniging: 'other',
  coöperatie: 'other',
  cooperatie: 'other',
};

const legalFormKey = (text: string) => text.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
const LEGAL_FORMS_AS_WRITTEN = new Map(
  Object.entries(LEGAL_FORM_WORDS).filter(([k]) => k !== '' && legalFormKey(k) === k),
);

/**
 * Reads a count (terms overdue, reminders sent): a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { parseCount } from '@signaalreis/adapters/csv';
 * parseCount('3'); // { ok: true, value: 3 }
 * parseCount('-1').ok; // false
 * ```
 */
export function parseCount(text: string): Result<number> {
  const s = text.trim();
  return /^\d{1,6}$/.test(s) ? { ok: true, value: Number(s) } : fail('invalid_count', MESSAGES.count(text));
}
