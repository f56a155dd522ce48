// The sentences of `signaalreis report` (the monthly report, issue 15).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `report`. */
export const REPORT_CLI_MESSAGES = {
  /** The phase of the bar after the case files are read: the figures, the page with its charts, the workbook (3 steps). */
  phaseMake: {
    nl: 'rapport maken (cijfers, pagina met grafieken, Excel)',
    en: 'making the report (figures, page with charts, Excel)',
  },
  description: {
    nl: 'Het maandrapport schrijven: report.html (grafieken, printbaar op A4), report.xlsx en report.json, uit zaakbestanden of de opslag.',
    en: 'Write the monthly report: report.html (charts, printable on A4), report.xlsx and report.json, from case files or the store.',
  },
  casesArg: {
    nl: 'zaakbestanden van de maanden (cases.json van run of feedback); geen: uit --store',
    en: 'case files of the months (cases.json of run or feedback); none: from --store',
  },
  monthHelp: { nl: 'de maand van het rapport (JJJJ-MM)', en: 'the month of the report (YYYY-MM)' },
  monthsHelp: (max: number): B => ({
    nl: `maanden in de trend, de maand van het rapport meegeteld (1–${max})`,
    en: `months in the trend, the report's month included (1–${max})`,
  }),
  badMonths: (max: number): B => ({
    nl: `Verwacht een heel getal van 1 tot en met ${max}.`,
    en: `Expected a whole number from 1 to ${max}.`,
  }),
  municipalityHelp: {
    nl: 'CBS-gemeentecode (nodig met --store; bij zaakbestanden: alleen die gemeente)',
    en: 'CBS municipality code (needed with --store; with case files: that municipality only)',
  },
  outHelp: {
    nl: 'map voor report.html, report.xlsx en report.json (standaard out/report-<maand>)',
    en: 'folder for report.html, report.xlsx and report.json (default out/report-<month>)',
  },
  presetHelp: {
    nl: 'preset (id of bestand) voor de capaciteit per maand; standaard de preset van de maand',
    en: "preset (id or file) for the capacity per month; default the month's preset",
  },
  lifecycleHelp: {
    nl: 'levensloop-preset van de dossiers (standaard: die van de maand, anders ddas)',
    en: "lifecycle preset of the case records (default: the month's, else ddas)",
  },
  atHelp: {
    nl: 'de dag van het rapport (JJJJ-MM-DD): crisistermijnen daarna lopen nog; standaard vandaag',
    en: 'the day of the report (YYYY-MM-DD): crisis deadlines after it are still open; default today',
  },
  storeHelp: {
    nl: 'de zaakopslag (map of postgres://-URL) om de maanden uit te lezen (of SIGNAALREIS_STORE)',
    en: 'the case store (folder or postgres:// URL) to read the months from (or SIGNAALREIS_STORE)',
  },
  filesOrStore: {
    nl: 'geef zaakbestanden of --store, niet allebei',
    en: 'give case files or --store, not both',
  },
  nothingGiven: {
    nl: 'geen zaken: geef zaakbestanden (cases.json van run of feedback) of --store met --municipality',
    en: 'no cases: give case files (cases.json of run or feedback) or --store with --municipality',
  },
  storeNeedsMunicipality: {
    nl: 'het rapport uit de opslag heeft --municipality <code> nodig: een rapport gaat over één gemeente',
    en: 'the report from the store needs --municipality <code>: a report is about one municipality',
  },
  twoMunicipalities: (a: string, b: string): B => ({
    nl: `de zaakbestanden zijn van gemeente ${a} en ${b}: een rapport gaat over één gemeente; kies er één met --municipality`,
    en: `the case files are of municipality ${a} and ${b}: a report is about one municipality; choose one with --municipality`,
  }),
  skipped: (file: string, why: string): B => ({
    nl: `${file} overgeslagen: ${why}`,
    en: `${file} skipped: ${why}`,
  }),
  otherMunicipality: (code: string): B => ({
    nl: `gemeente ${code} is niet gevraagd`,
    en: `municipality ${code} is not asked for`,
  }),
  outsideTrend: (month: string): B => ({
    nl: `maand ${month} valt buiten de maanden van het rapport`,
    en: `month ${month} is outside the months of the report`,
  }),
  noCapacity: (preset: string): B => ({
    nl: `preset ${preset} is niet gevonden: de capaciteit per maand staat niet in het rapport (geef --preset <id|bestand>)`,
    en: `preset ${preset} was not found: the report has no capacity per month (give --preset <id|file>)`,
  }),
  notMade: (n: number): B => ({
    nl: `geen rapport geschreven (${n} probleem/problemen, hierboven genoemd)`,
    en: `no report written (${n} problem(s), listed above)`,
  }),
  fromStore: (n: number): B => ({ nl: `${n} maand(en) uit de opslag`, en: `${n} month(s) from the store` }),
  fromFiles: (n: number): B => ({ nl: `${n} zaakbestand(en)`, en: `${n} case file(s)` }),
  done: (month: string, signals: number, cases: number, trend: number, source: string): B => ({
    nl: `Maandrapport ${month}: ${signals} signalen, ${cases} zaken, trend over ${trend} maand(en); uit ${source}.`,
    en: `Monthly report ${month}: ${signals} signals, ${cases} cases, trend over ${trend} month(s); from ${source}.`,
  }),
  suppressed: (primary: number, secondary: number): B => ({
    nl: `Per wijk niet getoond: ${primary} klein(e) aantal(len) (< 5) en ${secondary} ter bescherming.`,
    en: `Not shown per neighbourhood: ${primary} small count(s) (< 5) and ${secondary} to protect them.`,
  }),
  written: (dir: string): B => ({
    nl: `Geschreven in ${dir}: report.html, report.xlsx, report.json (alleen aantallen, geen persoonsgegevens).`,
    en: `Written to ${dir}: report.html, report.xlsx, report.json (counts only, no personal data).`,
  }),
} as const;
