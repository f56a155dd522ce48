// Every message of the lifecycle, in Dutch (for municipal officers) and English, in one place.
// Values that come from outside (event types, statuses, results from a file) are shown as a short,
// control-escaped excerpt only; DDAS results (checked against their list) are shown whole.
import type { Channel } from '../model/enums';
import { escapeControl, excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';
import { CHANNEL_LABELS } from '../routing/outcome';

/** A quoted excerpt of an outside value; "nothing" for none. */
export const q = (value: string | null | undefined): Bilingual =>
  value == null ? { nl: 'niets', en: 'nothing' } : { nl: `"${excerpt(value)}"`, en: `"${excerpt(value)}"` };

const channel = (c: string): Bilingual => CHANNEL_LABELS[c as Channel] ?? { nl: c, en: c };

export const MESSAGES = {
  // time.ts
  time: {
    nl: 'Verwacht een datum JJJJ-MM-DD of een tijd JJJJ-MM-DDTUU:mm, in de jaren 1991–2099',
    en: 'Expected a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:mm in the years 1991–2099',
  },
  notATime: (shown: string): Bilingual => ({
    nl: `${shown} is geen datum JJJJ-MM-DD of tijd JJJJ-MM-DDTUU:mm in de jaren 1991–2099`,
    en: `${shown} is not a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:mm in the years 1991–2099`,
  }),

  // schema.ts
  id: {
    nl: 'Verwacht een id van kleine letters, cijfers en streepjes (a-z, 0-9, -)',
    en: 'Expected an id in kebab-case (a-z, 0-9, -)',
  },

  // transition.ts
  unknownStatus: (status: string, table: string): Bilingual => ({
    nl: `Status ${q(status).nl} staat niet in tabel ${q(table).nl}`,
    en: `Status ${q(status).en} is not in table ${q(table).en}`,
  }),
  unknownEvent: (event: string): Bilingual => ({
    nl: `Onbekende gebeurtenis ${q(event).nl}`,
    en: `Unknown event ${q(event).en}`,
  }),
  notAllowed: (event: string, status: string): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} is niet toegestaan in status ${q(status).nl}`,
    en: `Event ${q(event).en} is not allowed in status ${q(status).en}`,
  }),
  timerNotDue: (timer: string, event: string, day: string): Bilingual => ({
    nl: `De termijn "${timer}" van ${q(event).nl} is op ${day} nog niet verstreken`,
    en: `Timer "${timer}" of ${q(event).en} is not due on ${day}`,
  }),
  reasonRequired: (status: string): Bilingual => ({
    nl: `Geef een reden om eindstatus ${q(status).nl} te wijzigen`,
    en: `Changing final status ${q(status).en} needs a reason`,
  }),
  resultNotTaken: (event: string): Bilingual => ({
    nl: `Bij gebeurtenis ${q(event).nl} hoort geen resultaat`,
    en: `Event ${q(event).en} does not take a result`,
  }),
  resultFromList: (event: string, results: readonly string[]): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} heeft een resultaat nodig, een van: ${results.join('; ')}`,
    en: `Event ${q(event).en} needs a result, one of: ${results.join('; ')}`,
  }),
  finalNeedsResult: (status: string): Bilingual => ({
    nl: `Eindstatus ${q(status).nl} heeft een resultaat nodig`,
    en: `Final status ${q(status).en} needs a result`,
  }),
  followUpRequired: (event: string): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} heeft een concrete vervolgstap nodig`,
    en: `Event ${q(event).en} needs a concrete follow-up`,
  }),
  followUpNotTaken: (event: string): Bilingual => ({
    nl: `Bij gebeurtenis ${q(event).nl} hoort geen vervolgstap`,
    en: `Event ${q(event).en} does not take a follow-up`,
  }),
  tooFewAttempts: (days: number, c: string, min: number, source: string): Bilingual => ({
    nl: `${days} contactpoging(en) zonder contact via ${channel(c).nl} op verschillende dagen; er zijn er eerst minstens ${min} nodig (${source})`,
    en: `${days} unreached ${c} attempt(s) on different days; at least ${min} needed first (${source})`,
  }),

  // due.ts
  notRecords: {
    nl: 'Verwacht een lijst van zaakdossiers',
    en: 'Expected an array of case records',
  },

  // attempts.ts
  attemptTime: { nl: 'Verwacht een tijd als UU:mm', en: 'Expected a time HH:mm' },
  attemptWhen: {
    nl: 'Geef de tijd of het dagdeel van de poging',
    en: 'Give the time or the part of day of the attempt',
  },
  attemptDisagree: {
    nl: 'De tijd en het dagdeel passen niet bij elkaar',
    en: 'The time and the part of day disagree',
  },
  attemptInFinal: (status: string): Bilingual => ({
    nl: `In eindstatus ${q(status).nl} kunt u geen contactpoging vastleggen; heropen de zaak eerst`,
    en: `No contact attempt can be recorded in final status ${q(status).en}; reopen the case first`,
  }),
  attemptInFuture: (date: string, day: string): Bilingual => ({
    nl: `De poging is van ${date}, dat is na ${day}: een poging die nog moet komen kunt u niet vastleggen`,
    en: `The attempt is dated ${date}, after ${day}: an attempt that has not happened cannot be recorded`,
  }),
  planTooFew: (total: number, c: string, table: string, min: number): Bilingual => ({
    nl: `Het plan doet ${total} contactpoging(en) via ${channel(c).nl}; tabel ${q(table).nl} vraagt er minstens ${min}`,
    en: `The plan makes ${total} ${c} attempt(s); table ${q(table).en} asks at least ${min}`,
  }),

  // feedback.ts
  notAPreset: {
    nl: 'Verwacht een instelling voor de terugkoppeling (codes en helpAccepted)',
    en: 'Expected a feedback preset',
  },
  unmappedResult: (result: string): Bilingual => ({
    nl: `De instelling koppelt resultaat "${result}" aan geen enkele terugkoppelcode`,
    en: `The preset maps result "${result}" to no feedback code`,
  }),
  helpWithoutFollowUp: (kinds: readonly string[], source: string): Bilingual => ({
    nl: `"Hulp geaccepteerd" vraagt een vastgelegde vervolgstap van het soort ${kinds.join(', ')} (${source})`,
    en: `"Help accepted" needs a recorded follow-up of kind ${kinds.join(', ')} (${source})`,
  }),

  // load.ts
  noEntryStatus: (table: string, status: string): Bilingual => ({
    nl: `Tabel ${q(table).nl} heeft geen status voor intakestatus ${q(status).nl}`,
    en: `Table ${q(table).en} has no status for intake status ${q(status).en}`,
  }),

  // examples.ts
  exampleFailed: (name: string, what: string, got: string, want: string): Bilingual => ({
    nl: `Voorbeeld "${escapeControl(name)}": ${what} is ${got}, verwacht ${want}`,
    en: `Example "${escapeControl(name)}": ${what} is ${got}, expected ${want}`,
  }),
} as const;

/** Messages of the whole-table checks (table-checks.ts). */
export const TABLE_MESSAGES = {
  duplicateId: (what: 'status' | 'event', id: string): Bilingual => ({
    nl: `${what === 'status' ? 'Status' : 'Gebeurtenis'}-id ${q(id).nl} komt twee keer voor`,
    en: `Duplicate ${what} id ${q(id).en}`,
  }),
  duplicateTimer: (timer: string): Bilingual => ({
    nl: `Termijn "${timer}" start meer dan één gebeurtenis`,
    en: `Timer "${timer}" raises more than one event`,
  }),
  duplicateIntake: (status: string): Bilingual => ({
    nl: `Intakestatus ${q(status).nl} begint in twee statussen`,
    en: `Intake status ${q(status).en} starts in two statuses`,
  }),
  unknownInitial: (id: string): Bilingual => ({
    nl: `Beginstatus ${q(id).nl} is niet beschreven`,
    en: `Initial status ${q(id).en} is not declared`,
  }),
  fromUnknown: (id: string): Bilingual => ({
    nl: `Overgang vanuit onbekende status ${q(id).nl}`,
    en: `Transition from unknown status ${q(id).en}`,
  }),
  toUnknown: (id: string): Bilingual => ({
    nl: `Overgang naar onbekende status ${q(id).nl}`,
    en: `Transition to unknown status ${q(id).en}`,
  }),
  onUnknown: (id: string): Bilingual => ({
    nl: `Overgang bij onbekende gebeurtenis ${q(id).nl}`,
    en: `Transition on unknown event ${q(id).en}`,
  }),
  finalLeft: (id: string, i: number): Bilingual => ({
    nl: `Eindstatus ${q(id).nl} kan niet heropend worden, maar overgang ${i} verlaat hem`,
    en: `Final status ${q(id).en} is not reopenable, but transition ${i} leaves it`,
  }),
  ambiguous: (event: string, from: string, other: number): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} in status ${q(from).nl} past ook bij overgang ${other}`,
    en: `Event ${q(event).en} in status ${q(from).en} also matches transition ${other}`,
  }),
  unreachable: (id: string, initial: string): Bilingual => ({
    nl: `Status ${q(id).nl} is niet te bereiken vanuit ${q(initial).nl}`,
    en: `Status ${q(id).en} cannot be reached from ${q(initial).en}`,
  }),
  noReopen: (id: string): Bilingual => ({
    nl: `Eindstatus ${q(id).nl} mag heropend worden, maar geen overgang verlaat hem`,
    en: `Final status ${q(id).en} is reopenable but no transition leaves it`,
  }),
  duplicateResult: (result: string): Bilingual => ({
    nl: `Resultaat "${result}" hoort bij meer dan één code`,
    en: `Result "${result}" is mapped to more than one code`,
  }),
  reasonLeak: (result: string): Bilingual => ({
    nl: `"${result}" mag alleen als "not-picked-up" worden teruggekoppeld (de reden gaat nooit naar buiten)`,
    en: `"${result}" may only be fed back as "not-picked-up" (the reason never leaves)`,
  }),
} as const;

