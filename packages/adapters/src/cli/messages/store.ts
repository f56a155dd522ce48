// Every sentence of the store commands (`run --store`, `feedback --store`, `cases`, `purge`), in one
// place, in Dutch and English. Locations are shown masked (a URL without its password); case ids
// (older stores' ids hold a household key) and household keys only where the user asked for the
// case (`cases show`, `cases list`).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** The store commands. */
export const CLI_STORE_MESSAGES = {
  storeHelp: {
    nl: 'zakenopslag: een map (ingebouwde PostgreSQL, PGlite) of postgres://… (standaard: $SIGNAALREIS_STORE)',
    en: 'case store: a folder (embedded PostgreSQL, PGlite) or postgres://… (default: $SIGNAALREIS_STORE)',
  },
  runStoreHelp: {
    nl: 'zakenopslag (een map, of postgres://…): de eerdere maanden komen eruit, de maand gaat erin (standaard: $SIGNAALREIS_STORE)',
    en: 'case store (a folder, or postgres://…): history from it, the month stored in it (default: $SIGNAALREIS_STORE)',
  },
  replaceHelp: {
    nl: 'met --store: vervang de maand als die al is opgeslagen',
    en: 'with --store: replace the month when it is stored already',
  },
  feedbackStoreHelp: {
    nl: 'zakenopslag (een map, of postgres://…): zaken en dossiers komen eruit, de dossiers na de termijnen gaan erin (standaard: $SIGNAALREIS_STORE)',
    en: 'case store (a folder, or postgres://…): cases and records from it, the records after the timers stored in it (default: $SIGNAALREIS_STORE)',
  },
  municipalityHelp: { nl: 'CBS-gemeentecode (bijvoorbeeld 0363)', en: 'CBS municipality code (e.g. 0363)' },
  withStore: (text: string): B => ({ nl: `met --store: ${text}`, en: `with --store: ${text}` }),
  feedbackMonthHelp: {
    nl: 'met --store en zonder <cases>: de maand, JJJJ-MM',
    en: 'with --store and no <cases>: the month, YYYY-MM',
  },
  needsStore: (what: string): B => ({
    nl: `${what} heeft --store <map|url> nodig (of SIGNAALREIS_STORE)`,
    en: `${what} needs --store <dir|url> (or SIGNAALREIS_STORE)`,
  }),
  needsMunicipality: (what: string): B => ({
    nl: `${what} met een opslag heeft --municipality <code> nodig: elke maand, zaak en opschoning hoort bij één gemeente`,
    en: `${what} with a store needs --municipality <code>: every month, case and purge belongs to one municipality`,
  }),
  storeRefused: { nl: 'de opslag weigerde', en: 'the store refused' },
  stored: (
    month: string,
    municipality: string,
    location: string,
    replaced: boolean,
    cases: number,
    signals: number,
    from: string,
  ): B => ({
    nl: `Opgeslagen ${month} van gemeente ${municipality} in ${location}${replaced ? ' (vervangen)' : ''}: ${cases} zaken, ${signals} signalen; ${from}`,
    en: `Stored    ${month} of municipality ${municipality} in ${location}${replaced ? ' (replaced)' : ''}: ${cases} cases, ${signals} signals; ${from}`,
  }),
  historyFrom: (signals: number, months: readonly string[]): B =>
    months.length > 0
      ? {
          nl: `eerder: ${signals} signalen van ${months.join(', ')}`,
          en: `history: ${signals} signals of ${months.join(', ')}`,
        }
      : { nl: 'geen eerdere maanden opgeslagen', en: 'no history stored' },
  feedbackNeedsMonth: {
    nl: 'feedback --store zonder <cases> heeft --municipality <code> en --month <JJJJ-MM> nodig',
    en: 'feedback --store without <cases> needs --municipality <code> and --month <YYYY-MM>',
  },
  fileWithoutMunicipality: (file: string): B => ({
    nl: `${file} noemt geen gemeente: geef --municipality <code> om het met --store te gebruiken`,
    en: `${file} names no municipality: give --municipality <code> to use it with --store`,
  }),
  fileOfOtherMunicipality: (file: string, found: string, given: string): B => ({
    nl: `${file} hoort bij gemeente ${found}, niet bij ${given}`,
    en: `${file} belongs to municipality ${found}, not ${given}`,
  }),
  fileOfOtherMonth: (file: string, found: string, given: string): B => ({
    nl: `${file} bevat maand ${found}, niet ${given}`,
    en: `${file} holds month ${found}, not ${given}`,
  }),
  monthNotStored: (month: string, municipality: string): B => ({
    nl: `maand ${month} van gemeente ${municipality} staat niet in de opslag`,
    en: `month ${month} of municipality ${municipality} is not in the store`,
  }),
  feedbackStored: (
    location: string,
    records: number,
    feedback: number,
    month: string,
    municipality: string,
  ): B => ({
    nl: `Opgeslagen in ${location}: ${records} dossier(s), ${feedback} nieuwe terugmelding(en) voor maand ${month} van gemeente ${municipality}`,
    en: `Stored in ${location}: ${records} record(s), ${feedback} new feedback row(s) for month ${month} of municipality ${municipality}`,
  }),
  notInStore: {
    nl: 'Deze zaak staat niet in de opslag; het dossier in het bestand is niet gebruikt',
    en: 'This case is not in the store; the record in the file was not used',
  },
  conflict: {
    nl: 'Het dossier in het bestand is geen vervolg op het opgeslagen dossier (de geschiedenis verschilt); het opgeslagen dossier is gebruikt',
    en: 'The record in the file does not continue the stored record (their histories differ); the stored record was used',
  },
  // the form, not the text given (which may be anything a person typed or pasted)
  badCaseId: {
    nl: 'Verwacht een zaak-id JJJJ-MM-NNNN, zoals 2026-10-0001',
    en: 'Expected a case id YYYY-MM-NNNN, such as 2026-10-0001',
  },
  noMonths: (municipality: string, location: string): B => ({
    nl: `Geen maanden van gemeente ${municipality} in ${location}.`,
    en: `No months of municipality ${municipality} in ${location}.`,
  }),
  monthsHead: (municipality: string, location: string): B => ({
    nl: `Maanden van gemeente ${municipality} in ${location}:`,
    en: `Months of municipality ${municipality} in ${location}:`,
  }),
  monthsColumns: {
    nl: 'maand|preset|besloten op|zaken|signalen|opgeslagen op',
    en: 'month|preset|decided on|cases|signals|stored at',
  },
  casesHead: (month: string, municipality: string, n: number): B => ({
    nl: `Maand ${month} van gemeente ${municipality}: ${n} zaak/zaken`,
    en: `Month ${month} of municipality ${municipality}: ${n} case(s)`,
  }),
  casesColumns: {
    nl: 'zaak|DDAS-status|bakje|signalen|bedrag|levensloop|resultaat|gesloten op',
    en: 'case|DDAS status|bucket|signals|amount|lifecycle|result|closed on',
  },
  casesListHelp: {
    nl: 'De opgeslagen maanden tonen, of de zaken van één maand.',
    en: 'List the stored months, or the cases of one month.',
  },
  casesShowHelp: {
    nl: 'Eén opgeslagen zaak tonen: signalen, plan, dossier van de levensloop en verstuurde terugmeldingen.',
    en: 'Show one stored case: its signals, plan, lifecycle record and feedback sent.',
  },
  casesHelp: {
    nl: 'De maanden en zaken in een zakenopslag, per gemeente.',
    en: 'The months and cases in a case store, per municipality.',
  },
  caseIdArg: { nl: 'het zaak-id, zoals `cases list` het toont', en: 'the case id, as `cases list` shows it' },
  monthOptionHelp: {
    nl: 'de maand, JJJJ-MM (zonder deze optie: de opgeslagen maanden)',
    en: 'the month, YYYY-MM (without it: the stored months)',
  },
  noRecord: {
    nl: '  nog geen dossier (signaalreis feedback --store maakt er een)',
    en: '  no record yet (signaalreis feedback --store makes one)',
  },
  caseHead: (caseId: string, month: string, municipality: string): B => ({
    nl: `Zaak ${caseId} — maand ${month}, gemeente ${municipality}`,
    en: `Case ${caseId} — month ${month}, municipality ${municipality}`,
  }),
  household: (key: string): B => ({ nl: `  huishouden    ${key}`, en: `  household     ${key}` }),
  ddasStatus: (status: string, intake: string, bucket: string): B => ({
    nl: `  DDAS-status   ${status} (intake: ${intake}; bakje ${bucket})`,
    en: `  DDAS status   ${status} (intake: ${intake}; bucket ${bucket})`,
  }),
  signals: { nl: 'Signalen', en: 'Signals' },
  since: (date: string): B => ({ nl: `sinds ${date}`, en: `since ${date}` }),
  plan: { nl: 'Contactplan', en: 'Contact plan' },
  planStep: (channel: string, team: string, attempts: number): B => ({
    nl: `  ${channel} door ${team}, ${attempts} poging(en)`,
    en: `  ${channel} by ${team}, ${attempts} attempt(s)`,
  }),
  lifecycle: { nl: 'Levensloop', en: 'Lifecycle' },
  status: (status: string, result: string | undefined, closedOn: string | undefined): B => ({
    nl: `  status ${status}${result ? `, resultaat ${result}` : ''}${closedOn ? `, gesloten op ${closedOn}` : ''}`,
    en: `  status ${status}${result ? `, result ${result}` : ''}${closedOn ? `, closed on ${closedOn}` : ''}`,
  }),
  attempt: (date: string, part: string, kind: string, reached: boolean): B => ({
    nl: `  poging ${date} ${part} ${kind}: ${reached ? 'bereikt' : 'niet bereikt'}`,
    en: `  attempt ${date} ${part} ${kind}: ${reached ? 'reached' : 'not reached'}`,
  }),
  timer: (timer: string, date: string): B => ({
    nl: `  termijn ${timer} ${date}`,
    en: `  timer ${timer} ${date}`,
  }),
  feedbackSent: { nl: 'Verstuurde terugmeldingen', en: 'Feedback sent' },
  /** The actor of an automatic step of a record (its audit's `system`). */
  system: { nl: 'systeem', en: 'system' },
  /** The first step of a record's audit (`create`). */
  created: { nl: 'dossier aangemaakt', en: 'record created' },
  none: { nl: '  geen', en: '  none' },
  purgeHelp: {
    nl: 'Uit een zakenopslag verwijderen wat de bewaartermijn niet meer toestaat (één gemeente).',
    en: 'Remove what the retention no longer allows from a case store (one municipality).',
  },
  purgeDateHelp: {
    nl: 'de datum van de opschoning, JJJJ-MM-DD (standaard: vandaag)',
    en: 'the date to purge on, YYYY-MM-DD (default: today)',
  },
  purgePresetHelp: {
    nl: 'gemeentepreset waarvan de bewaartermijn geldt (standaard: 6, 12 en 18 maanden)',
    en: 'municipality preset whose retention applies (default: 6, 12 and 18 months)',
  },
  purgeDryRunHelp: {
    nl: 'toon wat zou worden verwijderd, verwijder niets',
    en: 'list what would be removed, remove nothing',
  },
  defaultRetention: { nl: 'de standaardbewaartermijn', en: 'the default retention' },
  presetRetention: (lineage: readonly string[]): B => ({
    nl: `de bewaartermijn van preset ${lineage.join(' → ')}`,
    en: `the retention of preset ${lineage.join(' → ')}`,
  }),
  presetWithoutRetention: (id: string): B => ({
    nl: `de standaardbewaartermijn (preset ${id} noemt er geen)`,
    en: `the default retention (preset ${id} sets none)`,
  }),
  purgeHead: (municipality: string, location: string, on: string, dryRun: boolean): B => ({
    nl: `signaalreis purge — gemeente ${municipality} in ${location}, op ${on}${dryRun ? ' (proef)' : ''}`,
    en: `signaalreis purge — municipality ${municipality} in ${location}, on ${on}${dryRun ? ' (dry run)' : ''}`,
  }),
  retention: (from: string, months: number, ifPickedUp: number, cases: number, source: string): B => ({
    nl: `Bewaartermijn: ${from}: gegevens voor samenloop ${months} maanden, ${ifPickedUp} als opgepakt; zaken ${cases} maanden na afsluiten (${source})`,
    en: `Retention: ${from}: matching data ${months} months, ${ifPickedUp} if picked up; cases ${cases} months after closure (${source})`,
  }),
  purgeSignals: (n: number, keepFrom: string, keepPickedUpFrom: string): B => ({
    nl: `Signalen  ${n}: niet opgepakt van maanden vóór ${keepFrom}, opgepakt van maanden vóór ${keepPickedUpFrom}`,
    en: `Signals   ${n}: not picked up of months before ${keepFrom}, picked up of months before ${keepPickedUpFrom}`,
  }),
  purgeCases: (n: number, closedBy: string): B => ({
    nl: `Zaken     ${n}: gesloten op of vóór ${closedBy}, met hun dossiers en verstuurde terugmeldingen`,
    en: `Cases     ${n}: closed on or before ${closedBy}, with their records and the feedback sent`,
  }),
  purgeMonths: (months: readonly string[]): B => ({
    nl: `Maanden   ${months.length === 0 ? 'geen' : months.join(', ')} (er blijft niets van over)`,
    en: `Months    ${months.length === 0 ? 'none' : months.join(', ')} (nothing of them left)`,
  }),
  purgeDeliveries: (n: number, keepFrom: string): B => ({
    nl: `Leveringen ${n}: van maanden vóór ${keepFrom}, met hun signalen`,
    en: `Deliveries ${n}: of months before ${keepFrom}, with their signals`,
  }),
  purgeDone: {
    nl: 'Verwijderd; het logboek van de opslag legt de opschoning vast (alleen aantallen en maanden).',
    en: 'Removed; the store’s audit trail records the purge (counts and months only).',
  },
  purgeDry: {
    nl: 'Proef: er is niets verwijderd. Draai zonder --dry-run om precies dit te verwijderen.',
    en: 'Dry run: nothing was removed. Run without --dry-run to remove exactly this.',
  },
  purgeIds: {
    nl: 'De zaak-id’s staan in de uitvoer van --format json.',
    en: 'The case ids are listed with --format json.',
  },
} as const;
