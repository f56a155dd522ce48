// The texts of rules-presets in one place (Dutch for officers, plain B1; and English): issue
// messages of the preset loaders and the failure lines of the embedded preset tests.
import { type Bilingual, excerpt } from '@signaalreis/core';

/** Most ids a message lists (project default): a folder may hold many presets. */
const MAX_LISTED = 20;

/** Ids for a message: at most {@link MAX_LISTED}, each an excerpt. */
export function listIds(ids: readonly string[]): Bilingual {
  const shown = ids
    .slice(0, MAX_LISTED)
    .map((id) => excerpt(id))
    .join(', ');
  const more = ids.length - MAX_LISTED;
  return more > 0
    ? { nl: `${shown} … en nog ${more}`, en: `${shown} … and ${more} more` }
    : { nl: shown, en: shown };
}

/** The issue messages of the preset loaders, by issue code. */
export const PRESET_MESSAGES = {
  forbidden_key: (key: string): Bilingual => ({
    nl: `De sleutel "${key}" mag niet in een preset staan`,
    en: `The key "${key}" is not allowed`,
  }),
  not_an_object: { nl: 'Een preset moet een JSON-object zijn', en: 'A preset is a JSON object' },
  id_missing: {
    nl: 'Een preset heeft een "id" nodig (een tekst)',
    en: 'A preset needs an "id" (a string)',
  },
  preset_id: {
    nl: 'Verwacht een preset-id van kleine letters, cijfers en - (zoals "mijn-gemeente")',
    en: 'Expected a preset id in kebab-case (a-z, 0-9, -)',
  },
  description: {
    nl: 'Verwacht een beschrijving: { "nl": …, "en": … } met beide teksten ingevuld, of één tekst',
    en: 'Expected a description: { "nl": …, "en": … } with both texts filled in, or one text',
  },
  circular_extends: (chain: readonly string[]): Bilingual => ({
    nl: `"extends" gaat in een kring rond: ${chain.join(' → ')}`,
    en: `Circular "extends": ${chain.join(' → ')}`,
  }),
  extends_too_deep: (max: number): Bilingual => ({
    nl: `Een keten van "extends" met meer dan ${max} presets wordt niet gevolgd`,
    en: `"extends" chains of more than ${max} presets are not followed`,
  }),
  /** `shown`: the id as it may be shown (an excerpt when it was not checked). */
  unknown_preset: (shown: string, known: readonly string[]): Bilingual => {
    const list = listIds(known);
    return {
      nl: `Onbekende preset "${shown}" (wel bekend: ${list.nl})`,
      en: `Unknown preset "${shown}" (known: ${list.en})`,
    };
  },
  unknown_criteria_preset: (id: string, known: readonly string[]): Bilingual => ({
    nl: `Onbekende criteria-preset "${excerpt(id)}". Wel bekend: ${known.join(', ')}`,
    en: `Unknown criteria preset "${excerpt(id)}"; known: ${known.join(', ')}`,
  }),
  unknown_lifecycle_preset: (id: string, known: readonly string[]): Bilingual => ({
    nl: `Onbekende levensloop-preset "${excerpt(id)}". Wel bekend: ${known.join(', ')}`,
    en: `Unknown lifecycle preset "${excerpt(id)}"; known: ${known.join(', ')}`,
  }),
  /** A problem of a parent preset, shown at the child's `extends`. */
  inParent: (parentId: string, message: Bilingual): Bilingual => ({
    nl: `in ${parentId}: ${message.nl}`,
    en: `in ${parentId}: ${message.en}`,
  }),
  preset_format_1: (key: string): Bilingual => ({
    nl: `"${key}" hoort bij presetformaat 1. Schrijf de tekst nu in "label", als { "nl": "…", "en": "…" } (presetformaat 2)`,
    en: `"${key}" belongs to preset format 1: write the text in "label" as { "nl": "…", "en": "…" } (preset format 2)`,
  }),
  contact_phone: {
    nl: 'Verwacht een telefoonnummer zoals het op een brief staat: cijfers, spaties, +, - of haakjes (bijvoorbeeld 14 0363)',
    en: 'Expected a phone number as a letter shows it: digits, spaces, +, - or brackets (e.g. 14 0363)',
  },
  contact_email: {
    nl: 'Verwacht een e-mailadres (bijvoorbeeld geldzorgen@voorbeeldstad.nl)',
    en: 'Expected an e-mail address (e.g. geldzorgen@voorbeeldstad.nl)',
  },
  contact_url: {
    nl: 'Verwacht een webadres dat begint met https://',
    en: 'Expected a web address starting with https://',
  },
  contact_sms_sender: {
    nl: 'Een sms-afzender is 1 tot 11 letters of cijfers (zonder spaties), of een telefoonnummer in de vorm +31…',
    en: 'An SMS sender is 1 to 11 letters or digits (no spaces), or a phone number in the form +31…',
  },
  unsupported_format_version: (version: string, major: number): Bilingual => ({
    nl: `Presetformaat ${excerpt(version)} is nieuwer dan dit pakket kan lezen (${major}.x)`,
    en: `Preset format ${excerpt(version)} is newer than this package reads (${major}.x)`,
  }),
} as const;

