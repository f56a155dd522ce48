// The limits every JSON input of signaalreis is read under (case files, presets, lifecycle
// tables), and where a problem in a JSON text is: line and column from a character offset.
// Source of every limit: project default (docs/security.md explains the values).
import type { Bilingual } from './text';

/**
 * Limits for reading untrusted JSON: how deep objects and arrays may nest, how many values a
 * document may hold, and how long the text may be. See {@link JSON_LIMITS} for the defaults.
 *
 * @example
 * ```ts
 * import { JSON_LIMITS, type JsonLimits } from '@signaalreis/core';
 * const strict: JsonLimits = { ...JSON_LIMITS, maxDepth: 16 };
 * ```
 */
export interface JsonLimits {
  /** Most levels of nested objects and arrays (a top-level object is level 1). */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, booleans, nulls) in one document. */
  maxValues: number;
  /** Most characters of the JSON text (UTF-16 code units, as `string.length` counts). */
  maxLength: number;
}

/**
 * The default limits (project default): 64 levels of nesting (the bundled presets use at most 12,
 * a case file with lifecycle records 8), 4 million values and 64 Mi characters (a case file of a
 * large municipality with records is about 3 KB a case: 20,000 cases stay under 64 MiB). File
 * readers in `@signaalreis/adapters` set a lower size per kind of file (presets 2 MiB).
 *
 * @example
 * ```ts
 * import { JSON_LIMITS } from '@signaalreis/core';
 * JSON_LIMITS.maxDepth; // 64
 * ```
 */
export const JSON_LIMITS: Readonly<JsonLimits> = Object.freeze({
  maxDepth: 64,
  maxValues: 4_000_000,
  maxLength: 64 * 1024 * 1024,
});

/**
 * Where a character offset of a text is: line and column, both counted from 1. Lines end at
 * `\n`, `\r\n` or `\r`; columns count UTF-16 code units, as editors such as VS Code do. An offset
 * past the end gives the position just after the last character.
 *
 * @example
 * ```ts
 * import { positionAt } from '@signaalreis/core';
 * positionAt('{\n  "id": ,\n}', 10); // { line: 2, column: 9 }
 * ```
 */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Every message about JSON input, in one place (to be translated with the others). Internal. */
const END = 'the end of the text';
/** Dutch for the "expected"/"found" parts of a JSON syntax message. */
const NL_PART: Readonly<Record<string, string>> = {
  [END]: 'het einde van de tekst',
  'a closing quote or an escape such as \\n': 'een afsluitend aanhalingsteken of een escape zoals \\n',
  'an escape such as \\n or \\u00e9': 'een escape zoals \\n of \\u00e9',
  'the closing quote of the string': 'het afsluitende aanhalingsteken van de tekst',
  'a digit': 'een cijfer',
  'a digit after the decimal point': 'een cijfer na de decimale punt',
  'a digit in the exponent': 'een cijfer in de exponent',
  'a key in double quotes': 'een sleutel tussen dubbele aanhalingstekens',
  'a value': 'een waarde',
  'a text': 'een tekst',
  'a character outside ASCII': 'een teken buiten ASCII',
  '"," or "]"': '"," of "]"',
  '"," or "}"': '"," of "}"',
};
const nlPart = (part: string) => NL_PART[part] ?? part;

/**
 * The messages of the JSON reader, in Dutch and English: for readers of JSON beside
 * `parseJsonText` (a file read in parts, `readJsonFileInParts` of `@signaalreis/adapters/files`),
 * so that a problem reads the same whichever reader found it. `syntax` translates the parts it
 * knows (those `parseJsonText` uses, and `the end of the text` as `end`).
 *
 * @example
 * ```ts
 * import { JSON_MESSAGES } from '@signaalreis/core';
 * JSON_MESSAGES.syntax('a value', JSON_MESSAGES.end).nl; // 'Geen JSON: verwacht een waarde, gevonden het einde van de tekst'
 * ```
 */
export const JSON_MESSAGES = {
  tooLong: (length: number, max: number): Bilingual => ({
    nl: `De tekst heeft ${length} tekens; er worden er hoogstens ${max} gelezen (projectkeuze)`,
    en: `The text has ${length} characters; at most ${max} are read (project default)`,
  }),
  syntax: (expected: string, found: string): Bilingual => ({
    nl: `Geen JSON: verwacht ${nlPart(expected)}, gevonden ${nlPart(found)}`,
    en: `Not JSON: expected ${expected}, found ${found}`,
  }),
  end: END,
  tooDeep: (max: number): Bilingual => ({
    nl: `Objecten en lijsten zijn dieper genest dan ${max} niveaus (projectkeuze); er wordt niets gelezen`,
    en: `Objects and arrays are nested deeper than ${max} levels (project default); nothing is read`,
  }),
  tooMany: (max: number): Bilingual => ({
    nl: `Het document bevat meer dan ${max} waarden (projectkeuze); er wordt niets gelezen`,
    en: `The document holds more than ${max} values (project default); nothing is read`,
  }),
  number: (shown: string, read: number): Bilingual => ({
    nl: `Het getal ${shown} valt buiten het bereik: het zou gelezen worden als ${read}, niet zoals geschreven`,
    en: `The number ${shown} is out of range: it would be read as ${read}, not as written`,
  }),
  notFinite: (value: number): Bilingual => ({
    nl: `Het getal ${value} is niet eindig; JSON kent zo'n getal niet`,
    en: `The number ${value} is not finite; JSON has no such number`,
  }),
  valueTooDeep: (max: number): Bilingual => ({
    nl: `Objecten en lijsten zijn dieper genest dan ${max} niveaus (projectkeuze), of verwijzen naar zichzelf`,
    en: `Objects and arrays are nested deeper than ${max} levels (project default), or refer to themselves`,
  }),
  duplicate: (key: string): Bilingual => ({
    nl: `De sleutel "${key}" komt twee keer voor in dit object; maar één waarde kan gelden`,
    en: `The key "${key}" appears twice in this object; only one value can count`,
  }),
  proto: {
    nl: 'De sleutel "__proto__" is niet toegestaan: die kan het prototype van een JavaScript-object veranderen',
    en: 'The key "__proto__" is not allowed: it could change the prototype of a JavaScript object',
  } as Bilingual,
} as const;

/**
 * Longest strings a preset may hold (project default), in characters: `id` for ids and names
 * (presets, rules, facts, buckets), `label` for labels and short names, `text` for descriptions
 * and sources. The bundled presets use at most 35, 121 and 755. zod schemas of presets and rule
 * tables apply them with `.max()`, so that a 10 MB id is an issue, not something to echo.
 *
 * @example
 * ```ts
 * import { TEXT_LIMITS } from '@signaalreis/core';
 * import { z } from 'zod';
 * const Label = z.string().min(1).max(TEXT_LIMITS.label);
 * ```
 */
export const TEXT_LIMITS = Object.freeze({ id: 64, label: 200, text: 4000 });
