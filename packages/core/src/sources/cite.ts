// Citations as people read them: a citation names source keys (docs/sources.md) with an English
// locator ("signaalreis-2023, annex, municipality 4"); an explanation shows the title instead of
// the key and, in Dutch, Dutch locator words ("…, bijlage, gemeente 4") and — for the project's
// own citations — Dutch notes (citations-nl.ts).
import type { Lang } from '../model/text';
import { CITATIONS_NL } from './citations-nl';
import { isSourceKey, SOURCES, type SourceKey } from './registry';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEYS = Object.keys(SOURCES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// The locator words a citation may use after its key, each translated for Dutch explanations.
const LOCATOR = String.raw`annex|body|section \d+(?:\.\d+)*|art\. \d+[a-z]*(?:–\d+[a-z]*)?|municipalit(?:y|ies) \d+(?:(?:, | and )\d+)*|energy suppliers?(?: [A-Z](?!\w))?|health insurers?(?: [A-Z](?!\w))?`;
const CITATION = new RegExp(String.raw`(?<![\w./-])(${KEYS})(?![\w-]|\.\d)((?:, (?:${LOCATOR}))*)`, 'g');
const DUTCH: [RegExp, string][] = [
  [/\bannex\b/g, 'bijlage'],
  [/\bbody\b/g, 'hoofdtekst'],
  [/\bsection\b/g, 'paragraaf'],
  [/\bmunicipalities\b/g, 'gemeenten'],
  [/\bmunicipality\b/g, 'gemeente'],
  [/\benergy suppliers\b/g, 'energieleveranciers'],
  [/\benergy supplier\b/g, 'energieleverancier'],
  [/\bhealth insurers\b/g, 'zorgverzekeraars'],
  [/\bhealth insurer\b/g, 'zorgverzekeraar'],
  [/ and /g, ' en '],
];

function title(key: SourceKey, lang: Lang): string {
  if (key === 'project default') return lang === 'nl' ? 'projectkeuze' : 'project default';
  return SOURCES[key].title;
}

function locator(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return DUTCH.reduce((out, [from, to]) => out.replace(from, to), text);
}

/** {@link citeSource}, remembered per language: it is pure, and its regular expressions are the slow part. */
const CITED = { nl: new Map<string, string>(), en: new Map<string, string>() };

/**
 * Renders a citation for people: every source key becomes its title from {@link SOURCES}, and the
 * locator right after a key is put in Dutch for `nl` (annex → bijlage, municipality → gemeente,
 * energy supplier → energieleverancier, health insurer → zorgverzekeraar). For `nl`, a citation of
 * the project's own presets and defaults is first replaced by its Dutch form, whose notes are in
 * Dutch ("(picked up the same day)" → "(dezelfde dag opgepakt)"); quotes of the sources stay as
 * written, and so does any other citation (a council decision in a municipality's own preset).
 *
 * @example
 * ```ts
 * import { citeSource } from '@signaalreis/core';
 * citeSource('signaalreis-2023, annex, municipality 4 (recidive within 6 months)', 'nl');
 * // 'Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4 (recidive binnen 6 maanden)'
 * citeSource('project default (a call when no visit is left)', 'nl');
 * // 'projectkeuze (een telefoontje als er geen huisbezoek meer over is)'
 * citeSource('project default (a call when no visit is left)', 'en');
 * // 'project default (a call when no visit is left)'
 * citeSource('raadsbesluit 2026-03 (two visits a week)', 'nl'); // 'raadsbesluit 2026-03 (two visits a week)': not the project's
 * ```
 */
export function citeSource(citation: string, lang: Lang = 'nl'): string {
  const memo = lang === 'nl' ? CITED.nl : lang === 'en' ? CITED.en : undefined;
  let cited = memo?.get(citation);
  if (cited === undefined) {
    const written = lang === 'nl' ? (CITATIONS_NL.get(citation) ?? citation) : citation;
    cited = written.replace(CITATION, (_all, key: string, loc: string) =>
      isSourceKey(key) ? `${title(key, lang)}${locator(loc, lang)}` : _all,
    );
    // a month's explanations cite a handful of sources thousands of times (project default: 4096 kept)
    if (memo && memo.size >= 4096) memo.clear();
    memo?.set(citation, cited);
  }
  return cited;
}

/**
 * One citation of a source text: its text and the source key it starts with, if any.
 *
 * @example
 * ```ts
 * import type { CitationPart } from '@signaalreis/core';
 * const part: CitationPart = { text: 'wgs, art. 1', key: 'wgs' };
 * ```
 */
export interface CitationPart {
  /** The citation as written, trimmed. */
  text: string;
  /** The key of {@link SOURCES} the citation starts with; absent when it starts otherwise. */
  key?: SourceKey;
}

/** Splits at `;` outside parentheses and double quotes. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && c === ';') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const KEY_AHEAD = String.raw`(${KEYS})(?=$|[,:;]| \()`;
const LEADING_KEY = new RegExp(`^${KEY_AHEAD}`);
// An aspect in front of the key: "team: signaalreis-2023, annex, municipality 2".
const ASPECT_KEY = new RegExp(`^[a-z][a-z -]*: ${KEY_AHEAD}`);

/**
 * Splits a source text into its citations (joined by `;` outside parentheses and quotes) and
 * names the source key each starts with, after an optional aspect in lower case ("team: wgs").
 * A checker can then require a key (or a page of the repository) at the start of every citation.
 *
 * @example
 * ```ts
 * import { splitCitation } from '@signaalreis/core';
 * splitCitation('wgs (act on every signal); signaalreis-2023, annex, municipality 5');
 * // [{ text: 'wgs (act on every signal)', key: 'wgs' },
 * //  { text: 'signaalreis-2023, annex, municipality 5', key: 'signaalreis-2023' }]
 * splitCitation('upper bound: lcv'); // [{ text: 'upper bound: lcv', key: 'lcv' }]
 * splitCitation('Wgs'); // [{ text: 'Wgs' }]: keys are lower case
 * ```
 */
export function splitCitation(source: string): CitationPart[] {
  return topLevelParts(source).map((text) => {
    const key = (LEADING_KEY.exec(text) ?? ASPECT_KEY.exec(text))?.[1];
    return key !== undefined && isSourceKey(key) ? { text, key } : { text };
  });
}
