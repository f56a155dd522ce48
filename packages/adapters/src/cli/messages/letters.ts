// The sentences of `signaalreis letters` (letters, cards, e-mails and SMS in bulk, issue 15). Case
// ids, file names and counts only: never a name, address, e-mail address or phone number.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

const CHANNEL_WORDS = {
  letter: { nl: 'brief', en: 'letter' },
  card: { nl: 'kaart', en: 'card' },
  email: { nl: 'e-mail', en: 'e-mail' },
  sms: { nl: 'sms', en: 'SMS' },
} as const;
const SITUATION_WORDS = {
  crisis: { nl: 'crisis', en: 'crisis' },
  reminder: { nl: 'herinnering', en: 'reminder' },
  match: { nl: 'samenloop', en: 'match' },
  single: { nl: 'enkel signaal', en: 'single signal' },
} as const;
const word = (table: Record<string, B>, id: string): B => table[id] ?? { nl: id, en: id };

/** `letters` and `letters templates`. */
/** Words joined as a list in `lang` (`a, b en c`; `a, b and c`). */
const listOf = (words: readonly string[], lang: 'nl' | 'en'): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(words);

export const LETTERS_CLI_MESSAGES = {
  description: {
    nl: 'Brieven, kaarten, e-mails en sms’en voor de zaken van een maand maken, uit een run-map (cases.json) of de opslag; elke uiting telt als contactpoging.',
    en: "Make the letters, cards, e-mails and SMS for a month's cases, from a run folder (cases.json) or the store; each one counts as a contact attempt.",
  },
  inputArg: {
    nl: 'run-map of cases.json van run of feedback; geen: uit --store',
    en: 'run folder or cases.json of run or feedback; none: from --store',
  },
  monthHelp: { nl: 'de maand van de zaken (JJJJ-MM)', en: 'the month of the cases (YYYY-MM)' },
  signalsHelp: {
    nl: 'signaalbestanden van de maand (CSV of Excel) met namen, adressen, e-mail en telefoon',
    en: "the month's signal files (CSV or Excel) with names, addresses, e-mail and phone",
  },
  addressesHelp: {
    nl: 'straten van de adressen (CSV uit de BAG: postcode, house_number, house_number_suffix, street, city) voor het adresblok',
    en: 'the streets of the addresses (CSV from the BAG: postcode, house_number, house_number_suffix, street, city) for the address block',
  },
  templatesHelp: {
    nl: 'map met de sjablonen (standaard: de ingebouwde set in de taal van --lang)',
    en: 'folder with the templates (default: the built-in set in the --lang language)',
  },
  presetHelp: {
    nl: 'preset (id of bestand) met het blok "contact" van de gemeente; standaard de preset van de maand',
    en: 'preset (id or file) with the municipality\'s "contact" block; default the month\'s preset',
  },
  lifecycleHelp: {
    nl: 'levensloop-preset van de dossiers (standaard: die van de maand, anders ddas)',
    en: "lifecycle preset of the case records (default: the month's, else ddas)",
  },
  atHelp: {
    nl: 'de datum van de brieven en de contactpogingen (JJJJ-MM-DD; standaard vandaag)',
    en: 'the date of the letters and the contact attempts (YYYY-MM-DD; default today)',
  },
  outHelp: {
    nl: 'map voor de bestanden (standaard out/letters-<maand>)',
    en: 'folder for the files (default out/letters-<month>)',
  },
  smsPartsHelp: (n: number): B => ({
    nl: `grootste aantal delen van een sms (standaard ${n}); een langere sms wordt niet gemaakt en gemeld`,
    en: `most parts an SMS may take (default ${n}); a longer one is not made and is reported`,
  }),
  badSmsParts: {
    nl: 'Verwacht een heel getal van 1 tot en met 10.',
    en: 'Expected a whole number from 1 to 10.',
  },
  dryRunHelp: {
    nl: 'alleen laten zien wat er gemaakt zou worden: niets schrijven, niets vastleggen',
    en: 'only show what would be made: write nothing, record nothing',
  },
  storeHelp: {
    nl: 'de zaken uit de opslag (map of postgres://-URL), met --municipality; de contactpogingen worden daar vastgelegd',
    en: 'the cases from the store (folder or postgres:// URL), with --municipality; the contact attempts are recorded there',
  },
  municipalityHelp: {
    nl: 'CBS-gemeentecode (nodig met --store)',
    en: 'CBS municipality code (needed with --store)',
  },
  needsMonth: {
    nl: 'Geef de maand met --month JJJJ-MM.',
    en: 'Give the month with --month YYYY-MM.',
  },
  inputOrStore: {
    nl: 'Geef een run-map of cases.json, of --store met --municipality (niet allebei).',
    en: 'Give a run folder or cases.json, or --store with --municipality (not both).',
  },
  notFound: (path: string): B => ({
    nl: `${path} bestaat niet. Geef een run-map of een cases.json.`,
    en: `${path} does not exist. Give a run folder or a cases.json.`,
  }),
  otherMonth: (file: string, found: string, asked: string): B => ({
    nl: `${file} is van maand ${found}, niet van ${asked}.`,
    en: `${file} is of month ${found}, not ${asked}.`,
  }),
  monthNotStored: (month: string, municipality: string): B => ({
    nl: `De opslag heeft geen maand ${month} van gemeente ${municipality}.`,
    en: `The store holds no month ${month} of municipality ${municipality}.`,
  }),
  atBeforeDelivery: (at: string, delivery: string, month: string): B => ({
    nl: `De datum ${at} ligt vóór de leverdag van ${month} (${delivery}).`,
    en: `The date ${at} is before the delivery day of ${month} (${delivery}).`,
  }),
  noContact: (preset: string): B => ({
    nl: `De preset ${preset} heeft geen blok "contact" met de gegevens van de gemeente. Voeg het toe (zie docs/letters.md) en geef de preset met --preset.`,
    en: `The preset ${preset} has no "contact" block with the municipality's details. Add one (see docs/letters.md) and give the preset with --preset.`,
  }),
  templatesNotFolder: (path: string): B => ({
    nl: `De sjabloonmap ${path} bestaat niet of is geen map.`,
    en: `The template folder ${path} does not exist or is not a folder.`,
  }),
  badTemplates: (folder: string, n: number): B => ({
    nl: `De sjablonen in ${folder} hebben ${n} probleem/problemen (zie hierboven); er is niets gemaakt.`,
    en: `The templates in ${folder} have ${n} problem(s) (see above); nothing was made.`,
  }),
  noSignals: {
    nl: 'Let op: geen signalen met contactgegevens (geef --signals, of lever de signalen in de opslag); zonder adres, e-mail of telefoon wordt niets gemaakt.',
    en: 'Note: no signals with contact data (give --signals, or deliver the signals to the store); without address, e-mail or phone nothing is made.',
  },
  noCaseSignals: (month: string, files: string): B => ({
    nl: `Let op: geen van de signalen van de zaken van ${month} staat in de signaalbestanden (${files}): zonder hun adres en contactgegevens wordt elke zaak overgeslagen. Geef het signaalbestand van ${month}.`,
    en: `Note: none of the signals of the cases of ${month} is in the signal files (${files}): without their address and contact data every case is skipped. Give the signal file of ${month}.`,
  }),
  rejectedRows: (file: string, n: number): B => ({
    nl: `${file}: ${n} rij(en) afgekeurd; hun contactgegevens worden niet gebruikt.`,
    en: `${file}: ${n} row(s) rejected; their contact data is not used.`,
  }),
  head: (month: string, at: string, cases: number): B => ({
    nl: `Brieven, kaarten, e-mails en sms’en van ${month} op ${at}: ${cases} zaak/zaken bekeken.`,
    en: `Letters, cards, e-mails and SMS of ${month} on ${at}: ${cases} case(s) looked at.`,
  }),
  channelLine: (channel: string, total: number, parts: string): B => ({
    nl: `  ${word(CHANNEL_WORDS, channel).nl}: ${total}${parts ? ` (${parts})` : ''}`,
    en: `  ${word(CHANNEL_WORDS, channel).en}: ${total}${parts ? ` (${parts})` : ''}`,
  }),
  situationPart: (situation: string, n: number): B => ({
    nl: `${word(SITUATION_WORDS, situation).nl} ${n}`,
    en: `${word(SITUATION_WORDS, situation).en} ${n}`,
  }),
  skippedHead: (n: number): B => ({
    nl: `Overgeslagen: ${n} (elke zaak met de reden in skipped.csv):`,
    en: `Skipped: ${n} (each case with its reason in skipped.csv):`,
  }),
  skippedLine: (reason: B, n: number): B => ({ nl: `  ${reason.nl}: ${n}`, en: `  ${reason.en}: ${n}` }),
  /** What a letters folder holds: the files of its cases, and the shared files written (by name). */
  written: (dir: string, perCase: number, shared: readonly string[]): B => {
    const print = shared.filter((n) => n.startsWith('print-'));
    const rest = shared.filter((n) => !n.startsWith('print-'));
    const parts = (lang: 'nl' | 'en') => [
      ...(perCase > 0
        ? [
            lang === 'nl'
              ? `${perCase} PDF's en .eml's, een per zaak`
              : `${perCase} PDFs and .emls, one per case`,
          ]
        : []),
      ...(print.length > 0
        ? [
            `${listOf(print, lang)} ${lang === 'nl' ? 'op postcodevolgorde voor de drukkerij' : 'in postcode order for the print room'}`,
          ]
        : []),
      ...rest,
    ];
    return {
      nl: `Geschreven in ${dir}: ${listOf(parts('nl'), 'nl')}.`,
      en: `Written to ${dir}: ${listOf(parts('en'), 'en')}.`,
    };
  },
  importAttempts: (file: string, at: string): B => ({
    nl: `De contactpogingen staan in ${file}. Verstuur eerst alles; leg de pogingen daarna vast met: signaalreis feedback ${file} --at ${at}`,
    en: `The contact attempts are in ${file}. Send everything first; then record the attempts with: signaalreis feedback ${file} --at ${at}`,
  }),
  stored: (n: number, before: number): B => ({
    nl: `Contactpogingen vastgelegd in de opslag: ${n} nieuw, ${before} stond(en) er al (niet dubbel vastgelegd).`,
    en: `Contact attempts recorded in the store: ${n} new, ${before} already there (not recorded twice).`,
  }),
  dryRun: {
    nl: 'Proefdraai (--dry-run): niets geschreven en niets vastgelegd.',
    en: 'Dry run (--dry-run): nothing written and nothing recorded.',
  },
  templatesDescription: {
    nl: 'De standaard sjablonen (Nederlands B1, of Engels met --lang en) naar een map kopiëren om ze aan te passen.',
    en: 'Copy the default templates (Dutch B1, or English with --lang en) to a folder to edit them.',
  },
  templatesNeedOut: {
    nl: 'Geef de map voor de sjablonen met --out <map>.',
    en: 'Give the folder for the templates with --out <folder>.',
  },
  templatesOutHelp: { nl: 'map voor de sjablonen', en: 'folder for the templates' },
  templatesWritten: (n: number, dir: string): B => ({
    nl: `${n} sjablonen geschreven in ${dir}. Pas ze aan en geef de map met --templates.`,
    en: `${n} templates written to ${dir}. Edit them and give the folder with --templates.`,
  }),
  // the phases of the progress bar of a large month (its format: COMMON_MESSAGES.phasedProgress)
  phaseCases: { nl: 'zaken', en: 'cases' },
  phasePdfs: { nl: "PDF's (drukbestand, dan per zaak)", en: 'PDFs (print file, then per case)' },
} as const;
