// The sentences of `signaalreis feedback` and `signaalreis criteria`.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis feedback`. */
export const FEEDBACK_MESSAGES = {
  description: {
    nl: 'De acties van de levensloop die op een datum aan de beurt zijn, en één terugmeldbestand (CSV) per partner.',
    en: 'List the lifecycle actions due at a date and write one feedback CSV per partner.',
  },
  casesArg: {
    nl: 'zaakbestand (JSON) van een maandrun (ontbrekende dossiers worden op de leverdag gemaakt); met --store: dossiers voor de opslag',
    en: 'cases JSON of a monthly run (records are created at the delivery day when missing); with --store: records to take into the store',
  },
  atHelp: {
    nl: 'de datum waarop de termijnen worden bekeken (JJJJ-MM-DD)',
    en: 'the date to evaluate (YYYY-MM-DD)',
  },
  outHelp: {
    nl: 'map voor de terugmeldbestanden en cases.json (standaard: out/<maand>-feedback-<datum>)',
    en: 'folder for the feedback CSV files and cases.json (default: out/<month>-feedback-<at>)',
  },
  lifecycleHelp: {
    nl: 'levensloop-preset (standaard: die van het bestand, anders ddas)',
    en: "lifecycle preset (default: the file's preset, else ddas)",
  },
  // the phases of the bar of a large month (its format: COMMON_MESSAGES.phasedProgress; then
  // COMMON_MESSAGES' phaseWriteFiles, phaseFlushFiles)
  phaseRecords: { nl: 'dossiers lezen of maken (zaken)', en: 'reading or making records (cases)' },
  phaseTimers: { nl: 'termijnen en terugmeldingen (dossiers)', en: 'timers and feedback (records)' },
  phaseFiles: {
    nl: 'terugmeldbestanden en zaakbestand maken',
    en: 'making the feedback files and case file',
  },
  needsCases: {
    nl: 'feedback heeft <cases> (een zaakbestand) of --store nodig',
    en: 'feedback needs <cases> (a case file) or --store',
  },
  atBeforeDelivery: (at: string, start: string, month: string): B => ({
    nl: `--at ${at} ligt vóór de leverdag ${start} van ${month}`,
    en: `--at ${at} is before the delivery day ${start} of ${month}`,
  }),
  head: (id: string, month: string, start: string, at: string, cases: number): B => ({
    nl: `Levensloop ${id}, maand ${month} (geleverd ${start}), op ${at}: ${cases} zaak/zaken.`,
    en: `Lifecycle ${id}, month ${month} (delivered ${start}), at ${at}: ${cases} case(s).`,
  }),
  actionsDue: (n: number, counts: string): B => ({
    nl: `Acties aan de beurt: ${n}${counts ? ` (${counts})` : ''}; zie actions-due.csv`,
    en: `Actions due: ${n}${counts ? ` (${counts})` : ''}; listed in actions-due.csv`,
  }),
  action: (caseId: string, event: string, at: string): B => ({
    nl: `  ${caseId}  ${event} (sinds ${at})`,
    en: `  ${caseId}  ${event} (since ${at})`,
  }),
  more: (n: number): B => ({ nl: `  … en nog ${n}`, en: `  … and ${n} more` }),
  noneDue: { nl: 'Nog geen terugmelding aan de beurt.', en: 'No feedback due yet.' },
  records: (file: string): B => ({
    nl: `Dossiers met de termijnen verwerkt → ${file} (geef dit de volgende keer als <cases>)`,
    en: `Records with the timers applied → ${file} (give it as <cases> next time)`,
  }),
  partner: (partner: string, signals: number, file: string, excel: string | undefined): B => ({
    nl: `Terugmelding voor ${partner}: ${signals} signaal/signalen → ${file}${excel ? ` en ${excel}` : ''}`,
    en: `Feedback for ${partner}: ${signals} signal(s) → ${file}${excel ? ` and ${excel}` : ''}`,
  }),
} as const;

