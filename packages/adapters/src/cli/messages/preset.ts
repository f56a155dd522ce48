// How the command line prints `signaalreis preset list | show | validate | diff | test`: help and
// output lines (the checks themselves are in rules-presets, with their own messages).
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis preset …`. */
export const PRESET_CLI_MESSAGES = {
  description: {
    nl: 'Gemeentepresets: tonen, controleren, vergelijken en testen.',
    en: 'Municipality presets: list, show, validate, compare and test them.',
  },
  listHelp: { nl: 'De meegeleverde gemeentepresets tonen.', en: 'List the bundled municipality presets.' },
  showHelp: {
    nl: 'Een preset tonen (id of JSON-bestand), met de presets waarvan die afstamt erin verwerkt.',
    en: 'Show a preset (id or JSON file) with its parents merged in.',
  },
  validateHelp: {
    nl: 'Een preset-bestand controleren: opbouw, verdeeltabel, capaciteit, rondlopende overloop, extends.',
    en: 'Check a preset JSON file: structure, routing table, capacities, overflow loops, extends.',
  },
  diffHelp: {
    nl: 'Tonen wat er verschilt tussen twee presets (id’s of JSON-bestanden), in woorden.',
    en: 'Show what differs between two presets (ids or JSON files), in words.',
  },
  testHelp: {
    nl: 'De testgevallen in een preset uitvoeren (signalen erin, verwachte zaken eruit): geslaagd of mislukt per geval.',
    en: "Run a preset's embedded test cases (signals in, expected cases out); pass/fail per case.",
  },
  presetArg: { nl: 'preset-id of preset-bestand (JSON)', en: 'preset id or preset JSON file' },
  fileArg: { nl: 'preset-bestand (JSON)', en: 'preset JSON file' },
  notValid: (what: string, problem: string): B => ({
    nl: `${what} is geen geldige preset: ${problem}`,
    en: `${what} is not a valid preset: ${problem}`,
  }),
  unreadNote: (files: string): B => ({
    nl: `JSON-bestanden in de map die niet te lezen waren: ${files}`,
    en: `JSON files in the folder that could not be read: ${files}`,
  }),
  ok: (file: string, lineage: string): B => ({
    nl: `${file}: in orde — ${lineage}`,
    en: `${file}: ok — ${lineage}`,
  }),
  problems: (file: string, n: number): B => ({
    nl: `${file}: ${n} ${n === 1 ? 'probleem' : 'problemen'}`,
    en: `${file}: ${n} problem${n === 1 ? '' : 's'}`,
  }),
  note: (text: string): B => ({ nl: `  let op: ${text}`, en: `  note: ${text}` }),
  root: { nl: '(hoofdniveau)', en: '(root)' },
  line: (n: number): B => ({ nl: `regel ${n}`, en: `line ${n}` }),
  noDifferences: { nl: 'Geen verschillen.', en: 'No differences.' },
  pass: { nl: 'goed', en: 'pass' },
  fail: { nl: 'FOUT', en: 'FAIL' },
  noTests: (id: string): B => ({
    nl: `${id} heeft geen testgevallen`,
    en: `${id} has no embedded test cases`,
  }),
  testTotals: (passed: number, failed: number): B => ({
    nl: `${passed} geslaagd, ${failed} mislukt`,
    en: `${passed} passed, ${failed} failed`,
  }),
  // preset show
  type: (type: string): B => ({ nl: `soort: ${type}`, en: `type: ${type}` }),
  lineage: (lineage: string): B => ({ nl: `afstamming: ${lineage}`, en: `lineage: ${lineage}` }),
  sources: { nl: 'bronnen:', en: 'sources:' },
  matching: (forward: string, partners: number, months: number): B => ({
    nl: `samenloop: doorsturen ${forward}; samenloop vanaf ${partners} partners; recidive ${months} maanden`,
    en: `matching: forward ${forward}; match from ${partners} partners; recidive ${months} months`,
  }),
  intake: (floor: string, crisis: string): B => ({
    nl: `intake: ondergrens ${floor}; crisissoorten ${crisis || 'geen'}`,
    en: `intake: floor ${floor}; crisis kinds ${crisis || 'none'}`,
  }),
  routing: (id: string, policy: string): B => ({
    nl: `verdelen: ${id} (${policy})`,
    en: `routing: ${id} (${policy})`,
  }),
  parameter: (name: string, values: string): B => ({
    nl: `  parameter ${name}: ${values}`,
    en: `  parameter ${name}: ${values}`,
  }),
  valueFrom: (value: string, from: string): B => ({
    nl: `${value} vanaf ${from}`,
    en: `${value} from ${from}`,
  }),
  rule: (id: string, label: string, bucket: string, priority: number, steps: string, source: string): B => ({
    nl: `  ${id}: ${label} → ${bucket} (prioriteit ${priority}): ${steps || 'geen contact'} [${source}]`,
    en: `  ${id}: ${label} → ${bucket} (priority ${priority}): ${steps || 'no contact'} [${source}]`,
  }),
  teams: { nl: 'eigen teams:', en: 'own teams:' },
  team: (id: string, label: string, source: string): B => ({
    nl: `  ${id}: ${label} [${source}]`,
    en: `  ${id}: ${label} [${source}]`,
  }),
  capacity: { nl: 'capaciteit per maand:', en: 'capacity a month:' },
  unlimited: { nl: '  onbeperkt', en: '  unlimited' },
  allTeams: { nl: 'alle teams', en: 'all teams' },
  overflow: { nl: 'overloop:', en: 'overflow:' },
  full: { nl: 'vol', en: 'full' },
  fallbacks: { nl: 'terugvallen:', en: 'fallbacks:' },
  without: (channel: string, missing: string, to: string, source: string): B => ({
    nl: `  ${channel} zonder ${missing} → ${to} [${source}]`,
    en: `  ${channel} without ${missing} → ${to} [${source}]`,
  }),
  none: { nl: '  geen', en: '  none' },
} as const;

/** What `preset show` names by its words, not its ids (labels, not messages). */
export const PRESET_WORDS = {
  /** A preset's `municipalityType`, in words. */
  municipalityType: {
    small: { nl: 'kleine gemeente', en: 'small municipality' },
    medium: { nl: 'middelgrote gemeente', en: 'medium municipality' },
    large: { nl: 'grote gemeente', en: 'large municipality' },
    regional: { nl: 'regionaal team', en: 'regional team' },
  },
  /** `matching.forward`, in words. */
  forward: {
    all: { nl: 'alle signalen', en: 'every signal' },
    'matches-only': { nl: 'alleen samenlopen', en: 'matches only' },
  },
  /** A rule table's hit policy, in words. */
  hitPolicy: {
    first: { nl: 'de eerste regel die past', en: 'the first rule that fits' },
    collect: { nl: 'alle regels die passen', en: 'every rule that fits' },
    unique: { nl: 'precies één regel past', en: 'exactly one rule fits' },
  },
  /** The contact data a fallback stands in for. */
  contactData: {
    phone: { nl: 'telefoonnummer', en: 'phone number' },
    email: { nl: 'e-mailadres', en: 'e-mail address' },
    address: { nl: 'adres', en: 'address' },
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, B>>>>;
