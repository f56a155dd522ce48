// The sentences of the month's commands (`match`, `run`, `compare`) and of the files they read:
// help, summaries and errors.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** What `match`, `run` and `compare` share: options, history, lookups, warnings. */
export const MONTH_MESSAGES = {
  signalsArg: {
    nl: 'signaalbestand van de maand: CSV of Excel-werkmap (.xlsx)',
    en: 'signal file of the month: CSV or Excel workbook (.xlsx)',
  },
  monthHelp: { nl: 'de maand, JJJJ-MM', en: 'the month, YYYY-MM' },
  presetHelp: {
    nl: 'id van een gemeentepreset (zie: signaalreis preset list) of een preset-bestand (JSON)',
    en: 'municipality preset id (see: signaalreis preset list) or preset JSON file',
  },
  historyHelp: {
    nl: 'eerdere maanden: zaakbestanden (.json) of signaalbestanden (CSV)',
    en: 'earlier months: case files (.json) or signal CSV files',
  },
  registerHelp: {
    nl: 'uittreksel uit de BRP (basisregistratie personen), CSV',
    en: 'population register (BRP) extract, CSV',
  },
  debtHelp: {
    nl: 'uittreksel uit de administratie schuldhulpverlening (SHV), CSV',
    en: 'debt-assistance administration (SHV) extract, CSV',
  },
  municipalityHelp: {
    nl: 'CBS-gemeentecode van de maand (bijvoorbeeld 0363), bewaard in het zaakbestand',
    en: 'CBS municipality code of the month (e.g. 0363), kept in the case file',
  },
  sheetHelp: {
    nl: 'het werkblad van een Excel-signaalbestand (standaard: het eerste zichtbare blad)',
    en: 'the sheet of an Excel signal file (default: the first visible sheet)',
  },
  noSignalInMonth: (file: string, month: string): B => ({
    nl: `waarschuwing: geen enkel signaal in ${file} heeft een datum in ${month}`,
    en: `warning: no signal of ${file} is dated in ${month}`,
  }),
  historyCaseFile: (file: string, month: string, signals: number): B => ({
    nl: `${file}: ${month}, ${signals} signalen (zaakbestand)`,
    en: `${file}: ${month}, ${signals} signals (case file)`,
  }),
  historyNotBefore: (file: string, of: string, month: string): B => ({
    nl: `${file} is het zaakbestand van ${of}, niet van een maand vóór ${month}: geen van de signalen ervan telt als geschiedenis`,
    en: `${file} is the case file of ${of}, not of a month before ${month}: none of its signals counts as history`,
  }),
  historySignalFile: (file: string, signals: number, rejected: number): B => ({
    nl: `${file}: ${signals} signalen (signaalbestand, geteld als opgepakt${rejected > 0 ? `, ${rejected} rijen afgekeurd` : ''})`,
    en: `${file}: ${signals} signals (signal file, counted as picked up${rejected > 0 ? `, ${rejected} rows rejected` : ''})`,
  }),
  historySignalFileOfHouseholds: (file: string): B => ({
    nl: `${file}: signaalbestand, geteld als opgepakt (alleen de rijen van huishoudens met een signaal deze maand gelezen)`,
    en: `${file}: signal file, counted as picked up (only the rows of households with a signal this month read)`,
  }),
  historyWorkerStopped: (files: string, reason: string): B => ({
    nl: `${files}: het lezen van de geschiedenis in een worker-thread is onverwacht gestopt (${reason}); probeer het opnieuw met SIGNAALREIS_HISTORY_WORKERS=never (leest de geschiedenis zonder worker-threads)`,
    en: `${files}: reading the history in a worker thread stopped unexpectedly (${reason}); try again with SIGNAALREIS_HISTORY_WORKERS=never (reads the history without worker threads)`,
  }),
  cannotRoute: (preset: string, problem: string): B => ({
    nl: `preset ${preset} kan deze maand niet verdelen: ${problem}`,
    en: `preset ${preset} cannot route this month: ${problem}`,
  }),
  cannotRun: (preset: string, problem: string): B => ({
    nl: `preset ${preset} kan deze maand niet uitvoeren: ${problem}`,
    en: `preset ${preset} cannot run this month: ${problem}`,
  }),
  presetAbout: (preset: string): B => ({ nl: `preset ${preset}`, en: `preset ${preset}` }),
} as const;

