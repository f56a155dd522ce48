import type { Lang } from './lang';
import { findOperator } from './operators';
import type { FactType } from './table-types';
import type { LeafTrace } from './trace-types';

// One leaf condition as a readable statement in Dutch or English (each operator renders its own
// expected part, see operators/):
// `label (value seen) operator expected (parameter name, since date)`, e.g.
// "bedrag (€ 600,00) ≥ € 500,00 (parameter floor, sinds 2023-01-01)".

export type { Lang } from './lang';

const WORDS = {
  nl: {
    unknown: 'onbekend',
    yes: 'ja',
    no: 'nee',
    since: 'sinds',
  },
  en: {
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
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

/** The expected part of a leaf, as its operator renders it. */
function expected(leaf: LeafTrace, lang: Lang, asOf: string | undefined): string {
  const format = (x: unknown) => formatValue(x, leaf.factType, lang);
  const operator = findOperator(leaf.operator);
  // A trace read back from JSON may name an operator this version does not know.
  if (!operator) return `${leaf.operator} ${format(leaf.value)}`;
  return operator.render(leaf.value, { lang, format, asOf });
}

/** The label of the value a leaf reads, in `lang` (without a label: the fact's name and path). */
export function leafLabel(leaf: LeafTrace, lang: Lang): string {
  return leaf.label?.[lang] ?? (leaf.path ? `${leaf.fact}${leaf.path.slice(1)}` : leaf.fact);
}

/** A leaf as a statement: `label (value) operator expected (parameter, since date)`. */
export function renderLeaf(leaf: LeafTrace, lang: Lang, asOf?: string): string {
  const seen = formatValue(leaf.factValue, leaf.factType, lang);
  const params = (leaf.params ?? [])
    .map((p) => ` (parameter ${p.name}, ${WORDS[lang].since} ${p.from})`)
    .join('');
  return `${leafLabel(leaf, lang)} (${seen}) ${expected(leaf, lang, asOf)}${params}`;
}