/** `signaalreis criteria`. */
export const CRITERIA_CLI_MESSAGES = {
  /** Where in the ledger a row that could not be read has its problem. */
  ledgerPlace: (line: number, column: string | undefined): B => ({
    nl: `regel ${line}${column ? `, kolom ${column}` : ''}`,
    en: `line ${line}${column ? `, column ${column}` : ''}`,
  }),
  description: {
    nl: 'De administratie van een partner toetsen aan een criteria-preset: wie wordt een signaal, van welke soort, en waarom.',
    en: "Check a partner's ledger against a criteria preset: who becomes a signal, of which kind, and why.",
  },
  ledgerArg: { nl: 'administratie (CSV), één rij per klant', en: 'ledger CSV, one row per customer account' },
  presetHelp: (ids: string): B => ({ nl: `criteria-preset (${ids})`, en: `criteria preset (${ids})` }),
  dateHelp: { nl: 'de datum van de toets, JJJJ-MM-DD', en: 'the evaluation date, YYYY-MM-DD' },
  outHelp: { nl: 'schrijf één besluit per rij als CSV', en: 'write one decision per row as CSV' },
  unknownPreset: (id: string, known: string): B => ({
    nl: `onbekende criteria-preset '${id}' (bekend: ${known})`,
    en: `unknown criteria preset '${id}' (known: ${known})`,
  }),
  utf16: (file: string): B => ({
    nl: `${file}: het bestand is UTF-16 (Excel "Unicode-tekst"); sla het op als "CSV UTF-8" of "CSV"`,
    en: `${file}: the file is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8" or "CSV"`,
  }),
  unreadable: (file: string): B => ({
    nl: `bestand niet gevonden of niet leesbaar: ${file}`,
    en: `file not found or unreadable: ${file}`,
  }),
  onDate: (preset: string, date: string, problem: string): B => ({
    nl: `${preset} op ${date}: ${problem}`,
    en: `${preset} on ${date}: ${problem}`,
  }),
  head: (file: string, preset: string, date: string): B => ({
    nl: `signaalreis criteria — ${file}, preset ${preset}, op ${date}`,
    en: `signaalreis criteria — ${file}, preset ${preset}, on ${date}`,
  }),
  rows: (rows: number, delivered: number, not: number, invalid: number): B => ({
    nl: `Rijen ${rows}: ${delivered} worden een signaal, ${not} niet, ${invalid} ongeldig`,
    en: `Rows ${rows}: ${delivered} become a signal, ${not} do not, ${invalid} invalid`,
  }),
  signal: { nl: 'Signaal', en: 'Signal' },
  noSignal: { nl: 'Geen signaal:', en: 'No signal:' },
  /** In the text summary, for the rows no rule of the table applied to (their `reason` in the JSON). */
  noRule: { nl: 'geen regel van toepassing', en: 'no rule applies' },
  invalid: { nl: 'Ongeldig:', en: 'Invalid:' },
  written: (file: string): B => ({
    nl: `Besluiten geschreven naar ${file}`,
    en: `Decisions written to ${file}`,
  }),
} as const;

/**
 * What each issue code of a ledger row means, in a few words (docs/criteria.md, "Ledger rows": the
 * contradictions; and the ledger file's own codes): `criteria` shows these words, the code after them.
 */
export const LEDGER_CODE_TEXTS: Readonly<Record<string, B>> = {
  newest_before_oldest: {
    nl: 'nieuwste vervaldatum vóór de oudste',
    en: 'newest due date before the oldest',
  },
  amount_without_terms: { nl: 'bedrag open zonder termijnen', en: 'amount open without terms' },
  terms_without_amount: { nl: 'termijnen open zonder bedrag', en: 'terms open without an amount' },
  one_term_two_dates: { nl: 'één termijn met twee vervaldatums', en: 'one term with two due dates' },
  parts_exceed_amount: { nl: 'delen groter dan het bedrag', en: 'parts exceed the amount' },
  health_field_outside_health: { nl: 'zorgveld buiten de zorg', en: 'health field outside health' },
  premium_required: { nl: 'premiedeel ontbreekt', en: 'premium part missing' },
  arrangement_kept_at_bailiff: {
    nl: 'regeling nagekomen bij deurwaarder',
    en: 'arrangement kept at a bailiff',
  },
  due_date_in_future: { nl: 'vervaldatum in de toekomst', en: 'due date in the future' },
  contract_ended_current_customer: {
    nl: 'contract beëindigd, toch klant',
    en: 'contract ended, still a customer',
  },
  former_customer_future_end: {
    nl: 'oud-klant met een latere einddatum',
    en: 'former customer with a later end date',
  },
  date_out_of_range: { nl: 'datum buiten de kalender', en: 'date outside the calendar' },
  invalid_boolean: { nl: 'geen ja of nee', en: 'not yes or no' },
  invalid_payment_arrangement: { nl: 'onbekende betalingsregeling', en: 'unknown payment arrangement' },
};
