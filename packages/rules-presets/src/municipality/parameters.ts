// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style); outcomes are data, never functions
// The routing table's parameters as a preset author meets them: which rules use which parameter,
// which are amounts (compared with a money fact, shown in euros), the value in effect on a date,
// and texts with `{parameter}` placeholders rendered from those values.
import { type Bilingual, formatEuro, type LoadedRoutingConfig, ROUTING_FACTS } from '@signaalreis/core';
import type { MunicipalityPreset } from './schema';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

type Dated = { from: string; value: unknown };

const MONEY_FACTS = new Set(ROUTING_FACTS.filter((f) => f.type === 'money').map((f) => f.name));

/** Parameter name → ids of the rules whose conditions name it (`{ "param": name }`). */
export function parameterUses(rules: readonly { id: string; when: unknown }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (node: unknown, rule: string): void => {
    if (Array.isArray(node)) for (const n of node) visit(n, rule);
    else if (isObject(node)) {
      if (typeof node.param === 'string') {
        const list = out.get(node.param) ?? [];
        if (!list.includes(rule)) list.push(rule);
        out.set(node.param, list);
      }
      for (const child of Object.values(node)) visit(child, rule);
    }
  };
  for (const r of rules) visit(r.when, r.id);
  return out;
}

/**
 * The parameters of a routing table compared with a money fact (`totalAmountCents` …): amounts in
 * cents, shown in euros by `preset show`, `preset diff` and `{parameter}` placeholders.
 *
 * @example
 * ```ts
 * import { moneyParameters, municipalityPreset } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('type-small');
 * p.ok && moneyParameters(p.value.preset.routing.table); // Set { 'visitAbove', 'phoneFrom' } — not recidiveMonths
 * ```
 */
export function moneyParameters(table: Pick<MunicipalityPreset['routing']['table'], 'rules'>): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      const v = node.value;
      if (
        typeof node.fact === 'string' &&
        MONEY_FACTS.has(node.fact) &&
        isObject(v) &&
        typeof v.param === 'string'
      )
        out.add(v.param);
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(table.rules.map((r) => r.when));
  return out;
}

/** The dated value in effect on `on` (the latest `from` ≤ on), or undefined before the first. */
export function valueAt<T extends Dated>(values: readonly T[] | undefined, on: string): T | undefined {
  let best: T | undefined;
  for (const v of values ?? []) if (v.from <= on && (!best || v.from > best.from)) best = v;
  return best;
}

/** "€ 600" for whole euros, else with cents ("€ 75,50"): as `diff` and `show` print amounts. */
const euro = (cents: number): string =>
  Number.isSafeInteger(cents) ? formatEuro(cents).replace(/,00$/, '') : String(cents);

/**
 * A text with `{parameter}` placeholders filled in from the routing table's values in effect on
 * `on`: amounts (parameters compared with a money fact) as euros, Dutch style as `preset diff`
 * prints them ("€ 600", "€ 1.234,50"), other values as written. A placeholder of an unknown parameter, or of one without a
 * value on `on`, stays as written.
 *
 * @example
 * ```ts
 * import { municipalityPreset, renderPresetText } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('type-small');
 * if (p.ok) renderPresetText({ nl: 'Boven {visitAbove}: huisbezoek', en: 'Above {visitAbove}: home visit' }, p.value.preset.routing.table, '2026-10-26');
 * // { nl: 'Boven € 500: huisbezoek', en: 'Above € 500: home visit' }
 * ```
 */
export function renderPresetText(
  text: Bilingual,
  table: Pick<MunicipalityPreset['routing']['table'], 'rules' | 'parameters'>,
  on: string,
): Bilingual {
  const money = moneyParameters(table);
  const fill = (s: string) =>
    s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
      const v = valueAt(table.parameters[name], on);
      if (!v) return whole;
      return money.has(name) && typeof v.value === 'number' ? euro(v.value) : String(v.value);
    });
  return { nl: fill(text.nl), en: fill(text.en) };
}

/** The placeholders (`{name}`) a text names. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] as string);
}

/**
 * The routing configuration with the `{parameter}` placeholders of its labels (the table's, each
 * rule's and each outcome's) filled in for `on` — what worklists and explanations show. Used by
 * `runPresetMonth` for the month's date.
 *
 * @example
 * ```ts
 * import { municipalityPreset, renderRoutingLabels } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('type-small');
 * if (p.ok) renderRoutingLabels(p.value.routing, '2026-10-26').table.rules.find((r) => r.id === 'visit')?.label.nl;
 * // 'Match of boven € 500: huisbezoek' (written as 'Match of boven {visitAbove}: huisbezoek')
 * ```
 */
export function renderRoutingLabels(routing: LoadedRoutingConfig, on: string): LoadedRoutingConfig {
  const t = routing.table;
  const r = (text: Bilingual) => renderPresetText(text, t, on);
  return {
    ...routing,
    table: {
      ...t,
      label: r(t.label),
      rules: t.rules.map((rule) => ({
        ...rule,
        label: r(rule.label),
        then: { ...rule.then, ...(rule.then.label ? { label: r(rule.then.label) } : {}) },
      })),
    },
  };
}