/** Messages of verifyRecord (verify.ts). */
export const VERIFY_MESSAGES = {
  empty: {
    nl: 'Het logboek is leeg; het moet beginnen met het aanmaken van het dossier',
    en: 'The audit trail is empty; it must start with the creation of the record',
  },
  start: {
    nl: 'Het logboek moet beginnen met het aanmaken van het dossier (gebeurtenis "create", vanuit niets)',
    en: 'The audit trail must start with the creation of the record (event "create", from nothing)',
  },
  createdAt: (at: string, createdAt: string): Bilingual => ({
    nl: `Volgens het logboek is het dossier aangemaakt op ${q(at).nl}, maar het dossier zegt ${q(createdAt).nl}`,
    en: `The record was created at ${q(at).en} by its audit trail, but says ${q(createdAt).en}`,
  }),
  unknownStatus: (id: string, table: string): Bilingual => ({
    nl: `Status ${q(id).nl} staat niet in levensloop-tabel ${q(table).nl}`,
    en: `Status ${q(id).en} is not in lifecycle table ${q(table).en}`,
  }),
  gap: (from: string | null, before: string): Bilingual => ({
    nl: `Deze regel begint in ${q(from).nl}, maar het logboek was in ${q(before).nl}`,
    en: `This entry starts in ${q(from).en}, but the audit trail was in ${q(before).en}`,
  }),
  unknownEvent: (id: string): Bilingual => ({
    nl: `Gebeurtenis ${q(id).nl} staat niet in de levensloop-tabel`,
    en: `Event ${q(id).en} is not in the lifecycle table`,
  }),
  notAllowed: (event: string, from: string): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} is niet toegestaan in status ${q(from).nl}`,
    en: `Event ${q(event).en} is not allowed in status ${q(from).en}`,
  }),
  elsewhere: (event: string, from: string, to: string, logged: string): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} leidt van ${q(from).nl} naar ${q(to).nl}, niet naar ${q(logged).nl}`,
    en: `Event ${q(event).en} leads from ${q(from).en} to ${q(to).en}, not to ${q(logged).en}`,
  }),
  reason: (from: string): Bilingual => ({
    nl: `Voor het verlaten van eindstatus ${q(from).nl} is een reden nodig, en deze regel heeft er geen`,
    en: `Leaving final status ${q(from).en} needs a reason, and this entry has none`,
  }),
  noResult: (to: string): Bilingual => ({
    nl: `Eindstatus ${q(to).nl} heeft een resultaat nodig, en het logboek geeft er geen`,
    en: `Final status ${q(to).en} needs a result, and the audit trail gives none`,
  }),
  resultNotAllowed: (event: string): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} geeft geen resultaat`,
    en: `Event ${q(event).en} does not set a result`,
  }),
  resultRule: (event: string, result: string | undefined): Bilingual => ({
    nl: `Gebeurtenis ${q(event).nl} kan niet leiden tot resultaat ${q(result).nl}`,
    en: `Event ${q(event).en} cannot leave the result ${q(result).en}`,
  }),
  status: (status: string, trail: string | undefined): Bilingual => ({
    nl: `Het dossier heeft status ${q(status).nl}, maar het logboek leidt naar ${q(trail).nl}`,
    en: `The record is in status ${q(status).en}, but its audit trail leads to ${q(trail).en}`,
  }),
  result: (result: string | undefined, trail: string | undefined): Bilingual => ({
    nl: `Het resultaat van het dossier is ${q(result).nl}, maar het logboek geeft ${q(trail).nl}`,
    en: `The record's result is ${q(result).en}, but its audit trail gives ${q(trail).en}`,
  }),
  liveTimer: (timer: string, why: Bilingual): Bilingual => ({
    nl: `Termijn ${timer} staat nog, maar ${why.nl} stopt die`,
    en: `Timer ${timer} is still set, but ${why.en} stops it`,
  }),
  byResult: { nl: 'het resultaat', en: 'the result' },
  byFinal: (status: string): Bilingual => ({
    nl: `eindstatus ${q(status).nl}`,
    en: `final status ${q(status).en}`,
  }),
} as const;
