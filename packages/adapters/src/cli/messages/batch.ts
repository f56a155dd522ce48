// The sentences of `signaalreis batch` (issue 14: a platform's month, one run per municipality).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis batch`: help, problems with the plan, progress and the summary. */
export const BATCH_MESSAGES = {
  description: {
    nl: 'Veel maandruns in één keer: één run per gemeente (en maand) uit een plan (JSON), over de kernen verdeeld; elke map zoals signaalreis run die schrijft',
    en: 'Many monthly runs at once: one run per municipality (and month) from a plan (JSON), spread over the cores; each folder as signaalreis run writes it',
  },
  planArg: {
    nl: 'het plan: JSON met de maand (of maanden) en per gemeente het signaalbestand, de preset, de geschiedenis en de map (docs/formats/batch-plan.md)',
    en: 'the plan: JSON with the month (or months) and per municipality the signal file, preset, history and folder (docs/formats/batch-plan.md)',
  },
  threadsHelp: {
    nl: 'aantal threads (1: alles in deze thread; standaard: het aantal kernen, hoogstens het aantal gemeenten)',
    en: 'number of threads (1: everything in this thread; default: the number of cores, at most the number of municipalities)',
  },
  badThreads: {
    nl: 'verwacht een geheel getal van 1 tot en met 64',
    en: 'expected a whole number from 1 to 64',
  },
  planWhat: { nl: 'geen geldig plan', en: 'not a valid plan' },
  duplicateMunicipality: (code: string, month: string, first: number): B => ({
    nl: `gemeente ${code} staat voor ${month} al in runs.${first}: één run per gemeente per maand`,
    en: `municipality ${code} is already in runs.${first} for ${month}: one run per municipality per month`,
  }),
  tooManyMonths: (max: number): B => ({
    nl: `meer dan ${max} maanden voor deze gemeente in één plan: splits het plan`,
    en: `more than ${max} months for this municipality in one plan: split the plan`,
  }),
  noMonth: {
    nl: 'geen maand: geef "month" bij de run of bovenaan het plan',
    en: 'no month: give "month" in the run or at the top of the plan',
  },
  noPreset: {
    nl: 'geen preset: geef "preset" bij de run of bovenaan het plan',
    en: 'no preset: give "preset" in the run or at the top of the plan',
  },
  moreLines: (n: number): B => ({ nl: `(nog ${n} regels)`, en: `(${n} more lines)` }),
  sharedOut: (first: number): B => ({
    nl: `deze map overlapt met die van runs.${first}: elke run schrijft een eigen map`,
    en: `this folder overlaps that of runs.${first}: each run writes a folder of its own`,
  }),
  storeHelp: {
    nl: 'zakenopslag (een map, of postgres://…): per gemeente de geschiedenis eruit en de maand erin, zoals signaalreis run --store (standaard: $SIGNAALREIS_STORE)',
    en: 'case store (a folder, or postgres://…): per municipality the history from it and the month stored in it, as signaalreis run --store (default: $SIGNAALREIS_STORE)',
  },
  folderStoreOneThread: {
    nl: 'een map als zakenopslag (PGlite) kan maar door één thread tegelijk worden gebruikt: de runs gaan na elkaar in deze thread (een PostgreSQL-server kan met meer threads)',
    en: 'a folder as case store (PGlite) can be used by one thread at a time: the runs go one after another in this thread (a PostgreSQL server takes more threads)',
  },
  storedIn: (store: string, months: number): B => ({
    nl: `Opgeslagen in ${store}: ${months} ${months === 1 ? 'maand' : 'maanden'} (één per run die zijn map schreef).`,
    en: `Stored in ${store}: ${months} ${months === 1 ? 'month' : 'months'} (one per run that wrote its folder).`,
  }),
  workerNotBuilt: {
    nl: 'de worker-thread van batch is niet gebouwd (pnpm build): de runs gaan in deze thread',
    en: 'the worker thread of batch is not built (pnpm build): the runs go in this thread',
  },
  progress: {
    nl: 'runs {bar} {value}/{total} klaar',
    en: 'runs {bar} {value}/{total} done',
  },
  /** The head of the summary: the month (or the first and last of `months` months), runs, threads and seconds. */
  head: (first: string, last: string, months: number, runs: number, threads: number, seconds: string): B => {
    const r = `${runs} ${runs === 1 ? 'run' : 'runs'} in ${threads} ${threads === 1 ? 'thread' : 'threads'}, ${seconds} s`;
    return months > 1
      ? {
          nl: `signaalreis batch — ${months} maanden, ${first} t/m ${last}: ${r}`,
          en: `signaalreis batch — ${months} months, ${first} to ${last}: ${r}`,
        }
      : { nl: `signaalreis batch — maand ${first}: ${r}`, en: `signaalreis batch — month ${first}: ${r}` };
  },
  columns: {
    nl: 'gemeente|uitkomst|signalen|afgekeurd|zaken|opgepakt|contact|s|map',
    en: 'municipality|outcome|signals|rejected|cases|picked up|contact|s|folder',
  },
  ok: { nl: 'goed', en: 'ok' },
  failed: (code: number): B => ({ nl: `fout (${code})`, en: `failed (${code})` }),
  problemsHead: { nl: 'Wat de runs meldden:', en: 'What the runs reported:' },
  done: (ok: number, failed: number, skipped: number): B => ({
    nl: `${ok} ${ok === 1 ? 'run' : 'runs'} goed, ${failed} met een fout${skipped > 0 ? `, ${skipped} overgeslagen` : ''}.`,
    en: `${ok} ${ok === 1 ? 'run' : 'runs'} ok, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}.`,
  }),
  skipped: (month: string): B => ({
    nl: `niet gedraaid: de run van deze gemeente voor ${month} ging niet goed, en die maand is nodig als geschiedenis`,
    en: `not run: this municipality's run for ${month} did not go well, and that month is needed as history`,
  }),
  skippedOutcome: { nl: 'overgeslagen', en: 'skipped' },
  monthColumn: { nl: 'maand', en: 'month' },
  threadDied: (message: string): B => ({
    nl: `de thread van deze run stopte onverwacht: ${message}`,
    en: `the thread of this run stopped unexpectedly: ${message}`,
  }),
} as const;
