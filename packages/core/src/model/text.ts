import * as z from 'zod';
import { TEXT_LIMITS } from './json-limits';
// The one bilingual text convention: every text shown to people is a `Bilingual` — Dutch for
// municipal officers (the default), English on request.

/**
 * A text in Dutch and English. Every message, label and explanation that people read is one of
 * these; pick the language at the edge (`text[lang]`).
 *
 * @example
 * ```ts
 * import type { Bilingual } from '@signaalreis/core';
 * const label: Bilingual = { nl: 'Huisbezoek', en: 'Home visit' };
 * label.nl; // 'Huisbezoek'
 * ```
 */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/**
 * A language of the texts: Dutch (`nl`, the default for officers) or English (`en`).
 */
export type Lang = 'nl' | 'en';

/**
 * Makes a {@link Bilingual}: Dutch first, then English.
 *
 * @example
 * ```ts
 * import { bi } from '@signaalreis/core';
 * bi('Bedrag onder de ondergrens', 'Amount below the floor').en; // 'Amount below the floor'
 * ```
 */
export function bi(nl: string, en: string): Bilingual {
  return { nl, en };
}

/**
 * Joins bilingual texts per language with a separator.
 *
 * @example
 * ```ts
 * import { bi, joinBilingual } from '@signaalreis/core';
 * joinBilingual([bi('Opgepakt.', 'Picked up.'), bi('Brief.', 'Letter.')]).nl; // 'Opgepakt. Brief.'
 * ```
 */
export function joinBilingual(texts: readonly Bilingual[], separator = ' '): Bilingual {
  return {
    nl: texts.map((t) => t.nl).join(separator),
    en: texts.map((t) => t.en).join(separator),
  };
}

/**
 * zod schema of a {@link Bilingual} label in presets and tables: both languages, non-empty, at most
 * `TEXT_LIMITS.label` characters each.
 *
 * @example
 * ```ts
 * import { BilingualSchema } from '@signaalreis/core';
 * BilingualSchema.safeParse({ nl: 'Huisbezoek', en: 'Home visit' }).success; // true
 * BilingualSchema.safeParse({ nl: 'Huisbezoek' }).success; // false: English missing
 * ```
 */
export const BilingualSchema = /* @__PURE__ */ z
  .object({
    nl: z.string().min(1).max(TEXT_LIMITS.label),
    en: z.string().min(1).max(TEXT_LIMITS.label),
  })
  .strict();
