import { addDays } from '../calendar/epoch-day';
import type { FactType } from './table-types';
import type { LeafTrace } from './trace-types';

// One leaf condition as a readable statement in Dutch or English:
// `label (value seen) operator expected (parameter name, since date)`, e.g.
// "bedrag (€ 600,00) ≥ € 500,00 (parameter floor, sinds 2023-01-01)".

/**
 * A language for explanations: Dutch (`nl`) or English (`en`).
 *
 * @example
 * ```ts
 * import type { Lang } from '@signaalreis/core';
 * const lang: Lang = 'nl';
 * ```
 */
export type Lang = 'nl' | 'en';

const WORDS = {
  nl: {
    unknown: 'onbekend',
    yes: 'ja',
    no: 'nee',
    incl: 'inclusief',
    excl: 'exclusief',
    asOf: 'peildatum',
    days: 'dagen',
    since: 'sinds',
  },
  en: {
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    incl: 'inclusive',
    excl: 'exclusive',
    asOf: 'evaluation date',
    days: 'days',
    since: 'since',
  },
} as const;

function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Integer cents as euros: `€ 1.527,96` (nl) or `€1,527.96` (en). */
export function formatMoney(cents: number, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return lang === 'nl'
    ? `${sign}€ ${groupDigits(euros, '.')},${rest}`
    : `${sign}€${groupDigits(euros, ',')}.${rest}`;
}

/** A value of the given fact type, formatted for people. */
export function formatValue(value: unknown, type: FactType, lang: Lang): string {
  if (value === undefined) return WORDS[lang].unknown;
  if (Array.isArray(value))
    return `[${value.map((v) => formatValue(v, type === 'string[]' ? 'string' : type, lang)).join(', ')}]`;
  if (type === 'money' && typeof value === 'number') return formatMoney(value, lang);
  if (typeof value === 'boolean') return value ? WORDS[lang].yes : WORDS[lang].no;
  if (typeof value === 'number') return lang === 'nl' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const SYMBOLS: Partial<Record<string, string>> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

const PHRASES: Record<Lang, Partial<Record<string, string>>> = {
  nl: {
    in: 'is een van',
    notIn: 'is geen van',
    contains: 'bevat',
    doesNotContain: 'bevat niet',
    dateBefore: 'vóór',
    dateOnOrBefore: 'op of vóór',
    dateAfter: 'na',
    dateOnOrAfter: 'op of na',
    includesAny: 'bevat een van',
    includesAll: 'bevat alle van',
  },
  en: {
    in: 'is one of',
    notIn: 'is none of',
    contains: 'contains',
    doesNotContain: 'does not contain',
    dateBefore: 'before',
    dateOnOrBefore: 'on or before',
    dateAfter: 'after',
    dateOnOrAfter: 'on or after',
    includesAny: 'contains any of',
    includesAll: 'contains all of',
  },
};

function dateExpression(value: unknown, lang: Lang, asOf: string | undefined): string {
  if (typeof value === 'string') return value;
  const { date, offsetDays } = value as { date: string; offsetDays: number };
  if (offsetDays === 0 && date !== asOf) return date;
  const base = date === asOf ? `${WORDS[lang].asOf} ${date}` : date;
  const shift =
    offsetDays === 0 ? '' : ` ${offsetDays < 0 ? '−' : '+'} ${Math.abs(offsetDays)} ${WORDS[lang].days}`;
  return `${addDays(date, offsetDays)} (${base}${shift})`;
}

function expected(leaf: LeafTrace, lang: Lang, asOf: string | undefined): string {
  const w = WORDS[lang];
  const v = leaf.value as Record<string, unknown>;
  const fmt = (x: unknown) => formatValue(x, leaf.factType, lang);
  const symbol = SYMBOLS[leaf.operator];
  if (symbol) return `${symbol} ${fmt(leaf.value)}`;
  switch (leaf.operator) {
    case 'between': {
      const [a, b] = lang === 'nl' ? ['ligt tussen', 'en'] : ['is between', 'and'];
      return `${a} ${fmt(v.min)} (${v.minInclusive ? w.incl : w.excl}) ${b} ${fmt(v.max)} (${v.maxInclusive ? w.incl : w.excl})`;
    }
    case 'daysSinceAtLeast':
    case 'daysSinceAtMost': {
      const least = leaf.operator === 'daysSinceAtLeast';
      const nl = `ligt ${least ? 'ten minste' : 'hoogstens'} ${v.days} dagen vóór de peildatum ${v.asOf}`;
      const en = `is ${least ? 'at least' : 'at most'} ${v.days} days before the evaluation date ${v.asOf}`;
      return lang === 'nl' ? nl : en;
    }
    case 'countAtLeast': {
      const word = lang === 'nl' ? 'telt ten minste' : 'counts at least';
      if (typeof leaf.value === 'number') return `${word} ${leaf.value}`;
      return `${word} ${v.count} ${lang === 'nl' ? 'uit' : 'of'} ${fmt(v.of)}`;
    }
    case 'dateBefore':
    case 'dateOnOrBefore':
    case 'dateAfter':
    case 'dateOnOrAfter':
      return `${PHRASES[lang][leaf.operator]} ${dateExpression(leaf.value, lang, asOf)}`;
    default:
      return `${PHRASES[lang][leaf.operator] ?? leaf.operator} ${fmt(leaf.value)}`;
  }
}

/** The label of the value a leaf reads, in `lang` (falls back to the other language, then the name). */
export function leafLabel(leaf: LeafTrace, lang: Lang): string {
  const name = leaf.path ? `${leaf.fact}${leaf.path.slice(1)}` : leaf.fact;
  return (lang === 'nl' ? (leaf.labelNl ?? leaf.label) : (leaf.label ?? leaf.labelNl)) ?? name;
}

/** A leaf as a statement: `label (value) operator expected (parameter, since date)`. */
export function renderLeaf(leaf: LeafTrace, lang: Lang, asOf?: string): string {
  const seen = formatValue(leaf.factValue, leaf.factType, lang);
  const params = (leaf.params ?? [])
    .map((p) => ` (parameter ${p.name}, ${WORDS[lang].since} ${p.from})`)
    .join('');
  return `${leafLabel(leaf, lang)} (${seen}) ${expected(leaf, lang, asOf)}${params}`;
}
