// Every text of the preset playground, in Dutch and English (Dutch is the default). The page's
// static text has `data-t="<key>"` and is set from STATIC; sentences with values are functions.
import type { Bilingual, Lang } from '@signaalreis/core';

/** Texts of elements with `data-t` (index.html holds the Dutch ones, so the page reads before the script runs). */
export const STATIC = {
  title: { nl: 'Preset-speeltuin', en: 'Preset playground' },
  intro: {
    nl: 'Probeer een gemeentelijke preset uit: kies er een, pas hem aan en zie meteen wat er verandert. Alles draait in deze browser; er gaat niets naar een server.',
    en: 'Try out a municipality preset: pick one, change it and see at once what changes. Everything runs in this browser; nothing is sent to a server.',
  },
  language: { nl: 'Taal', en: 'Language' },
  pickHeading: { nl: '1. Kies een preset', en: '1. Pick a preset' },
  presetLabel: { nl: 'Preset', en: 'Preset' },
  modeLegend: { nl: 'Beginnen met', en: 'Start with' },
  modeEdit: { nl: 'de preset zelf (bewerken)', en: 'the preset itself (edit)' },
  modeCopy: { nl: 'een kopie die erop voortbouwt ("extends")', en: 'a copy that builds on it ("extends")' },
  open: { nl: 'Openen in de editor', en: 'Open in the editor' },
  editHeading: { nl: '2. Bewerk de preset (JSON)', en: '2. Edit the preset (JSON)' },
  editHelp: {
    nl: 'Ctrl+Spatie vult sleutels en waarden aan uit het JSON Schema; problemen zijn onderstreept en staan in de lijst onder de editor. Tab gaat naar het volgende onderdeel van de pagina.',
    en: 'Ctrl+Space completes keys and values from the JSON Schema; problems are underlined and listed below the editor. Tab moves on to the next part of the page.',
  },
  download: { nl: 'Preset downloaden (JSON)', en: 'Download preset (JSON)' },
  diffHeading: { nl: '3. Verschillen met het origineel', en: '3. Differences from the original' },
  testsHeading: { nl: '4. Ingebouwde tests', en: '4. Embedded tests' },
  monthHeading: { nl: '5. Voorbeeldmaand', en: '5. Sample month' },
  monthHelp: {
    nl: 'Synthetische signalen van oktober 2026 (examples/data), met augustus en september als geschiedenis.',
    en: 'Synthetic signals of October 2026 (examples/data), with August and September as history.',
  },
  runMonth: { nl: 'Voorbeeldmaand draaien', en: 'Run the sample month' },
} satisfies Record<string, Bilingual>;

/** Keys of {@link STATIC}. */
export type StaticKey = keyof typeof STATIC;

