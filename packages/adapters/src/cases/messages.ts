// Every text of the case file readers, in one place: plain Dutch (B1) for municipal officers, and
// English. Ids from the file are shown as short excerpts only.
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;
const list = (ids: string[]) => excerpt(ids.join(', '), 80);

/** Messages about a case file read back from disk. */
export const CASE_FILE_MESSAGES = {
  oldFormat: (format: string, current: string): B => ({
    nl: `Dit zaakbestand heeft het oude formaat ${format}. Draai "signaalreis match" of "signaalreis run" voor die maand opnieuw; dan krijgt het bestand het formaat ${current}`,
    en: `This case file has the old format ${format}; run "signaalreis match" or "signaalreis run" for that month again to write it in the format ${current}`,
  }),
  /** As core's JSON reader says it, for a case file read a case at a time. */
  tooManyValues: (max: number): B => ({
    nl: `Het document bevat meer dan ${max} waarden (projectkeuze); er wordt niets gelezen`,
    en: `The document holds more than ${max} values (project default); nothing is read`,
  }),
  totalTooLarge: {
    nl: 'De bedragen van de signalen van deze zaak zijn samen te groot om te tellen',
    en: 'The amounts of the signals of this case add up to more than can be counted',
  },
  caseId: (id: string, first: number): B => ({
    nl: `Zaak-id "${excerpt(id)}" komt nog een keer voor (eerst bij cases.${first}): een dossier of terugmelding kan bij het verkeerde huishouden terechtkomen`,
    en: `Case id "${excerpt(id)}" is used again (first at cases.${first}): a record or feedback could go to the wrong household`,
  }),
  signalId: (id: string, first: string): B => ({
    nl: `Signaal-id "${excerpt(id)}" komt nog een keer voor (eerst bij ${first}): een signaal hoort bij één zaak`,
    en: `Signal id "${excerpt(id)}" appears again (first at ${first}): a signal belongs to one case`,
  }),
  recordCase: (recordId: string, caseId: string): B => ({
    nl: `Het opgeslagen dossier is van zaak "${excerpt(recordId)}", niet van deze zaak "${excerpt(caseId)}"`,
    en: `The stored record is of case "${excerpt(recordId)}", not of this case "${excerpt(caseId)}"`,
  }),
  recordSignals: (record: string[], own: string[]): B => ({
    nl: `Het opgeslagen dossier gaat over de signalen ${list(record)}, maar deze zaak heeft ${list(own)}`,
    en: `The stored record is about signals ${list(record)}, but this case has ${list(own)}`,
  }),
} as const;

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** The words inside the worklists and the capacity table of a monthly run. */
export const RUN_OUTPUT_MESSAGES = {
  step: (i: number, of: number): B => ({ nl: `${i} van ${of}`, en: `${i} of ${of}` }),
  allTeams: { nl: '(alle)', en: '(all)' },
  unlimited: { nl: 'onbeperkt', en: 'unlimited' },
  /** The deadline of a case passed before the run (e.g. a crisis signal that came in days before). */
  deadlinePassed: (deadline: string): B => ({
    nl: `termijn verstreken op ${dmy(deadline)}`,
    en: `deadline passed on ${dmy(deadline)}`,
  }),
} as const;
