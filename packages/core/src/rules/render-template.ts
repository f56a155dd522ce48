// A decision's text with the numbers its leaves saw left open, to be filled in per fact set (issue
// 14; docs/performance.md, "Twenty-fifth round"): a national month's routing texts differ mostly in
// the amount they name ("totaalbedrag (€ 2.343,47) > € 575,00"), so ~19,000 texts come from a dozen
// templates. Internal to core. A leaf shows the value it saw only as `formatValue(value, type)`
// (renderLeaf), so a decision rendered with a marker in place of each such value, then each marker
// replaced by the formatted value, is the decision rendered — given that everything else the text
// reads is the same (`templateReads` keys that).
import { slotKey } from './compile';
import type { Lang } from './lang';
import { formatValue } from './render-leaf';
import type { FactType } from './table-types';
import type { ConditionTrace, Decision } from './trace-types';

/** A text with the numbers it names left open: `parts[0] + value(slots[0]) + parts[1] + …`. */
export interface TextTemplate {
  parts: readonly string[];
  /** Per opening, the number's place in the fact set's `numbers`. */
  slots: readonly number[];
  /** Per number (by place), the fact type its leaves format it as. */
  types: readonly FactType[];
}

/** The marker of the number at place `k` (a text a label would not hold: checked by the caller). */
const marker = (k: number) => `\u0000${k}\u0000`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a marker no label holds is the point
const MARKERS = /\u0000(\d+)\u0000/;

/**
 * `decision` with each leaf that saw one of the numbers keyed by `keys` (`fact\u0000path`, in
 * order) showing the marker of its place instead, and the fact type each is shown as; `undefined`
 * when two leaves show one number as two types (then there is no one way to fill it in).
 */
export function markedDecision<T>(
  decision: Decision<T>,
  keys: readonly string[],
): { decision: Decision<T>; types: FactType[] } | undefined {
  const types: FactType[] = [];
  let clash = false;
  const mark = (node: ConditionTrace): ConditionTrace => {
    if (node.kind === 'fact') {
      if (node.factValue === undefined) return node;
      const k = keys.indexOf(slotKey(node));
      if (k < 0) return node;
      if (types[k] !== undefined && types[k] !== node.factType) clash = true;
      types[k] = node.factType;
      // the fact type stays: the leaf's expected value is formatted by it
      return { ...node, factValue: marker(k) };
    }
    if (node.kind === 'not') return { ...node, child: mark(node.child) };
    return { ...node, children: node.children.map(mark) };
  };
  const rules = decision.rules.map((r) => (r.selected ? { ...r, condition: mark(r.condition) } : r));
  return clash ? undefined : { decision: { ...decision, rules }, types };
}

/**
 * The template of a text rendered from a {@link markedDecision}: `undefined` when the text holds
 * a marker of a place that is not one of the `count` numbers (a label with such characters).
 */
export function textTemplate(
  text: string,
  types: readonly FactType[],
  count: number,
): TextTemplate | undefined {
  const pieces = text.split(MARKERS);
  const parts: string[] = [];
  const slots: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) parts.push(pieces[i] as string);
    else {
      const k = Number(pieces[i]);
      if (!(k < count) || types[k] === undefined) return undefined;
      slots.push(k);
    }
  }
  return { parts, slots, types };
}

/**
 * The text of `template` with `values` (the numbers by place) filled in, each formatted as its
 * leaves show it.
 *
 * @example
 * ```ts
 * import { fillTemplate } from './render-template';
 * fillTemplate({ parts: ['totaal (', ') > € 575,00'], slots: [0], types: ['money'] }, [234347], 'nl');
 * // 'totaal (€ 2.343,47) > € 575,00'
 * ```
 */
export function fillTemplate(template: TextTemplate, values: readonly number[], lang: Lang): string {
  const { parts, slots, types } = template;
  let text = parts[0] as string;
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i] as number;
    text += formatValue(values[k], types[k] as FactType, lang) + (parts[i + 1] as string);
  }
  return text;
}
