// The sentences of `signaalreis simulate report` (issue 16): (re)drawing the HTML report of a
// saved simulation result.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `simulate report`. */
export const SIMULATE_REPORT_MESSAGES = {
  description: {
    nl: 'Het HTML-rapport (opnieuw) maken van een bewaarde simulatie (simulation.json): grafieken per maat, basis en hervormingen naast elkaar, met 90 %-intervallen; printbaar op A4, laadt niets van buiten',
    en: '(Re)draw the HTML report of a saved simulation (simulation.json): charts per measure, base and reforms side by side, with 90 % intervals; prints on A4, loads nothing from elsewhere',
  },
  fileArg: {
    nl: 'simulation.json van signaalreis simulate',
    en: 'simulation.json of signaalreis simulate',
  },
  outHelp: { nl: 'het HTML-bestand dat geschreven wordt', en: 'the HTML file to write' },
  needOut: {
    nl: 'geef met --out <bestand.html> aan waar de pagina komt',
    en: 'say with --out <file.html> where the page goes',
  },
  notResult: {
    nl: 'geen simulatie-uitkomst van signaalreis (signaalreis-simulation/1)',
    en: 'not a signaalreis simulation result (signaalreis-simulation/1)',
  },
  written: (file: string, scenarios: number, measures: number): B => ({
    nl: `${file} geschreven: ${scenarios} scenario's, ${measures} maten.`,
    en: `Wrote ${file}: ${scenarios} scenarios, ${measures} measures.`,
  }),
} as const;