/** Sentences with values, each a `Bilingual`. */
export const T = {
  editorLabel: { nl: 'Preset als JSON', en: 'Preset as JSON' },
  loading: { nl: 'Bezig met laden…', en: 'Loading…' },
  ok: (lineage: string[]): Bilingual => ({
    nl: `De preset laadt: ${lineage.join(' → ')}`,
    en: `The preset loads: ${lineage.join(' → ')}`,
  }),
  problems: (n: number): Bilingual => ({
    nl: n === 1 ? '1 probleem' : `${n} problemen`,
    en: n === 1 ? '1 problem' : `${n} problems`,
  }),
  problemAt: (line: number, column: number): Bilingual => ({
    nl: `regel ${line}, kolom ${column}`,
    en: `line ${line}, column ${column}`,
  }),
  sourceLoader: { nl: 'signaalreis', en: 'signaalreis' },
  sourceSchema: { nl: 'JSON Schema', en: 'JSON Schema' },
  diffBase: (id: string): Bilingual => ({ nl: `Vergeleken met ${id}.`, en: `Compared with ${id}.` }),
  noDiff: {
    nl: 'Geen verschillen: deze preset werkt hetzelfde.',
    en: 'No differences: this preset behaves the same.',
  },
  notLoaded: {
    nl: 'Nog niet beschikbaar: los eerst de problemen in de editor op.',
    en: 'Not available yet: first solve the problems in the editor.',
  },
  testsRunning: { nl: 'Tests lopen…', en: 'Tests are running…' },
  noTests: { nl: 'Deze preset heeft geen tests.', en: 'This preset has no tests.' },
  testsSummary: (passed: number, failed: number): Bilingual => ({
    nl: `${passed} geslaagd, ${failed} mislukt`,
    en: `${passed} passed, ${failed} failed`,
  }),
  pass: { nl: 'geslaagd', en: 'passed' },
  fail: { nl: 'mislukt', en: 'failed' },
  monthRunning: { nl: 'De maand wordt gedraaid…', en: 'Running the month…' },
  monthFailed: { nl: 'De maand kon niet worden gedraaid:', en: 'The month could not be run:' },
  monthCases: (cases: number, matches: number): Bilingual => ({
    nl: `${cases} zaken (${matches} matches)`,
    en: `${cases} cases (${matches} matches)`,
  }),
  monthIntake: (pickedUp: number, crisis: number, manual: number, not: number): Bilingual => ({
    nl: `${pickedUp} opgepakt (waarvan crisis ${crisis}), ${manual} handmatig beoordelen, ${not} niet opgepakt`,
    en: `${pickedUp} picked up (crisis ${crisis}), ${manual} manual review, ${not} not picked up`,
  }),
  monthInput: (signals: number, history: number, decidedOn: string): Bilingual => ({
    nl: `${signals} signalen, ${history} signalen als geschiedenis, besloten op ${decidedOn}`,
    en: `${signals} signals, ${history} history signals, decided on ${decidedOn}`,
  }),
  byBucket: { nl: 'Per bakje', en: 'Per bucket' },
  byChannel: { nl: 'Per eerste kanaal en team', en: 'Per primary channel and team' },
  capacity: { nl: 'Capaciteit', en: 'Capacity' },
  worklist: (shown: number, total: number): Bilingual => ({
    nl: `Werklijst: de eerste ${shown} van ${total} regels (persoonsgegevens gemaskeerd)`,
    en: `Worklist: the first ${shown} of ${total} lines (personal data masked)`,
  }),
  count: { nl: 'aantal', en: 'count' },
  col: {
    bucket: { nl: 'bakje', en: 'bucket' },
    channel: { nl: 'kanaal', en: 'channel' },
    team: { nl: 'team', en: 'team' },
    perMonth: { nl: 'per maand', en: 'per month' },
    used: { nl: 'gebruikt', en: 'used' },
    overflowOut: { nl: 'overloop weg', en: 'overflow out' },
    unplaced: { nl: 'niet geplaatst', en: 'unplaced' },
    caseId: { nl: 'zaak', en: 'case' },
    deadline: { nl: 'uiterlijk', en: 'deadline' },
    name: { nl: 'naam', en: 'name' },
    phone: { nl: 'telefoon', en: 'phone' },
    email: { nl: 'e-mail', en: 'e-mail' },
    amount: { nl: 'bedrag', en: 'amount' },
  },
  noLimit: { nl: 'geen grens', en: 'no limit' },
  allTeams: { nl: 'alle teams', en: 'all teams' },
  warnings: (n: number): Bilingual => ({
    nl: `${n} waarschuwing(en) van de maand`,
    en: `${n} warning(s) of the month`,
  }),
  downloaded: (name: string): Bilingual => ({ nl: `Gedownload als ${name}`, en: `Downloaded as ${name}` }),
  copyLabel: (parent: Bilingual): Bilingual => ({
    nl: `Mijn gemeente (op basis van ${parent.nl})`,
    en: `My town (based on ${parent.en})`,
  }),
  outcome: {
    'picked-up': { nl: 'opgepakt', en: 'picked up' },
    crisis: { nl: 'crisis', en: 'crisis' },
    'manual-review': { nl: 'handmatig beoordelen', en: 'manual review' },
    'not-picked-up': { nl: 'niet opgepakt', en: 'not picked up' },
    matched: { nl: 'alleen gematcht', en: 'matched only' },
  } as Record<string, Bilingual>,
} as const;

/** The text of `b` in `lang`. */
export const tr = (b: Bilingual, lang: Lang): string => b[lang];
