// The command line's general sentences: the program, the help words, options most commands share,
// the parse errors of option values, and the errors of `main` (Dutch B1 first, then English).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** The program, its help words and its general errors. */
export const COMMON_MESSAGES = {
  badEnvChoice: (name: string, value: string, allowed: string): B => ({
    nl: `${name}="${value}" is onbekend: gebruik ${allowed} (of laat de variabele leeg)`,
    en: `${name}="${value}" is unknown: use ${allowed} (or leave the variable empty)`,
  }),
  program: {
    nl: 'Vroegsignalering van betalingsachterstanden: signaalbestanden controleren, samenvoegen en verdelen.',
    en: 'Early detection of payment arrears (vroegsignalering): check and summarise signal files.',
  },
  langHelp: {
    nl: 'taal van de uitvoer: nl (Nederlands) of en (English); zonder deze optie beslist de taalinstelling (LANG)',
    en: 'language of the output: nl (Dutch) or en (English); without it, the locale (LANG) decides',
  },
  badLang: (value: string): B => ({
    nl: `--lang kent alleen nl (Nederlands) en en (English), niet "${value}"`,
    en: `--lang takes nl (Dutch) or en (English), not "${value}"`,
  }),
  helpOption: { nl: 'toon de hulp bij deze opdracht', en: 'display help for command' },
  helpCommand: { nl: 'toon de hulp bij een opdracht', en: 'display help for command' },
  formatHelp: { nl: 'vorm van de uitvoer: text of json', en: 'output format' },
  csvDialectHelp: {
    nl: 'soort CSV: rfc4180, of excel-nl voor Nederlandse Excel (; , BOM CRLF)',
    en: 'CSV flavour: rfc4180, or excel-nl for Dutch Excel (; , BOM CRLF)',
  },
  xlsxHelp: {
    nl: 'schrijf naast de CSV-bestanden ook Excel-werkmappen (.xlsx)',
    en: 'also write Excel workbooks (.xlsx) beside the CSV files',
  },
  exportHelp: {
    nl: 'Gegevens schrijven voor andere systemen (ddas).',
    en: 'Write data for other systems (ddas).',
  },
  importHelp: { nl: 'Gegevens lezen van andere systemen (ddas).', en: 'Read data of other systems (ddas).' },
  badDate: {
    nl: 'Verwacht een echte datum, geschreven als JJJJ-MM-DD.',
    en: 'Expected a real date written YYYY-MM-DD.',
  },
  badMonth: { nl: 'Verwacht een maand, geschreven als JJJJ-MM.', en: 'Expected a month written YYYY-MM.' },
  badMunicipality: {
    nl: 'Verwacht een CBS-gemeentecode van vier cijfers, bijvoorbeeld 0363 of GM0363.',
    en: 'Expected a CBS municipality code of four digits, e.g. 0363 or GM0363.',
  },
  unexpected: (message: string): B => ({
    nl: `onverwachte fout: ${message}`,
    en: `unexpected error: ${message}`,
  }),
  pleaseReport: {
    nl: 'dit is een fout in signaalreis; meld die met de opdracht die u gaf (zonder persoonsgegevens).',
    en: 'this is a bug; please report it with the command you ran (without personal data).',
  },
  note: (text: string): B => ({ nl: `let op: ${text}`, en: `note: ${text}` }),
  warning: (text: string): B => ({ nl: `waarschuwing: ${text}`, en: `warning: ${text}` }),
  moreOfKind: (n: number): B => ({
    nl: ` (en nog ${n} van dezelfde soort)`,
    en: ` (and ${n} more of the same kind)`,
  }),
  /** The phase of a bar while case files are read (`export ddas`, `report`). */
  phaseRead: { nl: 'zaakbestanden lezen', en: 'reading case files' },
  /** The phases of a bar while an output folder is written (`letters`, `import ddas`). */
  phaseWriteFiles: { nl: 'bestanden schrijven', en: 'writing files' },
  phaseFlushFiles: { nl: 'bestanden op schijf', en: 'files to disk' },
  // the bar of a long command's phases (stderr, a terminal only): cli-progress's tokens, {phase} the phase
  phasedProgress: {
    nl: '{phase} [{bar}] {percentage}% | {value}/{total} | nog {eta_formatted}',
    en: '{phase} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left',
  },
  cannotWrite: { nl: 'kan niet schrijven', en: 'cannot write' },
  andMore: (n: number): B => ({ nl: ` (en nog ${n} van dezelfde soort)`, en: ` (and ${n} more like it)` }),
} as const;

/** The titles and words of commander's help, in Dutch (English keeps commander's own). */
export const HELP_WORDS: Readonly<Record<string, string>> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
  '[options]': '[opties]',
  '[command]': '[opdracht]',
  'default:': 'standaard:',
  'choices:': 'keuze uit:',
  'env:': 'omgevingsvariabele:',
  'preset:': 'vooraf:',
};

/**
 * Commander's own error messages (commander 14) in Dutch: unknown option or command, a missing
 * argument or option value, a required option, too many arguments, an invalid value. A message
 * that matches none is returned unchanged.
 */
export function dutchCommanderError(message: string): string {
  const m = message.trim().replace(/^error:\s*/i, '');
  const suggestion = (rest: string | undefined) => {
    if (!rest) return '';
    const one = /\(Did you mean one of (.+)\?\)/.exec(rest);
    if (one) return ` (bedoeld: een van ${one[1]}?)`;
    const single = /\(Did you mean (.+)\?\)/.exec(rest);
    return single ? ` (bedoeld: ${single[1]}?)` : '';
  };
  const rules: [RegExp, (r: RegExpExecArray) => string][] = [
    [/^unknown option '(.+?)'([\s\S]*)$/, (r) => `onbekende optie '${r[1]}'${suggestion(r[2])}`],
    [/^unknown command '(.+?)'([\s\S]*)$/, (r) => `onbekende opdracht '${r[1]}'${suggestion(r[2])}`],
    [/^missing required argument '(.+?)'$/, (r) => `het argument '${r[1]}' ontbreekt`],
    [/^option '(.+?)' argument missing$/, (r) => `de optie '${r[1]}' heeft een waarde nodig`],
    [/^required option '(.+?)' not specified$/, (r) => `de optie '${r[1]}' is verplicht`],
    [
      /^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (r) => `te veel argumenten${r[1] ? ` voor '${r[1]}'` : ''}: verwacht ${r[2]}, gekregen ${r[3]}`,
    ],
    [
      /^option '(.+?)' argument '(.*?)' is invalid\.\s*([\s\S]*)$/,
      (r) => `de waarde '${r[2]}' van de optie '${r[1]}' klopt niet. ${choices(r[3] ?? '')}`.trim(),
    ],
    [
      /^command-argument value '(.*?)' is invalid for argument '(.+?)'\.\s*([\s\S]*)$/,
      (r) => `de waarde '${r[1]}' van het argument '${r[2]}' klopt niet. ${choices(r[3] ?? '')}`.trim(),
    ],
  ];
  for (const [pattern, dutch] of rules) {
    const r = pattern.exec(m);
    if (r) return dutch(r);
  }
  return m;
}

const choices = (text: string) => text.replace(/^Allowed choices are (.+)\.$/, 'Mogelijk zijn: $1.');
