// One month's letters, cards, e-mails and SMS (issue 15), without I/O: per case its lifecycle record
// (stored, or created at the delivery day), the selection (select.ts), the recipient (its own
// signals), the rendered texts, and a contact attempt per output on the day (Brief, Kaartje, Mail,
// SMS/Whatsapp) unless one is already recorded — so a second run on the day adds nothing.
import {
  asLifecycleTime,
  type CaseRecord,
  formatEuro,
  type IsoDate,
  type Issue,
  type Lang,
  type LifecycleTable,
  recordAttempt,
  type Signal,
} from '@signaalreis/core';
import type { MunicipalityContact } from '@signaalreis/rules-presets';
import { recordOf } from '../cases/record-of';
import { addressLines, isMobile, type Recipient, recipientsOf, residentName } from './recipients';
import { isOwnAttempt, type SelectCase, type SkipReason, selectCase } from './select';
import { smsLength } from './sms-length';
import type { TemplateSet, TemplateValues } from './templates';
import { kindOf, type Situation, type WrittenChannel } from './vocabulary';
import { RECIPIENT_WORDS as W } from './words';

/** A case of the month as the case file holds it (checked by readCaseFile), with its plan and stored record. */
export type LetterCase = Omit<SelectCase, 'signals'> & {
  householdKey: string;
  partners: readonly string[];
  totalAmountCents: number;
  crisisDeadline?: string;
  signals: readonly (SelectCase['signals'][number] & {
    signalId: string;
    partnerId: string;
    partnerName?: string;
  })[];
  plan?: unknown;
  record?: unknown;
};

