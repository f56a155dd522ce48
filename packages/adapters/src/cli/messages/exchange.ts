// The sentences of `signaalreis export ddas` and `signaalreis import ddas`.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `export ddas` and `import ddas`. */
export const EXCHANGE_MESSAGES = {
  storeNeedsMunicipality: {
    nl: 'export uit de opslag heeft --municipality <code> nodig (herhaal voor meer): er wordt niets over gemeenten heen gelezen tenzij gevraagd',
    en: 'export from the store needs --municipality <code> (repeat for more): nothing is read across municipalities unless asked',
  },
  // the phases of the progress bar of a large period (its format: COMMON_MESSAGES.phasedProgress)
  phaseCases: { nl: 'zaken naar DDAS', en: 'cases to DDAS' },
  // case files read and their cases made into DDAS records and checked, a file at a time
  phaseReadCases: {
    nl: 'zaakbestanden lezen en naar DDAS (MiB)',
    en: 'reading case files, cases to DDAS (MiB)',
  },
  phaseSchema: { nl: 'controle met het DDAS-schema', en: 'check against the DDAS schema' },
  phaseWrite: {
    nl: 'levering schrijven (signalen en zaken)',
    en: 'writing the delivery (signals and cases)',
  },
  // the phases of the bar of `import ddas` of a large delivery (then COMMON_MESSAGES' phaseWriteFiles, phaseFlushFiles)
  phaseReadDelivery: { nl: 'levering lezen (MiB)', en: 'reading the delivery (MiB)' },
  // a delivery read in parts: read, checked and made into case files in one pass
  phaseReadImport: {
    nl: 'levering lezen, controleren en omzetten (MiB)',
    en: 'reading, checking and converting the delivery (MiB)',
  },
  phaseImport: {
    nl: 'zaakbestanden maken (leveringen per gemeente)',
    en: 'making case files (deliveries per municipality)',
  },
  nothingToDeliver: {
    nl: 'niets te leveren: geef zaakbestanden, of --municipality <code> voor een maand zonder signalen',
    en: 'nothing to deliver: give case files, or --municipality <code> for a month without signals',
  },
  filesOrStore: {
    nl: 'geef zaakbestanden of --store, niet allebei',
    en: 'give case files or --store, not both',
  },
  badDateTime: {
    nl: 'Verwacht een datum en tijd met tijdzone, bijvoorbeeld 2026-11-02T09:00:00Z.',
    en: 'Expected a date and time with its zone, e.g. 2026-11-02T09:00:00Z.',
  },
  noMunicipality: (file: string, month: string, several: boolean): B => ({
    nl: `${file} noemt geen gemeente (maand ${month}): geef die met --municipality <code>${several ? ' en maar één code, of draai de maand opnieuw met --municipality' : ''}`,
    en: `${file} names no municipality (month ${month}): give it with --municipality <code>${several ? ' and one code only, or run the month again with --municipality' : ''}`,
  }),
  skipped: (file: string, municipality: string): B => ({
    nl: `let op: ${file}: gemeente ${municipality} is niet gevraagd; overgeslagen`,
    en: `note: ${file}: municipality ${municipality} is not asked for; skipped`,
  }),
  fromAfterTo: (from: string, to: string): B => ({
    nl: `--from ${from} ligt na --to ${to}`,
    en: `--from ${from} is after --to ${to}`,
  }),
  notWritten: (n: number): B => ({
    nl: `geen DDAS-levering geschreven (${n} probleem/problemen, hierboven genoemd)`,
    en: `no DDAS delivery written (${n} problem(s), listed above)`,
  }),
  fromStore: (n: number): B => ({
    nl: `, ${n} maand(en) uit de opslag`,
    en: `, ${n} month(s) from the store`,
  }),
  head: (from: string, to: string, supplier: string, source: string): B => ({
    nl: `DDAS v1.2-levering ${from} – ${to}, leverancier ${supplier}${source}, geldig volgens het schema:`,
    en: `DDAS v1.2 delivery ${from} – ${to}, supplier ${supplier}${source}, valid against the schema:`,
  }),
  counts: (
    m: string,
    signals: number,
    cases: number,
    pickedUp: number,
    result: number,
    attempts: number,
  ): B => ({
    nl: `  ${m}: ${signals} signalen, ${cases} zaken (${pickedUp} opgepakt, ${result} met een resultaat), ${attempts} contactpogingen`,
    en: `  ${m}: ${signals} signals, ${cases} cases (${pickedUp} picked up, ${result} with a result), ${attempts} contact attempts`,
  }),
  written: (out: string, personal: boolean): B => ({
    nl: `Geschreven: ${out}${personal ? ' (persoonsgegevens: postcodes en huisnummers; bewaar het veilig)' : ''}`,
    en: `Written: ${out}${personal ? ' (personal data: postcodes and house numbers; keep it safe)' : ''}`,
  }),
  exportHelp: {
    nl: 'De DDAS v1.2-levering (Uitwisselmodel) van een periode schrijven, gecontroleerd met het officiële schema.',
    en: 'Write the DDAS v1.2 delivery (Uitwisselmodel) of a period, validated against the official schema.',
  },
  casesArg: {
    nl: 'zaakbestanden van de maanden (cases.json van run of feedback); geen: uit --store',
    en: 'case files of the months (cases.json of run or feedback); none: from --store',
  },
  fromHelp: { nl: 'eerste dag van de periode (JJJJ-MM-DD)', en: 'first day of the period (YYYY-MM-DD)' },
  toHelp: { nl: 'laatste dag van de periode (JJJJ-MM-DD)', en: 'last day of the period (YYYY-MM-DD)' },
  municipalityHelp: {
    nl: 'CBS-gemeentecode; herhaal voor meer (andere worden overgeslagen)',
    en: 'CBS municipality code; repeat for more (others are skipped)',
  },
  supplierHelp: {
    nl: 'code van de gegevensleverancier (codeGegevensleverancier)',
    en: 'code of the data supplier (codeGegevensleverancier)',
  },
  organisationHelp: {
    nl: 'naam van de leverende organisatie (aanleverendeOrganisatie)',
    en: 'name of the delivering organisation (aanleverendeOrganisatie)',
  },
  outHelp: {
    nl: 'het leveringsbestand (standaard: out/ddas-<van>-<tot>.json)',
    en: 'the delivery file (default: out/ddas-<from>-<to>.json)',
  },
  deliveredAtHelp: {
    nl: 'aanleverdatumEnTijd, bijvoorbeeld 2026-11-02T09:00:00Z (standaard: nu)',
    en: 'aanleverdatumEnTijd, e.g. 2026-11-02T09:00:00Z (default: now)',
  },
  lifecycleHelp: {
    nl: 'levensloop-preset van de dossiers (standaard: die van het bestand, anders ddas)',
    en: "lifecycle preset of the records (default: the file's preset, else ddas)",
  },
  storeHelp: {
    nl: 'zakenopslag waaruit de maanden van de periode komen als er geen zaakbestanden zijn gegeven (standaard: $SIGNAALREIS_STORE)',
    en: 'case store to read the months of the period from, when no case files are given (default: $SIGNAALREIS_STORE)',
  },
  // import
  importHelp: {
    nl: 'Een DDAS v1.2-levering van een ander systeem inlezen als zaakbestanden (eerdere maanden en dossiers).',
    en: 'Read a DDAS v1.2 delivery of another system into case files (history and lifecycle records).',
  },
  deliveryArg: { nl: 'DDAS v1.2-levering (JSON)', en: 'DDAS v1.2 delivery (JSON)' },
  importOutHelp: {
    nl: 'map voor de zaakbestanden (standaard: out/ddas-import-<begin>-<eind>)',
    en: 'folder for the case files (default: out/ddas-import-<start>-<end>)',
  },
  strictHelp: {
    nl: 'stop met code 1 als iets niet kon worden bewaard',
    en: 'exit with code 1 when anything could not be kept',
  },
  notDelivery: {
    nl: 'geen DDAS v1.2-levering die signaalreis kan lezen',
    en: 'not a DDAS v1.2 delivery signaalreis can read',
  },
  importHead: (from: string, to: string, supplier: string, at: string): B => ({
    nl: `DDAS v1.2-levering ${from} – ${to} van ${supplier}, geleverd ${at}:`,
    en: `DDAS v1.2 delivery ${from} – ${to} of ${supplier}, delivered ${at}:`,
  }),
  nothing: {
    nl: '  geen signalen en geen zaken: niets geschreven',
    en: '  no signals and no cases: nothing written',
  },
  importFile: (
    m: string,
    month: string,
    signals: number,
    cases: number,
    records: number,
    name: string,
  ): B => ({
    nl: `  ${m} ${month}: ${signals} signalen, ${cases} zaken (${records} met een dossier) → ${name}`,
    en: `  ${m} ${month}: ${signals} signals, ${cases} cases (${records} with a record) → ${name}`,
  }),
  importWritten: (out: string, first: string): B => ({
    nl: `Geschreven naar ${out}. Gebruik een bestand als eerdere maand (signaalreis run … --history ${out}/${first})\nof volg de zaken verder (signaalreis feedback <bestand> --at <datum>).`,
    en: `Written to ${out}. Use a file as history (signaalreis run … --history ${out}/${first})\nor follow its cases on (signaalreis feedback <file> --at <date>).`,
  }),
} as const;