/**
 * The texts of the embedded preset tests (`runPresetTests`) in Dutch and English: failure lines,
 * and the mark and count of inherited tests that no longer apply.
 *
 * @example
 * ```ts
 * import { PRESET_TEST_MESSAGES } from '@signaalreis/rules-presets';
 * PRESET_TEST_MESSAGES.noLongerAppliesMark.nl; // 'n.v.t.' (niet van toepassing)
 * ```
 */
export const PRESET_TEST_MESSAGES = {
  /** `changes`: [Dutch sentences, English sentences] of what the copy changed. */
  noLongerApplies: (preset: string, changes: readonly (readonly string[])[]): Bilingual => {
    const [nl = [], en = []] = changes;
    return {
      nl: `overgenomen test van ${preset}, geldt niet meer: uw wijzigingen geven een andere uitkomst${nl.length ? ` (${nl.join('; ')})` : ''}`,
      en: `inherited test of ${preset}, no longer applies: your changes give another outcome${en.length ? ` (${en.join('; ')})` : ''}`,
    };
  },
  /** The mark of such a test in a list of results (instead of pass / FAIL). */
  noLongerAppliesMark: { nl: 'n.v.t.', en: 'n/a' },
  noLongerAppliesCount: (n: number): Bilingual => ({
    nl: `${n} overgenomen ${n === 1 ? 'test geldt' : 'tests gelden'} niet meer door uw wijzigingen (geen fout; schrijf eigen "tests" om ze te vervangen)`,
    en: `${n} inherited ${n === 1 ? 'test no longer applies' : 'tests no longer apply'} because of your changes (not a failure; write your own "tests" to replace them)`,
  }),
  noMonth: { nl: 'de test heeft geen signalen en geen maand', en: 'the test has no signals and no month' },
  runIssue: (path: readonly (string | number)[], message: Bilingual): Bilingual => ({
    nl: `${path.join('.')}: ${message.nl}`,
    en: `${path.join('.')}: ${message.en}`,
  }),
  noCase: (key: string, keys: readonly string[]): Bilingual => ({
    nl: `${key}: geen casus (casussen: ${keys.join(', ') || 'geen'})`,
    en: `${key}: no case (cases: ${keys.join(', ') || 'none'})`,
  }),
  differs: (key: string, field: Bilingual, got: Bilingual | undefined, want: Bilingual): Bilingual => ({
    nl: `${key}: ${field.nl} is ${got?.nl ?? '(geen)'}, verwacht ${want.nl}`,
    en: `${key}: ${field.en} is ${got?.en ?? '(none)'}, expected ${want.en}`,
  }),
} as const;

const q = (s: string) => `"${excerpt(s)}"`;
/** ", bedoelt u a of b?" / "; did you mean a or b?" — empty without suggestions. */
const meant = (suggestions: readonly string[]): Bilingual => {
  if (suggestions.length === 0) return { nl: '', en: '' };
  const nl = suggestions.map((s) => excerpt(s)).join(' of ');
  const en = suggestions.map((s) => excerpt(s)).join(' or ');
  return { nl: ` — bedoelt u ${nl}?`, en: ` — did you mean ${en}?` };
};