/** What the month's output is made from. */
export interface LettersInput {
  cases: readonly LetterCase[];
  table: LifecycleTable;
  /** The month's delivery day: a case without a stored record gets one created then. */
  start: IsoDate;
  /** The day the letters are made and the attempts are dated. */
  at: IsoDate;
  signals: readonly Signal[];
  /** The street of each household address (household key → street and city), from a BAG extract; optional. */
  streets?: ReadonlyMap<string, { street: string; city?: string }>;
  contact: MunicipalityContact;
  templates: TemplateSet;
  lang: Lang;
  /** The most SMS parts a text may take; a longer one is skipped (`sms-too-long`). */
  smsMaxParts: number;
  /**
   * Told how far it is: the cases done and their number, every {@link LETTERS_PROGRESS_EVERY} cases and
   * after the last (a progress bar; nothing is made differently).
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * How often {@link makeLetters} tells its `onProgress`, in cases (project default: a national
 * month's 57,000 cases take ~4 s, so about ten times a second).
 *
 * @example
 * ```ts
 * import { LETTERS_PROGRESS_EVERY } from '@signaalreis/adapters/letters';
 * LETTERS_PROGRESS_EVERY; // 500: a month of 1,200 cases is told 500, 1000 and 1200
 * ```
 */
export const LETTERS_PROGRESS_EVERY = 500;

/**
 * One output of the month: a case, its channel and situation, what the template made, and to whom
 * (kept in memory for the writers; the manifest shows only the case, channel and situation).
 */
export interface LetterItem {
  caseId: string;
  channel: WrittenChannel;
  situation: Situation;
  recipient: Recipient;
  address?: string[];
  to?: string;
  text: string;
  subject?: string;
  /** The SMS's encoding and parts. */
  sms?: { encoding: string; parts: number };
  /** Whether this run records the attempt (false: it was recorded before on the day). */
  records: boolean;
}

/** A case or one of its channels without output, and why. */
export interface SkippedCase {
  caseId: string;
  channel?: WrittenChannel;
  reason: SkipReason;
}

/** The month's outputs, what was skipped, and the records that changed (with the value the case held before). */
export interface LettersResult {
  items: LetterItem[];
  skipped: SkippedCase[];
  records: Map<string, { record: CaseRecord; stored: unknown }>;
  /** Problems of a case's entry or record (path `cases.i…`): that case is skipped as `invalid-case`. */
  problems: Issue[];
}

/** One formatter per language: making one is slow (ICU), and every letter names a date (issue 14). */
const LONG_DATE = new Map<Lang, Intl.DateTimeFormat>();

/** A date as a letter writes it: "2 november 2026" (nl), "2 November 2026" (en). */
const longDate = (date: string, lang: Lang) => {
  let format = LONG_DATE.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    LONG_DATE.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
};

/** The names of the case's creditors, each once, in signal order. */
const creditors = (c: LetterCase): string[] => [
  ...new Set(c.signals.map((s) => s.partnerName ?? s.partnerId)),
];

/** Names as one phrase: "A", "A en B", "A, B en C". */
const phrase = (names: readonly string[], lang: Lang) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${W.and[lang]}${names.at(-1)}`;

/** The template's values for one case. */
function valuesOf(c: LetterCase, r: Recipient, i: LettersInput): TemplateValues {
  const k = i.contact;
  const names = creditors(c);
  return {
    'municipality.name': k.name,
    'municipality.team': k.team[i.lang],
    'municipality.phone': k.phone,
    'municipality.email': k.email,
    'municipality.website': k.website,
    'municipality.postalAddress': k.postalAddress.join(', '),
    'municipality.openingHours': k.openingHours[i.lang],
    'municipality.privacy': k.privacy[i.lang],
    'municipality.privacyUrl': k.privacyUrl ?? '',
    'resident.name': residentName(r, i.lang),
    date: longDate(i.at, i.lang),
    reference: c.caseId,
    deadline: c.intakeOutcome === 'crisis' && c.crisisDeadline ? longDate(c.crisisDeadline, i.lang) : '',
    creditors: phrase(names, i.lang),
    creditorCount: String(names.length),
    amount: formatEuro(c.totalAmountCents),
  };
}

/** One channel's output for a case, or why it has none (no address, e-mail, mobile number; an SMS too long). */
function itemOf(
  c: LetterCase,
  channel: WrittenChannel,
  situation: Situation,
  r: Recipient,
  values: TemplateValues,
  i: LettersInput,
): Omit<LetterItem, 'records'> | SkipReason {
  const base = { caseId: c.caseId, channel, situation, recipient: r };
  if (channel === 'letter' || channel === 'card') {
    const address = addressLines(r, i.lang);
    if (!address) return 'no-address';
    return { ...base, address, text: i.templates.render(channel, situation, values).trim() };
  }
  if (channel === 'email') {
    const to = r.emails[0];
    if (!to) return 'no-email';
    const subject = i.templates.render('email-subject', situation, values).replace(/\s+/g, ' ').trim();
    return { ...base, to, subject, text: i.templates.render('email', situation, values).trim() };
  }
  const to = r.phones.find(isMobile);
  if (!to) return 'no-mobile';
  const text = i.templates.render('sms', situation, values).replace(/\s+/g, ' ').trim();
  const length = smsLength(text);
  if (length.parts > i.smsMaxParts) return 'sms-too-long';
  return { ...base, to, text, sms: { encoding: length.encoding, parts: length.parts } };
}

/**
 * The month's letters, cards, e-mails and SMS (see the file's head): for every case its selection,
 * then per written channel an item or a skip with its reason; the records with the attempts of the
 * items made (one per channel a day: an attempt of that kind recorded on `at` is not recorded again).
 * A case whose entry or record is invalid is skipped (`invalid-case`) with its problems.
 *
 * @example
 * ```ts
 * import { makeLetters, type LettersInput } from '@signaalreis/adapters/letters';
 * declare const input: LettersInput;
 * const r = makeLetters(input);
 * r.items.filter((x) => x.channel === 'letter').length; // letters to print
 * r.skipped.filter((s) => s.reason === 'no-address').map((s) => s.caseId); // what to look into
 * ```
 */
export function makeLetters(i: LettersInput): LettersResult {
  const recipients = recipientsOf(i.cases, i.signals, i.streets);
  const out: LettersResult = { items: [], skipped: [], records: new Map(), problems: [] };
  const on = asLifecycleTime(`${i.at}T09:00`);
  const total = i.cases.length;
  i.cases.forEach((c, index) => {
    if (i.onProgress && index > 0 && index % LETTERS_PROGRESS_EVERY === 0) i.onProgress(index, total);
    const made = recordOf(i.table, c, index, i.start);
    if (!made.record) {
      out.problems.push(...made.issues);
      out.skipped.push({ caseId: c.caseId, reason: 'invalid-case' });
      return;
    }
    const selection = selectCase(c, made.record, i.table, i.at);
    if (!selection.ok) {
      out.skipped.push({ caseId: c.caseId, reason: selection.reason });
      return;
    }
    for (const { channel } of selection.done)
      out.skipped.push({ caseId: c.caseId, channel, reason: 'plan-done' });
    const r = recipients.get(c.caseId) as Recipient;
    const values = valuesOf(c, r, i);
    let record = made.record;
    for (const channel of selection.channels) {
      const item = itemOf(c, channel, selection.situation, r, values, i);
      if (typeof item === 'string') {
        out.skipped.push({ caseId: c.caseId, channel, reason: item });
        continue;
      }
      const kind = kindOf(channel);
      const before = record.attempts.some((a) => a.kind === kind && isOwnAttempt(a, i.at));
      if (!before) {
        const next = recordAttempt(
          record,
          { kind, reached: false, date: i.at, partOfDay: 'Ochtend' },
          i.table,
          on,
        );
        if (!next.ok) {
          out.problems.push(...next.issues.map((x) => ({ ...x, path: ['cases', index, ...x.path] })));
          out.skipped.push({ caseId: c.caseId, channel, reason: 'invalid-case' });
          continue;
        }
        record = next.value;
      }
      out.items.push({ ...item, records: !before });
    }
    if (record !== made.record) out.records.set(c.caseId, { record, stored: c.record });
  });
  i.onProgress?.(total, total);
  return out;
}
