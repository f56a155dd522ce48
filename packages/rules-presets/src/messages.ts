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
  unsupported_format_version: (version: string, major: number): Bilingual => ({
    nl: `Presetformaat ${excerpt(version)} is nieuwer dan dit pakket kan lezen (${major}.x)`,
    en: `Preset format ${excerpt(version)} is newer than this package reads (${major}.x)`,
  }),
} as const;

/** The failure lines of an embedded preset test (`runPresetTests`). */
export const PRESET_TEST_MESSAGES = {
  noMonth: { nl: 'de test heeft geen signalen en geen maand', en: 'the test has no signals and no month' },
  runIssue: (path: readonly (string | number)[], message: Bilingual): Bilingual => ({
    nl: `${path.join('.')}: ${message.nl}`,
    en: `${path.join('.')}: ${message.en}`,
  }),
  noCase: (key: string, keys: readonly string[]): Bilingual => ({
    nl: `${key}: geen casus (casussen: ${keys.join(', ') || 'geen'})`,
    en: `${key}: no case (cases: ${keys.join(', ') || 'none'})`,
  }),
  differs: (key: string, field: string, got: string | undefined, want: string): Bilingual => ({
    nl: `${key}: ${field} is ${got ?? '(geen)'}, verwacht ${want}`,
    en: `${key}: ${field} is ${got ?? '(none)'}, expected ${want}`,
  }),
} as const;
