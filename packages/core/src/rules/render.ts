import type { IsoDate } from '../model/iso-date';
import { citeSource } from '../sources/cite';
import { type Lang, renderLeaf } from './render-leaf';
import type { ConditionTrace, Decision, RuleTrace } from './trace-types';

/**
 * Options of {@link renderDecision} and {@link renderRuleTrace}.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from '@signaalreis/core';
 * const options: RenderOptions<{ channel: string }> = { lang: 'en', outcomeLabel: (o) => o.channel };
 * ```
 */
export interface RenderOptions<TOutcome> {
  /** Language; default Dutch (`nl`). */
  lang?: Lang;
  /**
   * How to name an outcome. Default: a string outcome itself; an object's `label` (a
   * `{ nl, en }` label in the language, or a plain string); otherwise its JSON.
   */
  outcomeLabel?: (outcome: TOutcome, lang: Lang) => string;
  /** Also explain the rules that were not selected (why they did not apply). Default false. */
  includeNotSelected?: boolean;
}

const WORDS = {
  nl: {
    and: 'en',
    not: 'niet',
    because: 'omdat',
    rule: 'regel',
    source: 'bron',
    all: 'alle van',
    any: 'een van',
  },
  en: {
    and: 'and',
    not: 'not',
    because: 'because',
    rule: 'rule',
    source: 'source',
    all: 'all of',
    any: 'any of',
  },
} as const;

function defaultOutcomeLabel(outcome: unknown, lang: Lang): string {
  if (typeof outcome === 'string') return outcome;
  if (outcome !== null && typeof outcome === 'object') {
    const label = (outcome as { label?: unknown }).label;
    if (typeof label === 'string') return label;
    if (label !== null && typeof label === 'object') {
      const text = (label as Partial<Record<Lang, unknown>>)[lang];
      if (typeof text === 'string') return text;
    }
  }
  return JSON.stringify(outcome);
}

// Why a node holds (`holds`) or fails (`fails`), as a conjunction of true statements about
// leaves: a failing leaf reads "niet <leaf>". An `any` holds because of its passing children;
// an `all` fails because of its failing children; a `not` swaps the two.
function holds(node: ConditionTrace, lang: Lang, asOf: string): string[] {
  if (node.kind === 'fact') return [renderLeaf(node, lang, asOf)];
  if (node.kind === 'not') return fails(node.child, lang, asOf);
  const parts = node.kind === 'all' ? node.children : node.children.filter((c) => c.result);
  return parts.flatMap((c) => holds(c, lang, asOf));
}

function fails(node: ConditionTrace, lang: Lang, asOf: string): string[] {
  if (node.kind === 'fact') return [`${WORDS[lang].not} ${renderLeaf(node, lang, asOf)}`];
  if (node.kind === 'not') return holds(node.child, lang, asOf);
  const parts = node.kind === 'any' ? node.children : node.children.filter((c) => !c.result);
  return parts.flatMap((c) => fails(c, lang, asOf));
}

/** Why a rule did (or did not) apply, as one clause. */
function reason(rule: RuleTrace, lang: Lang, asOf: string): string {
  const parts = rule.matched ? holds(rule.condition, lang, asOf) : fails(rule.condition, lang, asOf);
  return parts.join(` ${WORDS[lang].and} `);
}

function ruleLabel(rule: RuleTrace, lang: Lang): string {
  return rule.label[lang];
}

/**
 * Renders a decision for people, one line per selected rule: "Huisbezoek, omdat partners (2) ≥ 2
 * (regel R3, bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 5)": the source key
 * becomes its title (see `citeSource`), with Dutch locator words in Dutch. Nested `any`/`all`/`not` become a conjunction of
 * the statements that made the rule apply (a failed condition reads "niet …"/"not …").
 *
 * @example
 * ```ts
 * import { type Decision, renderDecision } from '@signaalreis/core';
 * declare const decision: Decision<{ channel: string }>; // rule R3 (partners ≥ 2, source 'signaalreis-2023, annex, municipality 5') selected
 * renderDecision(decision, { lang: 'en', outcomeLabel: (o) => o.channel });
 * // 'home-visit, because partners (2) ≥ 2 (rule R3, source: Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 5)'
 * ```
 */
export function renderDecision<T>(decision: Decision<T>, options: RenderOptions<T> = {}): string {
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const name = options.outcomeLabel ?? defaultOutcomeLabel;
  const lines: string[] = [];
  let o = 0;
  for (const rule of decision.rules) {
    if (!rule.selected) continue;
    const outcome = name(decision.outcomes[o++] as T, lang);
    lines.push(
      `${outcome}, ${w.because} ${reason(rule, lang, decision.asOf)} (${w.rule} ${rule.id}, ${w.source}: ${citeSource(rule.source, lang)})`,
    );
  }
  if (lines.length === 0) {
    const table = decision.tableLabel[lang];
    lines.push(
      lang === 'nl'
        ? `Geen regel van toepassing (${table}, peildatum ${decision.asOf})`
        : `No rule applies (${table}, evaluation date ${decision.asOf})`,
    );
  }
  if (options.includeNotSelected) {
    for (const rule of decision.rules) {
      if (rule.selected) continue;
      const head = `${lang === 'nl' ? 'Regel' : 'Rule'} ${rule.id} (${ruleLabel(rule, lang)})`;
      if (rule.matched)
        lines.push(
          `${head}: ${lang === 'nl' ? 'klopt ook, maar telt niet mee' : 'also applies, but is not selected'}`,
        );
      else
        lines.push(
          `${head} ${lang === 'nl' ? 'niet van toepassing' : 'does not apply'}: ${reason(rule, lang, decision.asOf)}`,
        );
    }
  }
  return lines.join('\n');
}

function tree(node: ConditionTrace, lang: Lang, asOf: string, depth: number, out: string[]): void {
  const mark = node.result ? '✓' : '✗';
  const pad = '  '.repeat(depth);
  if (node.kind === 'fact') {
    out.push(`${pad}${mark} ${renderLeaf(node, lang, asOf)}`);
    return;
  }
  const w = WORDS[lang];
  out.push(`${pad}${mark} ${node.kind === 'not' ? w.not : w[node.kind]}:`);
  const children = node.kind === 'not' ? [node.child] : node.children;
  for (const child of children) tree(child, lang, asOf, depth + 1, out);
}

/**
 * Renders one rule's full condition tree with a ✓ or ✗ per condition, indented by nesting.
 *
 * @example
 * ```ts
 * import { type Decision, renderRuleTrace } from '@signaalreis/core';
 * declare const decision: Decision<{ channel: string }>; // rule R3 (partners ≥ 2, source 'signaalreis-2023, annex, municipality 5') selected
 * const rule = decision.rules[0];
 * if (rule) console.log(renderRuleTrace(rule, decision.asOf, { lang: 'nl' }));
 * // R3 Huisbezoek bij match (bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 5)
 * // ✓ alle van:
 * //   ✓ partners (2) ≥ 2
 * ```
 */
export function renderRuleTrace(rule: RuleTrace, asOf: IsoDate, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'nl';
  const out = [
    `${rule.id} ${ruleLabel(rule, lang)} (${WORDS[lang].source}: ${citeSource(rule.source, lang)})`,
  ];
  tree(rule.condition, lang, asOf, 0, out);
  return out.join('\n');
}