/** The lookups a preset can expect, in words. */
const LOOKUP = {
  register: {
    nl: 'een uittreksel van de basisregistratie personen (BRP, --register)',
    en: 'a population-register (BRP) extract (--register)',
    checksNl: 'de basisregistratie personen (BRP)',
    checksEn: 'the population register (BRP)',
    withoutNl: 'zonder uittreksel gaan de casussen naar handmatige beoordeling',
    withoutEn: 'without an extract the cases go to manual review',
    flag: '--register',
  },
  debtAssistance: {
    nl: 'de lijst van inwoners bekend bij schuldhulpverlening (--debt-assistance)',
    en: 'the list of residents known at debt assistance (--debt-assistance)',
    checksNl: 'of inwoners al bekend zijn bij schuldhulpverlening',
    checksEn: 'whether residents are known at debt assistance',
    withoutNl: 'zonder lijst worden ook inwoners opgepakt die al bekend zijn bij schuldhulpverlening',
    withoutEn: 'without the list residents already known at debt assistance are picked up too',
    flag: '--debt-assistance',
  },
} as const;

/**
 * The messages of writing a preset in Dutch and English: `extends`, rule patches, parameters,
 * windows, amounts, duplicate ids, expected lookups.
 *
 * @example
 * ```ts
 * import { AUTHORING_MESSAGES } from '@signaalreis/rules-presets';
 * AUTHORING_MESSAGES.unknownExtends('type-smal', ['type-small']).nl; // 'Onbekende preset "type-smal" — bedoelt u type-small?'
 * ```
 */
