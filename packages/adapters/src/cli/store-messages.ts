// Every sentence of the store commands (`run --store`, `feedback --store`, `cases`, `purge`), in one
// place: the command line's own sentences are English for now (a later issue adds a Dutch
// catalogue). Locations are shown masked (a URL without its password); case ids (older stores' ids
// hold a household key) and household keys only where the user asked for the case (`cases show`,
// `cases list`).
import type { Bilingual } from '@signaalreis/core';

export const CLI_STORE_MESSAGES = {
  storeHelp:
    'case store: a folder (embedded PostgreSQL, PGlite) or postgres://… (default: $SIGNAALREIS_STORE)',
  runStoreHelp:
    'case store (a folder, or postgres://…): history from it, the month stored in it (default: $SIGNAALREIS_STORE)',
  replaceHelp: 'with --store: replace the month when it is stored already',
  feedbackStoreHelp:
    'case store (a folder, or postgres://…): cases and records from it, the records after the timers stored in it (default: $SIGNAALREIS_STORE)',
  municipalityHelp: 'CBS municipality code (e.g. 0363)',
  feedbackMonthHelp: 'with --store and no <cases>: the month, YYYY-MM',
  needsStore: (what: string) => `${what} needs --store <dir|url> (or SIGNAALREIS_STORE)`,
  needsMunicipality: (what: string) =>
    `${what} with a store needs --municipality <code>: every month, case and purge belongs to one municipality`,
  storeRefused: 'the store refused',
  stored: (
    month: string,
    municipality: string,
    location: string,
    replaced: boolean,
    cases: number,
    signals: number,
    from: string,
  ) =>
    `Stored    ${month} of municipality ${municipality} in ${location}${replaced ? ' (replaced)' : ''}: ${cases} cases, ${signals} signals; ${from}`,
  historyFrom: (signals: number, months: readonly string[]) =>
    months.length > 0 ? `history: ${signals} signals of ${months.join(', ')}` : 'no history stored',
  feedbackNeedsMonth: 'feedback --store without <cases> needs --municipality <code> and --month <YYYY-MM>',
  fileWithoutMunicipality: (file: string) =>
    `${file} names no municipality: give --municipality <code> to use it with --store`,
  fileOfOtherMunicipality: (file: string, found: string, given: string) =>
    `${file} belongs to municipality ${found}, not ${given}`,
  fileOfOtherMonth: (file: string, found: string, given: string) =>
    `${file} holds month ${found}, not ${given}`,
  monthNotStored: (month: string, municipality: string) =>
    `month ${month} of municipality ${municipality} is not in the store`,
  feedbackStored: (
    location: string,
    records: number,
    feedback: number,
    month: string,
    municipality: string,
  ) =>
    `Stored in ${location}: ${records} record(s), ${feedback} new feedback row(s) for month ${month} of municipality ${municipality}`,
  notInStore: {
    nl: 'Deze zaak staat niet in de opslag; het dossier in het bestand is niet gebruikt',
    en: 'This case is not in the store; the record in the file was not used',
  } satisfies Bilingual,
  conflict: {
    nl: 'Het dossier in het bestand is geen vervolg op het opgeslagen dossier (de geschiedenis verschilt); het opgeslagen dossier is gebruikt',
    en: 'The record in the file does not continue the stored record (their histories differ); the stored record was used',
  } satisfies Bilingual,
  badCaseId: 'Expected a case id (1–100 characters, no control characters).',
  noMonths: (municipality: string, location: string) =>
    `No months of municipality ${municipality} in ${location}.`,
  monthsHead: (municipality: string, location: string) =>
    `Months of municipality ${municipality} in ${location}:`,
  casesHead: (month: string, municipality: string, n: number) =>
    `Month ${month} of municipality ${municipality}: ${n} case(s)`,
  casesListHelp: 'List the stored months, or the cases of one month.',
  casesShowHelp: 'Show one stored case: its signals, plan, lifecycle record and feedback sent.',
  casesHelp: 'The months and cases in a case store, per municipality.',
  monthOptionHelp: 'the month, YYYY-MM (without it: the stored months)',
  noRecord: '  no record yet (signaalreis feedback --store makes one)',
  purgeHelp: 'Remove what the retention no longer allows from a case store (one municipality).',
  purgeDateHelp: 'the date to purge on, YYYY-MM-DD (default: today)',
  purgePresetHelp: 'municipality preset whose retention applies (default: 6, 12 and 18 months)',
  purgeDryRunHelp: 'list what would be removed, remove nothing',
  badDate: 'Expected a real date written YYYY-MM-DD.',
  defaultRetention: 'the default retention',
  presetRetention: (lineage: readonly string[]) => `the retention of preset ${lineage.join(' → ')}`,
  presetWithoutRetention: (id: string) => `the default retention (preset ${id} sets none)`,
  purgeDone: 'Removed; the store’s audit trail records the purge (counts and months only).',
  purgeDry: 'Dry run: nothing was removed. Run without --dry-run to remove exactly this.',
  purgeIds: 'The case ids are listed with --format json.',
} as const;
