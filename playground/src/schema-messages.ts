// The JSON Schema check's errors (json-schema-library's `code` and `data`) as Bilingual sentences:
// the library writes English only, the page speaks Dutch by default.
import { type Bilingual, excerpt } from '@signaalreis/core';

/** What the page reads of a json-schema-library error. */
export interface SchemaError {
  code: string;
  data?: Record<string, unknown>;
}

const TYPES: Record<string, Bilingual> = {
  string: { nl: 'tekst', en: 'text' },
  integer: { nl: 'een geheel getal', en: 'a whole number' },
  number: { nl: 'een getal', en: 'a number' },
  object: { nl: 'een object { … }', en: 'an object { … }' },
  array: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
  boolean: { nl: 'true of false', en: 'true or false' },
  null: { nl: 'null', en: 'null' },
};

const typeName = (t: unknown, lang: 'nl' | 'en'): string =>
  Array.isArray(t)
    ? t.map((x) => typeName(x, lang)).join(lang === 'nl' ? ' of ' : ' or ')
    : (TYPES[String(t)]?.[lang] ?? shown(t));

/** A value from the text or the schema, short; `?` when the library sent none. */
const shown = (v: unknown): string =>
  v === undefined ? '?' : excerpt(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
const list = (v: unknown): string =>
  Array.isArray(v) ? excerpt(v.map((x) => JSON.stringify(x)).join(', '), 200) : shown(v);

/** The codes {@link schemaMessage} has its own sentence for. */
export const SCHEMA_CODES = [
  'type-error',
  'no-additional-properties-error',
  'required-property-error',
  'enum-error',
  'minimum-error',
  'maximum-error',
  'min-length-error',
  'max-length-error',
  'pattern-error',
  'min-items-error',
  'max-items-error',
  'one-of-error',
  'any-of-error',
  'one-of-property-error',
] as const;

/**
 * A schema error as a sentence in Dutch and English. Values from the text are shown as short
 * excerpts; an unknown code falls back to naming it.
 */
export function schemaMessage(error: SchemaError): Bilingual {
  const d = error.data ?? {};
  switch (error.code) {
    case 'type-error':
      if (d.expected === undefined) return { nl: 'Verkeerd soort waarde', en: 'Wrong kind of value' };
      return {
        nl: `Verwacht ${typeName(d.expected, 'nl')}, maar kreeg ${typeName(d.received, 'nl')}`,
        en: `Expected ${typeName(d.expected, 'en')}, but got ${typeName(d.received, 'en')}`,
      };
    case 'no-additional-properties-error':
      return {
        nl: `Onbekend veld "${shown(d.property)}"`,
        en: `Unknown key "${shown(d.property)}"`,
      };
    case 'required-property-error':
      return {
        nl: `Verplicht veld "${shown(d.key)}" ontbreekt`,
        en: `Required key "${shown(d.key)}" is missing`,
      };
    case 'enum-error':
      return {
        nl: `Onbekende waarde ${JSON.stringify(shown(d.value))}; kies uit: ${list(d.values)}`,
        en: `Unknown value ${JSON.stringify(shown(d.value))}; choose from: ${list(d.values)}`,
      };
    case 'minimum-error':
      return { nl: `Te klein: minimaal ${shown(d.minimum)}`, en: `Too small: at least ${shown(d.minimum)}` };
    case 'maximum-error':
      return { nl: `Te groot: maximaal ${shown(d.maximum)}`, en: `Too large: at most ${shown(d.maximum)}` };
    case 'min-length-error':
      return {
        nl: `Te kort: minimaal ${shown(d.minLength)} teken(s)`,
        en: `Too short: at least ${shown(d.minLength)} character(s)`,
      };
    case 'max-length-error':
      return {
        nl: `Te lang: maximaal ${shown(d.maxLength)} tekens`,
        en: `Too long: at most ${shown(d.maxLength)} characters`,
      };
    case 'pattern-error':
      return {
        nl: `Ongeldige vorm ${JSON.stringify(shown(d.received ?? d.value))}: verwacht het patroon ${shown(d.pattern)}`,
        en: `Invalid form ${JSON.stringify(shown(d.received ?? d.value))}: expected the pattern ${shown(d.pattern)}`,
      };
    case 'min-items-error':
      return {
        nl: `Te weinig elementen: minimaal ${shown(d.minItems)}`,
        en: `Too few items: at least ${shown(d.minItems)}`,
      };
    case 'max-items-error':
      return {
        nl: `Te veel elementen: maximaal ${shown(d.maxItems)}`,
        en: `Too many items: at most ${shown(d.maxItems)}`,
      };
    case 'one-of-error':
    case 'any-of-error':
    case 'one-of-property-error':
      return {
        nl: 'Past bij geen van de toegestane vormen voor deze plek',
        en: 'Matches none of the forms allowed here',
      };
    default:
      return {
        nl: `Voldoet niet aan het JSON Schema (${shown(error.code)})`,
        en: `Does not match the JSON Schema (${shown(error.code)})`,
      };
  }
}

/** The JSON path of a schema error (`#/routing/capacity/0` → `['routing', 'capacity', '0']`), and whether it is about a key. */
export function schemaErrorPath(error: SchemaError): { path: string[]; onKey: boolean } {
  const pointer = typeof error.data?.pointer === 'string' ? error.data.pointer : '#';
  const path = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  const key = error.code === 'no-additional-properties-error' ? error.data?.property : undefined;
  return typeof key === 'string' ? { path: [...path, key], onKey: true } : { path, onKey: false };
}