/** `signaalreis match`. */
export const MATCH_MESSAGES = {
  description: {
    nl: 'Signalen van een maand per huishouden samenvoegen en de intake beslissen: aantallen per besluit, zakenlijst.',
    en: 'Match a month of signals per household and decide the intake: counts per decision, case list.',
  },
  outHelp: { nl: 'schrijf de zakenlijst (.csv of .json)', en: 'write the case list (.csv or .json)' },
  head: (month: string, preset: string, decidedOn: string): B => ({
    nl: `signaalreis match — ${month}, preset ${preset}, besloten op ${decidedOn}`,
    en: `signaalreis match — ${month}, preset ${preset}, decided on ${decidedOn}`,
  }),
  signals: (rows: number, accepted: number, rejected: number): B => ({
    nl: `Signalen  ${rows} rijen: ${accepted} goedgekeurd, ${rejected} afgekeurd bij het lezen`,
    en: `Signals  ${rows} rows: ${accepted} accepted, ${rejected} rejected by the reader`,
  }),
  history: (note: string): B => ({ nl: `Eerder    ${note}`, en: `History  ${note}` }),
  cases: (cases: string, matches: number, recidive: number, repeats: number, consecutive: number): B => ({
    nl: `Zaken ${cases}  (samenloop ${matches}, recidive ${recidive}, herhaalde signalen ${repeats}, opeenvolgende schuldeisers ${consecutive})`,
    en: `Cases ${cases}  (matches ${matches}, recidive ${recidive}, repeat signals ${repeats}, consecutive creditors ${consecutive})`,
  }),
  setAside: (n: string, codes: string): B => ({
    nl: `Apart gezet ${n}  ${codes}`,
    en: `Set aside ${n}  ${codes}`,
  }),
  decisions: { nl: 'Besluiten (DDAS-signaalstatus)', en: 'Decisions (DDAS signal status)' },
  buckets: { nl: 'Bakjes', en: 'Buckets' },
  warning: (text: string): B => ({ nl: `waarschuwing: ${text}`, en: `warning: ${text}` }),
  written: (file: string): B => ({
    nl: `Zakenlijst geschreven naar ${file}`,
    en: `Case list written to ${file}`,
  }),
} as const;

/** `signaalreis run`. */
export const RUN_MESSAGES = {
  description: {
    nl: 'De maandrun: samenvoegen, intake, verdelen en capaciteit; werklijsten per team en kanaal.',
    en: 'The monthly run: matching, intake, routing and capacity; worklists per team and channel.',
  },
  outHelp: {
    nl: 'map voor de werklijsten, capacity.csv, cases.json, history.json en manifest.json (standaard: out/<maand>)',
    en: 'folder for worklists, capacity.csv, cases.json, history.json and manifest.json (default: out/<month>)',
  },
  head: (month: string, lineage: string, decidedOn: string): B => ({
    nl: `signaalreis run — ${month}, preset ${lineage}, besloten op ${decidedOn}`,
    en: `signaalreis run — ${month}, preset ${lineage}, decided on ${decidedOn}`,
  }),
  signals: (rows: number, accepted: number, rejected: number): B => ({
    nl: `Signalen  ${rows} rijen: ${accepted} goedgekeurd, ${rejected} afgekeurd (zie: signaalreis validate)`,
    en: `Signals   ${rows} rows: ${accepted} accepted, ${rejected} rejected (see: signaalreis validate)`,
  }),
  cases: (
    cases: number,
    pickedUp: number,
    crisis: number,
    review: number,
    not: number,
    matches: number,
  ): B => ({
    nl: `Zaken     ${cases}: ${pickedUp} opgepakt (crisis ${crisis}), ${review} handmatig beoordelen, ${not} niet opgepakt; ${matches} samenlopen`,
    en: `Cases     ${cases}: ${pickedUp} picked up (crisis ${crisis}), ${review} manual review, ${not} not picked up; ${matches} matches`,
  }),
  contact: (placed: number, partial: number, unplaced: number, none: number): B => ({
    nl: `Contact   ${placed} geplaatst, ${partial} deels geplaatst, ${unplaced} niet geplaatst, ${none} zonder contactstap`,
    en: `Contact   ${placed} placed, ${partial} partly placed, ${unplaced} not placed, ${none} without contact step`,
  }),
  primary: { nl: 'Eerste kanaal en team', en: 'Primary channel and team' },
  capacityHead: { nl: 'Capaciteit (zaken deze maand)', en: 'Capacity (cases this month)' },
  used: { nl: 'gebruikt', en: 'used' },
  of: { nl: 'van', en: 'of' },
  overflowOut: { nl: 'overloop uit', en: 'overflow out' },
  unplaced: { nl: 'niet geplaatst', en: 'unplaced' },
  noLimit: { nl: 'geen grens', en: 'no limit' },
  didNotFit: (n: number): B => ({
    nl: `${n} zaak/zaken pasten in geen enkele capaciteit: zie capacity.csv en cases.json`,
    en: `${n} case(s) did not fit any capacity: listed in capacity.csv and cases.json`,
  }),
  written: (lists: number, excel: boolean, dir: string): B => ({
    nl: `Geschreven: ${lists} werklijsten, capacity.csv${excel ? ', worklists.xlsx' : ''}, cases.json, history.json en manifest.json in ${dir}`,
    en: `Written: ${lists} worklists, capacity.csv${excel ? ', worklists.xlsx' : ''}, cases.json, history.json and manifest.json in ${dir}`,
  }),
  capacitySheet: { nl: 'Capaciteit', en: 'Capacity' },
} as const;