export const AUTHORING_MESSAGES = {
  /** An unknown `extends`: the nearest ids, or where to find them. */
  unknownExtends: (shown: string, suggestions: readonly string[]): Bilingual => {
    const m = meant(suggestions);
    return suggestions.length > 0
      ? { nl: `Onbekende preset ${q(shown)}${m.nl}`, en: `Unknown preset ${q(shown)}${m.en}` }
      : {
          nl: `Onbekende preset ${q(shown)}: geen meegeleverde preset en geen bestand in dezelfde map met dat id (zie "signaalreis preset list")`,
          en: `Unknown preset ${q(shown)}: not a bundled preset and no file in the same folder with that id (see "signaalreis preset list")`,
        };
  },
  /** A problem of a parent preset, reported with the parent's id (the command line adds its file). */
  inParent: (parentId: string, message: Bilingual): Bilingual => ({
    nl: `in ${parentId}: ${message.nl}`,
    en: `in ${parentId}: ${message.en}`,
  }),
  rulePatchesObject: {
    nl: '"rulePatches" is een object: regel-id → wijziging, { "add": … } of null',
    en: '"rulePatches" is an object: rule id → change, { "add": … } or null',
  },
  rulePatchShape: {
    nl: 'Een regelwijziging is een object met de velden die veranderen, { "add": { …hele regel… } } of null (verwijderen)',
    en: 'A rule patch is an object with the fields that change, { "add": { …whole rule… } } or null (remove)',
  },
  unknownRule: (id: string, suggestions: readonly string[], hintAdd: boolean): Bilingual => {
    const m = meant(suggestions);
    const add = hintAdd && suggestions.length === 0;
    return {
      nl: `Onbekende regel ${q(id)}${m.nl}${add ? ' (een nieuwe regel schrijft u als { "add": { … }, "after": "<regel-id>" })' : ''}`,
      en: `Unknown rule ${q(id)}${m.en}${add ? ' (write a new rule as { "add": { … }, "after": "<rule id>" })' : ''}`,
    };
  },
  ruleExists: (id: string): Bilingual => ({
    nl: `Regel ${q(id)} bestaat al: schrijf alleen de velden die veranderen, zonder "add"`,
    en: `Rule ${q(id)} already exists: give only the fields that change, without "add"`,
  }),
  addAndChange: (keys: readonly string[]): Bilingual => ({
    nl: `Naast "add" mogen alleen "after" of "before" staan (gevonden: ${keys.map(q).join(', ')})`,
    en: `Next to "add" only "after" or "before" may be given (found: ${keys.map(q).join(', ')})`,
  }),
  patchIdDiffers: (id: string): Bilingual => ({
    nl: `Het id van de regel is ${q(id)}, de sleutel in "rulePatches"; een ander id kan hier niet`,
    en: `The rule's id is ${q(id)}, its key in "rulePatches"; another id cannot be given here`,
  }),
  afterAndBefore: {
    nl: 'Geef "after" of "before", niet allebei',
    en: 'Give "after" or "before", not both',
  },
  unusedParameter: (name: string, suggestions: readonly string[]): Bilingual => {
    const m = meant(suggestions);
    return {
      nl: `Parameter ${q(name)} wordt door geen regel gebruikt, dus de waarde heeft geen effect${m.nl}`,
      en: `Parameter ${q(name)} is used by no rule, so its value has no effect${m.en}`,
    };
  },
  parameterNeeded: (name: string, first: string, test: string, on: string): Bilingual => ({
    nl: `Parameter ${q(name)} heeft pas een waarde vanaf ${first}, maar de test ${q(test)} rekent op ${on}: geef ook een waarde van vóór die datum`,
    en: `Parameter ${q(name)} has a value only from ${first}, but the test ${q(test)} runs on ${on}: give a value from before that date too`,
  }),
  windowOutsideCovenant: (where: string, min: number, max: number | null): Bilingual => ({
    nl: `Venster ${where} van ${min}–${max ?? 'onbeperkt'} dagen valt buiten de 30–100 dagen van het convenant (lcv; energie en water zonder maximum vanaf 2022-12-08). Klopt dit? Noem dan de bron`,
    en: `Window ${where} of ${min}–${max ?? 'unlimited'} days is outside the covenant's 30–100 days (lcv; energy and water without a maximum from 2022-12-08). If intended, name its source`,
  }),
  unknownPlaceholder: (name: string, suggestions: readonly string[]): Bilingual => {
    const m = meant(suggestions);
    return {
      nl: `{${excerpt(name)}} noemt geen parameter van de routeringstabel${m.nl}`,
      en: `{${excerpt(name)}} names no parameter of the routing table${m.en}`,
    };
  },
  expectsLookups: (lookups: readonly ('register' | 'debtAssistance')[]): Bilingual => ({
    nl: `Verwacht bij elke maand: ${lookups.map((l) => LOOKUP[l].nl).join(' en ')} (${lookups.map((l) => LOOKUP[l].withoutNl).join('; ')})`,
    en: `Expects with every month: ${lookups.map((l) => LOOKUP[l].en).join(' and ')} (${lookups.map((l) => LOOKUP[l].withoutEn).join('; ')})`,
  }),
  missingLookups: (preset: string, lookups: readonly ('register' | 'debtAssistance')[]): Bilingual => ({
    nl: `Let op: ${preset} controleert ${lookups.map((l) => LOOKUP[l].checksNl).join(' en ')}, maar het bestand ontbreekt: ${lookups.map((l) => LOOKUP[l].withoutNl).join('; ')}. Geef ${lookups.map((l) => `${LOOKUP[l].flag} <bestand.csv>`).join(' en ')}`,
    en: `Note: ${preset} checks ${lookups.map((l) => LOOKUP[l].checksEn).join(' and ')}, but the file is missing: ${lookups.map((l) => LOOKUP[l].withoutEn).join('; ')}. Pass ${lookups.map((l) => `${LOOKUP[l].flag} <file.csv>`).join(' and ')}`,
  }),
  /** `preset show` of a copy without its own description. */
  inheritedDescription: (parent: string): Bilingual => ({
    nl: `(beschrijving van ${parent}; deze kopie heeft geen eigen "description")`,
    en: `(description of ${parent}; this copy has no "description" of its own)`,
  }),
  patchesNeedExtends: {
    nl: '"rulePatches" wijzigt de regels van de preset die u uitbreidt: geef ook "extends"',
    en: '"rulePatches" changes the rules of the preset this one extends: give "extends" too',
  },
  centsInteger: {
    nl: 'Bedragen in centen moeten hele getallen zijn (€ 75,50 is 7550)',
    en: 'Amounts in cents must be whole numbers (€75.50 is 7550)',
  },
  duplicateId: (id: string, files: readonly string[]): Bilingual => ({
    nl: `Meer dan één bestand in de map heeft id ${q(id)}: ${files.map(q).join(', ')}. Geef elk bestand een eigen id`,
    en: `More than one file in the folder has id ${q(id)}: ${files.map(q).join(', ')}. Give each file its own id`,
  }),
} as const;
